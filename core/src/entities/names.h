// Proper names: runs of capitalized tokens segmented by the gazetteer (countries, places,
// organizations, demonyms, titles) and typed by evidence (organization head words, given
// names, titles, context); then the document decides what lone or sentence-initial words
// are, from the names it has already seen in full.
#pragma once
#include <vector>

#include "entities/candidate.h"
#include "pipeline/document.h"

namespace concessions {

// `taken` marks tokens already inside numeric mentions. Appends name mentions.
void FindNameMentions(const Document& doc, const std::vector<bool>& taken, CandidateStrings& strings,
                      std::vector<Candidate>& out);

}  // namespace concessions
