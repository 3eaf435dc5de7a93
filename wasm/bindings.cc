// The embind binding: the only file that knows about Emscripten. Bytes in; out, in pieces to a
// JavaScript callback, the records the public API reads (analyzeRecords) or the JSON document
// (analyze: the format as text, which the tests compare the records with); nothing thrown
// across the boundary.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "concessions/analyze.h"

namespace {

// Pieces of this size keep the module's memory to the analysis itself: the document (3 to 10
// bytes per input byte) is never whole in it. One piece holds any short article's document.
constexpr size_t kPieceBytes = 256 * 1024;

// Calls the JavaScript function with a view of the piece; the view is valid only during the
// call (the memory may grow afterwards), so the callback decodes it at once.
void PassPiece(std::string_view piece, void* context) {
  const auto& on_piece = *static_cast<const emscripten::val*>(context);
  on_piece(emscripten::val(
      emscripten::typed_memory_view(piece.size(), reinterpret_cast<const uint8_t*>(piece.data()))));
}

// The text's UTF-8 bytes (a Uint8Array), copied once, straight into a string (a std::string
// parameter would be copied twice: into embind's buffer, then into the string, both alive
// during the call). The JS side encodes text.toWellFormed(), so that lone surrogates arrive
// as U+FFFD and offsets keep the original string's UTF-16 length.
std::string CopyBytes(const emscripten::val& input) {
  const size_t size = input["length"].as<size_t>();
  std::string bytes(size, '\0');
  // A view of the string's bytes, made after its allocation (a view is valid only until the
  // memory grows) and filled at once.
  emscripten::val(emscripten::typed_memory_view(size, reinterpret_cast<uint8_t*>(bytes.data())))
      .call<void>("set", input);
  return bytes;
}

// The JSON document, in pieces to on_piece(Uint8Array).
void Analyze(const emscripten::val& input, const std::string& options_json, emscripten::val on_piece) {
  const std::string bytes = CopyBytes(input);
  concessions::JsonPieces pieces;
  pieces.write = &PassPiece;
  pieces.context = &on_piece;
  pieces.piece_bytes = kPieceBytes;
  concessions::AnalyzeToJson(bytes, options_json, pieces);
}

// Calls on_piece(Int32Array, Uint8Array) with views of a piece of records, valid only during
// the call, as PassPiece's.
void PassRecords(const int32_t* ints, size_t int_count, std::string_view bytes, void* context) {
  const auto& on_piece = *static_cast<const emscripten::val*>(context);
  on_piece(emscripten::val(emscripten::typed_memory_view(int_count, ints)),
           emscripten::val(emscripten::typed_memory_view(bytes.size(), reinterpret_cast<const uint8_t*>(bytes.data()))));
}

// The analysis as records (what the public API reads), in pieces to on_piece; returns "" or,
// for bad options or a text too large, the error document.
std::string AnalyzeRecords(const emscripten::val& input, const std::string& options_json, emscripten::val on_piece) {
  const std::string bytes = CopyBytes(input);
  concessions::RecordPieces pieces;
  pieces.write = &PassRecords;
  pieces.context = &on_piece;
  return concessions::AnalyzeToRecords(bytes, options_json, pieces);
}

}  // namespace

EMSCRIPTEN_BINDINGS(concessions) {
  emscripten::function("analyze", &Analyze);
  emscripten::function("analyzeRecords", &AnalyzeRecords);
}
