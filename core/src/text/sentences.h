// Sentence splitting over tokens: a line break ends a sentence (headlines, datelines and
// paragraphs are lines in news copy); . ! ? end one unless an abbreviation or initial is
// followed by a name; closing quotes and brackets after the stop stay with the sentence.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/token.h"
#include "text/tokenizer.h"

namespace concessions {

struct Sentence {
  uint32_t first = 0;  // token index
  uint32_t last = 0;   // one past the last token
  uint32_t begin = 0;  // byte offsets
  uint32_t end = 0;
};

// is_common says whether a folded word is a common lowercase word (so "The" after "Jan."
// starts a new sentence while "President" does not); is_sentence_starter, whether it is one
// of the commonest words that open sentences (after "U.S.", only those end a sentence).

// Splits tokens into sentences and sets kSentenceStart on the first word of each.
std::vector<Sentence> SplitSentences(std::string_view text, Tokens& tokens, WordTest is_common,
                                     WordTest is_sentence_starter);

}  // namespace concessions
