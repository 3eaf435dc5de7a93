#include "lexicon/lexicon.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "text/hash.h"

namespace concessions {

namespace {

// The end of the stored bytes that start at `p`: the next record's control byte. Reads eight
// bytes at a time (the keys end with kLexKeysPadding zero bytes, so this stays inside them).
const char* SkipStored(const char* p) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  for (;; p += 8) {
    uint64_t x;
    std::memcpy(&x, p, 8);
    // Marks bytes below kLexKeyControl; a borrow can only mark bytes after a marked one, so
    // the lowest mark (the first byte in memory) is exact.
    const uint64_t below = (x - kOnes * kLexKeyControl) & ~x & (kOnes * 0x80);
    if (below != 0) return p + (__builtin_ctzll(below) >> 3);
  }
#else
  while (static_cast<unsigned char>(*p) >= kLexKeyControl) ++p;
  return p;
#endif
}

// Reads the control byte of the record at `p`: the drop count; returns the stored bytes.
const char* ReadControl(const char* p, size_t& drop) {
  drop = static_cast<unsigned char>(*p++);
  if (drop == kLexDropEscape) drop += static_cast<unsigned char>(*p++);
  return p;
}

}  // namespace

// Every key, decoded: key i is blob[start[i], start[i + 1]) and its entries start at
// entries[first_entry[i]]. Two hash sets (open addressing by HashKey, 0 = empty): `slots`
// holds key index + 1; `longer` holds each prefix of a key that ends before one of its
// spaces, as (key index + 1) << 8 | prefix length ("saudi" from "saudi arabia"): keys are
// under 256 bytes (kLexMaxKeyBytes) and fewer than 2^24.
static_assert(kLexMaxKeyBytes < 256, "a prefix length is stored in 8 bits");

struct Lexicon::Decoded {
  std::string blob;
  std::vector<uint32_t> start;
  std::vector<uint32_t> first_entry;
  std::vector<uint32_t> slots;
  std::vector<uint32_t> longer;

  std::string_view KeyAt(uint32_t i) const {
    return std::string_view(blob.data() + start[i], start[i + 1] - start[i]);
  }
  std::string_view Prefix(uint32_t item) const { return KeyAt((item >> 8) - 1).substr(0, item & 0xFF); }
};

namespace {

// A power of two at least twice n: the sets stay at most half full, so probes stay short.
std::vector<uint32_t> EmptySet(size_t n) {
  size_t size = 1;
  while (size < 2 * n) size <<= 1;
  return std::vector<uint32_t>(size, 0);
}

// The slot of `set` that holds the item whose text (text_of(item)) is key, or the empty slot
// where it would go.
template <class TextOf>
size_t SlotOf(const std::vector<uint32_t>& set, std::string_view key, TextOf text_of, uint32_t hash) {
  const size_t mask = set.size() - 1;
  size_t s = hash & mask;
  while (set[s] != 0 && text_of(set[s]) != key) s = (s + 1) & mask;
  return s;
}

}  // namespace

Lexicon::Lexicon(const LexiconTable& table) : t_(table) {}
Lexicon::~Lexicon() = default;

const Lexicon::Decoded& Lexicon::Keys() const {
  std::call_once(decode_once_, [this] {
    auto d = std::make_unique<Decoded>();
    d->start.reserve(t_.key_count + 1);
    d->first_entry.reserve(t_.key_count);
    d->blob.resize(static_cast<size_t>(t_.key_count) * 16);  // written by index, cut to size below
    size_t used = 0;
    const char* p = t_.keys;
    uint32_t e = 0;
    size_t previous = 0;  // where the key before starts in blob
    for (uint32_t i = 0; i < t_.key_count; ++i) {
      size_t drop;
      p = ReadControl(p, drop);
      const size_t here = used;
      // The key before without its last `drop` bytes (a block's first key is whole), then the
      // stored bytes, written by index into room made ahead (an append per key cost a fifth
      // of the decoding). The shared part comes from the key before, which ends where this
      // one starts: the ranges never overlap.
      const size_t shared = i % t_.block_keys != 0 ? here - previous - std::min(drop, here - previous) : 0;
      const char* end = SkipStored(p);
      const auto stored = static_cast<size_t>(end - p);
      if (here + shared + stored > d->blob.size()) d->blob.resize(2 * (here + shared + stored));
      used = here + shared + stored;
      char* to = &d->blob[here];
      std::memcpy(to, d->blob.data() + previous, shared);
      std::memcpy(to + shared, p, stored);
      d->start.push_back(static_cast<uint32_t>(here));
      previous = here;
      p = end;
      d->first_entry.push_back(e);  // a key's entries are adjacent, the first with same_key 0
      do ++e;
      while (e < t_.entry_count && t_.entries[e].same_key);
    }
    d->blob.resize(used);
    d->start.push_back(static_cast<uint32_t>(used));
    d->slots = EmptySet(t_.key_count);
    d->longer = EmptySet(static_cast<size_t>(std::count(d->blob.begin(), d->blob.end(), ' ')));
    const auto prefix_of = [&](uint32_t item) { return d->Prefix(item); };
    for (uint32_t i = 0; i < t_.key_count; ++i) {
      const std::string_view key = d->KeyAt(i);
      // One pass hashes the key and, at each space, the prefix before it. Each prefix goes in
      // once (several keys may share it); keys are under 256 bytes long.
      uint32_t h = kHashSeed;
      for (size_t k = 0; k < key.size(); ++k) {
        if (key[k] == ' ') {
          uint32_t& slot = d->longer[SlotOf(d->longer, key.substr(0, k), prefix_of, h)];
          if (slot == 0) slot = ((i + 1) << 8) | static_cast<uint32_t>(k);
        }
        h = HashStep(h, key[k]);
      }
      // Keys are distinct: the first empty slot is the key's, found without reading any key.
      const size_t mask = d->slots.size() - 1;
      size_t slot = h & mask;
      while (d->slots[slot] != 0) slot = (slot + 1) & mask;
      d->slots[slot] = i + 1;
    }
    decoded_ = std::move(d);
  });
  return *decoded_;
}

LexRange Lexicon::Lookup(std::string_view key) const { return Lookup(key, HashKey(key)); }

LexRange Lexicon::Lookup(std::string_view key, uint32_t hash) const {
  if (key.empty() || key.size() > t_.max_key_bytes) return {};
  const Decoded& d = Keys();
  const uint32_t item = d.slots[SlotOf(d.slots, key, [&](uint32_t i) { return d.KeyAt(i - 1); }, hash)];
  if (item == 0) return {};
  const LexEntry* first = t_.entries + d.first_entry[item - 1];
  const LexEntry* end = first + 1;
  const LexEntry* const table_end = t_.entries + t_.entry_count;
  while (end != table_end && end->same_key) ++end;
  return {first, end};
}

bool Lexicon::HasLongerKey(std::string_view prefix) const {
  if (prefix.size() + 1 > t_.max_key_bytes) return false;
  const Decoded& d = Keys();
  return d.longer[SlotOf(d.longer, prefix, [&](uint32_t item) { return d.Prefix(item); }, HashKey(prefix))] != 0;
}

std::string_view Lexicon::Key(const LexEntry& e) const {
  const std::less<const LexEntry*> before;
  if (before(&e, t_.entries) || !before(&e, t_.entries + t_.entry_count)) return {};
  const Decoded& d = Keys();
  // The key whose entries start at or before e: the last first_entry <= its index.
  const uint32_t i = static_cast<uint32_t>(&e - t_.entries);
  const auto after = std::upper_bound(d.first_entry.begin(), d.first_entry.end(), i);
  return d.KeyAt(static_cast<uint32_t>(after - d.first_entry.begin()) - 1);
}

const Lexicon& BuiltinLexicon() {
  static const Lexicon lexicon(kLexicon);  // a view; no data is built
  return lexicon;
}

}  // namespace concessions
