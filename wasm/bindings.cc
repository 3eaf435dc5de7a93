// The embind binding: the only file that knows about Emscripten. One function, bytes in,
// JSON string out; nothing thrown across the boundary, no handles for JavaScript to free.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "concessions/analyze.h"

namespace {

// input: a Uint8Array of UTF-8 (the JS side passes text.toWellFormed() encoded, so that
// lone surrogates arrive as U+FFFD and offsets keep the original string's UTF-16 length).
std::string Analyze(const emscripten::val& input, const std::string& options_json) {
  const size_t n = input["length"].as<size_t>();
  if (n > concessions::kMaxInputBytes) {
    return concessions::ErrorJson("input_too_large", "input is " + std::to_string(n) +
                                                         " bytes; the limit is " + std::to_string(concessions::kMaxInputBytes) + " bytes (16 MiB)");
  }
  std::string text(n, '\0');
  emscripten::val view = emscripten::val::global("Uint8Array").new_(
      emscripten::typed_memory_view(n, reinterpret_cast<unsigned char*>(text.data())));
  view.call<void>("set", input);
  return concessions::AnalyzeToJson(text, options_json);
}

}  // namespace

EMSCRIPTEN_BINDINGS(concessions) {
  emscripten::function("analyze", &Analyze);
}
