// How a speaker judges a deal in a few words ("a half-measure", "historic", "imperfect but
// alive"): outsiders condemning a deal reject it, those who welcome it agree to it
// (shared/spec/annotation-guidelines.md). Reviewed word lists written for this project.
#pragma once
#include <string_view>

namespace concessions {

// +1 for a favourable word, -1 for an unfavourable one, 0 otherwise; `next` is the word after
// (for two-word phrases: "rounding error", "falls short").
int WordPolarity(std::string_view word, std::string_view next);

}  // namespace concessions
