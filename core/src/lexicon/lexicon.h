// Look-ups in the compiled-in lexicon (lexicon_table.h): exact keys and longest phrase
// matches over folded tokens.
#pragma once
#include <cstdint>
#include <memory>
#include <mutex>
#include <string_view>

#include "lexicon/lexicon_table.h"

namespace concessions {

// The entries of one key, adjacent in the table's constant array: pointers into it stay valid
// after the range is gone.
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
  explicit Lexicon(const LexiconTable& table);
  ~Lexicon();

  // All entries whose key is exactly `key` (folded), ordered by kind. A hash look-up in the
  // keys decoded once per process (the first look-up decodes them: 7.1 M instructions by
  // callgrind, five times a short article's analysis; 0.7 MB); no allocation after that.
  LexRange Lookup(std::string_view key) const;
  // The same, for a caller that has HashKey(key) already.
  LexRange Lookup(std::string_view key, uint32_t hash) const;
  // Whether some key starts with `prefix` followed by a space (a longer phrase may match).
  // A hash look-up, like Lookup().
  bool HasLongerKey(std::string_view prefix) const;

  const char* Name(uint32_t offset) const { return offset == kNoName ? "" : t_.names + offset; }
  // The key of an entry of this lexicon's table (empty for any other LexEntry).
  std::string_view Key(const LexEntry& e) const;
  const CountryInfo* Country(uint16_t index) const {
    return index < t_.country_count ? &t_.countries[index] : nullptr;
  }
  size_t CountryCount() const { return t_.country_count; }
  int MaxKeyTokens() const { return t_.max_key_tokens; }

 private:
  // The keys decoded, with a hash index over them. The table stores them front-coded, small
  // in the WebAssembly file but readable only in order; the index answers a look-up in about
  // 60 instructions.
  struct Decoded;
  const Decoded& Keys() const;
  const LexiconTable& t_;
  mutable std::once_flag decode_once_;
  mutable std::unique_ptr<Decoded> decoded_;  // built by the first Lookup() or Key() call
};

// The lexicon compiled into the program.
const Lexicon& BuiltinLexicon();

}  // namespace concessions
