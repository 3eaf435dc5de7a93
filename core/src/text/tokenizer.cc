#include "text/tokenizer.h"

#include <array>
#include <string>

#include "text/unicode.h"
#include "text/utf8.h"

namespace concessions {

namespace {

// Most text is ASCII: decode it here, inline, and leave the rest to DecodeAt.
inline uint32_t DecodeFast(std::string_view s, size_t at, size_t& len) {
  const auto b = static_cast<unsigned char>(s[at]);
  if (b < 0x80) {
    len = 1;
    return b;
  }
  return DecodeAt(s, at, len);
}

struct Cursor {
  std::string_view s;
  size_t i = 0;

  bool Done() const { return i >= s.size(); }
  uint32_t Peek(size_t& len, size_t at) const {
    if (at >= s.size()) { len = 0; return 0; }
    return DecodeFast(s, at, len);
  }
  CharClass ClassAt(size_t at) const {
    size_t len;
    if (at >= s.size()) return CharClass::Other;
    return ClassOf(Peek(len, at));
  }
};

bool IsApostrophe(uint32_t cp) { return cp == '\'' || cp == 0x2019; }
bool IsHyphen(uint32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

// A possessive 's (or ’s) at s[at]: apostrophe, s/S, then not a letter or digit.
bool PossessiveAt(const Cursor& c, size_t at, size_t& len) {
  size_t l1;
  const uint32_t a = c.Peek(l1, at);
  if (!IsApostrophe(a)) return false;
  size_t l2;
  const uint32_t s = c.Peek(l2, at + l1);
  if (s != 's' && s != 'S') return false;
  if (IsWordClass(c.ClassAt(at + l1 + l2))) return false;
  len = l1 + l2;
  return true;
}

constexpr bool IsAsciiAlnum(unsigned char b) {
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
}

// What an ASCII byte is, by table: most of a text's bytes are read through it, one load each
// instead of decoding and classifying them.
enum AsciiBit : uint8_t { kAlnum = 1, kUpperBit = 2, kLowerBit = 4 };
constexpr std::array<uint8_t, 128> kAscii = [] {
  std::array<uint8_t, 128> t{};
  for (int b = 0; b < 128; ++b) {
    if (IsAsciiAlnum(static_cast<unsigned char>(b))) t[b] |= kAlnum;
    if (b >= 'A' && b <= 'Z') t[b] |= kUpperBit;
    if (b >= 'a' && b <= 'z') t[b] |= kLowerBit;
  }
  return t;
}();

// Consumes the letters/digits/marks of a word from c.i; returns the end. No ASCII byte but a
// letter or digit is of a word class (tokenizer_test checks it against the Unicode table).
size_t ScanWordChars(const Cursor& c, size_t at) {
  const size_t n = c.s.size();
  const char* s = c.s.data();
  while (at < n) {
    const auto b = static_cast<unsigned char>(s[at]);
    if (b < 0x80) {
      if (!(kAscii[b] & kAlnum)) break;
      ++at;
      continue;
    }
    size_t len;
    const uint32_t cp = DecodeAt(c.s, at, len);
    if (!IsWordClass(ClassOf(cp))) break;
    at += len;
  }
  return at;
}

// Texts from this size on (bytes) have their tokens counted ahead (EstimateTokens); below,
// a few doublings of the list cost nothing that matters.
constexpr size_t kEstimateAbove = 64 * 1024;

// Byte classes for EstimateTokens: bit 0 an ASCII letter or digit, bit 1 a byte that starts
// a token of its own (printable ASCII other than those, or the lead byte of another character).
constexpr std::array<uint8_t, 256> kStartClass = [] {
  std::array<uint8_t, 256> c{};
  for (int b = 0; b < 256; ++b) {
    if (IsAsciiAlnum(static_cast<unsigned char>(b))) c[b] = 1;
    else if ((b > ' ' && b < 0x80) || b >= 0xC0) c[b] = 2;
  }
  return c;
}();

// About how many tokens text holds, from one pass far cheaper than tokenizing, so that the
// list is allocated once: growing it by doubling held the old and the new copy at once, 3
// times the list at the peak, memory a WebAssembly heap keeps. A token may start at an ASCII
// letter or digit after a byte that is neither, at any other printable ASCII byte, and at
// any other character: never fewer than the tokens of ASCII text, a few more on prose
// ("U.S." counts four), up to a token per character on other scripts.
size_t EstimateTokens(std::string_view text) {
  size_t n = 0;
  unsigned previous = 0;
  for (const char ch : text) {
    const unsigned c = kStartClass[static_cast<unsigned char>(ch)];
    n += (c >> 1) + (c & ~previous & 1u);  // a token of its own, or a word's first letter
    previous = c;
  }
  return n;
}

}  // namespace

Tokens Tokenize(std::string_view text, WordTest is_abbreviation) {
  Tokens out;
  out.reserve(text.size() < kEstimateAbove ? text.size() / 5 + 1 : EstimateTokens(text) + 1);
  Cursor c{text};
  bool newline = false, space = true, headline = true;
  std::string folded;
  const char* const bytes = text.data();
  while (!c.Done()) {
    const auto b0 = static_cast<unsigned char>(bytes[c.i]);
    if (b0 == ' ') {  // most of the bytes between tokens
      space = true;
      ++c.i;
      continue;
    }
    // The most common token, a plain ASCII word ("ceasefire", "Putin", "NATO") ended by a
    // byte that cannot continue it: read in one pass, with its case. Anything else (digits
    // first, inner hyphens or apostrophes, a period, "+", a non-ASCII byte) goes the general
    // way below, which gives such a word the same token.
    if (b0 < 0x80 && (kAscii[b0] & (kUpperBit | kLowerBit))) {
      size_t at = c.i;
      uint32_t upper = 0, lower = 0;
      for (; at < text.size(); ++at) {
        const auto b = static_cast<unsigned char>(bytes[at]);
        if (b >= 0x80) break;
        const uint8_t a = kAscii[b];
        if (!(a & kAlnum)) break;
        upper += (a & kUpperBit) != 0;
        lower += (a & kLowerBit) != 0;
      }
      const auto sep = at < text.size() ? static_cast<unsigned char>(bytes[at]) : 0u;
      if (sep < 0x80 && sep != '-' && sep != '\'' && sep != '.' && sep != '+') {
        Token t;
        t.kind = TokenKind::Word;
        t.begin = static_cast<uint32_t>(c.i);
        t.end = static_cast<uint32_t>(at);
        if (newline) t.flags |= kNewlineBefore;
        if (space) t.flags |= kSpaceBefore;
        if (headline) t.flags |= kHeadline;
        if (kAscii[b0] & kUpperBit) t.flags |= kCapitalized;  // the first byte is its first letter
        if (upper >= 2 && lower == 0) t.flags |= kAllCaps;   // letters >= upper >= 2
        newline = space = false;
        out.push_back(t);
        c.i = at;
        continue;
      }
    }
    size_t len;
    const uint32_t cp = c.Peek(len, c.i);
    const CharClass cls = ClassOf(cp);
    if (cls == CharClass::Space || cls == CharClass::Newline || (cls == CharClass::Other && cp < 0x20)) {
      if (cls == CharClass::Newline) {
        newline = true;
        if (!out.empty()) headline = false;
      }
      space = true;
      c.i += len;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(c.i);
    if (newline) t.flags |= kNewlineBefore;
    if (space) t.flags |= kSpaceBefore;
    if (headline) t.flags |= kHeadline;
    newline = space = false;

    if (cls == CharClass::Digit) {
      t.kind = TokenKind::Number;
      size_t at = c.i;
      for (;;) {
        at = ScanWordChars(c, at);
        size_t l1;
        const uint32_t sep = c.Peek(l1, at);
        // 57,000  1.2  30-day  2024-25: a separator stays inside when a word char follows.
        if ((sep == ',' || sep == '.' || IsHyphen(sep) || sep == '/') &&
            c.ClassAt(at + l1) == CharClass::Digit) {
          at += l1;
          continue;
        }
        if (IsHyphen(sep) && IsLetterClass(c.ClassAt(at + l1))) {
          t.flags |= kHyphenated;
          at += l1;
          continue;
        }
        break;
      }
      c.i = at;
    } else if (IsLetterClass(cls) || cls == CharClass::Mark) {
      t.kind = TokenKind::Word;
      size_t at = ScanWordChars(c, c.i);
      for (;;) {
        size_t l1, plen;
        const uint32_t sep = c.Peek(l1, at);
        if (IsHyphen(sep) && IsWordClass(c.ClassAt(at + l1))) {
          t.flags |= kHyphenated;
          at = ScanWordChars(c, at + l1);
          continue;
        }
        if (IsApostrophe(sep) && IsLetterClass(c.ClassAt(at + l1)) && !PossessiveAt(c, at, plen)) {
          at = ScanWordChars(c, at + l1);  // don't, O'Brien, Côte d'Ivoire
          continue;
        }
        // "OPEC+": a plus sign closing a word is part of its name.
        if (sep == '+' && !IsWordClass(c.ClassAt(at + 1))) {
          at += 1;
          break;
        }
        if (sep == '.') {
          // Initials and dotted acronyms: U.S.  U.K.  J.  D.C.
          const size_t word_begin = c.i;
          size_t letters = 0;
          for (size_t k = word_begin; k < at;) {
            size_t l;
            const uint32_t ch = c.Peek(l, k);
            if (ch != '.') ++letters;
            k += l;
          }
          const bool single = letters == 1 || (at - word_begin >= 3 && text[at - 2] == '.');
          if (single && IsLetterClass(c.ClassAt(at + 1))) {
            const size_t next_end = ScanWordChars(c, at + 1);
            size_t l3;
            if (c.Peek(l3, next_end) == '.' && next_end - (at + 1) <= 2) {
              at = next_end;  // the loop takes the period on the next round
              continue;
            }
          }
          folded.clear();
          for (size_t k = word_begin; k < at;) {
            size_t l;
            AppendFolded(c.Peek(l, k), folded);
            k += l;
          }
          folded.push_back('.');
          if (single || is_abbreviation(folded)) {
            at += 1;
            t.flags |= kPeriodEnd;
          }
        }
        break;
      }
      c.i = at;
    } else if (IsApostrophe(cp) && !out.empty() && !t.Has(kSpaceBefore) && PossessiveAt(c, c.i, len) &&
               (out.back().kind == TokenKind::Word || out.back().kind == TokenKind::Number)) {
      t.kind = TokenKind::Possessive;
      c.i += len;
    } else if (cls == CharClass::Quote) {
      t.kind = TokenKind::Quote;
      c.i += len;
    } else if (cls == CharClass::Dash || IsHyphen(cp)) {
      t.kind = TokenKind::Dash;
      c.i += len;
      while (!c.Done()) {
        size_t l;
        const uint32_t n = c.Peek(l, c.i);
        if (!(ClassOf(n) == CharClass::Dash || IsHyphen(n))) break;
        c.i += l;
      }
    } else if (cls == CharClass::Open) {
      t.kind = TokenKind::Open;
      c.i += len;
    } else if (cls == CharClass::Close) {
      t.kind = TokenKind::Close;
      c.i += len;
    } else if (cls == CharClass::Currency) {
      t.kind = TokenKind::Currency;
      c.i += len;
    } else if (cls == CharClass::Punct) {
      t.kind = TokenKind::Punct;
      c.i += len;
      while (!c.Done()) {
        size_t l;
        if (c.Peek(l, c.i) != cp) break;
        c.i += l;
      }
    } else {
      t.kind = TokenKind::Symbol;
      c.i += len;
    }
    t.end = static_cast<uint32_t>(c.i);
    if (t.kind == TokenKind::Word || t.kind == TokenKind::Number) {
      // Case flags from the letters of the token.
      size_t letters = 0, upper = 0, lower = 0;
      bool first = true;
      for (size_t k = t.begin; k < t.end;) {
        size_t l = 1;
        const auto b = static_cast<unsigned char>(text[k]);
        CharClass k_cls;
        if (b < 0x80) {  // ASCII: by table; punctuation and digits inside a token are no letters
          const uint8_t a = kAscii[b];
          if (!(a & (kUpperBit | kLowerBit))) {
            ++k;
            continue;
          }
          k_cls = (a & kUpperBit) ? CharClass::Upper : CharClass::Lower;
        } else {
          k_cls = ClassOf(DecodeAt(text, k, l));
        }
        if (IsLetterClass(k_cls)) {
          ++letters;
          if (k_cls == CharClass::Upper) ++upper;
          if (k_cls == CharClass::Lower) ++lower;
          if (first && k_cls == CharClass::Upper && t.kind == TokenKind::Word) t.flags |= kCapitalized;
          first = false;
        }
        k += l;
      }
      if (letters >= 2 && lower == 0 && upper >= 2) t.flags |= kAllCaps;
    }
    out.push_back(t);
  }
  return out;
}

}  // namespace concessions
