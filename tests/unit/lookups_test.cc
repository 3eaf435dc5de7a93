// The small look-up structures the rules lean on: In<kList>(word), whose compile-time filter
// must never turn a member away; TokenSet, the nearest member either side of a token; and the
// bit counts under the compact token index and the UTF-16 offsets.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "events/token_set.h"
#include "text/bits.h"
#include "text/word_list.h"

namespace concessions {
namespace {

constexpr std::string_view kShort[] = {"a", "an"};
constexpr std::string_view kLong[] = {"with", "to", "for", "of", "in", "on", "at", "from", "by", "per cent",
                                      "regarding", "about", "against", "between", "x"};
constexpr std::string_view kWithEmpty[] = {"", "b", "c", "d", "e", "f"};

TEST(WordList, FindsEveryMemberAndNothingElse) {
  for (std::string_view w : kLong) EXPECT_TRUE(In<kLong>(w)) << w;
  for (std::string_view w : kShort) EXPECT_TRUE(In<kShort>(w)) << w;
  for (std::string_view w : {"", "wit", "withh", "To", "fro", "percent", "y", "aboutt", "th"})
    EXPECT_FALSE(In<kLong>(w)) << w;
  EXPECT_FALSE(In<kShort>("ann"));
  EXPECT_FALSE(In<kShort>(""));
  EXPECT_TRUE(In<kWithEmpty>(""));
  EXPECT_FALSE(In<kWithEmpty>("g"));
}

// Words of every length and letter pair: the filter's answer agrees with a plain search.
TEST(WordList, AgreesWithAPlainSearch) {
  for (char first = 'a'; first <= 'z'; ++first) {
    for (size_t len = 1; len <= 10; ++len) {
      std::string w(len, 'o');
      w.front() = first;
      bool plain = false;
      for (std::string_view x : kLong) plain = plain || x == w;
      EXPECT_EQ(In<kLong>(w), plain) << w;
    }
  }
}

TEST(TokenSet, FindsTheNearestMemberEitherSide) {
  TokenSet set(200);
  for (size_t i : {0u, 5u, 63u, 64u, 130u, 199u}) set.Add(i);
  EXPECT_EQ(set.Prev(200, 0), 199u);
  EXPECT_EQ(set.Prev(199, 0), 130u);
  EXPECT_EQ(set.Prev(130, 0), 64u);
  EXPECT_EQ(set.Prev(64, 0), 63u);
  EXPECT_EQ(set.Prev(63, 6), TokenSet::kNone);  // 5 is below the stop
  EXPECT_EQ(set.Prev(63, 5), 5u);
  EXPECT_EQ(set.Prev(1, 0), 0u);
  EXPECT_EQ(set.Prev(0, 0), TokenSet::kNone);
  EXPECT_EQ(set.Prev(500, 131), 199u);  // past the end: from the last token
  EXPECT_EQ(set.Next(0, 200), 5u);
  EXPECT_EQ(set.Next(5, 200), 63u);
  EXPECT_EQ(set.Next(64, 130), TokenSet::kNone);  // 130 is the stop itself
  EXPECT_EQ(set.Next(64, 131), 130u);
  EXPECT_EQ(set.Next(130, 500), 199u);
  EXPECT_EQ(set.Next(199, 500), TokenSet::kNone);
  EXPECT_TRUE(set.Has(64));
  EXPECT_FALSE(set.Has(65));
  EXPECT_FALSE(set.Has(1000));
  // A brute-force check over every position and stop.
  for (size_t at = 0; at <= 200; ++at) {
    for (size_t stop : {0u, 10u, 64u, 100u, 200u}) {
      size_t prev = TokenSet::kNone, next = TokenSet::kNone;
      for (size_t k = at; k-- > stop;)
        if (set.Has(k)) { prev = k; break; }
      for (size_t k = at + 1; k < stop; ++k)
        if (set.Has(k)) { next = k; break; }
      EXPECT_EQ(set.Prev(at, stop), prev) << at << " " << stop;
      EXPECT_EQ(set.Next(at, stop), next) << at << " " << stop;
    }
  }
  TokenSet empty(0);
  EXPECT_EQ(empty.Prev(0, 0), TokenSet::kNone);
  EXPECT_EQ(empty.Next(0, 10), TokenSet::kNone);
}

// The portable bit counts agree with counting one bit at a time.
TEST(Bits, CountsAgreeWithCountingEachBit) {
  uint64_t x = 0x9E3779B97F4A7C15ull;
  for (int round = 0; round < 1000; ++round) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    for (const uint64_t v : {x, uint64_t{x & 0x8080808080808080ull}, uint64_t{0}, ~uint64_t{0}}) {
      uint32_t bits = 0, high = 0;
      for (int b = 0; b < 64; ++b) bits += (v >> b) & 1u;
      for (int byte = 0; byte < 8; ++byte) high += (v >> (byte * 8 + 7)) & 1u;
      EXPECT_EQ(PopCount64(v), bits) << v;
      if ((v & ~0x8080808080808080ull) == 0) EXPECT_EQ(CountHighBits(v), high) << v;
    }
  }
}

}  // namespace
}  // namespace concessions
