// Which mention holds each token, in about 0.3 bytes per token rather than an int's 4: the
// event extractor asks it of every token it reads, and on a long text a per-token table of
// ints was a large part of the peak memory (7.5 MB of a 10 MB text's). A short text keeps the
// table: it is a few kilobytes there, and a look-up in it is a third of the counting's cost.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "entities/candidate.h"
#include "text/bits.h"

namespace concessions {

class TokenMentions {
 public:
  // `mentions` sorted by position and not overlapping (LinkEntities leaves them so), over a
  // document of `tokens` tokens; counted from `compact_from` tokens on.
  TokenMentions(const std::vector<Candidate>& mentions, size_t tokens, size_t compact_from = 64 * 1024);

  // The index in `mentions` of the mention that holds token i, or -1.
  int At(size_t i) const {
    if (i >= tokens_) return -1;
    return compact_ ? Counted(i) : dense_[i];
  }

 private:
  int Counted(size_t i) const {
    const size_t w = i / 64;
    const uint64_t bit = uint64_t{1} << (i % 64);
    if ((inside_[w] & bit) == 0) return -1;
    // The mention is the last one that starts at or before i: count the starts up to i.
    const uint64_t upto = starts_[w] & (bit | (bit - 1));
    return static_cast<int>(starts_before_[w] + PopCount64(upto)) - 1;
  }

  size_t tokens_;
  bool compact_ = false;
  std::vector<uint64_t> starts_;         // bit per token: a mention starts here
  std::vector<uint64_t> inside_;         // bit per token: some mention holds it
  std::vector<uint32_t> starts_before_;  // per 64 tokens: mentions that start before them
  std::vector<int> dense_;               // instead: a short text, or mentions not in order
};

}  // namespace concessions
