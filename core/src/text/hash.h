// The hash of short keys (folded words and phrases) shared by the per-document vocabulary and
// the generated trigger table (scripts/gen_triggers.py computes the same function).
#pragma once
#include <cstdint>
#include <string_view>

namespace concessions {

// 32-bit FNV-1a: no setup cost on keys of a few bytes, good enough spread for linear probing.
inline uint32_t HashKey(std::string_view s) {
  uint32_t h = 2166136261u;
  for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

}  // namespace concessions
