#include "summary/summarizer.h"

#include <algorithm>
#include <string>

#include "model/inlining.h"

namespace concessions {

namespace {

constexpr size_t kMaxPoints = 8;

bool Has(const std::vector<std::string>& v, std::string_view w) { return std::find(v.begin(), v.end(), w) != v.end(); }

// The name an actor goes by in a summary. In the headline a person speaks for their country
// when the text gives one ("Putin" -> Russia); "United States" and the like take "the".
std::string ActorName(const std::vector<Entity>& entities, int e, bool as_party) {
  if (e < 0) return "Someone";  // callers with an unnamed group use GroupName()
  const Entity* x = &entities[e];
  if (as_party && x->type == EntityType::Person && x->affiliation >= 0) x = &entities[x->affiliation];
  const std::string& n = x->name;
  const bool plural_place = x->type == EntityType::Gpe && n.size() > 3 && n.back() == 's';
  if (x->type == EntityType::Gpe && (n.rfind("United ", 0) == 0 || plural_place)) return "the " + n;
  return n;
}

// Who made a move: its actor's name, or the unnamed group ("the leaders").
std::string Who(const std::vector<Entity>& entities, const Event& v, bool as_party) {
  if (!v.actor_group.empty()) return v.actor_group;
  return ActorName(entities, v.actor, as_party);
}

bool HasActor(const Event& v) { return v.actor >= 0 || !v.actor_group.empty(); }

// The verb phrase of a move: "proposed", "made" (before a noun phrase that carries the
// move: "made limited concessions in Ukraine"), "did not agree to".
std::string Verb(const Event& v) {
  if (v.negated) return v.type == EventType::Rejection ? "refused" : "did not agree to";
  if (v.what_form == Event::WhatForm::BaseVerb) return "agreed to";
  if (v.what_form == Event::WhatForm::FiniteVerb) return "";
  if (v.what_form == Event::WhatForm::Noun) {
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

// "<who> <verb> <what>", the verb left out when `what` carries its own ("Canada scraps ...").
std::string Clause(const std::string& who, const Event& v) {
  const std::string verb = Verb(v);
  return who + " " + (verb.empty() ? "" : verb + " ") + v.what;
}

std::string Sentence(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == '.')) s.pop_back();
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 32);
  return s + ".";
}

bool Limiting(const Event& v) {
  return Has(v.qualifiers, "limited") || Has(v.qualifiers, "minimal") || Has(v.qualifiers, "partial") ||
         Has(v.qualifiers, "narrow");
}

bool Gives(const Event& v) {
  return v.type == EventType::Offer || v.type == EventType::Concession ||
         (v.type == EventType::Proposal && Limiting(v));
}

// "the 30-day ceasefire" unless the phrase has its own determiner.
std::string WithArticle(const std::string& what) {
  for (const char* d : {"a ", "an ", "the ", "its ", "their ", "his ", "her "})
    if (what.rfind(d, 0) == 0) return what;
  return "the " + what;
}

// The story in one sentence. A bounded give ("only", "limited", a duration) set against the
// broader proposal of another side when there is one; else the first agreement; else the
// first move.
std::string Headline(const std::vector<Entity>& entities, const EventList& events) {
  int give = -1, best = 0;
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& v = events[i];
    if (!Gives(v) || v.negated || v.what.empty() || v.what_form == Event::WhatForm::Noun || !HasActor(v)) continue;
    if (!Limiting(v)) continue;
    const int score = 2 + !v.duration.empty();
    if (score > best) {
      best = score;
      give = static_cast<int>(i);
    }
  }
  if (give >= 0) {
    const Event& g = events[give];
    const std::string who = Who(entities, g, true);
    std::string what = g.what;
    if (what.rfind("only ", 0) == 0) what.erase(0, 5);
    std::string h;
    const bool verb = g.what_form == Event::WhatForm::BaseVerb || g.what_form == Event::WhatForm::FiniteVerb;
    h = who + (verb ? " agreed only to " : " offered only ") + what;
    if (!g.duration.empty() && what.find(g.duration) == std::string::npos && g.duration.find('-') == std::string::npos)
      h += " for " + g.duration;
    if (Limiting(g)) {
      for (const Event& p : events) {
        if (p.type != EventType::Proposal || p.what.empty() || &p == &g || !HasActor(p)) continue;
        const std::string other = Who(entities, p, true);
        if (other == who) continue;
        h += ", short of " + WithArticle(p.what) + " " + other + " proposed";
        break;
      }
    }
    return Sentence(h);
  }
  // Else the first move the story reports, a joint one said once ("Israel and Hezbollah
  // agreed to a 60-day truce").
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& v = events[i];
    if (v.what.empty() || !HasActor(v)) continue;
    std::string who = Who(entities, v, false);
    for (size_t j = i + 1; j < events.size(); ++j) {
      const Event& w = events[j];
      if (w.type == v.type && w.evidence.begin == v.evidence.begin && HasActor(w) && w.actor != v.actor &&
          w.what == v.what) {
        who += " and " + Who(entities, w, false);
        break;
      }
    }
    return Sentence(Clause(who, v));
  }
  return "No negotiation moves found.";
}

}  // namespace

CONCESSIONS_NOINLINE Summary Summarize(const std::vector<Entity>& entities, const EventList& events) {
  Summary s;
  s.headline = Headline(entities, events);
  // Points: one per move, joint moves (same sentence, type and what) said once.
  std::vector<bool> used(events.size(), false);
  for (size_t i = 0; i < events.size() && s.points.size() < kMaxPoints; ++i) {
    if (used[i]) continue;
    const Event& v = events[i];
    SummaryPoint p;
    p.events.push_back(static_cast<int>(i));
    std::string actors = Who(entities, v, false);
    if (v.what.empty()) continue;
    for (size_t j = i + 1; j < events.size(); ++j) {
      const Event& w = events[j];
      if (used[j] || w.evidence.begin != v.evidence.begin || w.type != v.type || w.what != v.what) continue;
      used[j] = true;
      p.events.push_back(static_cast<int>(j));
      actors += " and " + Who(entities, w, false);
    }
    std::string text = Clause(actors, v);
    if (!v.duration.empty() && v.what.find(v.duration) == std::string::npos) text += " (" + v.duration + ")";
    if (!v.reported_by.empty()) text += ", according to " + v.reported_by;
    p.text = Sentence(text);
    s.points.push_back(std::move(p));
  }
  // The ledger: one row per actor, in order of first move.
  std::vector<int> row_of(entities.size(), -1);  // entity -> its row, so the ledger stays linear
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& v = events[i];
    if (v.actor < 0 || static_cast<size_t>(v.actor) >= entities.size()) continue;
    if (row_of[v.actor] < 0) {
      row_of[v.actor] = static_cast<int>(s.by_actor.size());
      s.by_actor.push_back(ActorLedger{});
      s.by_actor.back().actor = v.actor;
    }
    ActorLedger* row = &s.by_actor[row_of[v.actor]];
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
