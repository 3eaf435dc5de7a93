#include "entities/token_mentions.h"

namespace concessions {

TokenMentions::TokenMentions(const std::vector<Candidate>& mentions, size_t tokens, size_t compact_from)
    : tokens_(tokens) {
  // The counting works only for non-empty mentions in order, inside the document; anything
  // else gets the plain table.
  bool ordered = tokens >= compact_from;
  uint32_t end = 0;
  for (const Candidate& m : mentions) {
    if (m.first >= m.last || m.first < end || m.last > tokens) {
      ordered = false;
      break;
    }
    end = m.last;
  }
  if (!ordered) {
    dense_.assign(tokens, -1);
    for (size_t m = 0; m < mentions.size(); ++m)
      for (uint32_t i = mentions[m].first; i < mentions[m].last && i < tokens; ++i) dense_[i] = static_cast<int>(m);
    return;
  }
  compact_ = true;
  const size_t words = tokens / 64 + 1;
  starts_.assign(words, 0);
  inside_.assign(words, 0);
  starts_before_.assign(words, 0);
  for (const Candidate& m : mentions) {
    starts_[m.first / 64] |= uint64_t{1} << (m.first % 64);
    for (uint32_t i = m.first; i < m.last; ++i) inside_[i / 64] |= uint64_t{1} << (i % 64);
  }
  uint32_t before = 0;
  for (size_t w = 0; w < words; ++w) {
    starts_before_[w] = before;
    before += PopCount64(starts_[w]);
  }
}

}  // namespace concessions
