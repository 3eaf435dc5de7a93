// Inlining decisions that the compiler's heuristics get wrong for this code.
#pragma once

// CONCESSIONS_ALWAYS_INLINE: the few tiny accessors that every rule calls for nearly every
// token (a token's folded form). The size heuristics left them as calls, which cost about 3%
// of an analysis (callgrind, example article).
//
// CONCESSIONS_NOINLINE: a large function kept apart from its only caller. V8 compiles each
// WebAssembly function on its first call (Liftoff), in time that grows with the function's
// size times its number of locals, and its optimizing tier allocates registers worse in huge
// functions. The pipeline inlined into one 125 KB function with 263 locals took 45-67 ms to
// compile in a page's first analysis in Chromium. In pieces, the page's first analyses
// compile in about half the time and later calls run faster; the native build is unchanged
// (callgrind: the same instruction count).
#if defined(__GNUC__) || defined(__clang__)
#define CONCESSIONS_ALWAYS_INLINE __attribute__((always_inline)) inline
#define CONCESSIONS_NOINLINE __attribute__((noinline))
#else
#define CONCESSIONS_ALWAYS_INLINE inline
#define CONCESSIONS_NOINLINE
#endif
