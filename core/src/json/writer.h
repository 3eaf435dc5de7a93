// Writes an Analysis as the JSON document of shared/spec/analysis-format.md: ids (E1, V1),
// UTF-16 offsets, mention texts, nulls for absent values; only valid UTF-8 comes out.
#pragma once
#include <string>
#include <string_view>

#include "model/analysis.h"

namespace concessions {

std::string WriteAnalysisJson(std::string_view clean_text, const Analysis& analysis,
                              const std::vector<std::string>& warnings, int indent);

}  // namespace concessions
