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

void AppendControl(unsigned char c, std::string& out) {
  switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    default: {
      const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      out.append(u, sizeof u);
    }
  }
}

}  // namespace

JsonOut::JsonOut(std::string& out, int indent, const JsonPieces* pieces)
    : out_(out), indent_(indent), pieces_(pieces) {
  empty_.reserve(8);  // the analysis format nests 5 deep
}

void JsonOut::Flush() {
  if (pieces_ == nullptr || out_.empty()) return;
  pieces_->write(out_, pieces_->context);
  out_.clear();
}

void JsonOut::AppendEscaped(std::string_view s, std::string& out) {
  size_t run = 0;  // start of the pending stretch that is copied as is
  size_t i = 0;
  while (i < s.size()) {
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
      out.append(s.data() + run, i - run);
      out.append(kReplacement);
      i += len;
      run = i;
      continue;
    }
    out.append(s.data() + run, i - run);
    AppendControl(c, out);
    run = ++i;
  }
  out.append(s.data() + run, s.size() - run);
}

void JsonOut::AppendUnsigned(uint64_t n, std::string& out) {
  char digits[20];
  size_t at = sizeof digits;
  do {
    digits[--at] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n != 0);
  out.append(digits + at, sizeof digits - at);
}

void JsonOut::NewLine(size_t depth) {
  out_.push_back('\n');
  out_.append(depth * static_cast<size_t>(indent_), ' ');
}

void JsonOut::BeforeValue() {
  MaybeFlush();
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (empty_.empty()) return;  // the top-level value
  if (empty_.back()) {
    empty_.back() = 0;
  } else {
    out_.push_back(',');
  }
  if (indent_ >= 0) NewLine(empty_.size());
}

void JsonOut::Open(char bracket) {
  BeforeValue();
  out_.push_back(bracket);
  empty_.push_back(1);
}

void JsonOut::Close(char bracket) {
  MaybeFlush();
  const bool was_empty = empty_.back();
  empty_.pop_back();
  if (!was_empty && indent_ >= 0) NewLine(empty_.size());
  out_.push_back(bracket);
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
  char quoted[kShortKey + 4];
  if (key.size() <= kShortKey && std::all_of(key.begin(), key.end(), [](char c) { return IsPlain(c); })) {
    // Keys are short names: one append instead of three.
    quoted[0] = '"';
    std::memcpy(quoted + 1, key.data(), key.size());
    std::memcpy(quoted + 1 + key.size(), "\": ", tail);
    out_.append(quoted, 1 + key.size() + tail);
  } else {
    out_.push_back('"');
    AppendEscaped(key, out_);
    out_.append("\": ", tail);
  }
  after_key_ = true;
  return *this;
}

JsonOut& JsonOut::String(std::string_view s) {
  BeforeValue();
  out_.push_back('"');
  AppendEscaped(s, out_);
  out_.push_back('"');
  return *this;
}

JsonOut& JsonOut::StringWithNumber(std::string_view prefix, uint64_t n) {
  BeforeValue();
  out_.push_back('"');
  AppendEscaped(prefix, out_);
  AppendUnsigned(n, out_);
  out_.push_back('"');
  return *this;
}

JsonOut& JsonOut::Unsigned(uint64_t n) {
  BeforeValue();
  AppendUnsigned(n, out_);
  return *this;
}

JsonOut& JsonOut::Bool(bool b) {
  BeforeValue();
  out_ += b ? "true" : "false";
  return *this;
}

JsonOut& JsonOut::Null() {
  BeforeValue();
  out_ += "null";
  return *this;
}

}  // namespace concessions
