// The embind binding: the only file that knows about Emscripten. One function: bytes in, the
// analysis out as records (concessions/analyze.h, AnalyzeToRecords) in pieces to a JavaScript
// callback, which web/analysis-records.js builds the analysis object from; nothing thrown
// across the boundary. (The JSON document is the native tool's; the tests compare the two.)
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "concessions/analyze.h"

namespace {

// Calls on_piece(Int32Array, Uint8Array) with views of a piece of records. The views are valid
// only during the call (the memory may grow afterwards), so the callback copies them at once.
void PassRecords(const int32_t* ints, size_t int_count, std::string_view bytes, void* context) {
  const auto& on_piece = *static_cast<const emscripten::val*>(context);
  on_piece(emscripten::val(emscripten::typed_memory_view(int_count, ints)),
           emscripten::val(emscripten::typed_memory_view(bytes.size(), reinterpret_cast<const uint8_t*>(bytes.data()))));
}

// input: the UTF-8 bytes of the text, a Uint8Array. The JS side encodes text.toWellFormed(),
// so that lone surrogates arrive as U+FFFD and offsets keep the original string's UTF-16
// length. Copied once, straight into the string (a std::string parameter would be copied
// twice: into embind's buffer, then into the string, both alive during the call). Returns ""
// or, for bad options or a text too large, the error document.
std::string AnalyzeRecords(const emscripten::val& input, const std::string& options_json, emscripten::val on_piece) {
  const size_t size = input["length"].as<size_t>();
  std::string bytes(size, '\0');
  // A view of the string's bytes, made after its allocation (a view is valid only until the
  // memory grows) and filled at once.
  emscripten::val(emscripten::typed_memory_view(size, reinterpret_cast<uint8_t*>(bytes.data())))
      .call<void>("set", input);
  concessions::RecordPieces pieces;
  pieces.write = &PassRecords;
  pieces.context = &on_piece;
  return concessions::AnalyzeToRecords(bytes, options_json, pieces);
}

}  // namespace

EMSCRIPTEN_BINDINGS(concessions) {
  emscripten::function("analyzeRecords", &AnalyzeRecords);
}
