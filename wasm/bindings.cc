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

// input: the UTF-8 bytes of the text as a Uint8Array (embind copies it into the string, NUL
// bytes included). The JS side encodes text.toWellFormed(), so that lone surrogates arrive as
// U+FFFD and offsets keep the original string's UTF-16 length.
void Analyze(const std::string& input, const std::string& options_json, emscripten::val on_piece) {
  concessions::JsonPieces pieces;
  pieces.write = &PassPiece;
  pieces.context = &on_piece;
  pieces.piece_bytes = kPieceBytes;
  concessions::AnalyzeToJson(input, options_json, pieces);
}

}  // namespace

EMSCRIPTEN_BINDINGS(concessions) {
  emscripten::function("analyze", &Analyze);
}
