// Links mentions into entities: one entity per (type, linking key), canonical names, roles
// and affiliations (a demonym's or metonym's country, a person's country from the role).
#pragma once
#include <vector>

#include "entities/candidate.h"
#include "model/analysis.h"
#include "pipeline/document.h"

namespace concessions {

// Candidates must not overlap. Returns entities ordered by first mention; mention_entity[i]
// is the entity of candidates[i] (after sorting candidates by position).
std::vector<Entity> LinkEntities(const Document& doc, const CandidateStrings& strings,
                                 std::vector<Candidate>& candidates, std::vector<int>& mention_entity);

}  // namespace concessions
