// The compact structures that keep a long text's peak memory down: the token -> mention
// index (entities/token_mentions.h) against the plain table it replaces, the token-count
// estimate that sizes the token list once, and vectors giving back their slack.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "entities/candidate.h"
#include "entities/token_mentions.h"
#include "pipeline/trim.h"
#include "text/tokenizer.h"

namespace concessions {
namespace {

Candidate Over(uint32_t first, uint32_t last) {
  Candidate c;
  c.first = first;
  c.last = last;
  return c;
}

// What TokenMentions must answer: the plain per-token table.
std::vector<int> Table(const std::vector<Candidate>& mentions, size_t tokens) {
  std::vector<int> t(tokens, -1);
  for (size_t m = 0; m < mentions.size(); ++m)
    for (uint32_t i = mentions[m].first; i < mentions[m].last && i < tokens; ++i) t[i] = static_cast<int>(m);
  return t;
}

// Both forms: counted (compact_from 0) and the plain table (a short text's).
void ExpectSame(const std::vector<Candidate>& mentions, size_t tokens) {
  const std::vector<int> table = Table(mentions, tokens);
  for (const size_t compact_from : {size_t{0}, tokens + 1}) {
    const TokenMentions index(mentions, tokens, compact_from);
    for (size_t i = 0; i < tokens; ++i) ASSERT_EQ(index.At(i), table[i]) << "token " << i;
    EXPECT_EQ(index.At(tokens), -1);
    EXPECT_EQ(index.At(tokens + 1000), -1);
  }
}

TEST(TokenMentions, AnswersAsThePlainTable) {
  ExpectSame({}, 0);
  ExpectSame({}, 100);
  ExpectSame({Over(0, 1)}, 1);
  // Across word boundaries (64 tokens), adjacent mentions, a mention to the last token.
  ExpectSame({Over(0, 2), Over(2, 3), Over(60, 70), Over(127, 129), Over(190, 200)}, 200);
  // Random sorted, non-overlapping mentions over many words.
  std::mt19937 rng(7);
  for (int round = 0; round < 20; ++round) {
    std::vector<Candidate> mentions;
    const size_t tokens = 1 + rng() % 5000;
    for (uint32_t at = rng() % 5; at < tokens;) {
      const uint32_t len = 1 + rng() % 6;
      if (at + len > tokens) break;
      mentions.push_back(Over(at, at + len));
      at += len + rng() % 90;
    }
    ExpectSame(mentions, tokens);
  }
}

TEST(TokenMentions, MentionsOutOfOrderStillAnswer) {
  // Not what LinkEntities leaves, but answered all the same (by the plain table).
  ExpectSame({Over(10, 12), Over(3, 5)}, 20);
  ExpectSame({Over(3, 3), Over(3, 5)}, 20);    // an empty one
  ExpectSame({Over(3, 8), Over(5, 9)}, 20);    // overlapping
  ExpectSame({Over(3, 8), Over(15, 40)}, 20);  // past the end
}

TEST(Tokenizer, ReservesAboutTheTokensItFinds) {
  // Prose, and short tokens (one per two bytes: a fixed bytes-per-token guess under-reserves).
  for (const std::string piece : {std::string("BRUSSELS \xE2\x80\x94 The European Union and Indonesia agreed on "
                                              "Thursday to phase out tariffs on electric-vehicle batteries (worth "
                                              "\xE2\x82\xAC" "400m) over the next five years, the U.S. said.\n"),
                                  std::string("a, b; c. 1 2 3 x y z (q) \"r\" ")}) {
    std::string text;
    while (text.size() < 200000) text += piece;
    const Tokens tokens = Tokenize(text, {});
    // One allocation, near the count: no doubling, which can leave twice what is needed.
    EXPECT_GE(tokens.capacity(), tokens.size());
    EXPECT_LE(tokens.capacity(), tokens.size() + tokens.size() / 4) << piece;
  }
}

TEST(TrimCapacity, GivesBackSlackOverASixteenth) {
  std::vector<char> v;
  v.reserve(2 << 20);
  v.resize(1 << 20);
  TrimCapacity(v);  // 1 MB unused, half of it
  EXPECT_EQ(v.capacity(), size_t{1} << 20);
  std::vector<char> w;
  w.reserve(2 << 20);
  w.resize((2 << 20) - (100 << 10));
  TrimCapacity(w);  // 100 KB unused, a twentieth: not worth a copy
  EXPECT_EQ(w.capacity(), size_t{2} << 20);
  std::vector<int> small;
  small.reserve(1000);
  small.resize(500);
  TrimCapacity(small);  // 2 KB unused: not worth a copy either
  EXPECT_EQ(small.capacity(), 1000u);
}

}  // namespace
}  // namespace concessions
