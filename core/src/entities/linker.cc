#include "entities/linker.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "model/inlining.h"
#include "pipeline/trim.h"

namespace concessions {

namespace {

size_t WordCount(std::string_view s) {
  size_t n = s.empty() ? 0 : 1;
  for (char c : s) n += c == ' ';
  return n;
}

}  // namespace

CONCESSIONS_NOINLINE std::vector<Entity> LinkEntities(const Document& doc, const CandidateStrings& strings,
                                                      std::vector<Candidate>& cands, std::vector<int>& mention_entity) {
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  // Overlaps cannot come from the recognizers (they share a token state), but stay safe.
  // In place: a second vector of candidates would double the peak memory of a long text.
  size_t kept = 0;
  for (size_t i = 0; i < cands.size(); ++i) {
    if (kept > 0 && cands[i].begin < cands[kept - 1].end) continue;
    if (kept != i) cands[kept] = std::move(cands[i]);
    ++kept;
  }
  cands.erase(cands.begin() + static_cast<std::ptrdiff_t>(kept), cands.end());

  std::vector<Entity> entities;
  // By type and key id (equal keys have equal ids): the entity of each (type, key).
  std::unordered_map<uint64_t, int> index;
  std::vector<uint16_t> entity_country;
  mention_entity.assign(cands.size(), -1);
  for (size_t i = 0; i < cands.size(); ++i) {
    const Candidate& c = cands[i];
    const uint64_t type_key = static_cast<uint64_t>(c.type) << 32 | c.key;
    auto [it, added] = index.emplace(type_key, static_cast<int>(entities.size()));
    if (added) {
      Entity e;
      e.type = c.type;
      e.name = std::string(strings.Get(c.key));
      entities.push_back(std::move(e));
      entity_country.push_back(kNoCountry);
    }
    Entity& e = entities[it->second];
    e.mentions.push_back({c.begin, c.end});
    if (entity_country[it->second] == kNoCountry) entity_country[it->second] = c.country;
    if (e.role.empty() && c.role != CandidateStrings::kEmpty) {
      const std::string_view role = strings.Get(c.role);
      e.role = std::string(role);
      if (c.country != kNoCountry && WordCount(role) <= 2 && role.substr(0, 6) != "former") {
        if (const CountryInfo* ci = doc.lexicon->Country(c.country)) {
          e.role += " of ";
          e.role += doc.lexicon->Name(ci->name);
        }
      }
    }
    mention_entity[i] = it->second;
  }

  // Organizations and unlisted places take their fullest written form as the name.
  for (size_t i = 0; i < cands.size(); ++i) {
    const Candidate& c = cands[i];
    Entity& e = entities[mention_entity[i]];
    if (c.type != EntityType::Org || c.from_gazetteer == false) continue;
    const std::string_view text = doc.text.substr(c.begin, c.end - c.begin);
    const bool caps = doc.tokens[c.first].Has(kAllCaps) && c.last - c.first > 1;
    if (!caps && text.size() > e.name.size()) e.name = std::string(text);
  }

  for (Entity& e : entities) TrimCapacity(e.mentions);

  // Affiliation: the country's entity when the text names that country.
  std::map<std::string, int> country_entity;
  for (size_t e = 0; e < entities.size(); ++e)
    if (entities[e].type == EntityType::Gpe) country_entity.emplace(entities[e].name, static_cast<int>(e));
  for (size_t e = 0; e < entities.size(); ++e) {
    const CountryInfo* ci = doc.lexicon->Country(entity_country[e]);
    if (ci == nullptr) continue;
    auto it = country_entity.find(doc.lexicon->Name(ci->name));
    if (it != country_entity.end() && it->second != static_cast<int>(e)) entities[e].affiliation = it->second;
  }
  return entities;
}

}  // namespace concessions
