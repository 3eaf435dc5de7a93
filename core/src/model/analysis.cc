#include "model/analysis.h"

namespace concessions {

const char* EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::Person: return "PERSON";
    case EntityType::Org: return "ORG";
    case EntityType::Gpe: return "GPE";
    case EntityType::Loc: return "LOC";
    case EntityType::Norp: return "NORP";
    case EntityType::Date: return "DATE";
    case EntityType::Money: return "MONEY";
    case EntityType::Percent: return "PERCENT";
    case EntityType::Quantity: return "QUANTITY";
  }
  return "ORG";
}

const char* EventTypeName(EventType t) {
  switch (t) {
    case EventType::Offer: return "OFFER";
    case EventType::Concession: return "CONCESSION";
    case EventType::Proposal: return "PROPOSAL";
    case EventType::Agreement: return "AGREEMENT";
    case EventType::Demand: return "DEMAND";
    case EventType::Rejection: return "REJECTION";
  }
  return "AGREEMENT";
}

}  // namespace concessions
