#include "lexicon/lexicon.h"

#include <algorithm>

namespace concessions {

namespace {
int CompareKey(const LexiconTable& t, const LexEntry& e, std::string_view key) {
  return std::string_view(t.keys + e.key, e.key_len).compare(key);
}
}  // namespace

LexRange Lexicon::Lookup(std::string_view key) const {
  const LexEntry* first = t_.entries;
  const LexEntry* last = t_.entries + t_.entry_count;
  const LexEntry* lo = std::lower_bound(first, last, key, [&](const LexEntry& e, std::string_view k) {
    return CompareKey(t_, e, k) < 0;
  });
  const LexEntry* hi = lo;
  while (hi != last && CompareKey(t_, *hi, key) == 0) ++hi;
  return {lo, hi};
}

bool Lexicon::HasLongerKey(std::string_view prefix) const {
  const LexEntry* first = t_.entries;
  const LexEntry* last = t_.entries + t_.entry_count;
  // Keys with prefix + ' ' sort right after prefix itself; the first key >= prefix + " " tells.
  const LexEntry* lo = std::lower_bound(first, last, prefix, [&](const LexEntry& e, std::string_view k) {
    const std::string_view ek(t_.keys + e.key, e.key_len);
    // compare ek with k + " "
    const size_t n = std::min(ek.size(), k.size());
    const int c = ek.substr(0, n).compare(k.substr(0, n));
    if (c != 0) return c < 0;
    if (ek.size() <= k.size()) return true;  // ek is a prefix of k (or equal): smaller than k + " "
    return static_cast<unsigned char>(ek[k.size()]) < static_cast<unsigned char>(' ');
  });
  if (lo == last) return false;
  const std::string_view ek(t_.keys + lo->key, lo->key_len);
  return ek.size() > prefix.size() && ek.compare(0, prefix.size(), prefix) == 0 && ek[prefix.size()] == ' ';
}

const Lexicon& BuiltinLexicon() {
  static const Lexicon lexicon(kLexicon);  // trivially constructed view; no data is built
  return lexicon;
}

}  // namespace concessions
