// Dates and durations, money, percentages and quantities: a small grammar over tokens
// (approximator? currency? number scale* unit?), plus months, weekdays and relative dates.
#pragma once
#include <vector>

#include "entities/candidate.h"
#include "pipeline/document.h"

namespace concessions {

// Appends the numeric and time mentions of the document, in text order.
void FindNumericMentions(const Document& doc, CandidateStrings& strings, std::vector<Candidate>& out);

}  // namespace concessions
