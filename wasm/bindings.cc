// The embind binding: the only file that knows about Emscripten. One function, bytes in, the
// JSON document out; nothing thrown across the boundary.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdint>
#include <string>
#include <utility>

#include "concessions/analyze.h"

namespace {

// The JSON document, left in the module's memory until JavaScript has decoded it from a view
// and deleted the handle (web/concessions.js does both at once). Returning a std::string
// instead would have embind copy a document of up to several times the input's size.
class Result {
 public:
  explicit Result(std::string json) : json_(std::move(json)) {}
  // Valid until the module's memory grows: decode it before the next call.
  emscripten::val View() const {
    return emscripten::val(
        emscripten::typed_memory_view(json_.size(), reinterpret_cast<const uint8_t*>(json_.data())));
  }

 private:
  std::string json_;
};

// input: the UTF-8 bytes of the text as a Uint8Array (embind copies it into the string, NUL
// bytes included). The JS side encodes text.toWellFormed(), so that lone surrogates arrive as
// U+FFFD and offsets keep the original string's UTF-16 length.
Result Analyze(const std::string& input, const std::string& options_json) {
  return Result(concessions::AnalyzeToJson(input, options_json));
}

}  // namespace

EMSCRIPTEN_BINDINGS(concessions) {
  emscripten::class_<Result>("Result").function("view", &Result::View);
  emscripten::function("analyze", &Analyze);
}
