// libFuzzer target over concessions::AnalyzeToJson and its JSON writer, whole and in pieces
// (issue 7), and over AnalyzeToRecords (the records the JS API reads).
//
// Every input is analyzed as text; the document must be valid JSON whose offsets index the
// input (check_analysis.h): 0 <= start <= end <= length for every sentence, mention, trigger
// and evidence, `length` is the input's length in UTF-16 code units, a mention's (or
// trigger's) `text` is exactly the UTF-16 slice it names, and entity references name
// entities. A broken invariant aborts with a message on stderr, which libFuzzer reports as a
// crash (and the replay build as a failed test).
//
// Built two ways from this one file (tests/fuzz/CMakeLists.txt):
//   analyze_fuzzer        clang -fsanitize=fuzzer,address,undefined over the core's own
//                         sources (CONCESSIONS_FUZZ=ON; scripts/test-hardening.sh runs it);
//   analyze_fuzz_replay   CONCESSIONS_FUZZ_REPLAY: a plain main() that runs every file of
//                         the directories or files it is given (the seed corpus and the
//                         regressions) through the same checks; a ctest in every build.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "concessions/analyze.h"
#include "check_analysis.h"

namespace {

[[noreturn]] void Fail(const char* what, const std::string& detail = {}) {
  std::fprintf(stderr, "analyze_fuzzer: invariant broken: %s%s%s\n", what, detail.empty() ? "" : ": ",
               detail.c_str());
  std::abort();
}

using concessions_check::IsJson;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  // A cheap hash picks the options and the layout, so that one input covers one variant
  // and the corpus stays plain text.
  unsigned h = 0;
  for (size_t i = 0; i < size && i < 64; ++i) h = h * 31 + static_cast<unsigned char>(input[i]);
  concessions::Options options;
  options.summary = (h & 1) == 0;
  const int indent = (h & 6) == 0 ? 2 : -1;
  const std::string out = concessions::AnalyzeToJson(input, options, indent);
  const std::string err = concessions_check::CheckAnalysisOutput(input, out);
  if (!err.empty()) Fail(err.c_str(), out.substr(0, 300));

  // One input in four: the same document handed over in pieces (as the WebAssembly module
  // and the CLI take it), of a size from 1 to 1024 bytes, joins back to the same bytes.
  if ((h & 96) == 0) {
    struct Joined {
      std::string text;
      size_t pieces = 0;
    } joined;
    concessions::JsonPieces pieces;
    pieces.write = [](std::string_view piece, void* context) {
      auto* j = static_cast<Joined*>(context);
      j->text.append(piece);
      ++j->pieces;
    };
    pieces.context = &joined;
    pieces.piece_bytes = 1 + (h >> 7) % 1024;
    concessions::AnalyzeToJson(input, options.summary ? "{}" : R"({"summary": false})", pieces, indent);
    if (joined.text != out) Fail("the document in pieces differs from the whole", std::to_string(joined.pieces) + " pieces");
  }

  // One input in four: the analysis as records (what the WebAssembly module hands the JS
  // API), whole and in pieces of 1 to 64 integers and 1 to 512 bytes, which join back to the
  // same records; they start with the format string's length. (tests/unit/records_test.cc
  // reads records back into the document.)
  if (((h >> 17) & 3) == 0) {
    struct Records {
      std::vector<int32_t> ints;
      std::string bytes;
    } whole, joined;
    concessions::RecordPieces pieces;
    pieces.write = [](const int32_t* ints, size_t count, std::string_view bytes, void* context) {
      auto* r = static_cast<Records*>(context);
      r->ints.insert(r->ints.end(), ints, ints + count);
      r->bytes.append(bytes);
    };
    const char* records_options = options.summary ? "{}" : R"({"summary": false})";
    pieces.context = &whole;
    if (!concessions::AnalyzeToRecords(input, records_options, pieces).empty()) Fail("records: an error for a valid input");
    pieces.context = &joined;
    pieces.piece_ints = 1 + (h >> 19) % 64;
    pieces.piece_bytes = 1 + (h >> 25) % 512;
    (void)concessions::AnalyzeToRecords(input, records_options, pieces);
    if (joined.ints != whole.ints || joined.bytes != whole.bytes) Fail("the records in pieces differ from the whole");
    if (whole.ints.empty() || whole.ints[0] != static_cast<int32_t>(std::string_view(concessions::kFormat).size()))
      Fail("records do not start with the format");
  }

  // The options parser and the error document take arbitrary bytes too.
  if (size > 0 && input[0] == '{') {
    const std::string with_options = concessions::AnalyzeToJson("Kenya", input);
    if (!IsJson(with_options)) Fail("options: output is not JSON", with_options);
  }
  if ((h & 24) == 0) {
    const std::string doc = concessions::ErrorJson(input.substr(0, 16), input);
    if (!IsJson(doc)) Fail("ErrorJson output is not JSON", doc.substr(0, 200));
  }
  return 0;
}

#ifdef CONCESSIONS_FUZZ_REPLAY
// Replays files (or every file of directories) through the target: the ctest that keeps the
// seed corpus and every past crash (tests/fuzz/regressions) passing in every build.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  size_t runs = 0;
  for (int a = 1; a < argc; ++a) {
    std::vector<fs::path> files;
    std::error_code ec;
    if (fs::is_directory(argv[a], ec)) {
      for (const auto& entry : fs::recursive_directory_iterator(argv[a]))
        if (entry.is_regular_file() && entry.path().filename().string()[0] != '.') files.push_back(entry.path());
    } else {
      files.emplace_back(argv[a]);
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
      std::ifstream in(file, std::ios::binary);
      if (!in) {
        std::fprintf(stderr, "analyze_fuzz_replay: cannot read %s\n", file.c_str());
        return 2;
      }
      const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      std::fprintf(stderr, "replay %s (%zu bytes)\n", file.c_str(), bytes.size());
      LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
      ++runs;
    }
  }
  std::fprintf(stderr, "analyze_fuzz_replay: %zu inputs passed\n", runs);
  return runs > 0 ? 0 : 1;
}
#endif
