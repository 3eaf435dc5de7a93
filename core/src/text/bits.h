// Counting set bits. x86-64 compilers call a library routine for __builtin_popcountll unless
// the target has a popcount instruction (-mpopcnt), and that routine cost more than the rest
// of the work around it; WebAssembly has the instruction (i64.popcnt).
#pragma once
#include <cstdint>

namespace concessions {

inline uint32_t PopCount64(uint64_t x) {
#if defined(__POPCNT__) || defined(__wasm__)
  return static_cast<uint32_t>(__builtin_popcountll(x));
#else
  // Bit-parallel: pairs, nibbles, then the bytes summed by one multiplication.
  x = x - ((x >> 1) & 0x5555555555555555ull);
  x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
  return static_cast<uint32_t>((x * 0x0101010101010101ull) >> 56);
#endif
}

// The number of bytes of x whose top bit is set, where no other bit is (x & 0x8080...80).
inline uint32_t CountHighBits(uint64_t high_bits) {
  return static_cast<uint32_t>(((high_bits >> 7) * 0x0101010101010101ull) >> 56);
}

}  // namespace concessions
