// A mention found by a recognizer, before mentions are linked into entities.
#pragma once
#include <cstdint>
#include <string>

#include "lexicon/lexicon_table.h"
#include "model/analysis.h"
#include "pipeline/document.h"

namespace concessions {

struct Candidate {
  uint32_t first = 0;  // tokens [first, last)
  uint32_t last = 0;
  uint32_t begin = 0;  // bytes; usually the tokens' extent, narrower for part of a hyphenated token
  uint32_t end = 0;
  EntityType type = EntityType::Org;
  std::string key;     // linking key: a canonical name ("United States") or the mention's own text
  uint16_t country = kNoCountry;  // the country it belongs to (demonyms, cities, metonyms, roles)
  std::string role;    // for PERSON: a title or apposition ("President", "former President")
  bool from_gazetteer = false;
  bool weak = false;   // typed from weak evidence (a lone unknown capitalized word)
};

// A candidate over tokens [first, last) of the document.
inline Candidate CandidateOver(const Document& doc, size_t first, size_t last, EntityType type, std::string key) {
  Candidate c;
  c.first = static_cast<uint32_t>(first);
  c.last = static_cast<uint32_t>(last);
  c.begin = doc.tokens[first].begin;
  c.end = doc.tokens[last - 1].end;
  c.type = type;
  c.key = std::move(key);
  return c;
}

}  // namespace concessions
