// Runs every stage over a cleaned text and returns the analysis in byte offsets.
#pragma once
#include <string_view>

#include "concessions/analyze.h"
#include "lexicon/lexicon.h"
#include "model/analysis.h"

namespace concessions {

Analysis AnalyzeText(std::string_view clean_text, const Options& options, const Lexicon& lexicon);

}  // namespace concessions
