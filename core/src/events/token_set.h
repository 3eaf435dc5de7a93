// A set of token positions, one bit each, that finds the nearest member before or after a
// position a word (64 tokens) at a time. The event extractor looks back up to 400 tokens
// for the entity a pronoun or "the union" stands for; most tokens name none, and asking
// each of them cost more than the rest of the reading.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace concessions {

class TokenSet {
 public:
  static constexpr size_t kNone = SIZE_MAX;

  explicit TokenSet(size_t tokens) : bits_((tokens + 63) / 64, 0), tokens_(tokens) {}

  void Add(size_t i) { bits_[i / 64] |= uint64_t{1} << (i % 64); }
  bool Has(size_t i) const { return i < tokens_ && (bits_[i / 64] >> (i % 64) & 1u) != 0; }

  // The largest member below `before` and at least `stop`, or kNone.
  size_t Prev(size_t before, size_t stop) const {
    if (before > tokens_) before = tokens_;
    if (before <= stop) return kNone;
    const size_t k = before - 1;
    size_t w = k / 64;
    uint64_t word = bits_[w] & (~uint64_t{0} >> (63 - k % 64));  // members up to k
    for (;;) {
      if (word != 0) {
        const size_t j = w * 64 + 63 - static_cast<size_t>(__builtin_clzll(word));
        return j >= stop ? j : kNone;
      }
      if (w * 64 <= stop) return kNone;  // the words before hold only positions below stop
      word = bits_[--w];
    }
  }

  // The smallest member above `after` and below `stop`, or kNone.
  size_t Next(size_t after, size_t stop) const {
    if (stop > tokens_) stop = tokens_;
    const size_t k = after + 1;
    if (k >= stop) return kNone;
    size_t w = k / 64;
    uint64_t word = bits_[w] & (~uint64_t{0} << (k % 64));  // members from k on
    for (;;) {
      if (word != 0) {
        const size_t j = w * 64 + static_cast<size_t>(__builtin_ctzll(word));
        return j < stop ? j : kNone;
      }
      if ((w + 1) * 64 >= stop) return kNone;
      word = bits_[++w];
    }
  }

 private:
  std::vector<uint64_t> bits_;
  size_t tokens_;
};

}  // namespace concessions
