// Look-ups in the compiled-in lexicon (lexicon_table.h): exact keys and longest phrase
// matches over folded tokens.
#pragma once
#include <cstdint>
#include <string_view>

#include "lexicon/lexicon_table.h"

namespace concessions {

struct LexRange {
  const LexEntry* begin = nullptr;
  const LexEntry* end = nullptr;
  bool empty() const { return begin == end; }
  const LexEntry* Find(LexKind kind) const {
    for (const LexEntry* e = begin; e != end; ++e)
      if (e->kind == kind) return e;
    return nullptr;
  }
  bool Has(LexKind kind) const { return Find(kind) != nullptr; }
};

class Lexicon {
 public:
  explicit Lexicon(const LexiconTable& table) : t_(table) {}

  // All entries whose key is exactly `key` (folded).
  LexRange Lookup(std::string_view key) const;
  // Whether some key starts with `prefix` followed by a space (a longer phrase may match).
  bool HasLongerKey(std::string_view prefix) const;

  const char* Name(uint32_t offset) const { return offset == kNoName ? "" : t_.names + offset; }
  std::string_view Key(const LexEntry& e) const { return {t_.keys + e.key, e.key_len}; }
  const CountryInfo* Country(uint16_t index) const {
    return index < t_.country_count ? &t_.countries[index] : nullptr;
  }
  size_t CountryCount() const { return t_.country_count; }
  int MaxKeyTokens() const { return t_.max_key_tokens; }

 private:
  const LexiconTable& t_;
};

// The lexicon compiled into the program.
const Lexicon& BuiltinLexicon();

}  // namespace concessions
