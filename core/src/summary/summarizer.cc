#include "summary/summarizer.h"

#include <algorithm>
#include <string>

namespace concessions {

namespace {

constexpr size_t kMaxPoints = 8;

bool Has(const std::vector<std::string>& v, std::string_view w) { return std::find(v.begin(), v.end(), w) != v.end(); }

// The name an actor goes by in a summary. In the headline a person speaks for their country
// when the text gives one ("Putin" -> Russia); "United States" and the like take "the".
std::string ActorName(const std::vector<Entity>& entities, int e, bool as_party) {
  if (e < 0) return "Someone";
  const Entity* x = &entities[e];
  if (as_party && x->type == EntityType::Person && x->affiliation >= 0) x = &entities[x->affiliation];
  const std::string& n = x->name;
  const bool plural_place = x->type == EntityType::Gpe && n.size() > 3 && n.back() == 's';
  if (x->type == EntityType::Gpe && (n.rfind("United ", 0) == 0 || plural_place)) return "the " + n;
  return n;
}

// The verb phrase of a move: "proposed", "made" (before a noun phrase that carries the
// move: "made limited concessions in Ukraine"), "did not agree to".
std::string Verb(const Event& v) {
  if (v.negated) return v.type == EventType::Rejection ? "refused" : "did not agree to";
  if (v.verbal) return "agreed to";
  if (v.nominal) {
    switch (v.type) {
      case EventType::Agreement: return "reached";
      case EventType::Rejection: return "issued";
      default: return "made";
    }
  }
  switch (v.type) {
    case EventType::Offer: return "offered";
    case EventType::Concession: return "conceded";
    case EventType::Proposal: return "proposed";
    case EventType::Agreement: return "agreed to";
    case EventType::Demand: return "demanded";
    case EventType::Rejection: return "rejected";
  }
  return "agreed to";
}

std::string Sentence(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == '.')) s.pop_back();
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 32);
  return s + ".";
}

bool Narrow(const Event& v) {
  return Has(v.qualifiers, "limited") || Has(v.qualifiers, "minimal") || Has(v.qualifiers, "partial") ||
         Has(v.qualifiers, "narrow") || !v.duration.empty();
}

// The story in one sentence: the narrowest give (an offer, concession or proposal bounded
// by "limited", "only", a duration...) set against the broader proposal of another actor.
std::string Headline(const std::vector<Entity>& entities, const std::vector<Event>& events) {
  auto gives = [](const Event& v) {
    return v.type == EventType::Offer || v.type == EventType::Concession ||
           (v.type == EventType::Proposal && (Has(v.qualifiers, "limited") || Has(v.qualifiers, "minimal")));
  };
  int give = -1;
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& v = events[i];
    if (!gives(v) || v.negated || v.what.empty() || !Narrow(v) || v.nominal) continue;
    if (give < 0 || (events[give].duration.empty() && !v.duration.empty())) give = static_cast<int>(i);
  }
  if (give >= 0) {
    const Event& g = events[give];
    const std::string who = ActorName(entities, g.actor, true);
    std::string h = who + (g.verbal ? " agreed only to " : " offered only ") + g.what;
    if (!g.duration.empty() && g.what.find(g.duration) == std::string::npos) h += " for " + g.duration;
    // What another side put forward, if anything.
    for (const Event& p : events) {
      if (p.type != EventType::Proposal || p.what.empty() || &p == &g) continue;
      const std::string other = ActorName(entities, p.actor, true);
      if (other == who) continue;
      h += ", short of the " + p.what + " " + other + " proposed";
      break;
    }
    return Sentence(h);
  }
  if (events.empty()) return "No negotiation moves found.";
  const Event& v = events.front();
  return Sentence(ActorName(entities, v.actor, false) + " " + Verb(v) + " " + v.what);
}

}  // namespace

Summary Summarize(const std::vector<Entity>& entities, const std::vector<Event>& events) {
  Summary s;
  s.headline = Headline(entities, events);
  // Points: one per move, joint moves (same sentence, type and what) said once.
  std::vector<bool> used(events.size(), false);
  for (size_t i = 0; i < events.size() && s.points.size() < kMaxPoints; ++i) {
    if (used[i]) continue;
    const Event& v = events[i];
    SummaryPoint p;
    p.events.push_back(static_cast<int>(i));
    std::string actors = ActorName(entities, v.actor, false);
    if (v.what.empty()) continue;
    for (size_t j = i + 1; j < events.size(); ++j) {
      const Event& w = events[j];
      if (used[j] || w.evidence.begin != v.evidence.begin || w.type != v.type || w.what != v.what) continue;
      used[j] = true;
      p.events.push_back(static_cast<int>(j));
      actors += " and " + ActorName(entities, w.actor, false);
    }
    std::string text = actors + " " + Verb(v) + " " + v.what;
    if (!v.duration.empty() && v.what.find(v.duration) == std::string::npos) text += " (" + v.duration + ")";
    if (!v.reported_by.empty()) text += ", according to " + v.reported_by;
    p.text = Sentence(text);
    s.points.push_back(std::move(p));
  }
  // The ledger: one row per actor, in order of first move.
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& v = events[i];
    if (v.actor < 0) continue;
    auto row = std::find_if(s.by_actor.begin(), s.by_actor.end(), [&](const ActorLedger& l) { return l.actor == v.actor; });
    if (row == s.by_actor.end()) {
      s.by_actor.push_back(ActorLedger{});
      row = s.by_actor.end() - 1;
      row->actor = v.actor;
    }
    const int id = static_cast<int>(i);
    switch (v.type) {
      case EventType::Offer:
      case EventType::Concession: row->offered.push_back(id); break;
      case EventType::Proposal: row->proposed.push_back(id); break;
      case EventType::Agreement: row->agreed.push_back(id); break;
      case EventType::Demand: row->demanded.push_back(id); break;
      case EventType::Rejection: row->rejected.push_back(id); break;
    }
  }
  return s;
}

}  // namespace concessions
