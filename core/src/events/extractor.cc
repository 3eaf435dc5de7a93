#include "events/extractor.h"

#include <algorithm>
#include <string>
#include <utility>

#include "entities/token_mentions.h"
#include "events/evaluation.h"
#include "events/token_set.h"
#include "events/trigger_table.h"
#include "model/inlining.h"
#include "text/unicode.h"
#include "text/word_list.h"

namespace concessions {

namespace {

constexpr std::string_view kPrepositions[] = {"with", "to", "for", "of", "in", "on", "at", "from", "by",
                                              "regarding", "about", "against", "between", "toward", "towards",
                                              "into", "over", "under", "among", "across", "through", "via",
                                              "than", "like", "including", "and", "or"};
constexpr std::string_view kDeterminers[] = {"the", "a", "an", "its", "their", "his", "her", "this", "that"};
constexpr std::string_view kBeForms[] = {"is", "are", "was", "were", "be", "been", "being", "got", "get"};
constexpr std::string_view kMalePronouns[] = {"he", "his", "him", "she", "her"};  // personal pronouns
constexpr std::string_view kFemininePronouns[] = {"she", "her", "hers"};
constexpr std::string_view kMasculinePronouns[] = {"he", "his", "him"};
constexpr std::string_view kThingPronouns[] = {"it", "its", "they", "their", "them"};
constexpr std::string_view kFirstPerson[] = {"we", "i", "our", "my", "us"};
constexpr std::string_view kBothSides[] = {"both sides", "the two sides", "both countries", "the two countries",
                                           "both parties", "the two parties", "both governments",
                                           "the two governments", "warring sides", "the warring sides",
                                           "warring parties", "the warring parties", "both camps"};
// The last words of kBothSides.
constexpr std::string_view kBothSidesNouns[] = {"sides", "countries", "parties", "governments", "camps"};
constexpr bool EndsWithBothSidesNoun(std::string_view phrase) {
  for (const std::string_view n : kBothSidesNouns)
    if (phrase.size() > n.size() && phrase.substr(phrase.size() - n.size()) == n &&
        phrase[phrase.size() - n.size() - 1] == ' ')
      return true;
  return false;
}
constexpr bool EveryBothSidesPhraseEndsWithANoun() {
  for (const std::string_view p : kBothSides)
    if (!EndsWithBothSidesNoun(p)) return false;
  return true;
}
static_assert(EveryBothSidesPhraseEndsWithANoun(), "kBothSidesNouns must hold the last word of every kBothSides phrase");
// Nouns that stand for an organization named before ("the union said").
constexpr std::string_view kOrgNouns[] = {"union", "company", "group", "alliance", "cartel", "studios", "guild",
                                          "organisation", "organization", "ministry", "department", "commission",
                                          "agency", "bloc", "party", "automaker", "carmaker", "firm", "bank",
                                          "army", "military", "navy", "police", "watchdog", "league", "insurer",
                                          "government", "country", "regulator", "court", "league", "association"};
// Words that may stand between a subject and its verb ("Russia also agreed").
constexpr std::string_view kAuxiliaries[] = {"will", "would", "shall", "has", "have", "had", "did", "does", "do",
                                             "also", "then", "now", "later", "immediately", "effectively",
                                             "temporarily", "formally", "finally", "quickly", "already", "again",
                                             "is", "are", "was", "were", "be", "been", "to", "not", "n't", "never",
                                             "still", "tentatively", "reportedly", "unanimously", "eventually",
                                             "subsequently", "today", "yesterday", "on", "it", "they", "he", "she",
                                             "we", "i"};
constexpr std::string_view kModals[] = {"will", "would", "shall", "has", "have", "had", "did", "does", "is", "are",
                                        "was", "were", "also", "to"};
constexpr size_t kMaxWhatTokens = 12;
// How far back pronouns and "the union" look for what they stand for (tokens): a few
// paragraphs, so that the cost stays linear in the text.
constexpr size_t kMaxLookback = 400;
// How far from its trigger a move's subject, target, duration and conditions are looked for.
constexpr size_t kWindow = 40;

// Verbs that name what something is ("called the deal a sellout").
constexpr std::string_view kJudgingVerbs[] = {"called", "calling", "calls", "described", "describing", "describes",
                                              "branded", "branding", "brands", "labelled", "labeled", "dubbed"};
// Besides deal nouns, what a judgement may be about ("called the payout modest").
constexpr std::string_view kJudgedNouns[] = {"payout", "package", "offer", "figure", "sum", "plan", "proposal",
                                             "outcome", "result", "terms", "cuts", "pledge", "tax", "move"};
constexpr size_t kJudgementWindow = 12;  // tokens after the thing judged

// Function words that never end a "what" phrase.
constexpr std::string_view kDangling[] = {"the", "a", "an", "of", "in", "to", "for", "on", "and", "or", "with",
                                          "by", "at", "that", "which", "its", "their", "his", "her", "from",
                                          "as", "into"};
// Words that open an adjunct ("in the context of", "after talks"): a "what" phrase stops
// before one rather than run on into it.
constexpr std::string_view kAdjuncts[] = {"in", "during", "after", "before", "amid", "while", "despite",
                                          "following", "under", "since", "when", "as", "because",
                                          "although", "though", "but", "which", "who"};
// Particles that may stand after the object of a phrasal verb ("put X on hold").
constexpr std::string_view kSplitParticles[] = {"off", "aside", "back", "down", "on", "out"};

EventType TypeFromBits(uint32_t bits) {
  for (int t = 0; t < 6; ++t)
    if (bits & (1u << t)) return static_cast<EventType>(t);
  return EventType::Agreement;
}

struct Trig {
  size_t first, last;  // tokens
  uint32_t bits;
};

// What the triggers of a sentence say about all of its moves.
struct SentenceFacts {
  bool condition_seen = false;  // a condition trigger: "until", "unless", "provided that"
  size_t condition_at = 0;      // where the last one starts
  std::string source;           // an unnamed source reporting ("analysts suggest"), or empty
};

class Extractor {
 public:
  Extractor(const Document& doc, const std::vector<Candidate>& mentions, const std::vector<int>& mention_entity,
            const std::vector<Entity>& entities)
      : doc_(doc), mentions_(mentions), mention_entity_(mention_entity), entities_(entities),
        tok_mention_(mentions, doc.size()), named_(doc.size()) {
    // A dateline ("NAIROBI —" opening a paragraph) says where the story was filed: not an actor.
    dateline_.assign(doc.size(), false);
    for (size_t i = 0; i + 1 < doc.size(); ++i) {
      if (!(i == 0 || doc.tokens[i].Has(kNewlineBefore)) || !doc.tokens[i].Has(kAllCaps)) continue;
      size_t j = i;
      while (j < doc.size() && doc.tokens[j].Has(kAllCaps) && j < i + 4) ++j;
      if (j < doc.size() && doc.tokens[j].kind == TokenKind::Dash)
        for (size_t k = i; k < j; ++k) dateline_[k] = true;
    }
    for (size_t i = 0; i < doc.size(); ++i)
      if (EntityAt(i) >= 0) named_.Add(i);
    speaker_of_.assign(doc.sentences.size(), kUnknown);
    followed_by_.reserve(mentions.size());
    for (size_t m = 0; m < mentions.size(); ++m) {
      if (mention_entity[m] >= 0 && mentions[m].last < doc.size())
        followed_by_.push_back((static_cast<uint64_t>(mention_entity[m]) << 32) | doc.word_of[mentions[m].last]);
    }
    std::sort(followed_by_.begin(), followed_by_.end());
    followed_by_.erase(std::unique(followed_by_.begin(), followed_by_.end()), followed_by_.end());
    lower_names_.reserve(entities.size());
    for (const Entity& x : entities) lower_names_.push_back(LowercaseAscii(x.name));
    FindParties();
    InferGenders();
    FindTopPersons(top_a_, top_b_);
    acted_.assign(entities.size(), false);
  }

  EventList Run() {
    for (size_t s = 0; s < doc_.sentences.size(); ++s) ReadSentence(s);
    return std::move(events_);
  }

 private:
  const Document& doc_;
  const std::vector<Candidate>& mentions_;
  const std::vector<int>& mention_entity_;
  const std::vector<Entity>& entities_;
  TokenMentions tok_mention_;
  std::vector<bool> dateline_;
  TokenSet named_;  // the tokens where EntityAt() finds an entity: the look-backs visit only them
  static constexpr int kUnknown = -2;
  static constexpr size_t kHeadlineLookahead = 400;  // tokens: about the first paragraphs
  mutable std::vector<int> speaker_of_;  // per sentence: its speaker, -1 none, kUnknown not yet found
  int top_a_ = -1, top_b_ = -1;              // the two most-mentioned people
  std::vector<bool> acted_;                   // per entity: the actor of an event so far
  std::vector<std::string> lower_names_;     // per entity: its name in lowercase (ASCII)
  std::vector<uint64_t> followed_by_;  // sorted: entity << 32 | form id of the word after one of its mentions
  EventList events_;
  int party_a_ = -1, party_b_ = -1;  // the two sides of the story
  std::vector<int> gender_;          // per entity: 1 he, 2 she, 0 unknown
  mutable std::string group_;        // the unnamed group the last Subject() found, if any
  mutable uint32_t group_name_at_ = 0;  // where its name starts in it: its words after any determiner
  mutable std::vector<int> extra_joint_;  // more parties of a listed subject ("A, B and C")
  // Scratch lists of the sentence being read, kept for their capacity.
  std::vector<Trig> trigs_;                         // its triggers
  std::vector<Event> found_;                        // its events before duplicates go
  std::vector<std::pair<uint64_t, size_t>> order_;  // (actor and type, index in found_)
  std::vector<unsigned char> keep_;                 // per found_ event: the first of its key
  mutable uint32_t named_in_for_ = UINT32_MAX;  // the sentence named_in_ lists (NamedIn)
  mutable std::vector<int> named_in_;           // the entities named in it, sorted
  // A phrase looked up in the trigger table, kept for its capacity: most phrases are longer
  // than a short string holds (10 bytes in WebAssembly's libc++), and one is built for nearly
  // every word that starts a trigger phrase.
  mutable std::string key_;

  CONCESSIONS_ALWAYS_INLINE std::string_view F(size_t i) const { return i < doc_.size() ? doc_.Folded(i) : std::string_view(); }

  bool ActorType(EntityType t) const {
    return t == EntityType::Person || t == EntityType::Org || t == EntityType::Gpe;
  }
  // An entity that can act here: a person, organization or place, or a group named in the
  // plural ("Democrats", "Palestinians") at token i.
  int ActorAt(size_t i) const {
    const int e = EntityAt(i);
    if (e < 0) return -1;
    if (ActorType(entities_[e].type)) return e;
    if (entities_[e].type == EntityType::Norp && F(i).size() > 3 && F(i).back() == 's') return e;
    return -1;
  }
  // The trigger bits of the single word at token i (0 past the end), computed once.
  uint32_t Bits(size_t i) const { return doc_.TriggerBitsAt(i); }

  // -1 past the end too: callers look one or two tokens ahead ("a deal with" ending the text).
  int EntityAt(size_t i) const {
    const int m = tok_mention_.At(i);
    if (m < 0 || dateline_[i]) return -1;
    return mention_entity_[m];
  }

  // The mention that holds token i; only where EntityAt(i) (or At(i)) said there is one.
  const Candidate& MentionAt(size_t i) const { return mentions_[tok_mention_.At(i)]; }

  // The two parties: the actor-like entities with the most mentions, counting a person's
  // mentions for their country.
  void FindParties() {
    std::vector<size_t> weight(entities_.size(), 0);
    for (size_t e = 0; e < entities_.size(); ++e) {
      const Entity& x = entities_[e];
      if (!ActorType(x.type) && x.type != EntityType::Norp) continue;
      size_t target = e;
      if (x.type != EntityType::Gpe && x.type != EntityType::Org && x.affiliation >= 0) target = x.affiliation;
      if (entities_[target].type == EntityType::Norp) continue;
      // Cities are where things happen more often than who acts: they count half.
      const bool city = entities_[target].type == EntityType::Gpe && !IsCountry(entities_[target].name);
      weight[target] += city ? x.mentions.size() / 2 : x.mentions.size();
    }
    for (size_t e = 0; e < entities_.size(); ++e) {
      if (weight[e] == 0) continue;
      if (party_a_ < 0 || weight[e] > weight[party_a_]) {
        party_b_ = party_a_;
        party_a_ = static_cast<int>(e);
      } else if (party_b_ < 0 || weight[e] > weight[party_b_]) {
        party_b_ = static_cast<int>(e);
      }
    }
  }

  // Which pronoun each person takes, learnt from sentences that name only that person and
  // then say "he" or "she": 1 = he, 2 = she, 0 = unknown.
  void InferGenders() {
    gender_.assign(entities_.size(), 0);
    std::vector<int> he(entities_.size(), 0), she(entities_.size(), 0);
    for (const concessions::Sentence& s : doc_.sentences) {
      int person = -1;
      bool several = false;
      for (size_t i = s.first; i < s.last; ++i) {
        const int e = EntityAt(i);
        if (e >= 0 && entities_[e].type == EntityType::Person) {
          several = several || (person >= 0 && person != e);
          person = e;
        }
        if (person < 0 || several) continue;
        if (In<kMasculinePronouns>(F(i))) ++he[person];
        if (In<kFemininePronouns>(F(i))) ++she[person];
      }
    }
    for (size_t e = 0; e < entities_.size(); ++e) gender_[e] = he[e] > she[e] ? 1 : (she[e] > he[e] ? 2 : 0);
  }

  bool IsCountry(const std::string& name) const {
    const LexRange r = doc_.lexicon->Lookup(FoldKey(name));
    return r.Has(LexKind::Country);
  }

  // The latest entity of a kind mentioned before token i (pronoun resolution); for "he" and
  // "she", one that does not take the other pronoun.
  int Antecedent(size_t i, bool person) const {
    const int wanted = In<kMasculinePronouns>(F(i)) ? 1 : (In<kFemininePronouns>(F(i)) ? 2 : 0);
    const size_t stop = i > kMaxLookback ? i - kMaxLookback : 0;
    for (size_t k = i; (k = named_.Prev(k, stop)) != TokenSet::kNone;) {
      const int e = EntityAt(k);
      if (e < 0) continue;
      const EntityType t = entities_[e].type;
      if (person && t == EntityType::Person && wanted && gender_[e] && gender_[e] != wanted) continue;
      if (person ? t == EntityType::Person : (t == EntityType::Gpe || t == EntityType::Org)) return e;
      // "they", "their" also stand for a group named in the plural ("Republicans ... their demand").
      if (!person && (F(i) == "they" || F(i) == "their") && ActorAt(k) == e && t == EntityType::Norp) return e;
    }
    return -1;
  }

  // Resolves a pronoun or "the union"-like phrase ending at token i; -1 if none.
  int ResolveNominal(size_t i) const {
    const std::string_view w = F(i);
    if (In<kMalePronouns>(w)) return Antecedent(i, true);
    if (In<kThingPronouns>(w)) return Antecedent(i, false);
    return -1;
  }

  // The speaker of a sentence, or for a quote whose attribution comes in the next sentence
  // ("We have accepted this offer." ... "said Collins Odhiambo-Wekesa"), of that one.
  int Speaker(const concessions::Sentence& s) const {
    const int here = SpeakerIn(s);
    if (here >= 0) return here;
    const size_t index = doc_.IndexOf(s);
    if (index + 1 < doc_.sentences.size()) return SpeakerIn(doc_.sentences[index + 1]);
    return -1;
  }

  int SpeakerIn(const concessions::Sentence& s) const {
    int& cached = speaker_of_[doc_.IndexOf(s)];
    if (cached == kUnknown) cached = FindSpeaker(s);
    return cached;
  }

  int FindSpeaker(const concessions::Sentence& s) const {
    for (size_t i = s.first; i < s.last; ++i) {
      if (!(Bits(i) & kTrigReport)) continue;
      // "..., Bessent said" / "he told": the entity or pronoun just before.
      for (size_t k = i; k-- > s.first && k + 4 > i;) {
        const int e = EntityAt(k);
        if (e >= 0 && ActorType(entities_[e].type)) return e;
        const int r = ResolveNominal(k);
        if (r >= 0) return r;
      }
      // "said Bessent"
      for (size_t k = i + 1; k < s.last && k < i + 3; ++k) {
        const int e = EntityAt(k);
        if (e >= 0 && entities_[e].type == EntityType::Person) return e;
      }
      // ", Shawn Fain, the UAW's president, told": the nearest person before.
      for (size_t k = i; k-- > s.first && k + kWindow > i;) {
        const int e = EntityAt(k);
        if (e >= 0 && entities_[e].type == EntityType::Person) return e;
      }
    }
    return -1;
  }

  // Subject of a verb at token t: the nearest entity (or pronoun) to the left that is not
  // the object of a preposition.
  int Subject(const concessions::Sentence& s, size_t t, int& joint) const {
    group_.clear();
    extra_joint_.clear();
    int possessor = -1;
    const int found = SubjectScan(s, t, joint, possessor);
    return found >= 0 ? found : possessor;
  }

  // "X and Y said that they had agreed": the coordinated pair before token t, if any.
  int CoordinatedPair(const concessions::Sentence& s, size_t t, int& joint) const {
    for (size_t k = s.first; k + 2 < t; ++k) {
      if (F(k + 1) != "and") continue;
      const int a = ActorAt(k), b = ActorAt(k + 2);
      if (a >= 0 && b >= 0 && a != b) {
        joint = a;
        return b;
      }
    }
    return -1;
  }

  int SubjectScan(const concessions::Sentence& s, size_t t, int& joint, int& possessor) const {
    joint = -1;
    bool crossed_clause = false;  // an unnamed group must be in the verb's own clause
    const size_t stop = std::max<size_t>(s.first, t > kWindow ? t - kWindow : 0);
    for (size_t k = t; k-- > stop;) {
      // Skip a parenthetical between subject and verb: ", who heads the Commission," or
      // ", the UAW's president,".
      if (F(k) == "," && k > s.first) {
        size_t open = k;
        while (open-- > s.first && F(open) != ",") {}
        if (open != SIZE_MAX && open >= s.first && open + 1 < k) {
          const std::string_view w = F(open + 1);
          // "Angola, one of the biggest producers, refused": a name right before the
          // parenthetical is the subject.
          // "The plaintiffs' law firm, Harcourt Legal, had demanded": a name inside the
          // commas after a common noun is the subject itself.
          const bool name_inside = ActorAt(k - 1) >= 0 && ActorAt(open + 1) == ActorAt(k - 1);
          const bool name_before = open > s.first && ActorAt(open - 1) >= 0;
          if ((w == "who" || w == "which" || w == "whose" || w == "the" || w == "a" || w == "an" || name_before) &&
              !(name_inside && !name_before)) {
            k = open;
            continue;
          }
          if (name_inside && !name_before) continue;  // the next step reaches the name at k - 1
        }
        crossed_clause = true;
      }
      if ((F(k) == "leaders" || F(k) == "presidents") && k > s.first &&
          (F(k - 1) == "both" || F(k - 1) == "two")) {
        if (top_a_ >= 0 && top_b_ >= 0) {
          joint = top_b_;
          return top_a_;
        }
      }
      // "both sides", "the two countries" (the phrase is built only after a word that ends one)
      for (size_t n = 2; n <= 3 && In<kBothSidesNouns>(F(k)); ++n) {
        if (k + 1 < n || k + 1 - n < s.first) continue;
        std::string phrase;
        for (size_t q = k + 1 - n; q <= k; ++q) {
          if (!phrase.empty()) phrase.push_back(' ');
          phrase.append(F(q));
        }
        if (In<kBothSides>(phrase) && party_a_ >= 0 && party_b_ >= 0) {
          joint = party_b_;
          return party_a_;
        }
      }
      if (In<kFirstPerson>(F(k)) && (F(k) == "we" || F(k) == "i")) return Speaker(s);
      int e = ActorAt(k);
      // "the family accepted", "family members will pay" (not "a member of the family").
      if (e < 0 && !crossed_clause) {
        const int family = FamilyAt(k);
        size_t det = F(k) == "members" ? k - 1 : k;
        while (det > s.first && In<kDeterminers>(F(det - 1))) --det;
        if (family >= 0 && !(det > s.first && In<kPrepositions>(F(det - 1)))) return family;
      }
      // "the leaders ruled out", "family members will pay": an unnamed group acts, unless a
      // name stands right before it ("OPEC+ producers", "Ford workers").
      if (e < 0 && !crossed_clause && (Bits(k) & kTrigGroupNoun) && !doc_.IsCap(k) &&
          !(k > s.first && In<kPrepositions>(F(k - 1)))) {
        if (k > s.first && ActorAt(k - 1) >= 0) {
          e = ActorAt(k - 1);
          k = k - 1;
        } else if (k >= s.first + 2 && doc_.tokens[k - 1].kind == TokenKind::Possessive &&
                   (ActorAt(k - 2) >= 0 || ResolveOrgNoun(k - 2) >= 0)) {
          // "the guild's leaders": the group of a named organization is that organization.
          return ActorAt(k - 2) >= 0 ? ActorAt(k - 2) : ResolveOrgNoun(k - 2);
        } else if (const int named = doc_.tokens[k].Has(kHeadline) ? ResolveOrgNoun(k) : -1; named >= 0) {
          return named;  // "... as employers agree": the employers' body the story names
        } else {
          size_t from = k;
          while (from > s.first && k - from < 3 && doc_.IsWord(from - 1) && !In<kPrepositions>(F(from - 1)) &&
                 !In<kAuxiliaries>(F(from - 1)) && !doc_.IsCap(from - 1) && !ClauseEnd(from - 1))
            --from;
          group_ = Span(from, k + 1);
          size_t head = from;
          while (head < k && In<kDeterminers>(F(head))) ++head;
          group_name_at_ = doc_.tokens[head].begin - doc_.tokens[from].begin;
          return -1;
        }
      }
      if (e < 0) {
        if (F(k) == "they") {
          const int pair = CoordinatedPair(s, k, joint);
          if (pair >= 0) return pair;
        }
        // "It also brushed aside ...": a pronoun opening the sentence continues the actor of
        // the move just before.
        if (k == s.first && (F(k) == "it" || F(k) == "they" || F(k) == "he" || F(k) == "she") && !events_.empty() &&
            events_.back().actor >= 0 && events_.back().evidence.end + 400 >= s.begin) {
          const int prev = events_.back().actor;
          const bool person = entities_[prev].type == EntityType::Person;
          if (person == (F(k) == "he" || F(k) == "she")) return prev;
        }
        const int r = ResolveNominal(k);
        if (r >= 0 && (F(k) == "he" || F(k) == "she" || F(k) == "it" || F(k) == "they")) return r;
        const int o = ResolveOrgNoun(k);
        if (o >= 0 && !(k >= 2 && In<kPrepositions>(F(k - 2)))) return o;
        if (doc_.tokens[k].kind == TokenKind::Punct && F(k) == ";") return -1;
        continue;
      }
      // Start of this mention; the word before it decides whether it is a subject.
      size_t m = MentionAt(k).first;
      // "the Alliance of ... Producers (AMPTP)": the acronym stands for the name before it.
      if (m >= s.first + 2 && doc_.tokens[m - 1].kind == TokenKind::Open && EntityAt(m - 2) == e)
        m = MentionAt(m - 2).first;
      size_t before = m;
      while (before > s.first && (In<kDeterminers>(F(before - 1)) || doc_.tokens[before - 1].kind == TokenKind::Possessive ||
                                  EntityAt(before - 1) >= 0))
        --before;
      // "a group of OPEC+ producers": "of" after a collective noun keeps the subject.
      const bool collective = before >= s.first + 2 && F(before - 1) == "of" &&
                              (F(before - 2) == "group" || F(before - 2) == "coalition" || F(before - 2) == "bloc" ||
                               F(before - 2) == "alliance" || F(before - 2) == "members" || F(before - 2) == "leaders");
      if (before > s.first && In<kPrepositions>(F(before - 1)) && F(before - 1) != "and" && !collective) {
        k = m;
        continue;
      }
      // A possessor is not the subject ("Putin's response was"), unless nothing else is
      // ("Israel's security cabinet endorsed").
      if (k + 1 < doc_.size() && doc_.tokens[k + 1].kind == TokenKind::Possessive) {
        if (possessor < 0) possessor = e;
        k = m;
        continue;
      }
      // "X and Y agreed", "X and the paramilitary Y agreed": a joint subject.
      size_t and_at = before;
      while (and_at > s.first && and_at + 2 >= before && doc_.IsWord(and_at - 1) && !doc_.IsCap(and_at - 1) &&
             F(and_at - 1) != "and" && !In<kPrepositions>(F(and_at - 1)))
        --and_at;
      if (and_at > s.first + 1 && F(and_at - 1) == "and") {
        size_t o = and_at - 2;
        if (doc_.tokens[o].kind == TokenKind::Close && o >= s.first + 2) o -= 2;  // "(SAF)"
        const int other = ActorAt(o);
        if (other >= 0 && other != e) {
          joint = other;
          // "The European Union, Japan and Canada": the rest of the list acts too.
          extra_joint_.clear();
          size_t q = MentionAt(o).first;
          while (q >= s.first + 2 && F(q - 1) == ",") {
            const int more = ActorAt(q - 2);
            if (more < 0 || more == e || more == other) break;
            extra_joint_.push_back(more);
            q = MentionAt(q - 2).first;
          }
        }
      }
      return e;
    }
    return -1;
  }

  // Actor of a noun trigger: possessor ("Putin's offer", "his demands"), premodifier
  // ("a U.S. proposal"), or "by/from X" after it.
  int NounActor(const concessions::Sentence& s, size_t t, size_t end) const {
    size_t k = t;
    while (k > s.first) {
      const size_t p = k - 1;
      const std::string_view w = F(p);
      if (doc_.tokens[p].kind == TokenKind::Possessive) {
        if (p > s.first) {
          const int e = EntityAt(p - 1);
          if (e >= 0) return e;
        }
        return -1;
      }
      const int e = EntityAt(p);
      if (e >= 0) return ActorType(entities_[e].type) ? e : (entities_[e].affiliation);
      if (w == "his" || w == "her" || w == "its" || w == "their") return ResolveNominal(p);
      const uint32_t bits = Bits(p);
      const bool adjective = doc_.IsWord(p) && !doc_.IsCap(p) && t - p <= 2 && !In<kPrepositions>(w) &&
                             !In<kAuxiliaries>(w) && (bits & ~(kTrigQualifier | kTrigNoun | kTrigWord)) == 0;
      if (In<kDeterminers>(w) || (bits & kTrigQualifier) || adjective)
        --k;
      else
        break;
      if (t - k > 3) break;
    }
    // "an offer from Ford", "a demand pressed hardest by Germany"
    for (size_t b = end; b < s.last && b < end + 4 && !ClauseEnd(b); ++b) {
      if (In<kBeForms>(F(b)) || F(b) == "have" || F(b) == "has") break;  // "by" of the verb, not the noun
      if (F(b) != "by" && F(b) != "from") continue;
      for (size_t q = b + 1; q < s.last && q < b + 4; ++q) {
        const int e = ActorAt(q);
        if (e >= 0) return e;
      }
      break;
    }
    // "In further concessions, the EU will ...": a noun in an opening phrase belongs to the
    // subject after the comma.
    if (t > s.first && t < s.first + 5 && In<kPrepositions>(F(s.first))) {
      size_t c = t;
      while (c < s.last && c < t + 6 && F(c) != ",") ++c;
      for (size_t q = c + 1; q < s.last && q < c + 4; ++q) {
        const int e = ActorAt(q);
        if (e >= 0) return e;
      }
    }
    return -1;
  }

  // "by ordering": a gerund after "by" is a means, not an agent.
  bool Gerund(size_t i) const {
    const std::string_view w = F(i);
    return w.size() > 4 && w.substr(w.size() - 3) == "ing";
  }

  bool Passive(const concessions::Sentence& s, size_t t) const {
    for (size_t k = t; k-- > s.first && t - k <= 3;) {
      if (In<kBeForms>(F(k))) return true;
      if (!doc_.IsWord(k)) return false;
    }
    return false;
  }

  int ByAgent(const concessions::Sentence& s, size_t end) const {
    for (size_t q = end; q < s.last && q < end + 3; ++q) {
      if (F(q) != "by") continue;
      for (size_t r = q + 1; r < s.last && r < q + 7; ++r) {
        const int e = EntityAt(r);
        if (e >= 0 && ActorType(entities_[e].type)) return e;
        const int o = ResolveOrgNoun(r);
        if (o >= 0) return o;
        if (ClauseEnd(r)) break;
      }
    }
    return -1;
  }

  // A deal-like noun within a few words after i ("struck a tentative deal").
  bool DealNounAfter(const concessions::Sentence& s, size_t i) const {
    for (size_t q = i; q < s.last && q < i + 5; ++q) {
      if (Bits(q) & kTrigDealNoun) return true;
      if (ClauseEnd(q)) return false;
    }
    return false;
  }

  bool TalksAfter(const concessions::Sentence& s, size_t i) const {
    for (size_t q = i; q < s.last && q < i + 5; ++q) {
      if (Bits(q) & kTrigTalkNoun) return true;
      if (ClauseEnd(q)) return false;
    }
    return false;
  }

  // "asked Canada to drop", "called on Israel to": a named object or pronoun, then "to" and a verb.
  bool AskFrame(const concessions::Sentence& s, size_t i) const {
    if (i >= s.last) return false;
    const std::string_view o = F(i);
    const bool object = ActorAt(i) >= 0 || o == "him" || o == "her" || o == "them" || o == "us" || o == "it" ||
                        (o == "the" && i + 1 < s.last && (ActorAt(i + 1) >= 0 || In<kOrgNouns>(F(i + 1))));
    if (!object) return false;
    for (size_t q = i; q + 1 < s.last && q < i + 6; ++q) {
      if (F(q) == "to" && doc_.IsWord(q + 1) && !doc_.IsCap(q + 1) && q > i) return true;
      if (ClauseEnd(q)) return false;
    }
    return false;
  }

  // The actor that opens a sentence (after a dateline), if it is its subject: "Mexico wins".
  int OpeningSubject(const concessions::Sentence& s, size_t before) const {
    size_t i = s.first;
    size_t caps = i;  // a dateline: "LOS ANGELES —"
    while (caps < s.last && doc_.tokens[caps].Has(kAllCaps)) ++caps;
    if (caps > i && caps < s.last && doc_.tokens[caps].kind == TokenKind::Dash) i = caps + 1;
    if (i >= before) return -1;
    const int e = ActorAt(i);
    if (e < 0) return -1;
    size_t end = MentionAt(i).last;
    if (end < s.last && doc_.tokens[end].kind == TokenKind::Possessive) return -1;
    return e;
  }

  // Whether a verb is the main verb of its clause: a subject, modal or auxiliary right
  // before it ("Canada scraps", "the US will charge"), not an infinitive after another verb.
  bool MainVerb(const concessions::Sentence& s, size_t t) const {
    if (t == s.first) return false;
    size_t k = t - 1;
    // "Purdue is to contribute": "to" after a form of be is a plan, not an infinitive.
    if (F(k) == "to") return k > s.first && (F(k - 1) == "is" || F(k - 1) == "are" || F(k - 1) == "was");
    while (k > s.first && In<kAuxiliaries>(F(k)) && F(k) != "to") {
      if (In<kModals>(F(k)) || In<kFirstPerson>(F(k))) return true;
      --k;
    }
    if (In<kModals>(F(k)) && F(k) != "to") return true;
    // "Trump on Monday put", "Canada late on Sunday scrapped": a date between subject and verb.
    while (k > s.first && EntityAt(k) >= 0 && entities_[EntityAt(k)].type == EntityType::Date) {
      size_t d = MentionAt(k).first;
      while (d > s.first && (F(d - 1) == "on" || F(d - 1) == "late" || F(d - 1) == "early")) --d;
      if (d == s.first) break;
      k = d - 1;
    }
    const int e = EntityAt(k);
    return (e >= 0 && ActorType(entities_[e].type)) || In<kFirstPerson>(F(k)) || In<kMalePronouns>(F(k)) || In<kThingPronouns>(F(k)) ||
           In<kOrgNouns>(F(k));
  }

  // Whether entity e is named in the sentence (not only reached through a noun). The
  // sentence's named entities are gathered once (asked per trigger, scanning the sentence each
  // time was quadratic in a long sentence's length).
  bool NamedIn(const concessions::Sentence& s, int e) const {
    const uint32_t si = doc_.IndexOf(s);
    if (named_in_for_ != si) {
      named_in_.clear();
      for (size_t k = named_.Has(s.first) ? s.first : named_.Next(s.first, s.last); k != TokenSet::kNone && k < s.last;
           k = named_.Next(k, s.last))
        named_in_.push_back(EntityAt(k));
      std::sort(named_in_.begin(), named_in_.end());
      named_in_.erase(std::unique(named_in_.begin(), named_in_.end()), named_in_.end());
      named_in_for_ = si;
    }
    return std::binary_search(named_in_.begin(), named_in_.end(), e);
  }

  // A verb of giving at token i, alone or as a two-word phrase ("hold back").
  bool GiveAt(const concessions::Sentence& s, size_t i) const {
    if (i >= s.last) return false;
    if (Bits(i) & kTrigGive) return true;
    if (i + 1 >= s.last) return false;
    std::string two(F(i));
    two.push_back(' ');
    two.append(F(i + 1));
    return (TriggerBits(kTriggers, two) & kTrigGive) != 0;
  }

  // The two most-mentioned people ("both leaders"), worked out once.
  void FindTopPersons(int& a, int& b) const {
    for (size_t e = 0; e < entities_.size(); ++e) {
      if (entities_[e].type != EntityType::Person) continue;
      const size_t n = entities_[e].mentions.size();
      if (a < 0 || n > entities_[a].mentions.size()) {
        b = a;
        a = static_cast<int>(e);
      } else if (b < 0 || n > entities_[b].mentions.size()) {
        b = static_cast<int>(e);
      }
    }
  }

  // Whether some mention of entity e is followed by the word at token `noun` ("Ford said
  // ... the company": "Ford Motor Company"); one look-up, however often e is named.
  bool NamedWith(int e, size_t noun) const {
    return std::binary_search(followed_by_.begin(), followed_by_.end(),
                              (static_cast<uint64_t>(e) << 32) | doc_.word_of[noun]);
  }

  // "the union", "the company": the latest organization (or country) named before i,
  // preferring one whose name has the noun in it.
  int ResolveOrgNoun(size_t i) const {
    const std::string_view noun = F(i);
    // A headline names its actors tersely, before the story does: "Kenyan nurses suspend
    // strike as governors agree ..." -> the Council of Governors named below.
    if (doc_.tokens[i].Has(kHeadline) && doc_.IsWord(i) && !doc_.IsCap(i) && noun.size() >= 4 &&
        (i == 0 || (F(i - 1) != "the" && F(i - 1) != "their" && F(i - 1) != "its")))
      return OrgNamedWithAhead(i, noun);
    // "the union", "their union", "its regulator"
    if (i == 0 || (F(i - 1) != "the" && F(i - 1) != "their" && F(i - 1) != "its") || doc_.IsCap(i) ||
        !doc_.IsWord(i))
      return -1;
    if (!In<kOrgNouns>(noun)) {
      // "the governors" -> Council of Governors, "the league" -> Australian Football League:
      // a word of a recently named organization's name.
      if (noun.size() < 4) return -1;
      const size_t stop = i > kMaxLookback ? i - kMaxLookback : 0;
      for (size_t k = i; (k = named_.Prev(k, stop)) != TokenSet::kNone;) {
        const int e = EntityAt(k);
        if (e < 0 || entities_[e].type != EntityType::Org) continue;
        const Candidate& m = MentionAt(k);
        if (m.last != k + 1) continue;
        for (uint32_t q = m.first; q < m.last; ++q)
          if (F(q) == noun) return e;
      }
      return -1;
    }
    int fallback = -1;
    const size_t stop = i > kMaxLookback ? i - kMaxLookback : 0;
    for (size_t k = i; (k = named_.Prev(k, stop)) != TokenSet::kNone;) {
      const int e = EntityAt(k);
      if (e < 0) continue;
      const Entity& x = entities_[e];
      if (x.type != EntityType::Org && x.type != EntityType::Gpe) continue;
      const std::string& lower = lower_names_[e];
      const bool wants_country = noun == "country" || noun == "government";
      const bool fits = wants_country || x.type == EntityType::Org;
      if (fits && (lower.find(noun) != std::string::npos || NamedWith(e, i))) return e;
      if (fallback < 0 && (wants_country ? x.type == EntityType::Gpe : x.type == EntityType::Org)) fallback = e;
    }
    return fallback;
  }

  // "the family", "family members": the family the story named last ("the Sackler family").
  int FamilyAt(size_t k) const {
    if (!(F(k) == "family" || (F(k) == "members" && k > 0 && F(k - 1) == "family"))) return -1;
    if (doc_.IsCap(k) || EntityAt(k) >= 0) return -1;
    const size_t stop = k > kMaxLookback ? k - kMaxLookback : 0;
    for (size_t q = k; (q = named_.Prev(q, stop)) != TokenSet::kNone;) {
      const int e = EntityAt(q);
      if (e < 0 || entities_[e].type != EntityType::Person) continue;
      const std::string& name = entities_[e].name;
      if (name.size() > 7 && name.compare(name.size() - 7, 7, " family") == 0) return e;
    }
    return -1;
  }

  // The first organization after token i whose name has the word `noun` ("governors" in
  // "Council of Governors"), within the story's opening.
  int OrgNamedWithAhead(size_t i, std::string_view noun) const {
    const size_t stop = std::min(doc_.size(), i + kHeadlineLookahead);
    for (size_t k = i; (k = named_.Next(k, stop)) != TokenSet::kNone;) {
      const int e = EntityAt(k);
      if (e < 0 || entities_[e].type != EntityType::Org) continue;
      const Candidate& m = MentionAt(k);
      if (m.first != k) continue;
      for (uint32_t q = m.first; q < m.last; ++q)
        if (F(q) == noun) return e;
    }
    return -1;
  }

  bool ClauseEnd(size_t i) const {
    const std::string_view w = doc_.Raw(i);
    return w == "," || w == ";" || w == ":" || w == "." || doc_.tokens[i].kind == TokenKind::Dash ||
           doc_.tokens[i].kind == TokenKind::Quote;
  }

  std::string Span(size_t first, size_t last) const {
    if (last <= first) return std::string();
    return std::string(doc_.text.substr(doc_.tokens[first].begin, doc_.tokens[last - 1].end - doc_.tokens[first].begin));
  }

  // "... and the RSF will pull back": a conjunction opening a clause with its own subject.
  bool NewClause(size_t i) const {
    const std::string_view w = F(i);
    if (w != "and" && w != "but" && w != "while" && w != "whereas" && w != "or") return false;
    if (i + 1 >= doc_.size()) return false;
    const std::string_view n = F(i + 1);
    return n == "the" || EntityAt(i + 1) >= 0 || In<kMalePronouns>(n) || In<kThingPronouns>(n) ||
           In<kFirstPerson>(n);
  }

  // Tokens [from, to) trimmed of function words at the end, at most kMaxWhatTokens long.
  std::string Phrase(const concessions::Sentence& s, size_t from, size_t limit) const {
    if (from >= s.last || ClauseEnd(from)) return std::string();
    size_t to = from;
    while (to < s.last && to < limit && to - from < kMaxWhatTokens && !(to > from && ClauseEnd(to)) &&
           !(to - from >= 4 && In<kAdjuncts>(F(to))) && !(to > from && NewClause(to)))
      ++to;
    while (to > from && (In<kDangling>(F(to - 1)) || (!doc_.IsWord(to - 1) && doc_.tokens[to - 1].kind != TokenKind::Number)))
      --to;
    return Span(from, to);
  }

  // What the move is about: the object after a verb; for a noun, its complement ("a proposal
  // for a 30-day ceasefire" -> "30-day ceasefire") or the noun with its modifiers ("limited
  // concessions in Ukraine"); for a passive, the subject ("These conditions").
  std::string What(const concessions::Sentence& s, const Trig& tr, bool passive) const {
    if (passive) {
      size_t from = tr.first;
      while (from > s.first && !ClauseEnd(from - 1)) --from;
      size_t to = from;
      while (to < tr.first && !In<kBeForms>(F(to)) && F(to) != "have" && F(to) != "has" && F(to) != "had") ++to;
      if (to > from) return Phrase(s, from, to);
    }
    if (tr.bits & kTrigNoun) {
      const std::string_view next = F(tr.last);
      if (next == "for" || next == "of" || next == "on" || next == "to") {
        const std::string p = Phrase(s, tr.last + 1, s.last);
        if (!p.empty()) return p;
      }
      size_t from = tr.first;
      while (from > s.first && doc_.IsWord(from - 1) && !In<kDeterminers>(F(from - 1)) &&
             doc_.tokens[from - 1].kind != TokenKind::Possessive && EntityAt(from - 1) < 0 &&
             !In<kPrepositions>(F(from - 1)) && tr.first - from < 3 &&
             ((Bits(from - 1) & kTrigQualifier) || !doc_.IsCap(from - 1) ||
              doc_.tokens[from - 1].Has(kHeadline)))
        --from;
      return Phrase(s, from, s.last);
    }
    // A verb of giving keeps its verb: "halt attacks on energy facilities".
    if (tr.bits & kTrigGive) return Phrase(s, tr.first, s.last);
    size_t from = tr.last;
    // "agreed on Saturday to a truce": skip the date and the particle.
    while (from < s.last && (F(from) == "to" || F(from) == "that" || F(from) == "on" ||
                             (EntityAt(from) >= 0 && entities_[EntityAt(from)].type == EntityType::Date)))
      ++from;
    return Phrase(s, from, s.last);
  }

  // The longest trigger phrase at each token of a sentence, left to right.
  CONCESSIONS_NOINLINE void ScanTriggers(const concessions::Sentence& s, std::vector<Trig>& trigs) const {
    trigs.clear();
    for (size_t i = s.first; i < s.last;) {
      // Words inside names are not moves: "Rapid Support Forces", "Peace Agreement Party".
      if (!doc_.IsWord(i) || (tok_mention_.At(i) >= 0 && doc_.IsCap(i))) {
        ++i;
        continue;
      }
      // One word: its bits were looked up once per document; a longer phrase only when some
      // phrase starts with this word.
      size_t best = 0;
      uint32_t bits = doc_.TriggerBitsAt(i);
      if (bits) best = 1;
      if (doc_.TriggerLongerAt(i)) {
        std::string& key = key_;
        key.assign(F(i));
        for (size_t len = 2; i + len <= s.last && len <= static_cast<size_t>(kTriggers.max_tokens); ++len) {
          key.push_back(' ');
          key.append(F(i + len - 1));
          const TriggerFacts found = LookupTrigger(kTriggers, key);
          if (found.bits) {
            best = len;
            bits = found.bits;
          }
          if (!found.longer) break;
        }
      }
      // "put the tariffs on hold", "called the strike off": a phrasal verb around its object.
      if (best <= 1 && doc_.TriggerLongerAt(i) && (doc_.TriggerBitsAt(i) & kTrigVerb) == 0) {
        const uint32_t split = SplitPhrasalVerb(s, i);
        if (split) {
          trigs.push_back({i, i + 1, split});
          ++i;
          continue;
        }
      }
      if (best) {
        trigs.push_back({i, i + best, bits});
        i += best;
      } else {
        ++i;
      }
    }
  }

  // The bits of a verb phrase "V ... PARTICLE" whose object stands between the verb at i and
  // its particle ("put X on hold", "set X aside"), or 0. The object is a few words with no
  // clause boundary or conjunction in it.
  uint32_t SplitPhrasalVerb(const concessions::Sentence& s, size_t i) const {
    static constexpr size_t kMaxObject = 10;
    for (size_t q = i + 2; q < s.last && q <= i + 1 + kMaxObject; ++q) {
      const std::string_view w = F(q - 1);
      if (ClauseEnd(q - 1) || w == "and" || w == "but" || w == "or") return 0;
      if (!In<kSplitParticles>(F(q))) continue;
      std::string& key = key_;
      key.assign(F(i));
      for (size_t r = q; r < s.last && r < q + 2; ++r) {
        key.push_back(' ');
        key.append(F(r));
        const uint32_t b = TriggerBits(kTriggers, key);
        if (b & kTrigVerb) return b;
      }
    }
    return 0;
  }

  CONCESSIONS_NOINLINE void ReadSentence(size_t si) {
    const concessions::Sentence& s = doc_.sentences[si];
    ScanTriggers(s, trigs_);
    const std::vector<Trig>& trigs = trigs_;
    // "Should Hezbollah break the deal, ...": an inverted condition opens the sentence.
    bool hedged_clause = F(s.first) == "should" || F(s.first) == "were" || F(s.first) == "had";
    SentenceFacts clause;
    for (const Trig& t : trigs) {
      if (t.bits & kTrigCondition) {
        clause.condition_seen = true;
        clause.condition_at = t.first;
      }
      // "Analysts suggest", "critics argue": an unnamed source reporting, not "U.S. officials held talks".
      if ((t.bits & kTrigSource) && clause.source.empty() && t.last < s.last) {
        const uint32_t next = Bits(t.last);
        if ((next & kTrigReport) || (next & kTrigProposal)) clause.source = std::string(doc_.Raw(t.first));
      }
    }
    std::vector<Event>& found = found_;
    found.clear();
    for (size_t n = 0; n < trigs.size(); ++n) {
      const Trig& t = trigs[n];
      if (t.bits & kTrigHedge) {
        if (F(t.first) == "if" || F(t.first) == "whether") hedged_clause = true;
        continue;
      }
      if (hedged_clause) {
        if (ClauseEnd(t.first - 1) || (t.first > 0 && ClauseEnd(t.first - 1))) hedged_clause = false;
      }
      for (size_t k = (n > 0 ? trigs[n - 1].last : s.first); k < t.first; ++k)
        if (ClauseEnd(k)) hedged_clause = false;
      if (hedged_clause) continue;
      ReadMove(s, n, clause, found);
    }
    if (clause.condition_seen && found.empty()) ReadHeldUntil(s, clause, found);
    ReadJudgements(s, trigs, found);
    KeepFirstPerActorAndType(found);
  }

  // A refusal until something happens, when the sentence has no move otherwise: "would not
  // take effect until sanctions were lifted" demands what the condition says.
  CONCESSIONS_NOINLINE void ReadHeldUntil(const concessions::Sentence& s, const SentenceFacts& clause,
                                          std::vector<Event>& found) const {
    const std::vector<Trig>& trigs = trigs_;
    bool negation_before = false;
    for (size_t k = s.first; k < clause.condition_at; ++k)
      negation_before = negation_before || (Bits(k) & kTrigNegator);
    const std::string_view cw = F(clause.condition_at);
    // "... will stay in place until Mexico does more": a condition for lifting a measure.
    bool kept_until = false;
    for (size_t k = s.first; k < clause.condition_at; ++k)
      kept_until = kept_until || F(k) == "stay" || F(k) == "remain" || F(k) == "stays" || F(k) == "remains";
    if ((negation_before || kept_until) && (cw == "until" || cw == "unless")) {
      int joint;
      int actor = Speaker(s);
      if (actor < 0) actor = Subject(s, clause.condition_at, joint);
      if (actor >= 0) {
        Event e;
        e.type = EventType::Demand;
        e.actor = actor;
        e.trigger = {doc_.tokens[clause.condition_at].begin, doc_.tokens[clause.condition_at].end};
        e.evidence = {s.begin, s.end};
        Trig t{clause.condition_at, clause.condition_at + 1, kTrigCondition};
        e.what = What(s, t, false);
        Annotate(s, t, trigs, e);
        e.target = Target(s, t, actor);
        found.push_back(e);
      }
    }
  }

  // Adds the sentence's events to the story's.
  CONCESSIONS_NOINLINE void KeepFirstPerActorAndType(std::vector<Event>& found) {
    // One event per actor and type in a sentence, the first found. Sorted (key, index) pairs
    // pick it without a hash set's allocations, and stay O(n log n) for a sentence that holds
    // thousands.
    order_.clear();
    for (size_t i = 0; i < found.size(); ++i) {
      const Event& e = found[i];
      order_.push_back({(static_cast<uint64_t>(static_cast<uint32_t>(e.actor)) << 8) | static_cast<uint8_t>(e.type), i});
    }
    std::sort(order_.begin(), order_.end());
    keep_.assign(found.size(), 0);
    for (size_t j = 0; j < order_.size(); ++j)
      if (j == 0 || order_[j].first != order_[j - 1].first) keep_[order_[j].second] = 1;
    for (size_t i = 0; i < found.size(); ++i) {
      if (!keep_[i]) continue;
      Event& e = found[i];
      if (e.actor >= 0) acted_[e.actor] = true;
      events_.push_back(std::move(e));
    }
  }

  // One trigger of the sentence (trigs_[n]): the move it makes, if any, added to found (with
  // the other side of a joint move). Kept out of ReadSentence (CONCESSIONS_NOINLINE) so that
  // neither is one function too large for V8 to compile quickly (model/inlining.h).
  CONCESSIONS_NOINLINE void ReadMove(const concessions::Sentence& s, size_t n, const SentenceFacts& clause,
                                     std::vector<Event>& found) const {
    const std::vector<Trig>& trigs = trigs_;
    const Trig& t = trigs[n];
    uint32_t ev = t.bits & kTrigEventMask;
    // Frames that make a move of a word that is not one alone.
    if (!ev && (t.bits & kTrigDealVerb) && DealNounAfter(s, t.last)) ev = kTrigAgreement;
    if (!ev && (t.bits & kTrigAskVerb) && AskFrame(s, t.last)) ev = kTrigDemand;
    if (!ev && (t.bits & kTrigEndVerb) && TalksAfter(s, t.last)) ev = kTrigRejection;
    if (!ev && (t.bits & kTrigThreatVerb) && t.first > s.first &&
        (F(t.first - 1) == "will" || F(t.first - 1) == "would" || F(t.first - 1) == "'ll"))
      ev = kTrigDemand;
    if (!ev && (t.bits & kTrigGiveMain) && (t.bits & kTrigVerb) && FormOf(t.bits) != VerbForm::Gerund &&
        MainVerb(s, t.first))
      ev = kTrigConcession;
    if (!ev) return;
    // "the already drafted tariff orders": a participle between a determiner and its noun.
    if ((t.bits & kTrigVerb) && FormOf(t.bits) == VerbForm::Past && t.first >= s.first + 2 &&
        In<kDeterminers>(F(t.first - 2)) && (F(t.first - 1) == "already" || F(t.first - 1) == "newly" ||
                                             (F(t.first - 1).size() > 3 && F(t.first - 1).substr(F(t.first - 1).size() - 2) == "ly")) &&
        t.last < s.last && doc_.IsWord(t.last) && !doc_.IsCap(t.last) && !In<kPrepositions>(F(t.last)) &&
        !In<kDeterminers>(F(t.last)))
      return;
    // A participle after a noun is an adjective ("a pricing model tied to sales").
    if ((t.bits & kTrigVerb) && FormOf(t.bits) == VerbForm::Past && t.first > s.first && F(t.last) != "by" &&
        (ev & (kTrigDemand | kTrigProposal)) && F(t.first - 1) != "both" && F(t.first - 1) != "and" &&
        (F(t.last) == "to" || F(t.last) == "in" || F(t.last) == "into" || F(t.last) == "under" || F(t.last) == "with")) {
      const std::string_view before = F(t.first - 1);
      const bool noun_before = doc_.IsWord(t.first - 1) && !doc_.IsCap(t.first - 1) && !In<kAuxiliaries>(before) &&
                               !(before.size() > 2 && before.substr(before.size() - 2) == "ly") &&
                               ActorAt(t.first - 1) < 0 && !In<kMalePronouns>(before) && !In<kThingPronouns>(before);
      if (noun_before) return;
    }
    // ", he conceded." / ", Merkel suggested.": a verb of saying closing the sentence.
    if ((t.bits & kTrigVerb) && !(t.bits & kTrigNoun) && t.first >= s.first + 2 && F(t.first - 2) == "," &&
        (t.last >= s.last || ClauseEnd(t.last)) && (ActorAt(t.first - 1) >= 0 || In<kMalePronouns>(F(t.first - 1))))
      return;
    // "offer support", "stop signing": a move word right after a verb of a move is its object.
    if (n > 0 && trigs[n - 1].last == t.first && (trigs[n - 1].bits & (kTrigVerb | kTrigGive)) &&
        !(trigs[n - 1].bits & (kTrigNegator | kTrigQualifier | kTrigHedge | kTrigSource)) &&
        (trigs[n - 1].bits & (kTrigEventMask | kTrigGive)))
      return;
    // "a vote for Thursday": a preposition ending the trigger, then a date.
    if (t.last < s.last && EntityAt(t.last) >= 0 && entities_[EntityAt(t.last)].type == EntityType::Date &&
        (F(t.last - 1) == "for" || F(t.last - 1) == "to"))
      return;
    // A modal of possibility right before: a hypothetical move.
    if (t.first >= 1 && (F(t.first - 1) == "could" || F(t.first - 1) == "might")) return;
    EventType type = TypeFromBits(ev);
    const bool noun = (t.bits & kTrigNoun) && !((t.bits & kTrigVerb) && FormOf(t.bits) != VerbForm::Base &&
                                                FormOf(t.bits) != VerbForm::ThirdPerson);
    const bool det_before = t.first >= s.first + 2 && In<kDeterminers>(F(t.first - 2)) && doc_.IsWord(t.first - 1) &&
                            !doc_.IsCap(t.first - 1) && !In<kAuxiliaries>(F(t.first - 1));
    // "the creditors' offer": an apostrophe closing a plural is a possessive.
    const bool plural_possessive = t.first > s.first && doc_.tokens[t.first - 1].kind == TokenKind::Quote &&
                                   !doc_.tokens[t.first - 1].Has(kSpaceBefore);
    const bool det_right_before = t.first > s.first && In<kDeterminers>(F(t.first - 1)) && F(t.first - 1) != "that";
    const bool is_noun = noun && (t.first > s.first && (det_right_before || det_before ||
                                                        plural_possessive ||
                                                        doc_.tokens[t.first - 1].kind == TokenKind::Possessive ||
                                                        EntityAt(t.first - 1) >= 0 ||
                                                        (Bits(t.first - 1) & kTrigQualifier) ||
                                                        (doc_.IsWord(t.first - 1) && !(t.bits & kTrigVerb))));
    // "Forecasters agreed that ...": agreeing with a statement is no move in a negotiation.
    if (type == EventType::Agreement && (t.bits & kTrigVerb) && F(t.last) == "that") return;
    // "agree to halt": agreeing to give something up (a joint agreement stays one, below).
    bool agreed_to_give = false;
    if (type == EventType::Agreement) {
      // "agreed to halt", "agreed on Thursday to hold back": skip a date between.
      size_t to = t.last;
      while (to < s.last && to < t.last + 5 && F(to) != "to" &&
             (F(to) == "on" || F(to) == "early" || F(to) == "late" ||
              (F(to).size() > 3 && F(to).substr(F(to).size() - 2) == "ly") ||
              (EntityAt(to) >= 0 && entities_[EntityAt(to)].type == EntityType::Date)))
        ++to;
      bool talks = false;  // "agreed to open talks": agreeing to talks is an agreement
      for (size_t q = to + 1; q < s.last && q < to + 5; ++q) talks = talks || (Bits(q) & kTrigTalkNoun);
      if (F(to) == "to" && GiveAt(s, to + 1) && !talks) {
        type = EventType::Concession;
        agreed_to_give = true;
      }
    }
    // A light verb with a move noun as object takes the noun's type: "offering concessions".
    if (!is_noun) {
      for (size_t m = n + 1; m < trigs.size() && trigs[m].first <= t.last + 3; ++m) {
        if ((trigs[m].bits & kTrigNoun) && (trigs[m].bits & kTrigEventMask) &&
            (type == EventType::Offer || type == EventType::Proposal))
          type = TypeFromBits(trigs[m].bits & kTrigEventMask);
      }
    }
    int actor = -1, joint = -1, modal_target = -1;
    const bool modal = (t.bits & kTrigWord) && type == EventType::Demand;  // must, has to
    const bool passive = !is_noun && FormOf(t.bits) == VerbForm::Past && Passive(s, t.first);
    if (is_noun) {
      actor = NounActor(s, t.first, t.last);
    } else if (FormOf(t.bits) == VerbForm::Past && (passive || (F(t.last) == "by" && !Gerund(t.last + 1)))) {
      // "must still be ratified by": a step still to come, not a move.
      bool pending = false;
      for (size_t k = t.first; k-- > s.first && t.first - k <= 3;)
        pending = pending || F(k) == "must" || F(k) == "needs" || F(k) == "will";
      if (pending) return;
      // "were dismissed by Ukraine", "clauses drafted by Azerbaijan"
      actor = ByAgent(s, t.last);
      if (actor < 0) return;  // no agent: left out
    } else {
      actor = Subject(s, t.first, joint);
    }
    // "Farley said the company welcomed": the person the sentence names speaks for it.
    if (!is_noun && actor >= 0 && entities_[actor].type == EntityType::Org && !NamedIn(s, actor)) {
      const int speaker = SpeakerIn(s);
      if (speaker >= 0 && entities_[speaker].type == EntityType::Person) actor = speaker;
    }
    // Congratulations and thanks offered are courtesy, not moves.
    if (type == EventType::Offer && (F(t.last) == "congratulations" || F(t.last + 1) == "congratulations" ||
                                     F(t.last + 1) == "condolences" || F(t.last) == "condolences"))
      return;
    // "Armenia has to amend", said by Bayramov: the speaker demands it of the subject.
    if (modal) {
      const int speaker = Speaker(s);
      if (speaker >= 0 && speaker != actor) {
        modal_target = actor;
        actor = speaker;
        joint = -1;
      } else if (t.first > s.first && (F(t.first - 1) == "will" || F(t.first - 1) == "would")) {
        return;  // "will have to disclose": an obligation accepted, not a demand made
      }
    }
    if (joint >= 0 && agreed_to_give) type = EventType::Agreement;
    const std::string group = (!is_noun && actor < 0) ? group_ : std::string();
    // Claims reported by analysts are not their moves.
    if (!is_noun && t.first > s.first && (Bits(t.first - 1) & kTrigSource)) return;
    // A noun with no owner in sight belongs to the sentence's opening subject ("Mexico wins
    // a reprieve with a pledge of troops").
    if (is_noun && actor < 0 && (type == EventType::Offer || type == EventType::Concession))
      actor = OpeningSubject(s, t.first);
    if (actor < 0 && group.empty()) return;
    // Negation just before the trigger.
    bool negated = false;
    for (size_t k = t.first; k-- > s.first && t.first - k <= 3;) {
      const uint32_t b = Bits(k);
      if (b & kTrigNegator) negated = true;
      if ((b & kTrigRejection) && F(k + 1) == "to" && k + 1 < t.first) negated = true;  // refused to offer
      if (ClauseEnd(k)) break;
    }
    // "would not sign until ...": a condition set, not a refusal.
    if (negated && clause.condition_seen && clause.condition_at > t.first &&
        (F(clause.condition_at) == "until" || F(clause.condition_at) == "unless")) {
      type = EventType::Demand;
      negated = false;
    }
    if (negated && type == EventType::Rejection) return;
    if (negated && (type == EventType::Concession || type == EventType::Offer || type == EventType::Agreement))
      type = EventType::Rejection;
    Event e;
    e.type = type;
    e.actor = actor;
    e.actor_group = group;
    if (!group.empty()) e.actor_group_name_at = group_name_at_;
    e.negated = negated;
    e.trigger = {doc_.tokens[t.first].begin, doc_.tokens[t.last - 1].end};
    e.evidence = {s.begin, s.end};
    e.what = What(s, t, passive);
    if (!is_noun && (t.bits & kTrigDealVerb) && !(t.bits & kTrigEventMask)) {
      // "reached an agreement in principle": the verb reads better than "agreed to an agreement".
      e.what = Phrase(s, t.first, s.last);
      // A base form after "to" or a modal is bare ("will reach"); after its subject it is a
      // present tense ("WGA and AMPTP reach tentative deal").
      const bool bare = FormOf(t.bits) == VerbForm::Base && t.first > s.first &&
                        (F(t.first - 1) == "to" || In<kModals>(F(t.first - 1)) || F(t.first - 1) == "could");
      e.what_form = bare ? Event::WhatForm::BaseVerb : Event::WhatForm::FiniteVerb;
    } else if (is_noun && e.what.find(doc_.Raw(t.first)) != std::string::npos) e.what_form = Event::WhatForm::Noun;
    else if (agreed_to_give) e.what_form = Event::WhatForm::BaseVerb;
    else if (t.bits & kTrigGive)
      e.what_form = FormOf(t.bits) == VerbForm::Base ? Event::WhatForm::BaseVerb : Event::WhatForm::FiniteVerb;
    // "a proposal, which Ukraine had tentatively agreed to,": the object is the antecedent.
    if (e.what.empty() && !found.empty()) e.what = found.back().what;
    if (!clause.source.empty()) e.reported_by = clause.source;
    Annotate(s, t, trigs, e);
    e.target = modal_target >= 0 ? modal_target : Target(s, t, actor);
    // "struck a tentative deal with Ford": the other side of a deal agrees too.
    if (joint < 0 && type == EventType::Agreement && !negated && !is_noun && (ev & kTrigAgreement) &&
        ((t.bits & kTrigDealVerb) || F(t.last) == "with")) {
      for (size_t q = t.last; q < s.last && q < t.last + 8 && !ClauseEnd(q); ++q) {
        if (F(q) != "with") continue;
        const int other = ActorAt(q + 1) >= 0 ? ActorAt(q + 1) : (F(q + 1) == "the" ? ActorAt(q + 2) : -1);
        if (other >= 0 && other != actor) {
          e.target = other;
          found.push_back(e);
          found.push_back(ByParty(e, other, actor));
          joint = -2;  // handled
        }
        break;
      }
      if (joint == -2) return;
    }
    if (joint >= 0) {
      // The parties named first come first ("Israel and Hezbollah agreed").
      for (auto it = extra_joint_.rbegin(); it != extra_joint_.rend(); ++it) found.push_back(ByParty(e, *it, actor));
      found.push_back(ByParty(e, joint, actor));
      e.target = joint;
    }
    found.push_back(e);
  }

  // "The institute called the settlement 'a half-measure'", "Greenpeace said the deal
  // 'abandons the most vulnerable'", "described the pact as 'exceptional'": judging a deal is
  // rejecting it or agreeing to it (the guidelines: outsiders condemning a deal reject it).
  CONCESSIONS_NOINLINE void ReadJudgements(const concessions::Sentence& s, const std::vector<Trig>& trigs,
                                           std::vector<Event>& found) const {
    for (size_t v = s.first; v + 1 < s.last; ++v) {
      const bool naming = In<kJudgingVerbs>(F(v));
      const bool saying = (Bits(v) & kTrigReport) && (Bits(v) & kTrigVerb);
      if ((naming || saying) && ReadJudgement(s, trigs, v, naming, found)) return;  // one judgement per sentence
    }
  }

  // The judgement a verb of naming or saying at v makes, if it makes one; added to found. The
  // scan above visits every token; this reads the few candidates it finds.
  CONCESSIONS_NOINLINE bool ReadJudgement(const concessions::Sentence& s, const std::vector<Trig>& trigs, size_t v,
                                          bool naming, std::vector<Event>& found) const {
    // The thing judged: "it", "this", or a noun phrase ending in a deal or money word.
    const size_t o = v + 1;
    size_t object_end = 0;
    if (naming && (F(o) == "it" || F(o) == "this")) {
      object_end = o + 1;
    } else if (In<kDeterminers>(F(o))) {
      for (size_t q = o + 1; q < s.last && q <= o + 5 && !ClauseEnd(q); ++q) {
        if ((Bits(q) & kTrigDealNoun) || In<kJudgedNouns>(F(q))) {
          object_end = q + 1;
          break;
        }
      }
    }
    if (object_end == 0) return false;
    // The judgement, up to the end of its clause; after "but" the words after it decide
    // ("imperfect but alive").
    int polarity = 0;
    for (size_t q = object_end; q < s.last && q < object_end + kJudgementWindow; ++q) {
      const std::string_view w = F(q);
      if (w == "," || w == ";" || w == "." || w == ":" || w == "and" || w == "while" || w == "which") break;
      if (w == "but" || w == "yet") {
        polarity = 0;
        continue;
      }
      const int p = WordPolarity(w, q + 1 < s.last ? F(q + 1) : std::string_view());
      if (p < 0 || (p > 0 && polarity == 0)) polarity = p;
    }
    if (polarity == 0) return false;
    int joint;
    const int actor = Subject(s, v, joint);
    if (actor < 0 && group_.empty()) return false;
    // Praise is agreement only from a party: someone with a part in the story already, an
    // organization or a country, or an office holder; not a commentator's.
    if (polarity > 0 && actor >= 0 && entities_[actor].type == EntityType::Person &&
        entities_[actor].role.empty() && !HasActed(actor))
      return false;
    Event e;
    e.type = polarity < 0 ? EventType::Rejection : EventType::Agreement;
    e.actor = actor;
    if (actor < 0) {
      e.actor_group = group_;
      e.actor_group_name_at = group_name_at_;
    }
    e.trigger = {doc_.tokens[v].begin, doc_.tokens[v].end};
    e.evidence = {s.begin, s.end};
    e.what = Phrase(s, o, object_end);
    Trig t{v, v + 1, kTrigVerb};
    Annotate(s, t, trigs, e);
    found.push_back(std::move(e));
    return true;
  }

  bool HasActed(int entity) const { return acted_[entity]; }

  // The same move made by another party of a joint move.
  static Event ByParty(const Event& e, int actor, int target) {
    Event copy = e;
    copy.actor = actor;
    copy.target = target;
    return copy;
  }

  // Qualifiers, duration and conditions from the trigger's sentence.
  void Annotate(const concessions::Sentence& s, const Trig& t, const std::vector<Trig>& trigs, Event& e) const {
    // Everything is read near the trigger, so that a sentence of any length costs the same per move.
    const size_t lo = std::max<size_t>(s.first, t.first > kWindow ? t.first - kWindow : 0);
    const size_t hi = std::min<size_t>(s.last, t.last + kWindow);
    for (size_t i = std::max<size_t>(lo, t.first > 8 ? t.first - 8 : 0); i < s.last && i <= t.last + 10; ++i) {
      const uint32_t b = Bits(i);
      if (b & kTrigQualifier) {
        const std::string q = QualifierName(kTriggers, b);
        if (!q.empty() && std::find(e.qualifiers.begin(), e.qualifiers.end(), q) == e.qualifiers.end())
          e.qualifiers.push_back(q);
      }
    }
    // Duration: the nearest DATE mention that is a span of time.
    size_t best = SIZE_MAX;
    for (size_t i = lo; i < hi; ++i) {
      const int m = tok_mention_.At(i);
      if (m < 0 || mentions_[m].first != i) continue;
      const Candidate& c = mentions_[m];
      if (c.type != EntityType::Date) continue;
      const std::string_view text = doc_.text.substr(c.begin, c.end - c.begin);
      // A span of time ("one month", "30-day"), not a day or date ("Sunday", "March 18").
      bool span = false;
      for (std::string_view u : {"day", "week", "month", "year", "decade"}) {
        const size_t at = text.find(u);
        span = span || (at != std::string_view::npos && (at == 0 || text[at - 1] == ' ' || text[at - 1] == '-'));
      }
      const size_t dist = i > t.first ? i - t.first : t.first - i;
      if (span && dist < best) {
        best = dist;
        e.duration = std::string(text);
      }
    }
    // "insisted that X", "demanded that X": the demand's content is its condition.
    if ((t.bits & kTrigDemand) && (t.bits & kTrigVerb) && F(t.last) == "that") {
      size_t to = t.last + 1;
      while (to < s.last && !ClauseEnd(to) && to - t.last < 20) ++to;
      const std::string c = Span(t.last + 1, to);
      if (!c.empty()) e.conditions.push_back(c);
    }
    // Conditions: from a condition word ("on condition that", "unless") to the end of its clause.
    // The triggers are in text order: only those in [lo, hi), found by binary search.
    const auto from = std::lower_bound(trigs.begin(), trigs.end(), lo, [](const Trig& c, size_t at) { return c.first < at; });
    for (auto it = from; it != trigs.end() && it->first < hi; ++it) {
      const Trig& c = *it;
      if (!(c.bits & kTrigCondition)) continue;
      size_t to = c.last;
      while (to < s.last && !ClauseEnd(to) && to - c.first < 20) ++to;
      const std::string text = Span(c.last, to);
      if (!text.empty()) e.conditions.push_back(text);
    }
  }

  int Target(const concessions::Sentence& s, const Trig& t, int actor) const {
    for (size_t i = t.last; i < s.last && i < t.last + kWindow; ++i) {
      const int e = EntityAt(i);
      if (e >= 0 && e != actor && ActorType(entities_[e].type)) return e;
    }
    if (actor == party_a_) return party_b_;
    if (actor == party_b_) return party_a_;
    return -1;
  }
};

}  // namespace

CONCESSIONS_NOINLINE EventList ExtractEvents(const Document& doc, const std::vector<Candidate>& mentions,
                                              const std::vector<int>& mention_entity,
                                              const std::vector<Entity>& entities) {
  return Extractor(doc, mentions, mention_entity, entities).Run();
}

}  // namespace concessions
