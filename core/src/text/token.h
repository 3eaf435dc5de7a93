// Tokens: spans of the cleaned UTF-8 text with a closed kind and a few flags.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace concessions {

enum class TokenKind : uint8_t {
  Word,        // letters, with inner hyphens/apostrophes; abbreviations keep their periods (U.S., Jan.)
  Number,      // starts with a digit: 57,000  1.2bn  30-day  1990s
  Possessive,  // 's or ’s split off a word
  Quote,       // straight or curly quotes, guillemets, a lone apostrophe
  Dash,        // - – — (standalone or between tokens)
  Open,        // ( [ {
  Close,       // ) ] }
  Currency,    // $ € £ ¥
  Punct,       // other punctuation; a run of the same character is one token ("...")
  Symbol,      // emoji and other symbols, one code point each
};

enum TokenFlag : uint16_t {
  kCapitalized = 1 << 0,    // first letter is uppercase
  kAllCaps = 1 << 1,        // two or more letters, none lowercase
  kNewlineBefore = 1 << 2,  // a line break between this token and the previous one
  kSpaceBefore = 1 << 3,    // whitespace (or the text start) right before
  kPeriodEnd = 1 << 4,      // a word that kept a final period (abbreviation or initial)
  kHyphenated = 1 << 5,     // an inner hyphen
  kHeadline = 1 << 6,       // on the first line of the text
  kSentenceStart = 1 << 7,  // first word-like token of its sentence (set by the splitter)
};

struct Token {
  uint32_t begin = 0;  // byte offsets into the cleaned text
  uint32_t end = 0;
  TokenKind kind = TokenKind::Word;
  uint16_t flags = 0;

  bool Has(TokenFlag f) const { return (flags & f) != 0; }
  // The token's bytes in the text it came from (not range-checked: substr's check cost more
  // than the rest of this call, made for nearly every token by every rule).
  std::string_view In(std::string_view text) const { return std::string_view(text.data() + begin, end - begin); }
};

using Tokens = std::vector<Token>;

}  // namespace concessions
