#include "json/json_out.h"

#include <algorithm>
#include <cstring>

#include "text/utf8.h"

namespace concessions {

namespace {

constexpr char kHex[] = "0123456789abcdef";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
constexpr size_t kShortKey = 32;

// Bytes that a string can hold as they are: printable ASCII other than " and \.
inline bool IsPlain(char ch) {
  const auto c = static_cast<unsigned char>(ch);
  return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}

// Whether 8 bytes are all plain (IsPlain), tested together: none has its top bit set, none
// is below 0x20, none is '"' or '\\'. (v - 0x01..01) & ~v & 0x80..80 is nonzero exactly when
// some byte of v is zero.
inline bool AllPlain8(const char* p) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  uint64_t x;
  std::memcpy(&x, p, 8);
  if (x & kHigh) return false;
  const auto has_zero = [](uint64_t v) { return ((v - kOnes) & ~v & kHigh) != 0; };
  const uint64_t below_space = (x - kOnes * 0x20) & ~x & kHigh;  // exact: no byte is >= 0x80
  return below_space == 0 && !has_zero(x ^ (kOnes * '"')) && !has_zero(x ^ (kOnes * '\\'));
}

// The escape of a byte that cannot stand in a string as it is: at most 6 bytes, into `to`;
// returns how many.
size_t ControlEscape(unsigned char c, char* to) {
  char short_form = 0;
  switch (c) {
    case '"': short_form = '"'; break;
    case '\\': short_form = '\\'; break;
    case '\b': short_form = 'b'; break;
    case '\f': short_form = 'f'; break;
    case '\n': short_form = 'n'; break;
    case '\r': short_form = 'r'; break;
    case '\t': short_form = 't'; break;
    default: {
      const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      std::memcpy(to, u, sizeof u);
      return sizeof u;
    }
  }
  to[0] = '\\';
  to[1] = short_form;
  return 2;
}

}  // namespace

JsonOut::JsonOut(std::string& out, int indent, const JsonPieces* pieces)
    : out_(out), used_(out.size()), indent_(indent), pieces_(pieces) {
  empty_.reserve(8);  // the analysis format nests 5 deep
  out_.resize(out_.capacity());  // what the caller reserved is the room to write in
}

void JsonOut::Grow(size_t n) {
  // Doubling, as append would: the string is written once, and moved at most log n times.
  out_.resize(std::max(used_ + n, 2 * out_.size() + 64));
}

void JsonOut::Flush() {
  Settle();
  if (pieces_ == nullptr || out_.empty()) return;
  pieces_->write(out_, pieces_->context);
  out_.clear();
  used_ = 0;
  out_.resize(out_.capacity());  // the same room again for the next piece
}

void JsonOut::PutEscaped(std::string_view s) {
  size_t run = 0;  // start of the pending stretch that is copied as is
  size_t i = 0;
  while (i < s.size()) {
    if (i + 8 <= s.size() && AllPlain8(s.data() + i)) {
      i += 8;
      continue;
    }
    const auto c = static_cast<unsigned char>(s[i]);
    if (IsPlain(s[i])) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      size_t len;
      const uint32_t cp = DecodeAt(s, i, len);
      const bool bad = cp == 0xFFFD && s.substr(i, len) != kReplacement;
      if (!bad) {
        i += len;
        continue;
      }
      Put(s.data() + run, i - run);
      Put(kReplacement);
      i += len;
      run = i;
      continue;
    }
    Put(s.data() + run, i - run);
    used_ += ControlEscape(c, Room(6));
    run = ++i;
  }
  Put(s.data() + run, s.size() - run);
}

void JsonOut::PutUnsigned(uint64_t n) {
  char digits[20];
  size_t at = sizeof digits;
  do {
    digits[--at] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n != 0);
  Put(digits + at, sizeof digits - at);
}

void JsonOut::NewLine(size_t depth) {
  const size_t spaces = depth * static_cast<size_t>(indent_);
  char* to = Room(1 + spaces);
  to[0] = '\n';
  std::memset(to + 1, ' ', spaces);
  used_ += 1 + spaces;
}

void JsonOut::Separate() {
  if (empty_.back()) {
    empty_.back() = 0;
  } else {
    Put(',');
  }
  if (indent_ >= 0) NewLine(empty_.size());
}

void JsonOut::Open(char bracket) {
  BeforeValue();
  Put(bracket);
  empty_.push_back(1);
}

void JsonOut::Close(char bracket) {
  MaybeFlush();
  const bool was_empty = empty_.back();
  empty_.pop_back();
  if (!was_empty && indent_ >= 0) NewLine(empty_.size());
  Put(bracket);
  Ended();
}

JsonOut& JsonOut::BeginObject() {
  Open('{');
  return *this;
}

JsonOut& JsonOut::EndObject() {
  Close('}');
  return *this;
}

JsonOut& JsonOut::BeginArray() {
  Open('[');
  return *this;
}

JsonOut& JsonOut::EndArray() {
  Close(']');
  return *this;
}

JsonOut& JsonOut::Key(std::string_view key) {
  BeforeValue();
  const size_t tail = indent_ >= 0 ? 3 : 2;  // ": or ":<space>
  if (key.size() <= kShortKey && std::all_of(key.begin(), key.end(), [](char c) { return IsPlain(c); })) {
    // Keys are short names: written in one go.
    char* to = Room(key.size() + 5);
    to[0] = '"';
    std::memcpy(to + 1, key.data(), key.size());
    std::memcpy(to + 1 + key.size(), "\": ", 3);
    used_ += 1 + key.size() + tail;
  } else {
    Put('"');
    PutEscaped(key);
    Put("\": ", tail);
  }
  after_key_ = true;
  return *this;
}

JsonOut& JsonOut::String(std::string_view s) {
  BeforeValue();
  Put('"');
  PutEscaped(s);
  Put('"');
  Ended();
  return *this;
}

JsonOut& JsonOut::StringWithNumber(std::string_view prefix, uint64_t n) {
  BeforeValue();
  Put('"');
  PutEscaped(prefix);
  PutUnsigned(n);
  Put('"');
  Ended();
  return *this;
}

JsonOut& JsonOut::Unsigned(uint64_t n) {
  BeforeValue();
  PutUnsigned(n);
  Ended();
  return *this;
}

JsonOut& JsonOut::Bool(bool b) {
  BeforeValue();
  Put(b ? std::string_view("true") : std::string_view("false"));
  Ended();
  return *this;
}

JsonOut& JsonOut::Null() {
  BeforeValue();
  Put("null", 4);
  Ended();
  return *this;
}

}  // namespace concessions
