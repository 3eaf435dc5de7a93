// What the analysis finds, in byte offsets of the cleaned text. json/writer converts it to
// the analysis format (UTF-16 offsets, ids) described in shared/spec/analysis-format.md.
#pragma once
#include <algorithm>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
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

// Fields by size, small first: a text dense with moves has hundreds of thousands of events,
// and each byte here is a byte per event (108 in WebAssembly).
struct Event {
  // How `what` reads, for the summary's sentences.
  enum class WhatForm : uint8_t {
    Object,      // the object of the move ("a comprehensive 30-day ceasefire")
    Noun,        // the trigger noun with its modifiers ("limited concessions in Ukraine")
    BaseVerb,    // a bare verb phrase ("halt attacks on energy facilities")
    FiniteVerb,  // an inflected verb phrase ("scraps digital services tax")
  };
  EventType type = EventType::Agreement;
  WhatForm what_form = WhatForm::Object;
  bool negated = false;
  int actor = -1;            // entity index or -1
  int target = -1;
  int reported_by_entity = -1;
  uint32_t actor_group_name_at = 0;  // where the group's name starts in actor_group
  ByteSpan trigger;
  ByteSpan evidence;
  std::string actor_group;   // an unnamed group that acts ("the leaders"), as the summary words it
  std::string what;
  std::string duration;      // empty = null
  std::string reported_by;   // empty = null; an entity reference is written as its id
  std::vector<std::string> qualifiers;
  std::vector<std::string> conditions;

  // The group's name: its words without determiner ("leaders"); empty without a group.
  std::string_view ActorGroupName() const {
    return std::string_view(actor_group).substr(std::min<size_t>(actor_group_name_at, actor_group.size()));
  }
};

// A deque, not a vector: a text dense with events has hundreds of thousands, and a
// vector's doubling would hold the old and the new copy at once (3x the list at the peak,
// memory the WebAssembly heap keeps); a deque grows a block at a time, and never copies.
using EventList = std::deque<Event>;

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
  EventList events;
  Summary summary;
  std::vector<std::string> warnings;
};

}  // namespace concessions
