// Splits cleaned UTF-8 text into tokens in one pass (see token.h for what a token is).
#pragma once
#include <string_view>

#include "text/token.h"

namespace concessions {

// A yes/no question about a folded word, answered by the lexicon (or by a test's stub).
struct WordTest {
  bool (*fn)(const void* context, std::string_view folded) = nullptr;
  const void* context = nullptr;
  bool operator()(std::string_view folded) const { return fn != nullptr && fn(context, folded); }
};

// is_abbreviation says whether a folded word with its final period ("jan.", "sen.", "co.")
// is a known abbreviation, so that the period stays in the token.
Tokens Tokenize(std::string_view text, WordTest is_abbreviation);

}  // namespace concessions
