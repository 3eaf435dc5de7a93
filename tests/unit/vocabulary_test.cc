// The per-document vocabulary (pipeline/vocabulary.h) and the per-form facts the document
// keeps with it: each distinct folded form once, looked up once.
#include <gtest/gtest.h>

#include <string>

#include "events/trigger_table.h"
#include "lexicon/lexicon.h"
#include "pipeline/document.h"
#include "pipeline/vocabulary.h"

namespace concessions {
namespace {

TEST(Vocabulary, InternsEachFormOnceInOrderOfFirstAppearance) {
  Vocabulary v;
  EXPECT_EQ(v.Intern("ceasefire"), 0u);
  EXPECT_EQ(v.Intern("offer"), 1u);
  EXPECT_EQ(v.Intern("ceasefire"), 0u);
  EXPECT_EQ(v.Intern(""), 2u);
  EXPECT_EQ(v.size(), 3u);
  EXPECT_EQ(v.Form(1), "offer");
  EXPECT_EQ(v.Form(2), "");
  EXPECT_EQ(v.Find("offer"), 1u);
  EXPECT_EQ(v.Find("offers"), Vocabulary::kNone);
}

TEST(Vocabulary, KeepsEveryFormThroughGrowth) {
  Vocabulary v;
  EXPECT_EQ(v.Find("anything"), Vocabulary::kNone);  // empty: no table yet
  for (int i = 0; i < 100000; ++i) EXPECT_EQ(v.Intern("w" + std::to_string(i)), static_cast<uint32_t>(i));
  for (int i = 0; i < 100000; i += 997) {
    EXPECT_EQ(v.Find("w" + std::to_string(i)), static_cast<uint32_t>(i));
    EXPECT_EQ(v.Form(i), "w" + std::to_string(i));
  }
  EXPECT_EQ(v.Intern("w99999"), 99999u);
  EXPECT_EQ(v.size(), 100000u);
}

TEST(Document, TokensShareTheirFoldedFormAndItsFacts) {
  const std::string text = "The Offer was offered; OFFER, offer. Ceasefire.";
  const Document doc = BuildDocument(text, BuiltinLexicon());
  std::vector<size_t> offers;
  for (size_t i = 0; i < doc.size(); ++i)
    if (doc.Folded(i) == "offer") offers.push_back(i);
  ASSERT_EQ(offers.size(), 3u);
  for (size_t i : offers) {
    EXPECT_EQ(doc.word_of[i], doc.word_of[offers[0]]);
    EXPECT_EQ(doc.TriggerBitsAt(i), TriggerBits(kTriggers, "offer"));
    EXPECT_NE(doc.TriggerBitsAt(i) & kTrigOffer, 0u);
    EXPECT_EQ(doc.Lex(i).begin, BuiltinLexicon().Lookup("offer").begin);
  }
  // Punctuation has a form but no word facts.
  for (size_t i = 0; i < doc.size(); ++i) {
    if (doc.Raw(i) == ";") {
      EXPECT_EQ(doc.TriggerBitsAt(i), 0u);
      EXPECT_TRUE(doc.Lex(i).empty());
    }
  }
}

TEST(TriggerTable, OneProbeAnswersBothTheBitsAndWhetherToReadOn) {
  // "put on hold" style phrases: their leading words are marked, but are no trigger alone
  // unless listed as one.
  EXPECT_NE(TriggerBits(kTriggers, "offered"), 0u);
  EXPECT_EQ(TriggerBits(kTriggers, "as long"), 0u);
  EXPECT_TRUE(LookupTrigger(kTriggers, "as long").longer);
  EXPECT_TRUE(LookupTrigger(kTriggers, "as").longer);
  EXPECT_NE(TriggerBits(kTriggers, "as long as") & kTrigCondition, 0u);
  EXPECT_FALSE(LookupTrigger(kTriggers, "as long as").longer);
  EXPECT_EQ(TriggerBits(kTriggers, "zzz"), 0u);
  EXPECT_FALSE(LookupTrigger(kTriggers, "zzz").longer);
  EXPECT_EQ(TriggerBits(kTriggers, ""), 0u);
  // The internal bit never leaks to callers.
  EXPECT_EQ(TriggerBits(kTriggers, "break") & kTrigLonger, 0u);
}

}  // namespace
}  // namespace concessions
