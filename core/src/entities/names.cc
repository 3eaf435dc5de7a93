#include "entities/names.h"

#include "model/inlining.h"
#include "text/unicode.h"
#include "text/word_list.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace concessions {

namespace {

// Words that may join capitalized words inside one name ("Bank of England", "Competition and
// Markets Authority", "Osama bin Laden").
constexpr std::string_view kConnectors[] = {"of", "and", "for", "the", "de", "del", "da", "al", "bin", "van",
                                            "von", "der", "den", "du", "di", "ibn", "la", "le", "on", "&", "dela",
                                            "delos", "los", "las"};
// Particles inside personal names ("Ursula von der Leyen", "Mohammed bin Salman").
constexpr std::string_view kNameParticles[] = {"de", "del", "da", "al", "bin", "ibn", "van", "von", "der", "den",
                                               "du", "di", "la", "le", "dela", "delos", "los", "las"};
// Particles written joined to the name after them by a hyphen ("al-Sudani", "el-Tayeb").
constexpr std::string_view kJoinedParticles[] = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an",
                                                 "bin", "ibn", "abu", "abd", "ben"};
// Nouns that end names of geographic features, which are LOC ("Litani River").
constexpr std::string_view kFeatureHeads[] = {"river", "sea", "ocean", "gulf", "strait", "straits", "lake", "bay",
                                              "mountains", "mountain", "valley", "desert", "island", "islands",
                                              "peninsula", "coast", "canal", "basin", "plateau", "hills"};
// Nouns that end names the guidelines leave unannotated: facilities, laws, agreements,
// events and programmes ("Chicago Assembly Plant", "Windsor Framework", "Geneva talks").
constexpr std::string_view kUnannotatedHeads[] = {
    "plant", "factory", "airport", "stadium", "bridge", "hospital", "station", "prison", "refinery", "mine",
    "framework", "act", "accord", "accords", "treaty", "protocol", "bill", "initiative", "program", "programme",
    "summit", "talks", "agreement", "deal", "plan", "law", "doctrine", "war", "games", "cup", "award",
    "prize", "festival", "olympics"};
// Lowercase words before a title that belong to the role ("former President").
constexpr std::string_view kRoleModifiers[] = {"former", "then", "acting", "interim", "outgoing", "incoming",
                                               "deputy", "caretaker", "late"};
// Words that open names the guidelines leave unannotated ("Typhoon Marilag", "Operation ...").
constexpr std::string_view kUnannotatedPrefixes[] = {"typhoon", "hurricane", "cyclone", "storm", "tropical",
                                                     "operation"};
// Lowercase words after a name that make it a place ("the Darfur region", "Ifugao province").
constexpr std::string_view kPlaceSuffixes[] = {"region", "province", "state", "district", "county", "city", "town",
                                               "village", "oblast", "governorate", "prefecture", "municipality"};
// Prepositions that make an unknown lone name a place ("in Avdiivka").
constexpr std::string_view kPlacePrepositions[] = {"in", "near", "outside", "across", "into", "towards", "toward"};
constexpr int kCommonTier = 50;  // SCOWL size tier up to which a word counts as common

enum class TokState : uint8_t { Free, Used, Weak, Dropped };

enum class SegKind : uint8_t { Place, Title, Unknown, Connector };

struct Segment {
  uint32_t first, last;
  SegKind kind;
  const LexEntry* entry = nullptr;  // for Place
};

// What the first pass learnt of a name, for the document pass.
struct Known {
  EntityType type;
  uint32_t key;  // in CandidateStrings
  uint16_t country;
};

class NameFinder {
 public:
  NameFinder(const Document& doc, const std::vector<bool>& taken, CandidateStrings& strings, std::vector<Candidate>& out)
      : doc_(doc), lex_(*doc.lexicon), strings_(strings), out_(out), state_(doc.size(), TokState::Free) {
    for (size_t i = 0; i < taken.size() && i < state_.size(); ++i)
      if (taken[i]) state_[i] = TokState::Used;
  }

  void Run() {
    // Words the text itself writes in lowercase: "Oil" opening a sentence is the word oil.
    lowercase_.assign(doc_.words.size(), false);
    starts_longer_.assign(doc_.words.size(), -1);
    tier_.assign(doc_.words.size(), -1);
    for (size_t i = 0; i < doc_.size(); ++i)
      if (doc_.IsWord(i) && !doc_.IsCap(i)) lowercase_[doc_.word_of[i]] = true;
    // Acronyms the text defines: "the Australian Football League (AFL)". The text's own
    // definition wins over the gazetteer's (AFL is not the American Federation of Labor here).
    for (size_t i = 1; i + 2 < doc_.size(); ++i) {
      if (doc_.tokens[i].kind == TokenKind::Open && doc_.tokens[i + 1].Has(kAllCaps) &&
          doc_.tokens[i + 2].kind == TokenKind::Close && doc_.IsCap(i - 1))
        defined_acronyms_.emplace(doc_.Folded(i + 1), i);
    }
    for (const Sentence& s : doc_.sentences) {
      titlecase_ = IsTitlecase(s);
      ScanSentence(s);
    }
    BuildDictionary();
    ResolveLeftovers();
    UnifyPlaceTypes();
    NameFamilies();
    AppositiveRoles();
  }

 private:
  const Document& doc_;
  const Lexicon& lex_;
  CandidateStrings& strings_;
  std::vector<Candidate>& out_;
  std::vector<TokState> state_;
  bool titlecase_ = false;
  size_t particles_ = 0;  // lowercase name particles that start the run being processed
  std::vector<Segment> segs_;    // ProcessRun's segments (kept for its capacity)
  std::vector<bool> lowercase_;  // per form id: the text writes it in lowercase somewhere
  mutable std::vector<int8_t> starts_longer_;  // per form id: StartsLongerKey, -1 not asked yet
  mutable std::vector<int> tier_;               // per form id of a word: CommonTier, -1 not asked yet
  std::unordered_map<std::string_view, size_t> defined_acronyms_;  // acronym -> its "(" token
  std::unordered_map<std::string, Known> by_text_;     // folded full mention -> what it is
  std::unordered_map<std::string, Known> by_surname_;  // folded last name -> person
  std::unordered_map<std::string, std::pair<Known, bool>> short_names_;  // a company's first word -> it, ambiguous
  std::vector<std::pair<std::string, Known>> surnames_;
  std::unordered_map<std::string, std::vector<size_t>> surname_stems_;  // first 6 letters -> surnames_

  // --- word facts -------------------------------------------------------------------------
  bool Common(size_t i) const { return CommonTier(i) <= kCommonTier; }

  // The SCOWL tier of a word or of its base form ("analysts" -> "analyst"); 999 if unknown.
  // Worked out once per form of a word.
  int CommonTier(size_t i) const {
    if (!doc_.IsWord(i)) return TierOf(i);
    int& known = tier_[doc_.word_of[i]];
    if (known < 0) known = TierOf(i);
    return known;
  }
  int TierOf(size_t i) const {
    const std::string_view w = doc_.Folded(i);
    if (const LexEntry* e = doc_.Lex(i).Find(LexKind::CommonWord)) return e->rank;
    std::string base;
    auto tier = [&](std::string_view stem, std::string_view add) -> int {
      base.assign(stem);
      base.append(add);
      const LexEntry* e = lex_.Lookup(base).Find(LexKind::CommonWord);
      return e ? e->rank : 999;
    };
    auto ends = [&](std::string_view suf) { return w.size() > suf.size() + 2 && w.substr(w.size() - suf.size()) == suf; };
    int best = 999;
    if (ends("ies")) best = std::min(best, tier(w.substr(0, w.size() - 3), "y"));
    if (ends("es")) best = std::min(best, tier(w.substr(0, w.size() - 2), ""));
    if (ends("s")) best = std::min(best, tier(w.substr(0, w.size() - 1), ""));
    if (ends("ed")) best = std::min(best, std::min(tier(w.substr(0, w.size() - 2), ""), tier(w.substr(0, w.size() - 1), "")));
    if (ends("ing")) best = std::min(best, std::min(tier(w.substr(0, w.size() - 3), ""), tier(w.substr(0, w.size() - 3), "e")));
    if (ends("ly")) best = std::min(best, tier(w.substr(0, w.size() - 2), ""));
    return best;
  }
  bool Given(size_t i) const { return doc_.Lex(i).Has(LexKind::GivenName); }
  bool Surname(size_t i) const { return doc_.Lex(i).Has(LexKind::Surname); }
  bool Head(size_t i) const {
    const LexRange r = doc_.Lex(i);
    return r.Has(LexKind::OrgHead) || r.Has(LexKind::OrgSuffix);
  }
  bool Connector(size_t i) const { return doc_.IsWord(i) && !doc_.IsCap(i) && In<kConnectors>(doc_.Folded(i)); }
  bool FeatureHead(size_t i) const { return In<kFeatureHeads>(doc_.Folded(i)); }
  bool IsArticle(size_t i) const {
    const std::string_view w = doc_.Folded(i);
    return !doc_.tokens[i].Has(kAllCaps) && (w == "the" || w == "a" || w == "an");
  }
  bool UnannotatedHead(size_t i) const { return In<kUnannotatedHeads>(doc_.Folded(i)); }
  std::string_view Prev(size_t i) const { return i > 0 ? doc_.Folded(i - 1) : std::string_view(); }

  // A capitalized word that may start or continue a name.
  // "al-Harthy", "el-Tayeb", "bin-Salman": an Arabic article or patronymic particle joined
  // by a hyphen to a capitalized name is a name part, though it starts in lowercase.
  bool ParticleJoinedName(const Token& t, std::string_view raw) const {
    if (!t.Has(kHyphenated)) return false;
    const size_t dash = raw.find('-');
    if (dash == std::string_view::npos || dash + 1 >= raw.size() || raw[dash + 1] < 'A' || raw[dash + 1] > 'Z')
      return false;
    return In<kJoinedParticles>(raw.substr(0, dash));
  }

  bool NameToken(size_t i) const {
    if (i >= doc_.size() || state_[i] != TokState::Free) return false;
    const Token& t = doc_.tokens[i];
    if (t.kind != TokenKind::Word) return false;
    if (!(t.Has(kCapitalized) || t.Has(kAllCaps))) return ParticleJoinedName(t, doc_.Raw(i));
    // "UAW-represented", "Russian-backed": a modifier, not a name.
    if (t.Has(kHyphenated) && !t.Has(kAllCaps)) {
      const std::string_view raw = doc_.Raw(i);
      const size_t dash = raw.rfind('-');
      if (dash != std::string_view::npos && dash + 1 < raw.size() && raw[dash + 1] >= 'a' && raw[dash + 1] <= 'z')
        return false;
    }
    return true;
  }

  // A title-case or all-caps headline: its common words are capitalized too. (Counting all
  // words would take "Rishi Sunak and Jim Farley spoke." for a headline.)
  bool IsTitlecase(const Sentence& s) const {
    size_t words = 0, caps = 0;
    for (size_t i = s.first + 1; i < s.last; ++i) {
      const Token& t = doc_.tokens[i];
      if (t.kind != TokenKind::Word || t.end - t.begin < 4 || CommonTier(i) > kCommonTier) continue;
      ++words;
      if (t.Has(kCapitalized) || t.Has(kAllCaps)) ++caps;
    }
    return words >= 2 && caps * 10 >= words * 7;
  }

  // Sentence-initial, after an opening quote or colon, or in a headline: capitals prove nothing.
  bool CapsUninformative(size_t i) const {
    if (titlecase_ || doc_.tokens[i].Has(kSentenceStart)) return true;
    if (i == 0) return true;
    const Token& p = doc_.tokens[i - 1];
    if (p.kind == TokenKind::Quote || p.kind == TokenKind::Open || p.kind == TokenKind::Dash) return true;
    const std::string_view raw = doc_.Raw(i - 1);
    return raw == ":" || raw == ";";
  }

  // --- gazetteer segmentation ---------------------------------------------------------------
  static int PlacePriority(LexKind k) {
    switch (k) {
      // A country's name wins over a plural demonym ("Philippines"); a demonym over rivers and
      // towns of the same name ("Canadian"); a political place over a natural feature ("Ottawa").
      case LexKind::Organization: return 7;
      case LexKind::Country: return 6;
      case LexKind::Demonym: return 5;
      case LexKind::Subdivision: return 4;
      case LexKind::City: return 3;
      case LexKind::Location: return 2;
      case LexKind::Title: return 1;
      default: return 0;
    }
  }

  // Whether some lexicon phrase starts with the word at k and a space; asked once per form.
  bool StartsLongerKey(size_t k) const {
    int8_t& known = starts_longer_[doc_.word_of[k]];
    if (known < 0) known = lex_.HasLongerKey(doc_.Folded(k)) ? 1 : 0;
    return known == 1;
  }

  // Longest gazetteer or title phrase at k inside [k, end); returns its token length.
  size_t MatchPhrase(size_t k, size_t end, const LexEntry*& best) const {
    best = nullptr;
    size_t best_len = 0;
    std::string key(doc_.Folded(k));
    for (size_t len = 1; k + len <= end; ++len) {
      if (len > 1) {
        key.push_back(' ');
        key.append(doc_.Folded(k + len - 1));
      }
      const size_t lastk = k + len - 1;
      if (!Connector(lastk)) {
        // One word: the document looked its form up already.
        const LexRange r = len == 1 && (doc_.IsWord(k) || doc_.tokens[k].kind == TokenKind::Currency)
                               ? doc_.Lex(k)
                               : lex_.Lookup(key);
        const LexEntry* pick = nullptr;
        for (const LexEntry* e = r.begin; e != r.end; ++e)
          if (PlacePriority(e->kind) > (pick ? PlacePriority(pick->kind) : 0)) pick = e;
        if (pick) {
          best = pick;
          best_len = len;
        }
      }
      if (!(len == 1 ? StartsLongerKey(k) : lex_.HasLongerKey(key))) break;
    }
    // "Red Sea": a natural feature's name is a location even where a province shares it.
    if (best && best_len > 1 && FeatureHead(k + best_len - 1)) {
      std::string whole(doc_.Folded(k));
      for (size_t q = k + 1; q < k + best_len; ++q) {
        whole.push_back(' ');
        whole.append(doc_.Folded(q));
      }
      if (const LexEntry* loc = lex_.Lookup(whole).Find(LexKind::Location)) best = loc;
    }
    // "the West": a location written with its article ("the west") wins over a town "West".
    if (best && best_len == 1 && k > 0 && doc_.Folded(k - 1) == "the" && best->kind != LexKind::Location &&
        best->kind != LexKind::Organization && best->kind != LexKind::Country) {
      if (const LexEntry* loc = doc_.Lex(k).Find(LexKind::Location)) best = loc;
    }
    // "Treasury Secretary": the organization inside a title is its own mention.
    if (best && best->kind == LexKind::Title && best_len > 1) {
      if (const LexEntry* org = doc_.Lex(k).Find(LexKind::Organization)) {
        best = org;
        best_len = 1;
      }
    }
    return best_len;
  }

  // --- first pass -------------------------------------------------------------------------
  CONCESSIONS_NOINLINE void ScanSentence(const Sentence& s) {
    for (size_t i = s.first; i < s.last;) {
      if (!NameToken(i)) {
        ++i;
        continue;
      }
      // "The" opening a sentence is not part of the name after it.
      if (IsArticle(i)) {
        ++i;
        continue;
      }
      size_t j = i + 1;
      for (;;) {
        if (j < s.last && NameToken(j)) {
          ++j;
          continue;
        }
        // "AFL Players’ Association", "Writers' Guild": a plural possessive inside a name.
        if (j + 1 < s.last && doc_.tokens[j].kind == TokenKind::Quote && !doc_.tokens[j].Has(kSpaceBefore) &&
            doc_.Folded(j - 1).back() == 's' && (doc_.Folded(j) == "'") && NameToken(j + 1) &&
            Head(j + 1)) {
          j += 2;
          continue;
        }
        size_t k = j;  // connectors ("of", "von der") between capitalized words
        while (k < s.last && k < j + 3 && Connector(k)) ++k;
        if (k > j && k < s.last && NameToken(k)) {
          j = k + 1;
          continue;
        }
        break;
      }
      // A surname with its particles: "von der Leyen", "al-Sudani" written "al Sudani".
      size_t start = i;
      while (start > s.first && state_[start - 1] == TokState::Free && Connector(start - 1) &&
             In<kNameParticles>(doc_.Folded(start - 1)))
        --start;
      if (start < i && !(start > s.first && NameToken(start - 1))) {
        particles_ = i - start;
        ProcessRun(start, j);
        particles_ = 0;
      } else {
        ProcessRun(i, j);
      }
      i = j;
    }
  }

  void ProcessRun(size_t i, size_t j) {
    if (j == i + 1 && doc_.tokens[i].Has(kAllCaps) && defined_acronyms_.count(doc_.Folded(i))) {
      state_[i] = TokState::Weak;  // resolved to its expansion by the document pass
      return;
    }
    // A defined acronym joined to other names ("AFL and AFLPA strike ..." above the
    // definition): the text's own definition wins, so it stands alone and the names around
    // it are runs of their own.
    for (size_t k = i + particles_; k < j && j > i + 1; ++k) {
      if (!doc_.tokens[k].Has(kAllCaps) || !defined_acronyms_.count(doc_.Folded(k)) ||
          !(k == i || Connector(k - 1)) || !(k + 1 == j || Connector(k + 1)))
        continue;
      size_t left_end = k, right_begin = k + 1;
      while (left_end > i && Connector(left_end - 1)) --left_end;
      while (right_begin < j && Connector(right_begin)) ++right_begin;
      if (left_end > i) ProcessRun(i, left_end);
      particles_ = 0;
      state_[k] = TokState::Weak;
      if (right_begin < j) ProcessRun(right_begin, j);
      return;
    }
    const size_t run_first = i;  // i moves past leading particles below
    // A run's segments, in a list kept for its capacity: the recursive calls above return
    // before this one fills it.
    std::vector<Segment>& segs = segs_;
    segs.clear();
    if (particles_ > 0) {  // leading particles belong to the name after them
      segs.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + particles_ + 1), SegKind::Unknown});
      i += particles_ + 1;
    }
    for (size_t k = i; k < j;) {
      if (Connector(k)) {
        segs.push_back({static_cast<uint32_t>(k), static_cast<uint32_t>(k + 1), SegKind::Connector});
        ++k;
        continue;
      }
      const LexEntry* e;
      const size_t len = MatchPhrase(k, j, e);
      if (len > 0) {
        segs.push_back({static_cast<uint32_t>(k), static_cast<uint32_t>(k + len),
                        e->kind == LexKind::Title ? SegKind::Title : SegKind::Place, e});
        k += len;
        continue;
      }
      if (!segs.empty() && segs.back().kind == SegKind::Unknown && segs.back().last == k && !Connector(k)) {
        segs.back().last = static_cast<uint32_t>(k + 1);
      } else {
        segs.push_back({static_cast<uint32_t>(k), static_cast<uint32_t>(k + 1), SegKind::Unknown});
      }
      ++k;
    }
    // Named storms and operations are events: not annotated.
    if (In<kUnannotatedPrefixes>(doc_.Folded(run_first)) && j > run_first + 1) {
      for (size_t k = run_first; k < j; ++k) state_[k] = TokState::Used;
      return;
    }
    // Facilities, laws, agreements and events are not annotated, nor the names inside them.
    if (!titlecase_ && UnannotatedHead(j - 1) && !doc_.Lex(j - 1).Has(LexKind::Organization)) {
      bool known_whole = segs.size() == 1 && segs[0].kind == SegKind::Place;
      if (!known_whole) {
        for (size_t k = run_first; k < j; ++k) state_[k] = TokState::Used;
        return;
      }
    }
    MergePersonParts(segs);
    MergeOrganizations(segs);
    ClassifySegments(segs);
  }

  bool EndsWithHead(const Segment& s) const { return Head(s.last - 1); }

  // "Ursula von der Leyen" (particles between name parts) and "Letitia James" (a given name
  // before a word the gazetteer knows as a place) are one person's name.
  void MergePersonParts(std::vector<Segment>& segs) const {
    // Particles before a name part and after something else ("Sunak and von der Leyen").
    for (size_t r = 1; r < segs.size(); ++r) {
      if (segs[r].kind != SegKind::Unknown) continue;
      size_t a = r;
      while (a > 0 && segs[a - 1].kind == SegKind::Connector && In<kNameParticles>(doc_.Folded(segs[a - 1].first))) --a;
      if (a == r || (a > 0 && segs[a - 1].kind == SegKind::Unknown)) continue;
      segs[a] = {segs[a].first, segs[r].last, SegKind::Unknown};
      segs.erase(segs.begin() + a + 1, segs.begin() + r + 1);
      r = a;
    }
    for (size_t a = 0; a + 1 < segs.size(); ++a) {
      if (segs[a].kind != SegKind::Unknown) continue;
      size_t b = a + 1;
      while (b < segs.size() && segs[b].kind == SegKind::Connector && In<kNameParticles>(doc_.Folded(segs[b].first))) ++b;
      if (b > a + 1 && b < segs.size() && segs[b].kind == SegKind::Unknown && !HasHead(segs[b])) {
        segs[a].last = segs[b].last;
        segs.erase(segs.begin() + a + 1, segs.begin() + b + 1);
        continue;
      }
      const Segment& n = segs[a + 1];
      if (n.kind == SegKind::Place && n.last - n.first == 1 && n.first == segs[a].last && Given(segs[a].last - 1) &&
          !Common(segs[a].last - 1) &&
          (n.entry->kind == LexKind::City || n.entry->kind == LexKind::Location || n.entry->kind == LexKind::Subdivision)) {
        segs[a].last = n.last;
        segs.erase(segs.begin() + a + 1);
      }
    }
  }

  // "Ministry of Defence", "Competition and Markets Authority", "Kursk Regional Council":
  // pieces joined by connectors, or a place before them, become one organization when an
  // organization head word is among them.
  // An organization grows around the segment holding its head word ("Council", "Union",
  // "University"): to the left over adjacent places, groups and words ("Kenya National Union",
  // "Democratic Unionist Party") and across "and" ("Competition and Markets Authority"); to
  // the right across "of"/"for"/"the" ("Federation of Dutch Trade Unions", "University of the
  // Philippines", "Office of the Australian Information Commissioner").
  void MergeOrganizations(std::vector<Segment>& segs) const {
    auto place_kind = [&](const Segment& g) { return g.kind == SegKind::Place && g.entry ? g.entry->kind : LexKind{}; };
    for (size_t h = 0; h < segs.size(); ++h) {
      if (segs[h].kind != SegKind::Unknown || !HasHead(segs[h])) continue;
      size_t a = h;
      // Title words right before the head are part of the name ("National Union", "National Guard").
      while (a > 0 && segs[a - 1].kind == SegKind::Title && segs[a - 1].last == segs[a].first) --a;
      // A country joins only a name of its own ("Kenya Teachers Union", not "U.S. Department").
      const bool own_name = segs[h].last - segs[a].first >= 2;
      for (;;) {
        if (a > 0 && segs[a - 1].last == segs[a].first &&
            (segs[a - 1].kind == SegKind::Unknown ||
             (segs[a - 1].kind == SegKind::Place && (place_kind(segs[a - 1]) != LexKind::Country || own_name)))) {
          --a;
          continue;
        }
        if (a > 1 && segs[a - 1].kind == SegKind::Connector && doc_.Folded(segs[a - 1].first) == "and" &&
            segs[a - 2].kind == SegKind::Unknown && !LooksLikePerson(segs[a - 2])) {
          a -= 2;
          continue;
        }
        break;
      }
      size_t b = h + 1;
      for (;;) {
        size_t c = b;
        bool and_joined = false;
        while (c < segs.size() && segs[c].kind == SegKind::Connector && c < b + 2) {
          const std::string_view w = doc_.Folded(segs[c].first);
          if (w == "and" && b > h + 1) and_joined = true;  // "... of Motion Picture and Television Producers"
          else if (w != "of" && w != "for" && w != "the" && w != "on") break;
          ++c;
        }
        if (c == b || c >= segs.size()) break;
        if (segs[c].kind != SegKind::Unknown && (segs[c].kind != SegKind::Place || and_joined)) break;
        b = c + 1;
        // Adjacent segments continue the name; a title only when the run ends with it.
        while (b < segs.size() && segs[b].first == segs[b - 1].last &&
               (segs[b].kind == SegKind::Unknown || segs[b].kind == SegKind::Place ||
                (segs[b].kind == SegKind::Title && b + 1 == segs.size())))
          ++b;
      }
      if (a == h && b == h + 1) continue;
      segs[a] = {segs[a].first, segs[b - 1].last, SegKind::Unknown};
      segs.erase(segs.begin() + a + 1, segs.begin() + b);
      h = a;
    }
  }

  bool HasHead(const Segment& s) const {
    for (size_t k = s.first; k < s.last; ++k)
      if (Head(k)) return true;
    return false;
  }

  std::string Text(size_t first, size_t last) const {
    return std::string(doc_.text.substr(doc_.tokens[first].begin, doc_.tokens[last - 1].end - doc_.tokens[first].begin));
  }

  Candidate& Emit(size_t first, size_t last, EntityType type, std::string_view key) {
    return Emit(first, last, type, strings_.Add(key));
  }
  Candidate& Emit(size_t first, size_t last, EntityType type, uint32_t key) {
    for (size_t k = first; k < last; ++k) state_[k] = TokState::Used;
    out_.push_back(CandidateOver(doc_, first, last, type, key));
    return out_.back();
  }
  // A candidate's key or role as text (valid until a new string is added).
  std::string_view Str(uint32_t id) const { return strings_.Get(id); }

  static EntityType PlaceType(LexKind k) {
    switch (k) {
      case LexKind::Organization: return EntityType::Org;
      case LexKind::Location: return EntityType::Loc;
      case LexKind::Demonym: return EntityType::Norp;
      default: return EntityType::Gpe;
    }
  }

  // The canonical name of a gazetteer match: the table's name, else the text as written
  // (title-cased when it is in capitals: "LONDON" -> "London").
  std::string PlaceKey(const LexEntry& e, size_t first, size_t last) const {
    if (e.kind == LexKind::Country) {
      if (const CountryInfo* c = lex_.Country(e.country)) return lex_.Name(c->name);
    }
    if (e.name != kNoName && e.kind != LexKind::Subdivision && e.kind != LexKind::City) return lex_.Name(e.name);
    return WrittenName(first, last);
  }

  // The text of tokens [first, last), title-cased when it is all in capitals ("LONDON").
  std::string WrittenName(size_t first, size_t last) const {
    std::string text = Text(first, last);
    bool upper = true;
    for (size_t k = first; k < last; ++k) upper = upper && (doc_.tokens[k].Has(kAllCaps) || !doc_.IsWord(k));
    if (upper) {
      bool start = true;
      for (char& ch : text) {
        if (ch >= 'A' && ch <= 'Z' && !start) ch = static_cast<char>(ch + 32);
        start = !((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
      }
    }
    return text;
  }

  // A country or city that is also a given name, right before a surname: "Jordan Peterson".
  bool PlaceIsGivenName(const std::vector<Segment>& segs, size_t a) const {
    const Segment& s = segs[a];
    if (s.last - s.first != 1 || s.entry->kind == LexKind::Organization || s.entry->kind == LexKind::Demonym)
      return false;
    if (!Given(s.first) || a + 1 >= segs.size() || segs[a + 1].kind != SegKind::Unknown) return false;
    const Segment& n = segs[a + 1];
    return !Common(n.first) && !HasHead(n);
  }

  void ClassifySegments(std::vector<Segment>& segs) {
    std::string role;
    uint16_t role_country = kNoCountry;
    size_t role_end = 0;  // token where the pending role ends (a person must start there)
    for (size_t a = 0; a < segs.size(); ++a) {
      Segment& s = segs[a];
      if (s.kind == SegKind::Connector) {
        role.clear();
        continue;
      }
      if (s.kind == SegKind::Place && PlaceIsGivenName(segs, a)) {
        segs[a + 1].first = s.first;
        continue;
      }
      if (s.kind == SegKind::Place) {
        const LexEntry& e = *s.entry;
        // A group keeps the form it is written in ("Democrats" act as a group; "Russian" is
        // an adjective): the entity is keyed by that form, in its usual capitals.
        std::string key = e.kind == LexKind::Demonym && doc_.Folded(s.last - 1).back() == 's'
                              ? std::string(lex_.Name(e.name)) + "s"
                              : PlaceKey(e, s.first, s.last);
        if (e.kind == LexKind::Demonym && e.name != kNoName && key.back() == 's' &&
            std::string_view(lex_.Name(e.name)).back() == 's')
          key.pop_back();
        Candidate& c = Emit(s.first, s.last, PlaceType(e.kind), key);
        c.from_gazetteer = true;
        c.country = e.country;
        if (e.kind == LexKind::Demonym || e.kind == LexKind::Country) role_country = e.country;
        // An organization inside a title ("Treasury Secretary") belongs to the role too.
        if (e.kind == LexKind::Organization && a + 1 < segs.size() && segs[a + 1].kind == SegKind::Title) {
          role = Text(s.first, s.last);
          role_end = s.last;
          if (e.country != kNoCountry) role_country = e.country;
        }
        continue;
      }
      if (s.kind == SegKind::Title) {
        std::string title = Text(s.first, s.last);
        if (!role.empty() && role_end == s.first) role += " " + title;
        else role = title;
        // "former President": lowercase modifiers right before the run.
        if (role == title && s.first > 0 && In<kRoleModifiers>(doc_.Folded(s.first - 1)))
          role = std::string(doc_.Raw(s.first - 1)) + " " + role;
        role_end = s.last;
        state_[s.first] = TokState::Used;
        for (size_t k = s.first; k < s.last; ++k) state_[k] = TokState::Used;
        continue;
      }
      // Unknown words.
      const size_t len = s.last - s.first;
      const bool after_title = !role.empty() && role_end == s.first;
      if (HasHead(s)) {
        // "National Guard": a title word before a head word is part of the name.
        const bool lone_head = len == 1 && Head(s.first);
        const size_t from = after_title && lone_head && a > 0 && segs[a - 1].kind == SegKind::Title ? segs[a - 1].first
                                                                                                  : s.first;
        Emit(from, s.last, EntityType::Org, Text(from, s.last));
        role.clear();
        continue;
      }
      if (FeatureHead(s.last - 1) && len >= 2) {
        Emit(s.first, s.last, EntityType::Loc, Text(s.first, s.last));
        role.clear();
        continue;
      }
      // Words before a title are part of it: "National Security Minister".
      if (a + 1 < segs.size() && segs[a + 1].kind == SegKind::Title && segs[a + 1].first == s.last) {
        bool all_common = true;
        for (size_t k = s.first; k < s.last; ++k) all_common = all_common && Common(k);
        if (all_common) {
          role = Text(s.first, s.last);
          role_end = s.last;
          for (size_t k = s.first; k < s.last; ++k) state_[k] = TokState::Used;
          continue;
        }
      }
      // "Commissioner Pieter van der Berg": common words before a given name are a role the
      // lexicon does not list.
      if (!after_title && !titlecase_ && len >= 3) {
        size_t g = s.first + 1;
        while (g + 1 < s.last && Common(g - 1) && !(Given(g) && !Common(g))) ++g;
        bool all_common = true;
        for (size_t k = s.first; k < g; ++k) all_common = all_common && Common(k) && !Given(k);
        if (g + 1 < s.last && Given(g) && !Common(g) && all_common) {
          role = Text(s.first, g);
          role_end = g;
          for (size_t k = s.first; k < g; ++k) state_[k] = TokState::Used;
          s.first = static_cast<uint32_t>(g);
          Candidate& c = Emit(s.first, s.last, EntityType::Person, Text(s.first, s.last));
          c.role = strings_.Add(role);
          role.clear();
          continue;
        }
      }
      // "in El Fasher", "the city of Port Sudan", "the Darfur region": a place by its context.
      if (!after_title && !titlecase_ && len >= 2 && !(Given(s.first) && !Common(s.first)) &&
          PlaceContext(s.first, s.last)) {
        Emit(s.first, s.last, EntityType::Gpe, Text(s.first, s.last));
        role.clear();
        continue;
      }
      if (after_title || (!titlecase_ && len >= 2 && LooksLikePerson(s))) {
        Candidate& c = Emit(s.first, s.last, EntityType::Person, Text(s.first, s.last));
        if (after_title) {
          c.role = strings_.Add(role);
          c.country = role_country;
        }
        role.clear();
        continue;
      }
      // Lone or unproven words: the document decides (second pass).
      for (size_t k = s.first; k < s.last; ++k) {
        // Capitals prove nothing at a sentence start or in a headline; the commonest words
        // ("In", "The", "No") and acronyms that are words ("VAT") are never names alone.
        const int tier = CommonTier(k);
        // In a title-case headline an unknown word counts only if the body names it.
        const bool written_lowercase = CapsUninformative(k) && lowercase_[doc_.word_of[k]];
        const bool dropped = (tier <= kCommonTier && (CapsUninformative(k) || len >= 2 || doc_.tokens[k].Has(kAllCaps))) ||
                             tier <= 10 || titlecase_ || written_lowercase;
        state_[k] = dropped ? TokState::Dropped : TokState::Weak;
      }
      role.clear();
    }
  }

  bool LooksLikePerson(const Segment& s) const {
    if (Given(s.first) && !Common(s.first)) return true;
    if (Given(s.first) && Surname(s.last - 1)) return true;
    for (size_t k = s.first; k < s.last; ++k)
      if (Common(k) && !Given(k) && !Surname(k) && !Connector(k)) return false;
    // "ABN Amro": a name opening with an acronym is an organization's.
    if (doc_.tokens[s.first].Has(kAllCaps) && !titlecase_) return false;
    // "ABN AMRO": names in capitals are organizations' acronyms, not people.
    bool caps = true;
    for (size_t k = s.first; k < s.last; ++k) caps = caps && (doc_.tokens[k].Has(kAllCaps) || Connector(k));
    return !caps && s.last - s.first <= 5;
  }

  // --- document pass ----------------------------------------------------------------------
  static std::string Initials(const Document& doc, const Candidate& c) {
    std::string out;
    for (size_t k = c.first; k < c.last; ++k) {
      if (!doc.IsCap(k)) continue;
      out.push_back(doc.Folded(k)[0]);
    }
    return out;
  }

  // "von der Leyen" (found on its own) and "Ursula von der Leyen" are one person: a person's
  // name that ends another person's name takes the longer one, when only one does.
  void JoinPersonSuffixes() {
    // Distinct person names grouped by their last word, so each name is compared only with
    // names that can end with it.
    // Keys are ids of distinct strings: equal names have equal ids.
    const auto last_word = [](std::string_view name) {
      const size_t sp = name.rfind(' ');
      return std::string(name.substr(sp == std::string_view::npos ? 0 : sp + 1));
    };
    std::unordered_map<std::string, std::vector<uint32_t>> by_last;
    for (const Candidate& c : out_) {
      if (c.type != EntityType::Person) continue;
      auto& names = by_last[last_word(Str(c.key))];
      if (std::find(names.begin(), names.end(), c.key) == names.end() && names.size() < 16) names.push_back(c.key);
    }
    for (Candidate& c : out_) {
      if (c.type != EntityType::Person) continue;
      const std::string_view key = Str(c.key);
      const auto it = by_last.find(last_word(key));
      if (it == by_last.end()) continue;
      uint32_t longer = CandidateStrings::kEmpty;
      bool ambiguous = false;
      for (const uint32_t id : it->second) {
        const std::string_view o = Str(id);
        if (o.size() <= key.size() + 1 || o.substr(o.size() - key.size()) != key || o[o.size() - key.size() - 1] != ' ')
          continue;
        if (longer != CandidateStrings::kEmpty && longer != id) ambiguous = true;
        longer = id;
      }
      if (longer != CandidateStrings::kEmpty && !ambiguous) c.key = longer;
    }
  }

  CONCESSIONS_NOINLINE void BuildDictionary() {
    JoinPersonSuffixes();
    for (const auto& [acronym, open] : defined_acronyms_) {
      for (const Candidate& c : out_) {
        if (c.last != open || c.type == EntityType::Person) continue;
        // The expansion starts with the acronym's letter ("India (CREDAI)" expands nothing).
        if (FoldKey(Str(c.key)).substr(0, 1) != acronym.substr(0, 1)) break;
        by_text_[std::string(acronym)] = Known{c.type, c.key, c.country};
        break;
      }
    }
    for (const Candidate& c : out_) {
      if (c.weak) continue;
      Known k{c.type, c.key, c.country};
      std::string folded;
      for (size_t t = c.first; t < c.last; ++t) {
        if (!folded.empty()) folded.push_back(' ');
        folded.append(doc_.Folded(t));
      }
      by_text_.emplace(folded, k);
      if (c.type == EntityType::Person && c.last - c.first >= 2) {
        std::string last(doc_.Folded(c.last - 1));
        by_surname_.emplace(last, k);
        if (last.size() >= 6 && surname_stems_[last.substr(0, 6)].size() < 8) {
          surname_stems_[last.substr(0, 6)].push_back(surnames_.size());
          surnames_.emplace_back(last, k);
        }
      }
      if (c.type == EntityType::Org && c.last - c.first >= 2) {
        const std::string acronym = Initials(doc_, c);
        if (acronym.size() >= 2) by_text_.emplace(acronym, k);
        // "Kestrel Health Insurance" ... "Kestrel": a company's distinctive first word, when
        // it is no common word or given name, stands for it (unless two companies share it).
        const size_t w = c.first;
        if (doc_.IsCap(w) && !doc_.tokens[w].Has(kAllCaps) && !Common(w) && !Given(w) &&
            doc_.Lex(w).empty() && Head(c.last - 1)) {
          std::string first(doc_.Folded(w));
          auto [it, added] = short_names_.emplace(first, std::make_pair(k, false));
          if (!added && it->second.first.key != k.key) it->second.second = true;  // two companies
        }
      }
    }
    for (const auto& [name, known] : short_names_)
      if (!known.second) by_text_.emplace(name, known.first);
  }

  // Zelensky / Zelenskiy / Zelenskyy: the same long stem, a small difference at the end.
  const Known* FuzzySurname(std::string_view w) const {
    if (w.size() < 6) return nullptr;
    const auto bucket = surname_stems_.find(std::string(w.substr(0, 6)));
    if (bucket == surname_stems_.end()) return nullptr;
    for (size_t index : bucket->second) {
      const auto& [name, known] = surnames_[index];
      size_t common = 0;
      while (common < name.size() && common < w.size() && name[common] == w[common]) ++common;
      const size_t longer = std::max(name.size(), w.size());
      if (common >= 6 && longer - common <= 2) return &known;
    }
    return nullptr;
  }

  CONCESSIONS_NOINLINE void ResolveLeftovers() {
    const size_t n = doc_.size();
    size_t sentence = 0;  // the sentence holding i: sentences cover the tokens, in order
    for (size_t i = 0; i < n;) {
      if (state_[i] != TokState::Weak && state_[i] != TokState::Dropped &&
          !(state_[i] == TokState::Free && doc_.IsCap(i))) {
        ++i;
        continue;
      }
      while (doc_.sentences[sentence].last <= i) ++sentence;
      const size_t sentence_end = doc_.sentences[sentence].last;
      // Longest known name from i over unresolved capitalized tokens.
      std::string key;
      size_t best = 0;
      const Known* known = nullptr;
      for (size_t k = i; k < n && k < i + 6; ++k) {
        if (!(state_[k] == TokState::Weak || state_[k] == TokState::Dropped || state_[k] == TokState::Free) ||
            !doc_.IsCap(k) || k >= sentence_end)
          break;
        if (!key.empty()) key.push_back(' ');
        key.append(doc_.Folded(k));
        auto it = by_text_.find(key);
        if (it != by_text_.end()) {
          best = k + 1 - i;
          known = &it->second;
        } else if (k == i) {
          auto sit = by_surname_.find(key);
          if (sit != by_surname_.end()) {
            best = 1;
            known = &sit->second;
          } else if (const Known* f = FuzzySurname(key)) {
            best = 1;
            known = f;
          }
        }
      }
      if (known) {
        Candidate& c = Emit(i, i + best, known->type, known->key);
        c.country = known->country;
        i += best;
        continue;
      }
      if (state_[i] != TokState::Weak) {
        ++i;
        continue;
      }
      // An unknown two-letter acronym ("AI", "PC") names no organization we can tell.
      if (doc_.tokens[i].Has(kAllCaps) && doc_.tokens[i].end - doc_.tokens[i].begin <= 2) {
        ++i;
        continue;
      }
      // Group adjacent unresolved words of a headline: "Jeyhun Bayramov Says" -> a person.
      size_t j = i + 1;
      while (j < sentence_end && state_[j] == TokState::Weak) ++j;
      if (j - i >= 2) {
        // Several unknown capitalized words: a person in a headline; elsewhere (where a
        // person would have been recognized already) an organization.
        const bool headline = IsTitlecase(doc_.sentences[sentence]);
        Emit(i, j, headline ? EntityType::Person : EntityType::Org, Text(i, j)).weak = true;
      } else {
        const EntityType type = GuessLoneType(i);
        Candidate& c = Emit(i, j, type, type == EntityType::Gpe ? WrittenName(i, j) : Text(i, j));
        c.weak = true;
      }
      i = j;
    }
  }

  // One name, one type: a name the text shows to be a place ("the city of El Fasher") is
  // that place where it was only guessed to be a person or an organization ("Truce for El
  // Fasher" in a headline). Only names typed by context: the gazetteer's own ambiguities
  // ("Jordan") are left as they are.
  CONCESSIONS_NOINLINE void UnifyPlaceTypes() {
    auto folded = [&](const Candidate& c) {
      std::string key;
      for (uint32_t t = c.first; t < c.last; ++t) {
        if (!key.empty()) key.push_back(' ');
        key.append(doc_.Folded(t));
      }
      return key;
    };
    std::unordered_map<std::string, size_t> places;  // folded text -> a place candidate
    for (size_t k = 0; k < out_.size(); ++k) {
      const Candidate& c = out_[k];
      if ((c.type == EntityType::Gpe || c.type == EntityType::Loc) && !c.weak && !c.from_gazetteer)
        places.emplace(folded(c), k);
    }
    if (places.empty()) return;
    for (Candidate& c : out_) {
      if ((c.type != EntityType::Person && c.type != EntityType::Org) || c.from_gazetteer) continue;
      const auto it = places.find(folded(c));
      if (it == places.end()) continue;
      const Candidate& place = out_[it->second];
      c.type = place.type;
      c.key = place.key;
      c.country = place.country;
      c.role = CandidateStrings::kEmpty;
    }
  }

  // "the Sackler family" and "the Sacklers" are one group of people, the Sackler family: a
  // one-word name before "family" takes the word into its mention, and the plural of that
  // name elsewhere names the same family.
  CONCESSIONS_NOINLINE void NameFamilies() {
    std::unordered_map<std::string, uint32_t> families;  // folded "sacklers" -> "Sackler family"
    for (Candidate& c : out_) {
      const size_t next = c.last;
      if (c.last != c.first + 1 || next >= doc_.size() || doc_.Raw(next) != "family" ||
          c.type == EntityType::Gpe || c.type == EntityType::Norp || c.type == EntityType::Date ||
          c.type == EntityType::Money || c.type == EntityType::Percent || c.type == EntityType::Quantity)
        continue;
      c.key = strings_.Add(Text(c.first, c.last) + " family");
      c.type = EntityType::Person;
      c.last = static_cast<uint32_t>(next + 1);
      c.end = doc_.tokens[next].end;
      c.role = CandidateStrings::kEmpty;
      state_[next] = TokState::Used;
      families.emplace(std::string(doc_.Folded(c.first)) + "s", c.key);
    }
    if (families.empty()) return;
    for (Candidate& c : out_) {
      if (c.last != c.first + 1) continue;
      const auto it = families.find(std::string(doc_.Folded(c.first)));
      if (it == families.end()) continue;
      c.type = EntityType::Person;
      c.key = it->second;
      c.role = CandidateStrings::kEmpty;
    }
  }

  // A role in apposition: "Brazil's environment minister, Maria Andrade, said" and "Shawn
  // Fain, the UAW's president, said". The role is a few lowercase words ending in a title
  // word; a country that owns it ("Brazil's") is the person's country.
  CONCESSIONS_NOINLINE void AppositiveRoles() {
    std::vector<int> cand_at(doc_.size(), -1);
    for (size_t c = 0; c < out_.size(); ++c)
      for (uint32_t t = out_[c].first; t < out_[c].last; ++t) cand_at[t] = static_cast<int>(c);
    // The role words ending just before `end` (exclusive): [first, end), or first == end.
    auto role_before = [&](size_t end, size_t limit) {
      size_t first = end;
      while (first > limit && end - first < 4 && doc_.IsWord(first - 1) && !doc_.IsCap(first - 1) &&
             !IsArticle(first - 1) && doc_.Folded(first - 1) != "and")
        --first;
      return first;
    };
    for (size_t c = 0; c < out_.size(); ++c) {
      Candidate& p = out_[c];
      if (p.type != EntityType::Person || p.role != CandidateStrings::kEmpty) continue;
      const Sentence& s = doc_.sentences[doc_.SentenceOf(p.first)];
      size_t first = 0, end = 0, owner = SIZE_MAX;
      if (p.first >= s.first + 3 && doc_.Raw(p.first - 1) == ",") {
        // "Brazil's environment minister, NAME"
        end = p.first - 1;
        first = role_before(end, s.first);
        if (first > s.first && doc_.tokens[first - 1].kind == TokenKind::Possessive && first >= s.first + 2)
          owner = first - 2;
        else if (!(first > s.first && IsArticle(first - 1)) && first != s.first)
          first = end;  // the words are no role of their own ("talks resumed, NAME")
      } else if (p.last + 3 < s.last && doc_.Raw(p.last) == ",") {
        // "NAME, the UAW's president," / "NAME, the union's secretary-general,"
        size_t k = p.last + 1;
        if (IsArticle(k)) ++k;
        if (k + 1 < s.last && doc_.tokens[k + 1].kind == TokenKind::Possessive) {
          owner = k;
          k += 2;
        }
        first = k;
        end = k;
        while (end < s.last && end - first < 4 && doc_.IsWord(end) && !doc_.IsCap(end)) ++end;
        if (!(end < s.last && (doc_.Raw(end) == "," || doc_.Raw(end) == "."))) end = first;
      }
      if (end <= first || !doc_.Lex(end - 1).Has(LexKind::Title)) continue;
      p.role = strings_.Add(Text(first, end));
      if (owner != SIZE_MAX && cand_at[owner] >= 0 && p.country == kNoCountry) {
        const Candidate& o = out_[cand_at[owner]];
        if (o.type == EntityType::Gpe || o.type == EntityType::Norp) p.country = o.country;
      }
    }
  }

  bool PlaceContext(size_t first, size_t last) const {
    if (last < doc_.size() && In<kPlaceSuffixes>(doc_.Folded(last))) return true;
    const std::string_view prev = Prev(first);
    if (In<kPlacePrepositions>(prev) && first >= 2 && doc_.Folded(first - 2) != "," && !doc_.IsCap(first - 1)) return true;
    return prev == "of" && first >= 2 && In<kPlaceSuffixes>(doc_.Folded(first - 2));
  }

  EntityType GuessLoneType(size_t i) const {
    const Token& t = doc_.tokens[i];
    if (t.Has(kAllCaps)) {
      // A dateline: "BAKU -" at the start of a paragraph.
      if (t.Has(kNewlineBefore) && i + 1 < doc_.size() && doc_.tokens[i + 1].kind == TokenKind::Dash)
        return EntityType::Gpe;
      return EntityType::Org;
    }
    if (i + 1 < doc_.size() && In<kPlaceSuffixes>(doc_.Folded(i + 1))) return EntityType::Gpe;
    if ((Surname(i) || Given(i)) && !Common(i)) return EntityType::Person;
    if (In<kPlacePrepositions>(Prev(i)) || (Prev(i) == "of" && i >= 2 && In<kPlaceSuffixes>(doc_.Folded(i - 2))))
      return EntityType::Gpe;
    return EntityType::Org;
  }
};

}  // namespace

CONCESSIONS_NOINLINE void FindNameMentions(const Document& doc, const std::vector<bool>& taken,
                                           CandidateStrings& strings, std::vector<Candidate>& out) {
  NameFinder(doc, taken, strings, out).Run();
}

}  // namespace concessions
