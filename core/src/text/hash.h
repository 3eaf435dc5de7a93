// The hash of short keys (folded words and phrases) shared by the per-document vocabulary and
// the generated trigger table (scripts/gen_triggers.py computes the same function).
#pragma once
#include <cstdint>
#include <string_view>

namespace concessions {

// 32-bit FNV-1a: no setup cost on keys of a few bytes, good enough spread for linear probing.
constexpr uint32_t kHashSeed = 2166136261u;
// One byte more: HashKey(s) is HashStep over s's bytes from kHashSeed, for a caller that hashes
// a key while it builds it.
inline uint32_t HashStep(uint32_t h, char c) { return (h ^ static_cast<unsigned char>(c)) * 16777619u; }
inline uint32_t HashKey(std::string_view s) {
  uint32_t h = kHashSeed;
  for (const char c : s) h = HashStep(h, c);
  return h;
}

}  // namespace concessions
