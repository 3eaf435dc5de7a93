#include "json/json_reader.h"

#include <cstdint>

#include "text/utf8.h"

namespace concessions {

namespace {

class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}

  bool Document(JsonKind& kind, std::vector<JsonMember>& members) {
    SkipSpace();
    if (!Value(0, kind, &members, nullptr)) return false;
    SkipSpace();
    return i_ == s_.size();
  }

 private:
  std::string_view s_;
  size_t i_ = 0;

  bool More() const { return i_ < s_.size(); }
  char Peek() const { return s_[i_]; }
  void SkipSpace() {
    while (More() && (Peek() == ' ' || Peek() == '\t' || Peek() == '\n' || Peek() == '\r')) ++i_;
  }
  bool Literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) return false;
    i_ += word.size();
    return true;
  }

  // One value at i_. `members` (top level only) receives an object's members; `boolean`
  // receives a Bool's value.
  bool Value(int depth, JsonKind& kind, std::vector<JsonMember>* members, bool* boolean) {
    if (!More()) return false;
    switch (Peek()) {
      case 'n': kind = JsonKind::Null; return Literal("null");
      case 't': kind = JsonKind::Bool; if (boolean) *boolean = true; return Literal("true");
      case 'f': kind = JsonKind::Bool; if (boolean) *boolean = false; return Literal("false");
      case '"': kind = JsonKind::String; return String(nullptr);
      case '[': kind = JsonKind::Array; return Array(depth + 1);
      case '{': kind = JsonKind::Object; return Object(depth + 1, members);
      default: kind = JsonKind::Number; return Number();
    }
  }

  bool Array(int depth) {
    if (depth > kMaxJsonDepth) return false;
    ++i_;  // [
    SkipSpace();
    if (More() && Peek() == ']') { ++i_; return true; }
    for (;;) {
      JsonKind k;
      SkipSpace();
      if (!Value(depth, k, nullptr, nullptr)) return false;
      SkipSpace();
      if (!More()) return false;
      if (Peek() == ']') { ++i_; return true; }
      if (Peek() != ',') return false;
      ++i_;
    }
  }

  bool Object(int depth, std::vector<JsonMember>* members) {
    if (depth > kMaxJsonDepth) return false;
    ++i_;  // {
    SkipSpace();
    if (More() && Peek() == '}') { ++i_; return true; }
    for (;;) {
      SkipSpace();
      if (!More() || Peek() != '"') return false;
      JsonMember m;
      if (!String(&m.key)) return false;
      SkipSpace();
      if (!More() || Peek() != ':') return false;
      ++i_;
      SkipSpace();
      if (!Value(depth, m.kind, nullptr, &m.boolean)) return false;
      if (members) members->push_back(std::move(m));
      SkipSpace();
      if (!More()) return false;
      if (Peek() == '}') { ++i_; return true; }
      if (Peek() != ',') return false;
      ++i_;
    }
  }

  bool Hex4(uint32_t& v) {
    if (i_ + 4 > s_.size()) return false;
    v = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = s_[i_++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= static_cast<uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f') v |= static_cast<uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v |= static_cast<uint32_t>(c - 'A' + 10);
      else return false;
    }
    return true;
  }

  // A string at i_ (its opening quote); unescaped into `out` if given. Control characters
  // must be escaped, escapes must be valid, surrogates must pair, bytes must be UTF-8.
  bool String(std::string* out) {
    ++i_;  // "
    while (More()) {
      const auto c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') { ++i_; return true; }
      if (c < 0x20) return false;
      if (c == '\\') {
        ++i_;
        if (!More()) return false;
        const char e = s_[i_++];
        char plain = 0;
        switch (e) {
          case '"': plain = '"'; break;
          case '\\': plain = '\\'; break;
          case '/': plain = '/'; break;
          case 'b': plain = '\b'; break;
          case 'f': plain = '\f'; break;
          case 'n': plain = '\n'; break;
          case 'r': plain = '\r'; break;
          case 't': plain = '\t'; break;
          case 'u': {
            uint32_t cp;
            if (!Hex4(cp)) return false;
            if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a lone low surrogate
            if (cp >= 0xD800 && cp <= 0xDBFF) {
              uint32_t low;
              if (!Literal("\\u") || !Hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
              cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            if (out) AppendUtf8(cp, *out);
            continue;
          }
          default: return false;
        }
        if (out) out->push_back(plain);
        continue;
      }
      if (c < 0x80) {
        if (out) out->push_back(static_cast<char>(c));
        ++i_;
        continue;
      }
      size_t len;
      const uint32_t cp = DecodeAt(s_, i_, len);
      if (cp == 0xFFFD && s_.substr(i_, 3) != "\xEF\xBF\xBD") return false;  // invalid UTF-8
      if (out) out->append(s_.substr(i_, len));
      i_ += len;
    }
    return false;  // unterminated
  }

  bool Digits() {
    const size_t from = i_;
    while (More() && Peek() >= '0' && Peek() <= '9') ++i_;
    return i_ > from;
  }

  // -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
  bool Number() {
    if (More() && Peek() == '-') ++i_;
    if (!More()) return false;
    if (Peek() == '0') ++i_;
    else if (!(Peek() >= '1' && Peek() <= '9') || !Digits()) return false;
    if (More() && Peek() == '.') {
      ++i_;
      if (!Digits()) return false;
    }
    if (More() && (Peek() == 'e' || Peek() == 'E')) {
      ++i_;
      if (More() && (Peek() == '+' || Peek() == '-')) ++i_;
      if (!Digits()) return false;
    }
    return true;
  }
};

}  // namespace

bool ReadJson(std::string_view text, JsonKind& kind, std::vector<JsonMember>& members) {
  members.clear();
  kind = JsonKind::Null;
  Reader reader(text);
  if (reader.Document(kind, members)) return true;
  members.clear();
  return false;
}

}  // namespace concessions
