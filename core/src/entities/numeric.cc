#include "entities/numeric.h"

#include <string>

#include "model/inlining.h"
#include "text/word_list.h"

namespace concessions {

namespace {

// Closed-class words of the number grammar (English function words, not names).
constexpr std::string_view kApproximators1[] = {"about", "around", "nearly", "almost", "over", "roughly",
                                                "some", "above", "below", "under", "approximately"};
constexpr std::string_view kApproximators3[][3] = {{"as", "much", "as"}, {"as", "many", "as"}, {"as", "little", "as"},
                                                   {"as", "few", "as"},   {"as", "high", "as"}, {"as", "low", "as"}};
// Words allowed between a number and its time unit ("five straight days", "six more years").
constexpr std::string_view kUnitModifiers[] = {"straight", "consecutive", "more", "full", "additional", "further",
                                               "successive", "long"};
// Prepositions after which a bare month name is a date ("in May").
constexpr std::string_view kMonthPrepositions[] = {"in", "since", "until", "by", "from", "last", "next", "early",
                                                   "late", "during", "through", "before", "after", "of", "mid",
                                                   "this", "to"};
constexpr std::string_view kPartOf[] = {"end", "start", "beginning", "middle", "rest", "remainder"};
constexpr std::string_view kPeriodNouns[] = {"week", "month", "year", "decade", "quarter", "century", "summer",
                                             "winter", "spring", "autumn"};
// "a further seven days", "another two weeks"
constexpr std::string_view kExtensions[] = {"further", "additional", "extra"};
constexpr std::string_view kApproximators2[][2] = {{"more", "than"}, {"less", "than"}, {"fewer", "than"},
                                                   {"up", "to"},     {"at", "least"}, {"close", "to"},
                                                   {"as", "many"},   {"as", "much"},  {"at", "most"}};
// Time units of durations. Hours count too: the guidelines read "72 hours" as a DATE.
constexpr std::string_view kTimeUnits[] = {"day", "days", "week", "weeks", "month", "months", "year",
                                           "years", "decade", "decades", "weekend", "weekends", "century",
                                           "centuries", "fortnight", "quarter", "quarters", "hour", "hours"};
// What may follow an amount of money as its rate ("$300 billion a year").
constexpr std::string_view kRatePeriods[] = {"year", "month", "week", "day", "hour", "annum"};
constexpr std::string_view kRelative[] = {"last", "next", "this", "past", "coming", "previous", "recent",
                                          "following", "same", "first", "final", "initial"};
// Relative words that may take a plural period ("recent months", "the past years").
constexpr std::string_view kRelativePlural[] = {"recent", "past", "coming", "last", "next", "first", "final"};
constexpr std::string_view kPeriodWords[] = {"week", "month", "year", "weekend", "decade", "summer", "winter",
                                             "spring", "autumn", "fall", "quarter", "weeks", "months", "years",
                                             "decades", "days"};
constexpr std::string_view kDayWords[] = {"today", "yesterday", "tomorrow"};
constexpr std::string_view kPercentWords[] = {"percent", "per cent", "percentage point", "percentage points",
                                              "pct"};
constexpr std::string_view kEraModifiers[] = {"early", "mid", "late"};

bool IsTimeUnit(std::string_view w) { return In<kTimeUnits>(w); }

struct Grammar {
  const Document& doc;
  uint32_t limit;  // end of the sentence (token index)

  CONCESSIONS_ALWAYS_INLINE std::string_view F(size_t i) const { return i < limit ? doc.Folded(i) : std::string_view(); }
  bool Kind(size_t i, TokenKind k) const { return i < limit && doc.tokens[i].kind == k; }

  bool IsNumberWord(size_t i) const {
    return i < limit && doc.tokens[i].kind == TokenKind::Word && doc.Lex(i).Has(LexKind::NumberWord);
  }
  bool IsDigits(size_t i) const { return Kind(i, TokenKind::Number); }
  bool IsCurrency(size_t i) const {
    if (i >= limit) return false;
    if (doc.tokens[i].kind == TokenKind::Currency) return true;
    return doc.tokens[i].kind == TokenKind::Word && doc.Lex(i).Has(LexKind::Currency);
  }

  // Approximator starting at i: returns its length in tokens (0 if none).
  size_t Approximator(size_t i) const {
    const std::string_view w0 = F(i), w1 = F(i + 1);  // read once, not once per pattern
    for (const auto& three : kApproximators3)
      if (w0 == three[0] && w1 == three[1] && F(i + 2) == three[2]) return 3;
    for (const auto& two : kApproximators2)
      if (w0 == two[0] && w1 == two[1]) return 2;
    if (In<kApproximators1>(w0)) return 1;
    return 0;
  }

  // A number: digits, or number words ("three", "twenty five", "1.2 billion"); returns the end.
  size_t Number(size_t i) const {
    size_t j = i;
    if (IsDigits(j)) {
      ++j;
    } else if (IsNumberWord(j)) {
      while (IsNumberWord(j) || (F(j) == "and" && IsNumberWord(j + 1) && j > i)) ++j;
      return j;
    } else {
      return i;
    }
    while (IsNumberWord(j)) ++j;  // scale: "1.2 billion"
    return j;
  }

  bool IsPercentAt(size_t i, size_t& end) const {
    if (i < limit && doc.Raw(i) == "%") { end = i + 1; return true; }
    if (F(i) == "percentage" && (F(i + 1) == "point" || F(i + 1) == "points")) { end = i + 2; return true; }
    if (F(i) == "per" && F(i + 1) == "cent") { end = i + 2; return true; }
    if (In<kPercentWords>(F(i))) { end = i + 1; return true; }
    return false;
  }

  static bool IsYear(std::string_view w) {
    if (w.size() != 4) return false;
    for (char c : w)
      if (c < '0' || c > '9') return false;
    return (w[0] == '1' && (w[1] == '8' || w[1] == '9')) || (w[0] == '2' && w[1] == '0');
  }
  static bool IsDecade(std::string_view w) {  // 1980s
    return w.size() == 5 && w[4] == 's' && IsYear(w.substr(0, 4));
  }
  static bool IsDayNumber(std::string_view w) {
    if (w.empty() || w.size() > 4) return false;
    size_t digits = 0;
    while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
    if (digits == 0 || digits > 2) return false;
    const std::string_view rest = w.substr(digits);
    return rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th";
  }

  // A hyphenated compound "30-day", "one-month", "62-year-old", "four-year".
  bool IsDurationCompound(size_t i) const {
    if (i >= limit || !doc.tokens[i].Has(kHyphenated)) return false;
    const std::string_view w = F(i);
    const size_t dash = w.find('-');
    if (dash == std::string_view::npos) return false;
    const std::string_view head = w.substr(0, dash);
    std::string_view tail = w.substr(dash + 1);
    const size_t dash2 = tail.find('-');
    if (dash2 != std::string_view::npos) {
      if (tail.substr(dash2 + 1) != "old") return false;
      tail = tail.substr(0, dash2);
    }
    const bool number = (!head.empty() && head[0] >= '0' && head[0] <= '9') ||
                        doc.lexicon->Lookup(head).Has(LexKind::NumberWord);
    return number && IsTimeUnit(tail);
  }

  bool IsMonth(size_t i) const {
    return i < limit && doc.tokens[i].kind == TokenKind::Word && doc.IsCap(i) && doc.Lex(i).Has(LexKind::Month);
  }
  bool IsWeekday(size_t i) const {
    return i < limit && doc.tokens[i].kind == TokenKind::Word && doc.IsCap(i) && doc.Lex(i).Has(LexKind::Weekday);
  }

  // A word of currency letters then digits ("Sh12", "Rs500").
  bool CurrencyPrefixed(size_t i) const {
    if (i >= limit || doc.tokens[i].kind != TokenKind::Word || !doc.tokens[i].Has(kCapitalized)) return false;
    const std::string_view w = F(i);
    size_t letters = 0;
    while (letters < w.size() && w[letters] >= 'a' && w[letters] <= 'z') ++letters;
    if (letters == 0 || letters > 3 || letters == w.size() || w[letters] < '0' || w[letters] > '9') return false;
    for (size_t k = letters; k < w.size(); ++k)
      if (!((w[k] >= '0' && w[k] <= '9') || w[k] == '.' || w[k] == ',')) return false;
    return doc.lexicon->Lookup(w.substr(0, letters)).Has(LexKind::Currency);
  }

  // The end of an amount of money whose number ends at n: "per hour", "a year".
  size_t FinishMoney(size_t n, EntityType& type) const {
    if (F(n) == "per" || F(n) == "a" || F(n) == "an") {
      const std::string_view u = F(n + 1);
      if (In<kRatePeriods>(u) || (F(n) == "per" && (u == "share" || u == "barrel" || u == "tonne" || u == "ton")))
        n += 2;
    }
    type = EntityType::Money;
    return n;
  }

  // Returns the end of a numeric mention starting at i and its type; i itself if none.
  size_t Match(size_t i, EntityType& type) const {
    // Calendar dates: "March 18", "March 18, 2025", "Sept. 15", "18 March 2025", "March 2025".
    if (IsMonth(i)) {
      // "May" and "March" are also words: need a day or year after.
      size_t j = i + 1;
      if (j < limit && IsDigits(j) && IsDayNumber(F(j))) {
        ++j;
        if (F(j) == "," && IsDigits(j + 1) && IsYear(F(j + 1))) j += 2;
        type = EntityType::Date;
        return j;
      }
      if (j < limit && IsDigits(j) && IsYear(F(j))) { type = EntityType::Date; return j + 1; }
      // "January to March"
      if ((F(j) == "to" || F(j) == "through" || F(j) == "until") && IsMonth(j + 1)) {
        type = EntityType::Date;
        return IsDigits(j + 2) && IsYear(F(j + 2)) ? j + 3 : j + 2;
      }
      if (i > 0 && In<kMonthPrepositions>(doc.Folded(i - 1))) { type = EntityType::Date; return i + 1; }
      const std::string_view raw = doc.Raw(i);
      if (raw.size() > 3 && !doc.Lex(i).Has(LexKind::CommonWord)) { type = EntityType::Date; return i + 1; }
      if (raw == "January" || raw == "February" || raw == "September" || raw == "October" ||
          raw == "November" || raw == "December" || raw == "April" || raw == "August" || raw == "July" ||
          raw == "June") {
        type = EntityType::Date;
        return i + 1;
      }
      return i;
    }
    if (IsDigits(i) && IsDayNumber(F(i)) && IsMonth(i + 1)) {
      size_t j = i + 2;
      if (IsDigits(j) && IsYear(F(j))) ++j;
      type = EntityType::Date;
      return j;
    }
    if (IsWeekday(i)) { type = EntityType::Date; return i + 1; }
    if (In<kDayWords>(F(i))) { type = EntityType::Date; return i + 1; }
    // Relative periods: "last week", "the next 30 days", "recent months", "earlier this year".
    if (In<kRelative>(F(i))) {
      size_t j = i + 1;
      const size_t n = Number(j);
      if (n > j && IsTimeUnit(F(n))) { type = EntityType::Date; return n + 1; }
      if (In<kPeriodWords>(F(j)) && (F(i) != "this" || F(j) != "days")) {
        const bool plural = F(j).back() == 's';
        if (F(i) == "same" || (F(i) == "recent" && !plural) || (plural && !In<kRelativePlural>(F(i)))) return i;
        type = EntityType::Date;
        return j + 1;
      }
      if (IsWeekday(j) || IsMonth(j)) { type = EntityType::Date; return j + 1; }
      return i;
    }
    if ((F(i) == "earlier" || F(i) == "later") && F(i + 1) == "this" && In<kPeriodWords>(F(i + 2))) {
      type = EntityType::Date;
      return i + 3;
    }
    if (F(i) == "weekend" && i > 0 && (doc.Folded(i - 1) == "the" || doc.Folded(i - 1) == "a")) {
      type = EntityType::Date;
      return i + 1;
    }
    // "the end of 2024", "the end of the month", "the rest of the decade"
    if (In<kPartOf>(F(i)) && F(i + 1) == "of") {
      if (IsDigits(i + 2) && IsYear(F(i + 2))) {
        type = EntityType::Date;
        return i + 3;
      }
      if ((F(i + 2) == "the" || F(i + 2) == "this" || F(i + 2) == "next") && In<kPeriodNouns>(F(i + 3))) {
        type = EntityType::Date;
        return i + 4;
      }
    }
    // "over the next five years", "within the past decade"
    if ((F(i) == "over" || F(i) == "within" || F(i) == "in") && F(i + 1) == "the" &&
        (F(i + 2) == "next" || F(i + 2) == "past" || F(i + 2) == "coming" || F(i + 2) == "last")) {
      EntityType inner;
      const size_t end = Match(i + 2, inner);
      if (end > i + 2 && inner == EntityType::Date && F(i) == "over") {
        type = EntityType::Date;
        return end;
      }
    }
    // "a further seven days", "another two weeks"
    if (((F(i) == "a" || F(i) == "an") && In<kExtensions>(F(i + 1))) || F(i) == "another") {
      const size_t from = F(i) == "another" ? i + 1 : i + 2;
      const size_t n = Number(from);
      if (n > from && IsTimeUnit(F(n))) {
        type = EntityType::Date;
        return n + 1;
      }
    }
    // "the 2026 fiscal year"
    if (IsDigits(i) && IsYear(F(i)) && F(i + 1) == "fiscal" && F(i + 2) == "year") {
      type = EntityType::Date;
      return i + 3;
    }
    // "billions of dollars"
    if ((F(i) == "billions" || F(i) == "millions" || F(i) == "trillions") && F(i + 1) == "of" && IsCurrency(i + 2)) {
      type = EntityType::Money;
      return i + 3;
    }
    // Eras: "the late 1980s", "early 2024".
    if (In<kEraModifiers>(F(i)) && IsDigits(i + 1) && (IsDecade(F(i + 1)) || IsYear(F(i + 1)))) {
      type = EntityType::Date;
      return i + 2;
    }
    // Numeric expressions with an optional approximator.
    size_t j = i;
    const size_t approx = Approximator(j);
    j += approx;
    if (IsDurationCompound(j)) { type = EntityType::Date; return j + 1; }
    bool currency = false;
    // "A$210 million", "US$140 million": a country's letters glued to a currency sign.
    if (j + 1 < limit && doc.tokens[j].kind == TokenKind::Word && doc.tokens[j].Has(kCapitalized) &&
        doc.Raw(j).size() <= 3 && doc.tokens[j + 1].kind == TokenKind::Currency && !doc.tokens[j + 1].Has(kSpaceBefore)) {
      currency = true;
      j += 2;
    } else if (IsCurrency(j) && (doc.tokens[j].kind == TokenKind::Currency || (doc.IsCap(j) && doc.Raw(j).size() <= 3) ||
                                 F(j) == "usd" || F(j) == "eur")) {
      // "$6 billion", "€1.2bn", "Rs 4,500 crore", "USD 5"
      currency = true;
      ++j;
      if (IsCurrency(j) && doc.tokens[j].kind == TokenKind::Currency) ++j;
    } else if (CurrencyPrefixed(j)) {
      // "Sh12 billion": a currency's letters glued to the number
      currency = true;
      size_t n = j + 1;
      while (IsNumberWord(n)) ++n;
      return FinishMoney(n, type);
    }
    size_t n = Number(j);
    if (n == j) {
      // "more than a year", "nearly a decade"
      if ((F(j) == "a" || F(j) == "an") && IsTimeUnit(F(j + 1)) && (approx > 0 || F(j + 2) == "ago")) {
        type = EntityType::Date;
        return j + 2;
      }
      return i;
    }
    const bool digits = IsDigits(j);
    if (currency) return FinishMoney(n, type);
    size_t end;
    if (IsPercentAt(n, end)) { type = EntityType::Percent; return end; }
    if (IsCurrency(n) && doc.tokens[n].kind == TokenKind::Word) {  // "5 billion dollars"
      type = EntityType::Money;
      return n + 1;
    }
    if (In<kUnitModifiers>(F(n)) && IsTimeUnit(F(n + 1))) ++n;
    if (IsTimeUnit(F(n))) {
      size_t e = n + 1;
      if (F(e) == "old" || (F(e) == "of" && F(e + 1) == "age")) e += (F(e) == "old") ? 1 : 2;
      type = EntityType::Date;
      return e;
    }
    if (n < limit && doc.tokens[n].kind == TokenKind::Word && doc.Lex(n).Has(LexKind::Unit)) {
      size_t e = n + 1;
      if ((F(e) == "per" || F(e) == "a") && (In<kRatePeriods>(F(e + 1)) || F(e + 1) == "second")) e += 2;
      type = EntityType::Quantity;
      return e;
    }
    if (digits && approx == 0 && n == j + 1 && (IsYear(F(j)) || IsDecade(F(j)))) {
      type = EntityType::Date;
      return n;
    }
    return i;
  }
};


// Most tokens cannot start a numeric mention; telling which is cheap, running the grammar is
// not. A word can start one if it is capitalized (months, weekdays, "A$", "Sh12"), hyphenated
// ("30-day"), a number word or currency name, or one of the lowercase words that open a rule
// of Grammar::Match. Keep this in step with Match.
class Starts {
 public:
  explicit Starts(const Document& doc) : doc_(doc), lowercase_opener_(doc.words.size(), false) {
    auto mark = [&](std::string_view w) {
      const uint32_t id = doc.words.Find(w);
      if (id != Vocabulary::kNone) lowercase_opener_[id] = true;
    };
    auto mark_all = [&](const auto& list) {
      for (std::string_view w : list) mark(w);
    };
    mark_all(kDayWords);
    mark_all(kRelative);
    mark_all(kPartOf);
    mark_all(kEraModifiers);
    mark_all(kApproximators1);
    for (const auto& two : kApproximators2) mark(two[0]);
    for (const auto& three : kApproximators3) mark(three[0]);
    for (std::string_view w : {"earlier", "later", "weekend", "over", "within", "in", "a", "an", "another",
                               "billions", "millions", "trillions"})
      mark(w);
  }

  bool At(size_t i) const {
    const Token& t = doc_.tokens[i];
    if (t.kind == TokenKind::Number || t.kind == TokenKind::Currency || t.Has(kHyphenated)) return true;
    if (t.kind != TokenKind::Word) return false;
    if (t.Has(kCapitalized) || t.Has(kAllCaps) || lowercase_opener_[doc_.word_of[i]]) return true;
    const LexRange r = doc_.Lex(i);
    return r.Has(LexKind::NumberWord) || r.Has(LexKind::Currency);
  }

 private:
  const Document& doc_;
  std::vector<bool> lowercase_opener_;  // per form id
};

}  // namespace

CONCESSIONS_NOINLINE void FindNumericMentions(const Document& doc, CandidateStrings& strings,
                                              std::vector<Candidate>& out) {
  const Starts starts(doc);
  for (const Sentence& s : doc.sentences) {
    Grammar g{doc, s.last};
    for (size_t i = s.first; i < s.last;) {
      if (!starts.At(i)) {
        ++i;
        continue;
      }
      EntityType type;
      size_t end = g.Match(i, type);
      if (end <= i) {
        ++i;
        continue;
      }
      if (type == EntityType::Date) {
        // "18 months ago", "the first three months of 2024"
        if (g.F(end) == "ago") ++end;
        else if (g.F(end) == "of" && g.IsDigits(end + 1) && Grammar::IsYear(g.F(end + 1))) end += 2;
      }
      const uint32_t begin = doc.tokens[i].begin;
      out.push_back(CandidateOver(doc, i, end, type, strings.Add(doc.text.substr(begin, doc.tokens[end - 1].end - begin))));
      i = end;
    }
  }
}

}  // namespace concessions
