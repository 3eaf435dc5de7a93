// Unnamed groups that act ("the leaders ruled out ...", "small island states threatened ...")
// become entities of their own, as the annotation guidelines ask, so that their moves have an
// actor like any other and a row in the summary's ledger. Such a group is no named entity:
// the entity has a name and no mentions, so nothing in the text is highlighted as a name.
#pragma once
#include <vector>

#include "model/analysis.h"

namespace concessions {

// For every event whose actor is an unnamed group: finds or adds the group's entity (one per
// wording, without determiner: "leaders") and makes it the event's actor.
void PromoteGroupActors(std::vector<Entity>& entities, EventList& events);

}  // namespace concessions
