// Appends JSON text to a caller's string, value by value, in exactly the layout of
// nlohmann::json::dump(indent, ' ', false, error_handler_t::replace): compact for indent < 0,
// otherwise one member per line. The caller writes object keys in the order it wants them
// (nlohmann's default std::map sorts them). No heap allocation per value.
//
// The string is written through a pointer into room made ahead (std::string's append and
// push_back cost a call and a capacity check per piece: half of the writing): while a value
// is being written the string is longer than the text and ends in scratch bytes. It holds
// exactly the text again once the top-level value is complete, or after Flush().
#pragma once
#include <cstdint>
#include <cstring>
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
  JsonOut(const JsonOut&) = delete;
  JsonOut& operator=(const JsonOut&) = delete;
  ~JsonOut() { Settle(); }

  // Hands what out holds to pieces (if any and not empty) and clears it; for the end.
  void Flush();

  JsonOut& BeginObject();
  JsonOut& EndObject();
  JsonOut& BeginArray();
  JsonOut& EndArray();
  // The next call writes this key's value.
  JsonOut& Key(std::string_view key);
  // A literal key, a plain name (as every key of the analysis format is: no byte to escape),
  // written with its length known where it is written.
  template <size_t N>
  JsonOut& Key(const char (&key)[N]) {
    BeforeValue();
    char* to = Room(N + 3);
    to[0] = '"';
    std::memcpy(to + 1, key, N - 1);
    std::memcpy(to + N, "\": ", 3);
    used_ += N + (indent_ >= 0 ? 3 : 2);  // the quotes, the colon, and a space when indented
    after_key_ = true;
    return *this;
  }

  // Escaped as nlohmann does without ensure_ascii: ", \ and control bytes escaped, other
  // UTF-8 passed through, each invalid sequence (maximal subpart) written as U+FFFD.
  JsonOut& String(std::string_view s);
  // The string prefix + decimal n ("E12"), without building it first.
  JsonOut& StringWithNumber(std::string_view prefix, uint64_t n);
  JsonOut& Unsigned(uint64_t n);
  JsonOut& Bool(bool b);
  JsonOut& Null();

 private:
  // Room for n more bytes at the end of the text; the caller then advances used_.
  char* Room(size_t n) {
    if (out_.size() - used_ < n) Grow(n);
    return &out_[used_];
  }
  void Grow(size_t n);
  void Put(char c) {
    *Room(1) = c;
    ++used_;
  }
  void Put(const char* p, size_t n) {
    std::memcpy(Room(n), p, n);
    used_ += n;
  }
  void Put(std::string_view s) { Put(s.data(), s.size()); }
  // Cuts the scratch bytes off: out then holds exactly the text written.
  void Settle() { out_.resize(used_); }
  // After a value or a close: at the top level the document is complete.
  void Ended() {
    if (empty_.empty()) Settle();
  }
  void PutEscaped(std::string_view s);
  void PutUnsigned(uint64_t n);
  // Writes the comma and line break before a value or key, unless it follows a key.
  void BeforeValue() {
    MaybeFlush();
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!empty_.empty()) Separate();
  }
  // The comma (but before a container's first member) and the line break.
  void Separate();
  void Open(char bracket);
  void Close(char bracket);
  void NewLine(size_t depth);

  // Passes the text on once it is a piece's size; called where a value or a close begins.
  void MaybeFlush() {
    if (pieces_ != nullptr && used_ >= pieces_->piece_bytes) Flush();
  }

  std::string& out_;
  size_t used_;  // out_'s bytes that are text; the rest, up to out_.size(), is room
  int indent_;
  const JsonPieces* pieces_;
  bool after_key_ = false;
  // One entry per open container: true while it has no member yet.
  std::vector<unsigned char> empty_;  // not vector<bool>: its bit proxies cost on every value
};

}  // namespace concessions
