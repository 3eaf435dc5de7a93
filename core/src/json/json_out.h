// Appends JSON text to a caller's string, value by value, in exactly the layout of
// nlohmann::json::dump(indent, ' ', false, error_handler_t::replace): compact for indent < 0,
// otherwise one member per line. The caller writes object keys in the order it wants them
// (nlohmann's default std::map sorts them). No heap allocation per value.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "concessions/analyze.h"

namespace concessions {

class JsonOut {
 public:
  // Appends to `out` (not cleared); indent < 0 writes compact JSON. With pieces, whenever out
  // holds at least pieces->piece_bytes before a value, it is handed on and cleared.
  JsonOut(std::string& out, int indent, const JsonPieces* pieces = nullptr);

  // Hands what out holds to pieces (if any and not empty) and clears it; for the end.
  void Flush();

  JsonOut& BeginObject();
  JsonOut& EndObject();
  JsonOut& BeginArray();
  JsonOut& EndArray();
  // The next call writes this key's value.
  JsonOut& Key(std::string_view key);

  // Escaped as nlohmann does without ensure_ascii: ", \ and control bytes escaped, other
  // UTF-8 passed through, each invalid sequence (maximal subpart) written as U+FFFD.
  JsonOut& String(std::string_view s);
  // The string prefix + decimal n ("E12"), without building it first.
  JsonOut& StringWithNumber(std::string_view prefix, uint64_t n);
  JsonOut& Unsigned(uint64_t n);
  JsonOut& Bool(bool b);
  JsonOut& Null();

  // Appends the escaped bytes of s (no quotes) to out.
  static void AppendEscaped(std::string_view s, std::string& out);
  static void AppendUnsigned(uint64_t n, std::string& out);

 private:
  // Writes the comma and line break before a value or key, unless it follows a key.
  void BeforeValue();
  void Open(char bracket);
  void Close(char bracket);
  void NewLine(size_t depth);

  // Passes out_ on once it is a piece's size; called where a value or a close begins.
  void MaybeFlush() {
    if (pieces_ != nullptr && out_.size() >= pieces_->piece_bytes) Flush();
  }

  std::string& out_;
  int indent_;
  const JsonPieces* pieces_;
  bool after_key_ = false;
  // One entry per open container: true while it has no member yet.
  std::vector<unsigned char> empty_;  // not vector<bool>: its bit proxies cost on every value
};

}  // namespace concessions
