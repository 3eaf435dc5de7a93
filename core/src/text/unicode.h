// Character classes and key folding for the tokenizer and the lexicon, from generated tables
// (scripts/gen_unicode_tables.py). Decoding of UTF-8 lives in utf8.h.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace concessions {

// Must match the constants in scripts/gen_unicode_tables.py.
enum class CharClass : uint8_t {
  Other, Upper, Lower, Letter, Mark, Digit, Space, Newline, Punct, Dash, Quote, Open, Close,
  Symbol, Currency
};

namespace unicode_tables {
extern const uint16_t kBlockIndex[];
extern const uint8_t kBlocks[];
extern const uint16_t kFold[];
extern const char kFoldBlob[];
}  // namespace unicode_tables

inline constexpr uint32_t kUnicodeTableLimit = 0x30000;
inline constexpr uint32_t kFoldLimit = 0x0530;

inline CharClass ClassOf(uint32_t cp) {
  if (cp >= kUnicodeTableLimit) return CharClass::Other;
  return static_cast<CharClass>(unicode_tables::kBlocks[unicode_tables::kBlockIndex[cp >> 7] * 128u + (cp & 127u)]);
}

inline bool IsLetterClass(CharClass c) {
  return c == CharClass::Upper || c == CharClass::Lower || c == CharClass::Letter;
}
inline bool IsWordClass(CharClass c) {
  return IsLetterClass(c) || c == CharClass::Digit || c == CharClass::Mark;
}

// Appends the folded form of cp (lowercase, accents dropped for Latin/Greek/Cyrillic letters
// that decompose to ASCII) as UTF-8.
void AppendFolded(uint32_t cp, std::string& out);

// Folds a UTF-8 string as the lexicon keys are folded (see lexicon_table.h).
std::string FoldKey(std::string_view utf8);

// s with ASCII capitals lowercased, every other byte as it is.
std::string LowercaseAscii(std::string_view s);

}  // namespace concessions
