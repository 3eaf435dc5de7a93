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

// is_common says whether a folded word is a common lowercase word (so "The" after "U.S."
// starts a new sentence while "President" does not).

// Splits tokens into sentences and sets kSentenceStart on the first word of each.
std::vector<Sentence> SplitSentences(std::string_view text, Tokens& tokens, WordTest is_common);

}  // namespace concessions
