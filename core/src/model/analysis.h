// What the analysis finds, in byte offsets of the cleaned text. json/writer converts it to
// the analysis format (UTF-16 offsets, ids) described in shared/spec/analysis-format.md.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace concessions {

enum class EntityType : uint8_t { Person, Org, Gpe, Loc, Norp, Date, Money, Percent, Quantity };
const char* EntityTypeName(EntityType t);

enum class EventType : uint8_t { Offer, Concession, Proposal, Agreement, Demand, Rejection };
const char* EventTypeName(EventType t);

struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
};

struct Entity {
  EntityType type = EntityType::Org;
  std::string name;
  std::string role;          // empty when the text gives none
  int affiliation = -1;      // index of another entity, or -1
  std::vector<ByteSpan> mentions;  // sorted, non-overlapping
};

struct Event {
  EventType type = EventType::Agreement;
  int actor = -1;            // entity index or -1
  std::string actor_group;   // an unnamed group that acts ("the leaders"), as the summary words it
  std::string actor_group_name;  // the group's name: its words without determiner ("leaders")
  int target = -1;
  std::string what;
  std::string duration;      // empty = null
  std::vector<std::string> qualifiers;
  std::vector<std::string> conditions;
  bool negated = false;
  std::string reported_by;   // empty = null; an entity reference is written as its id
  int reported_by_entity = -1;
  ByteSpan trigger;
  ByteSpan evidence;
  // How `what` reads, for the summary's sentences.
  enum class WhatForm : uint8_t {
    Object,      // the object of the move ("a comprehensive 30-day ceasefire")
    Noun,        // the trigger noun with its modifiers ("limited concessions in Ukraine")
    BaseVerb,    // a bare verb phrase ("halt attacks on energy facilities")
    FiniteVerb,  // an inflected verb phrase ("scraps digital services tax")
  };
  WhatForm what_form = WhatForm::Object;
};

struct SummaryPoint {
  std::string text;
  std::vector<int> events;
};

struct ActorLedger {
  int actor = -1;
  std::vector<int> offered, proposed, agreed, demanded, rejected;
};

struct Summary {
  std::string headline;
  std::vector<SummaryPoint> points;
  std::vector<ActorLedger> by_actor;
};

struct Analysis {
  std::vector<ByteSpan> sentences;
  std::vector<Entity> entities;
  std::vector<Event> events;
  Summary summary;
  std::vector<std::string> warnings;
};

}  // namespace concessions
