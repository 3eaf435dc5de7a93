// A mention found by a recognizer, before mentions are linked into entities.
#pragma once
#include <cstdint>
#include <string_view>

#include "lexicon/lexicon_table.h"
#include "model/analysis.h"
#include "pipeline/document.h"
#include "pipeline/vocabulary.h"

namespace concessions {

// The strings of a document's candidates (their keys and roles), each stored once: a long text
// that names one entity 10,000 times keeps one copy of its name, and a candidate holds ids.
class CandidateStrings {
 public:
  static constexpr uint32_t kEmpty = 0;
  CandidateStrings() { pool_.Intern(""); }
  // The id of s, added if new.
  uint32_t Add(std::string_view s) { return pool_.Intern(s); }
  // Valid until the next Add of a new string: copy it first to keep it across one.
  std::string_view Get(uint32_t id) const { return pool_.Form(id); }

 private:
  Vocabulary pool_;
};

struct Candidate {
  uint32_t first = 0;  // tokens [first, last)
  uint32_t last = 0;
  uint32_t begin = 0;  // bytes; usually the tokens' extent, narrower for part of a hyphenated token
  uint32_t end = 0;
  // linking key (in CandidateStrings): a canonical name ("United States") or the mention's text
  uint32_t key = CandidateStrings::kEmpty;
  // for PERSON: a title or apposition ("President", "former President"); kEmpty if none
  uint32_t role = CandidateStrings::kEmpty;
  uint16_t country = kNoCountry;  // the country it belongs to (demonyms, cities, metonyms, roles)
  EntityType type = EntityType::Org;
  bool from_gazetteer = false;
  bool weak = false;   // typed from weak evidence (a lone unknown capitalized word)
};

// A long list of names has a candidate every 15 bytes: strings in the candidate (80 bytes and
// a copy of the name, natively) made them most of the memory of such a text.
static_assert(sizeof(Candidate) <= 32, "a candidate holds ids, not strings");

// A candidate over tokens [first, last) of the document.
inline Candidate CandidateOver(const Document& doc, size_t first, size_t last, EntityType type, uint32_t key) {
  Candidate c;
  c.first = static_cast<uint32_t>(first);
  c.last = static_cast<uint32_t>(last);
  c.begin = doc.tokens[first].begin;
  c.end = doc.tokens[last - 1].end;
  c.type = type;
  c.key = key;
  return c;
}

}  // namespace concessions
