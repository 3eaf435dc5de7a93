// The judgement words of events/evaluation.h.
#include <gtest/gtest.h>

#include "events/evaluation.h"

namespace concessions {
namespace {

TEST(Evaluation, WordsAndPhrasesHaveAPolarity) {
  EXPECT_EQ(WordPolarity("half-measure", ""), -1);
  EXPECT_EQ(WordPolarity("historic", "moment"), 1);
  EXPECT_EQ(WordPolarity("rounding", "error"), -1);
  EXPECT_EQ(WordPolarity("rounding", "up"), 0);
  EXPECT_EQ(WordPolarity("falls", "short"), -1);
  EXPECT_EQ(WordPolarity("deal", ""), 0);
  EXPECT_EQ(WordPolarity("", ""), 0);
}

}  // namespace
}  // namespace concessions
