// The summary, generated only from events: a headline that contrasts the main concession
// with what the other side proposed, points tied to event ids, and the per-actor ledger.
#pragma once
#include <vector>

#include "model/analysis.h"

namespace concessions {

Summary Summarize(const std::vector<Entity>& entities, const EventList& events);

}  // namespace concessions
