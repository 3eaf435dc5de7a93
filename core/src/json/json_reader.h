// A small strict JSON reader (RFC 8259) for the analyzer's options: a whole text is checked,
// and the members of a top-level object are returned with their values' kinds. The core
// needs no more than this, and a general JSON library would add to the WebAssembly file.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace concessions {

enum class JsonKind { Null, Bool, Number, String, Array, Object };

struct JsonMember {
  std::string key;  // unescaped UTF-8
  JsonKind kind = JsonKind::Null;
  bool boolean = false;  // the value, when kind is Bool
};

// Whether `text` is exactly one valid JSON value (whitespace around it allowed). Sets `kind`
// to the value's kind and, for an object, `members` to its members in document order.
// Nesting deeper than kMaxJsonDepth counts as invalid rather than risking the stack.
inline constexpr int kMaxJsonDepth = 256;
bool ReadJson(std::string_view text, JsonKind& kind, std::vector<JsonMember>& members);

}  // namespace concessions
