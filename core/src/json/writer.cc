#include "json/writer.h"

#define JSON_NOEXCEPTION 1
#include <nlohmann/json.hpp>

#include "concessions/analyze.h"
#include "text/utf8.h"

namespace concessions {

namespace {

using nlohmann::json;

std::string EntityId(int i) { return "E" + std::to_string(i + 1); }
std::string EventId(int i) { return "V" + std::to_string(i + 1); }

json IdOrNull(int entity) { return entity < 0 ? json(nullptr) : json(EntityId(entity)); }
json StringOrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json Ids(const std::vector<int>& events) {
  json out = json::array();
  for (int v : events) out.push_back(EventId(v));
  return out;
}

}  // namespace

std::string WriteAnalysisJson(std::string_view text, const Analysis& a, const std::vector<std::string>& warnings,
                              int indent) {
  const Utf16Map map(text);
  auto span = [&](ByteSpan s, bool with_text) {
    json j = {{"start", map.ToUtf16(s.begin)}, {"end", map.ToUtf16(s.end)}};
    if (with_text) j["text"] = std::string(text.substr(s.begin, s.end - s.begin));
    return j;
  };
  json doc;
  doc["format"] = kFormat;
  doc["length"] = map.Length();
  json sentences = json::array();
  for (const ByteSpan& s : a.sentences) sentences.push_back(span(s, false));
  doc["sentences"] = std::move(sentences);

  json entities = json::array();
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    json mentions = json::array();
    for (const ByteSpan& m : e.mentions) mentions.push_back(span(m, true));
    entities.push_back({{"id", EntityId(static_cast<int>(i))},
                        {"type", EntityTypeName(e.type)},
                        {"name", e.name},
                        {"role", StringOrNull(e.role)},
                        {"affiliation", IdOrNull(e.affiliation)},
                        {"mentions", std::move(mentions)}});
  }
  doc["entities"] = std::move(entities);

  json events = json::array();
  for (size_t i = 0; i < a.events.size(); ++i) {
    const Event& v = a.events[i];
    json reported = nullptr;
    if (v.reported_by_entity >= 0) reported = EntityId(v.reported_by_entity);
    else if (!v.reported_by.empty()) reported = v.reported_by;
    events.push_back({{"id", EventId(static_cast<int>(i))},
                      {"type", EventTypeName(v.type)},
                      {"actor", IdOrNull(v.actor)},
                      {"target", IdOrNull(v.target)},
                      {"what", v.what},
                      {"duration", StringOrNull(v.duration)},
                      {"qualifiers", v.qualifiers},
                      {"conditions", v.conditions},
                      {"negated", v.negated},
                      {"reported_by", std::move(reported)},
                      {"trigger", span(v.trigger, true)},
                      {"evidence", span(v.evidence, false)}});
  }
  doc["events"] = std::move(events);

  json points = json::array();
  for (const SummaryPoint& p : a.summary.points) points.push_back({{"text", p.text}, {"events", Ids(p.events)}});
  json by_actor = json::array();
  for (const ActorLedger& l : a.summary.by_actor) {
    by_actor.push_back({{"actor", IdOrNull(l.actor)},
                        {"offered", Ids(l.offered)},
                        {"proposed", Ids(l.proposed)},
                        {"agreed", Ids(l.agreed)},
                        {"demanded", Ids(l.demanded)},
                        {"rejected", Ids(l.rejected)}});
  }
  doc["summary"] = {{"headline", a.summary.headline}, {"points", std::move(points)}, {"by_actor", std::move(by_actor)}};
  doc["warnings"] = warnings;
  return doc.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace concessions
