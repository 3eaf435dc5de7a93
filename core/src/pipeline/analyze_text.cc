#include "pipeline/analyze_text.h"

#include <vector>

#include "entities/linker.h"
#include "entities/names.h"
#include "entities/numeric.h"
#include "events/extractor.h"
#include "events/group_actors.h"
#include "model/inlining.h"
#include "pipeline/document.h"
#include "pipeline/trim.h"
#include "summary/summarizer.h"

namespace concessions {

namespace {

// Documents from this many tokens on have their mentions counted ahead (EstimateMentions).
constexpr size_t kEstimateMentionsFrom = 16 * 1024;

// About how many mentions the finders can emit, so that their list is allocated once (see
// EstimateTokens): a name holds a capitalized word, a number, amount or date a digit, a
// currency sign, or a number word, month or weekday. 0 for a short text, whose list may as
// well grow.
size_t EstimateMentions(const Document& doc) {
  if (doc.size() < kEstimateMentionsFrom) return 0;
  size_t n = 0;
  for (size_t i = 0; i < doc.size(); ++i) {
    const TokenKind kind = doc.tokens[i].kind;
    if (kind == TokenKind::Number || kind == TokenKind::Currency || doc.IsCap(i)) {
      ++n;
    } else if (kind == TokenKind::Word) {
      const LexRange lex = doc.Lex(i);
      n += lex.Has(LexKind::NumberWord) || lex.Has(LexKind::Month) || lex.Has(LexKind::Weekday) ? 1 : 0;
    }
  }
  return n;
}

}  // namespace

CONCESSIONS_NOINLINE Analysis AnalyzeText(std::string_view clean_text, const Options& options, const Lexicon& lexicon) {
  Analysis a;
  const Document doc = BuildDocument(clean_text, lexicon);

  std::vector<Candidate> candidates;
  candidates.reserve(EstimateMentions(doc));
  CandidateStrings strings;
  FindNumericMentions(doc, strings, candidates);
  std::vector<bool> taken(doc.size(), false);
  for (const Candidate& c : candidates)
    for (uint32_t i = c.first; i < c.last; ++i) taken[i] = true;
  FindNameMentions(doc, taken, strings, candidates);
  TrimCapacity(candidates);
  std::vector<int> mention_entity;
  a.entities = LinkEntities(doc, strings, candidates, mention_entity);

  a.events = ExtractEvents(doc, candidates, mention_entity, a.entities);
  PromoteGroupActors(a.entities, a.events);
  if (options.summary) a.summary = Summarize(a.entities, a.events);
  // Last: in the memory the extractor's tables have just given back.
  a.sentences.reserve(doc.sentences.size());
  for (const Sentence& s : doc.sentences) a.sentences.push_back({s.begin, s.end});
  return a;
}

}  // namespace concessions
