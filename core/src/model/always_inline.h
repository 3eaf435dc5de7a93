// For the few tiny accessors that every rule calls for nearly every token (a token's folded
// form): the compiler's size heuristics left them as calls, which cost about 3% of an
// analysis (callgrind, example article).
#pragma once

#if defined(__GNUC__) || defined(__clang__)
#define CONCESSIONS_ALWAYS_INLINE __attribute__((always_inline)) inline
#else
#define CONCESSIONS_ALWAYS_INLINE inline
#endif
