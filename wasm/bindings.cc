// The embind binding: the only file that knows about Emscripten. One function: bytes in, the
// JSON document out in pieces to a JavaScript callback; nothing thrown across the boundary.
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

// input: the UTF-8 bytes of the text, a Uint8Array. The JS side encodes text.toWellFormed(),
// so that lone surrogates arrive as U+FFFD and offsets keep the original string's UTF-16
// length. Copied once, straight into the string (a std::string parameter would be copied
// twice: into embind's buffer, then into the string, both alive during the call).
void Analyze(const emscripten::val& input, const std::string& options_json, emscripten::val on_piece) {
  const size_t size = input["length"].as<size_t>();
  std::string bytes(size, '\0');
  // A view of the string's bytes, made after its allocation (a view is valid only until the
  // memory grows) and filled at once.
  emscripten::val(emscripten::typed_memory_view(size, reinterpret_cast<uint8_t*>(bytes.data())))
      .call<void>("set", input);
  concessions::JsonPieces pieces;
  pieces.write = &PassPiece;
  pieces.context = &on_piece;
  pieces.piece_bytes = kPieceBytes;
  concessions::AnalyzeToJson(bytes, options_json, pieces);
}

}  // namespace

EMSCRIPTEN_BINDINGS(concessions) {
  emscripten::function("analyze", &Analyze);
}
