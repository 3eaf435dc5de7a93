#include "lexicon/lexicon.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

namespace concessions {

namespace {

bool IsControl(char c) { return static_cast<unsigned char>(c) < kLexKeyControl; }

// Compares the stored key bytes at `p` (they end at a control byte) with `q`, bytewise;
// sets `common` to the length of their common prefix.
int CompareStored(const char* p, std::string_view q, size_t& common) {
  for (size_t i = 0;; ++i) {
    const bool key_ended = IsControl(p[i]);
    if (i == q.size()) {
      common = i;
      return key_ended ? 0 : 1;
    }
    if (key_ended) {
      common = i;
      return -1;
    }
    const unsigned char a = static_cast<unsigned char>(p[i]), b = static_cast<unsigned char>(q[i]);
    if (a != b) {
      common = i;
      return a < b ? -1 : 1;
    }
  }
}

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
  while (!IsControl(*p)) ++p;
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

// Every key, decoded: key i is blob[start[i], start[i + 1]).
struct Lexicon::DecodedKeys {
  std::string blob;
  std::vector<uint32_t> start;
};

Lexicon::Lexicon(const LexiconTable& table) : t_(table) {}
Lexicon::~Lexicon() = default;

Lexicon::Position Lexicon::Seek(std::string_view q) const {
  const uint32_t blocks = (t_.key_count + t_.block_keys - 1) / t_.block_keys;
  // The first block whose first key is greater than q; q's place is in the block before it.
  // Blocks starting with a smaller byte than q's are smaller; those with a greater, greater.
  const unsigned char first = q.empty() ? 0 : static_cast<unsigned char>(q[0]);
  uint32_t lo = t_.byte_block[first], hi = t_.byte_block[first + 1];
  size_t common = 0;
  while (lo < hi) {
    const uint32_t mid = lo + (hi - lo) / 2;
    if (CompareStored(t_.keys + t_.block_key[mid] + 1, q, common) <= 0) lo = mid + 1;
    else hi = mid;
  }
  if (lo == 0) {  // q sorts before every key (or the table is empty)
    if (blocks > 0) CompareStored(t_.keys + t_.block_key[0] + 1, q, common);
    return {0, 0, blocks > 0 ? common : 0, false};
  }
  const uint32_t block = lo - 1;
  uint32_t index = block * t_.block_keys;
  const uint32_t last = std::min(index + t_.block_keys, t_.key_count);
  // The block's first key is <= q.
  const char* stored = t_.keys + t_.block_key[block] + 1;
  int cmp = CompareStored(stored, q, common);
  if (cmp == 0) return {index, block, common, true};
  const char* next = SkipStored(stored + common);
  size_t length = static_cast<size_t>(next - stored);
  // Invariant: key `index` (`length` bytes, its record ends at `next`) is smaller than q and
  // shares `common` leading bytes with it.
  while (++index < last) {
    size_t drop;
    stored = ReadControl(next, drop);
    const size_t shared = length - drop;  // bytes this key shares with the key before
    if (shared < common) {
      // It differs from the key before where that one still matched q, and is greater.
      return {index, block, shared, false};
    }
    if (shared == common) {
      size_t more = 0;
      cmp = CompareStored(stored, q.substr(shared), more);
      common = shared + more;
      if (cmp >= 0) return {index, block, common, cmp == 0};
      next = SkipStored(stored + more);
    } else {
      // shared > common: it compares with q as the key before did (smaller).
      next = SkipStored(stored);
    }
    length = shared + static_cast<size_t>(next - stored);
  }
  // Every key of the block is smaller: the answer is the next block's first key.
  if (index >= t_.key_count) return {t_.key_count, block, 0, false};
  CompareStored(t_.keys + t_.block_key[block + 1] + 1, q, common);
  return {index, block + 1, common, false};
}

uint32_t Lexicon::FirstEntry(uint32_t block, uint32_t index) const {
  uint32_t e = t_.block_entry[block];
  for (uint32_t k = block * t_.block_keys; k < index; ++k) {
    do ++e;
    while (e < t_.entry_count && t_.entries[e].same_key);
  }
  return e;
}

LexRange Lexicon::Lookup(std::string_view key) const {
  if (key.empty() || key.size() > t_.max_key_bytes) return {};
  const Position pos = Seek(key);
  if (!pos.equal) return {};
  const LexEntry* first = t_.entries + FirstEntry(pos.block, pos.index);
  const LexEntry* end = first + 1;
  const LexEntry* const table_end = t_.entries + t_.entry_count;
  while (end != table_end && end->same_key) ++end;
  return {first, end};
}

bool Lexicon::HasLongerKey(std::string_view prefix) const {
  // Keys with prefix + ' ' sort right after prefix itself; the first key >= prefix + " " tells.
  if (prefix.size() + 1 > t_.max_key_bytes || prefix.size() + 1 > kLexMaxKeyBytes) return false;
  char buf[kLexMaxKeyBytes];
  std::memcpy(buf, prefix.data(), prefix.size());
  buf[prefix.size()] = ' ';
  const std::string_view q(buf, prefix.size() + 1);
  const Position pos = Seek(q);
  return pos.index < t_.key_count && pos.common == q.size();
}

std::string_view Lexicon::Key(const LexEntry& e) const {
  const std::less<const LexEntry*> before;
  if (before(&e, t_.entries) || !before(&e, t_.entries + t_.entry_count)) return {};
  std::call_once(decode_once_, [this] {
    auto d = std::make_unique<DecodedKeys>();
    d->start.reserve(t_.key_count + 1);
    std::string key;
    const char* p = t_.keys;
    for (uint32_t i = 0; i < t_.key_count; ++i) {
      size_t drop;
      p = ReadControl(p, drop);
      if (i % t_.block_keys == 0) key.clear();  // a block's first key is whole
      else key.resize(key.size() - drop);
      const char* end = SkipStored(p);
      key.append(p, end);
      d->start.push_back(static_cast<uint32_t>(d->blob.size()));
      d->blob += key;
      p = end;
    }
    d->start.push_back(static_cast<uint32_t>(d->blob.size()));
    decoded_ = std::move(d);
  });
  // The key of entry i: count the key changes from its block's first entry.
  const uint32_t i = static_cast<uint32_t>(&e - t_.entries);
  const uint32_t blocks = (t_.key_count + t_.block_keys - 1) / t_.block_keys;
  const uint32_t block =
      static_cast<uint32_t>(std::upper_bound(t_.block_entry, t_.block_entry + blocks, i) - t_.block_entry) - 1;
  uint32_t key = block * t_.block_keys;
  for (uint32_t j = t_.block_entry[block] + 1; j <= i; ++j)
    if (!t_.entries[j].same_key) ++key;
  const std::string& blob = decoded_->blob;
  return std::string_view(blob).substr(decoded_->start[key], decoded_->start[key + 1] - decoded_->start[key]);
}

const Lexicon& BuiltinLexicon() {
  static const Lexicon lexicon(kLexicon);  // a view; no data is built
  return lexicon;
}

}  // namespace concessions
