// Tokenizer and sentence splitter, with stub word tests so that only the rules are tested.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/sentences.h"
#include "text/tokenizer.h"
#include "text/unicode.h"

namespace concessions {
namespace {

bool StubAbbreviation(const void*, std::string_view w) { return w == "jan." || w == "mr." || w == "co."; }
bool StubCommon(const void*, std::string_view w) { return w == "the" || w == "it"; }

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text, WordTest{&StubAbbreviation, nullptr})) out.emplace_back(t.In(text));
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenizer, SplitsPossessivesAndKeepsAbbreviations) {
  EXPECT_EQ(Words("Putin's U.S. deal"), (V{"Putin", "'s", "U.S.", "deal"}));
  EXPECT_EQ(Words("Russia\u2019s offer"), (V{"Russia", "\u2019s", "offer"}));
  EXPECT_EQ(Words("Mr. Fain met Ford Motor Co. on Jan. 5."), (V{"Mr.", "Fain", "met", "Ford", "Motor", "Co.", "on", "Jan.", "5", "."}));
}

TEST(Tokenizer, HyphensDashesAndNumbers) {
  EXPECT_EQ(Words("a 30-day truce"), (V{"a", "30-day", "truce"}));
  EXPECT_EQ(Words("U.S.-Russia talks"), (V{"U.S.", "-", "Russia", "talks"}));
  EXPECT_EQ(Words("LONDON \u2014 Ben-Gvir"), (V{"LONDON", "\u2014", "Ben-Gvir"}));
  EXPECT_EQ(Words("57,000 and \u20ac1.2bn or 30%"), (V{"57,000", "and", "\u20ac", "1.2bn", "or", "30", "%"}));
  EXPECT_EQ(Words("J. D. Vance"), (V{"J.", "D.", "Vance"}));
}

TEST(Tokenizer, QuotesAndContractions) {
  EXPECT_EQ(Words("\u201cWe don't,\u201d he said"), (V{"\u201c", "We", "don't", ",", "\u201d", "he", "said"}));
  EXPECT_EQ(Words("workers' pay"), (V{"workers", "'", "pay"}));
}

TEST(Tokenizer, FlagsCaseAndLines) {
  const std::string text = "NATO Talks\nThe talks";
  const Tokens t = Tokenize(text, WordTest{});
  ASSERT_EQ(t.size(), 4u);
  EXPECT_TRUE(t[0].Has(kAllCaps));
  EXPECT_TRUE(t[0].Has(kHeadline));
  EXPECT_TRUE(t[1].Has(kCapitalized));
  EXPECT_TRUE(t[2].Has(kNewlineBefore));
  EXPECT_FALSE(t[2].Has(kHeadline));
}

// The tokenizer reads ASCII through its own table: it must agree with the Unicode classes.
TEST(Tokenizer, AsciiTableAgreesWithUnicodeClasses) {
  for (uint32_t b = 0; b < 0x80; ++b) {
    const bool alnum = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
    EXPECT_EQ(IsWordClass(ClassOf(b)), alnum) << b;
    EXPECT_EQ(ClassOf(b) == CharClass::Upper, b >= 'A' && b <= 'Z') << b;
    EXPECT_EQ(ClassOf(b) == CharClass::Lower, b >= 'a' && b <= 'z') << b;
  }
}

TEST(Tokenizer, CaseFlagsFromEveryLetter) {
  const std::string text = "iPhone U.S. \u00C9TATS Z\u00FCrich 2024-ERA x";
  const Tokens t = Tokenize(text, WordTest{});
  ASSERT_EQ(t.size(), 6u);
  EXPECT_FALSE(t[0].Has(kCapitalized));
  EXPECT_FALSE(t[0].Has(kAllCaps));
  EXPECT_TRUE(t[1].Has(kAllCaps));
  EXPECT_TRUE(t[2].Has(kCapitalized));
  EXPECT_TRUE(t[2].Has(kAllCaps));
  EXPECT_TRUE(t[3].Has(kCapitalized));
  EXPECT_FALSE(t[3].Has(kAllCaps));
  EXPECT_TRUE(t[4].Has(kAllCaps));      // a number's letters count for all-caps
  EXPECT_FALSE(t[4].Has(kCapitalized));  // but only a word is capitalized
  EXPECT_FALSE(t[5].Has(kAllCaps));
}

// Plain ASCII words take a shorter path; each way a word can end must give the same tokens
// as the general one.
TEST(Tokenizer, PlainWordsEndWhereTheGeneralRulesEndThem) {
  EXPECT_EQ(Words("cease-fire OPEC+ don't Jan. ok, x\u2019s co\u00F6p B2B end"),
            (V{"cease-fire", "OPEC+", "don't", "Jan.", "ok", ",", "x", "\u2019s", "co\u00F6p", "B2B", "end"}));
  EXPECT_EQ(Words("tab\tnew\nline\r\nend"), (V{"tab", "new", "line", "end"}));
  const std::string text = "NATO b2 A US\nX";
  const Tokens t = Tokenize(text, WordTest{});
  ASSERT_EQ(t.size(), 5u);
  EXPECT_TRUE(t[0].Has(kAllCaps) && t[0].Has(kCapitalized) && t[0].Has(kSpaceBefore) && t[0].Has(kHeadline));
  EXPECT_FALSE(t[1].Has(kAllCaps) || t[1].Has(kCapitalized));
  EXPECT_TRUE(t[2].Has(kCapitalized));
  EXPECT_FALSE(t[2].Has(kAllCaps));  // one letter is not all caps
  EXPECT_TRUE(t[3].Has(kAllCaps));
  EXPECT_TRUE(t[4].Has(kNewlineBefore));
  EXPECT_FALSE(t[4].Has(kHeadline));
}

TEST(Tokenizer, NeverLosesText) {
  const std::string text = "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD Zu\xCC\x88rich \xD8\xA7\xD9\x84\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 !!!";
  const Tokens t = Tokenize(text, WordTest{});
  ASSERT_FALSE(t.empty());
  uint32_t prev = 0;
  for (const Token& tok : t) {
    EXPECT_GE(tok.begin, prev);
    EXPECT_GT(tok.end, tok.begin);
    prev = tok.end;
  }
}

std::vector<std::string> Sentences(const std::string& text) {
  Tokens tokens = Tokenize(text, WordTest{&StubAbbreviation, nullptr});
  std::vector<std::string> out;
  for (const Sentence& s : SplitSentences(text, tokens, WordTest{&StubCommon, nullptr}, WordTest{&StubCommon, nullptr}))
    out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(Sentences, SplitsOnStopsAndLines) {
  EXPECT_EQ(Sentences("Headline Here\nIt rained. \u201cNo,\u201d he said. Then?"),
            (V{"Headline Here", "It rained.", "\u201cNo,\u201d he said.", "Then?"}));
}

TEST(Sentences, AbbreviationsAndInitials) {
  EXPECT_EQ(Sentences("Mr. Fain spoke. It ended."), (V{"Mr. Fain spoke.", "It ended."}));
  EXPECT_EQ(Sentences("He met the U.S. President today."), (V{"He met the U.S. President today."}));
  EXPECT_EQ(Sentences("It came from the U.S. The talks ended."), (V{"It came from the U.S.", "The talks ended."}));
  EXPECT_EQ(Sentences("J. D. Vance spoke."), (V{"J. D. Vance spoke."}));
  EXPECT_EQ(Sentences("Moves and Implications for U.S. Relations"), (V{"Moves and Implications for U.S. Relations"}));
}

TEST(Sentences, QuoteAfterStopStaysInside) {
  EXPECT_EQ(Sentences("\u201cWe agreed.\u201d It held."), (V{"\u201cWe agreed.\u201d", "It held."}));
}

}  // namespace
}  // namespace concessions
