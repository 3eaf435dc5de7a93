// UTF-8 decoding, cleaning and the byte -> UTF-16 offset map.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "text/utf8.h"

namespace concessions {
namespace {

TEST(Utf8, TellsValidFromInvalid) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("Zürich \xF0\x9F\x98\x80 \xEF\xBF\xBD"));
  EXPECT_FALSE(IsValidUtf8("a\x80"));
  EXPECT_FALSE(IsValidUtf8("b\xE2\x82"));
  EXPECT_FALSE(IsValidUtf8("c\xED\xA0\x80"));  // a surrogate
  EXPECT_FALSE(IsValidUtf8("d\xC0\xAF"));      // overlong
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // past U+10FFFF
}

TEST(Utf8, CleanKeepsValidText) {
  size_t bad = 99;
  EXPECT_EQ(CleanUtf8("Zürich \xF0\x9F\x98\x80", &bad), "Zürich \xF0\x9F\x98\x80");
  EXPECT_EQ(bad, 0u);
}

TEST(Utf8, CleanReplacesInvalidSequences) {
  size_t bad = 0;
  // A lone continuation byte, a truncated 3-byte sequence, an encoded surrogate, an overlong.
  EXPECT_EQ(CleanUtf8("a\x80" "b\xE2\x82" "c\xED\xA0\x80" "d\xC0\xAF", &bad),
            "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "d\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(bad, 7u);  // maximal subparts, as browsers' TextDecoder counts them
}

TEST(Utf8, KeepsAnEncodedReplacementCharacter) {
  size_t bad = 9;
  EXPECT_EQ(CleanUtf8("\xEF\xBF\xBD", &bad), "\xEF\xBF\xBD");
  EXPECT_EQ(bad, 0u);
}

// ASCII is skipped eight bytes at a time: a bad or good sequence is found at every position.
TEST(Utf8, FindsASequenceAtEveryPositionOfAWord) {
  for (size_t at = 0; at < 24; ++at) {
    std::string bad(24, 'a'), good(24, 'a');
    bad.insert(at, "\x80");
    good.insert(at, "\xE2\x82\xAC");
    EXPECT_FALSE(IsValidUtf8(bad)) << at;
    EXPECT_TRUE(IsValidUtf8(good)) << at;
    good.insert(at, "\xE2\x82");  // a truncated sequence before a whole one
    EXPECT_FALSE(IsValidUtf8(good)) << at;
  }
}

TEST(Utf8, MapsBytesToUtf16Units) {
  const std::string s = "a\xC3\xBC\xE2\x82\xAC\xF0\x9F\x98\x80z";  // a ü € 😀 z
  const Utf16Map map(s);
  EXPECT_EQ(map.ToUtf16(0), 0u);
  EXPECT_EQ(map.ToUtf16(1), 1u);   // ü
  EXPECT_EQ(map.ToUtf16(3), 2u);   // €
  EXPECT_EQ(map.ToUtf16(6), 3u);   // 😀 (two units)
  EXPECT_EQ(map.ToUtf16(10), 5u);  // z
  EXPECT_EQ(map.Length(), 6u);
}

TEST(Utf8, MapWorksAcrossCheckpoints) {
  std::string s;
  for (int i = 0; i < 100; ++i) s += "\xE2\x82\xAC";  // 300 bytes, 100 units
  const Utf16Map map(s);
  for (size_t i = 0; i <= 100; ++i) EXPECT_EQ(map.ToUtf16(i * 3), i);
}

// Characters of every length, mixed so that 4-byte ones and runs of continuation bytes fall
// on every position of an 8-byte word and across checkpoints: the map agrees with counting
// each character, at every character boundary.
TEST(Utf8, MapAgreesWithCountingCharacters) {
  const char* pieces[] = {"a", "\xC3\xBC", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "zz", "\xF4\x8F\xBF\xBF"};
  std::string s;
  std::vector<std::pair<size_t, uint32_t>> boundaries{{0, 0}};
  uint32_t units = 0;
  for (int i = 0; i < 400; ++i) {
    const std::string piece = pieces[(i * 7 + i / 5) % 6];
    s += piece;
    units += piece.size() == 4 ? 2 : (piece == "zz" ? 2 : 1);
    boundaries.emplace_back(s.size(), units);
  }
  const Utf16Map map(s);
  for (const auto& [byte, expected] : boundaries) EXPECT_EQ(map.ToUtf16(byte), expected) << byte;
  EXPECT_EQ(map.Length(), units);
  // From an earlier boundary, near or far (past a checkpoint), as a span's end is converted.
  for (size_t a = 0; a < boundaries.size(); a += 3) {
    for (size_t b = a; b < boundaries.size() && b < a + 40; b += 7) {
      EXPECT_EQ(map.ToUtf16After(boundaries[a].first, boundaries[a].second, boundaries[b].first), boundaries[b].second)
          << boundaries[a].first << " -> " << boundaries[b].first;
    }
  }
  EXPECT_EQ(map.ToUtf16After(0, 0, s.size() + 5), units);  // past the end: the length
  EXPECT_EQ(map.ToUtf16After(boundaries[10].first, boundaries[10].second, boundaries[3].first), boundaries[3].second);
}

TEST(Utf8, MapOfAsciiTextIsTheIdentity) {
  const std::string ascii(1000, 'a');
  const Utf16Map map(ascii);
  for (size_t i = 0; i <= ascii.size(); i += 37) EXPECT_EQ(map.ToUtf16(i), i);
  EXPECT_EQ(map.Length(), 1000u);
  // One non-ASCII byte anywhere, even in the last eight, switches to counting.
  std::string late = ascii + "\xC3\xBC" + "b";  // ... ü b
  const Utf16Map late_map(late);
  EXPECT_EQ(late_map.ToUtf16(1002), 1001u);
  EXPECT_EQ(late_map.Length(), 1002u);
  const Utf16Map empty("");
  EXPECT_EQ(empty.Length(), 0u);
  EXPECT_EQ(empty.ToUtf16(0), 0u);
}

}  // namespace
}  // namespace concessions
