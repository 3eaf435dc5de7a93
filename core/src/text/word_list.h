// Whether a word is one of a short constant list ("the", "a", "an" ...): In<kList>(word).
// The rules ask this of nearly every token, and nearly always the answer is no, so each list
// carries a 256-bit filter made at compile time from its words' lengths and end letters: a
// word the filter rules out costs a few instructions instead of a comparison with every
// entry.
#pragma once
#include <array>
#include <cstdint>
#include <iterator>
#include <string_view>

namespace concessions {

namespace word_list {

constexpr uint32_t Bucket(std::string_view w) {
  return (static_cast<uint32_t>(w.size()) * 37u + static_cast<unsigned char>(w.front()) * 5u +
          static_cast<unsigned char>(w.back())) &
         255u;
}

struct Filter {
  std::array<uint64_t, 4> bits{};
  bool has_empty = false;
};

template <typename List>
constexpr Filter Make(const List& list) {
  Filter f;
  for (const std::string_view w : list) {
    if (w.empty()) {
      f.has_empty = true;
      continue;
    }
    const uint32_t b = Bucket(w);
    f.bits[b >> 6] |= uint64_t{1} << (b & 63u);
  }
  return f;
}

}  // namespace word_list

template <const auto& List>
bool In(std::string_view w) {
  if constexpr (std::size(List) <= 4) {  // a few comparisons cost less than the filter
    for (const std::string_view x : List)
      if (x == w) return true;
    return false;
  } else {
    static constexpr word_list::Filter kFilter = word_list::Make(List);
    if (w.empty()) return kFilter.has_empty;
    const uint32_t b = word_list::Bucket(w);
    if ((kFilter.bits[b >> 6] >> (b & 63u) & 1u) == 0) return false;
    for (const std::string_view x : List)
      if (x == w) return true;
    return false;
  }
}

}  // namespace concessions
