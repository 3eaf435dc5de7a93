// The embind binding: the only file that knows about Emscripten. One function, bytes in,
// JSON string out; nothing thrown across the boundary, no handles for JavaScript to free.
#include <emscripten/bind.h>

#include <string>

#include "concessions/analyze.h"

namespace {

// input: the UTF-8 bytes of the text as a Uint8Array (embind copies it into the string, NUL
// bytes included). The JS side encodes text.toWellFormed(), so that lone surrogates arrive as
// U+FFFD and offsets keep the original string's UTF-16 length.
std::string Analyze(const std::string& input, const std::string& options_json) {
  return concessions::AnalyzeToJson(input, options_json);
}

}  // namespace

EMSCRIPTEN_BINDINGS(concessions) {
  emscripten::function("analyze", &Analyze);
}
