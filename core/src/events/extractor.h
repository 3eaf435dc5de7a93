// Negotiation moves: triggers (core/data/triggers.tsv) read in their sentence, with actor
// (subject, passive "by X", possessor, pronoun, joint subject), target, what, duration,
// qualifiers, conditions, negation and attribution.
#pragma once
#include <vector>

#include "entities/candidate.h"
#include "model/analysis.h"
#include "pipeline/document.h"

namespace concessions {

// mentions are the linked candidates (sorted, non-overlapping) and mention_entity their
// entity indexes, as LinkEntities left them.
EventList ExtractEvents(const Document& doc, const std::vector<Candidate>& mentions,
                                 const std::vector<int>& mention_entity, const std::vector<Entity>& entities);

}  // namespace concessions
