#include "pipeline/analyze_text.h"

#include <vector>

#include "entities/linker.h"
#include "entities/names.h"
#include "entities/numeric.h"
#include "events/extractor.h"
#include "events/group_actors.h"
#include "pipeline/document.h"
#include "summary/summarizer.h"

namespace concessions {

Analysis AnalyzeText(std::string_view clean_text, const Options& options, const Lexicon& lexicon) {
  Analysis a;
  const Document doc = BuildDocument(clean_text, lexicon);
  a.sentences.reserve(doc.sentences.size());
  for (const Sentence& s : doc.sentences) a.sentences.push_back({s.begin, s.end});

  std::vector<Candidate> candidates;
  CandidateStrings strings;
  FindNumericMentions(doc, strings, candidates);
  std::vector<bool> taken(doc.size(), false);
  for (const Candidate& c : candidates)
    for (uint32_t i = c.first; i < c.last; ++i) taken[i] = true;
  FindNameMentions(doc, taken, strings, candidates);
  std::vector<int> mention_entity;
  a.entities = LinkEntities(doc, strings, candidates, mention_entity);

  a.events = ExtractEvents(doc, candidates, mention_entity, a.entities);
  PromoteGroupActors(a.entities, a.events);
  if (options.summary) a.summary = Summarize(a.entities, a.events);
  return a;
}

}  // namespace concessions
