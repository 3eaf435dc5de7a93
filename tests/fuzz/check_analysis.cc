// The fuzzer's checks, compiled on their own without sanitizers or coverage (see
// tests/fuzz/CMakeLists.txt): parsing every output again is a large part of each execution,
// and the JSON parser's branches are not the code under test.
#include "check_analysis.h"

namespace concessions_check {

std::string CheckAnalysisOutput(std::string_view input, const std::string& out) { return CheckAnalysis(input, out); }

bool IsJson(const std::string& out) { return json::accept(out); }

}  // namespace concessions_check
