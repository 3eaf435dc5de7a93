#include "json/writer.h"

#include <algorithm>

#include "concessions/analyze.h"
#include "json/json_out.h"
#include "model/inlining.h"
#include "text/utf8.h"

// The document is written straight into one string: building a JSON tree first cost a third
// of an analysis. Keys go out in alphabetical order within every object, the order the former
// nlohmann::json (std::map) writer gave them, so that the output stays byte for byte the same.

namespace concessions {

namespace {

constexpr std::string_view kEntityPrefix = "E";
constexpr std::string_view kEventPrefix = "V";

// Bytes of the document, roughly and mostly from above, so that the string grows at most once.
size_t EstimateSize(const Analysis& a, const std::vector<std::string>& warnings, int indent) {
  // Compact bytes per item beside its strings, and lines per item when indented.
  size_t bytes = 200, lines = 12;
  bytes += a.sentences.size() * 30;
  lines += a.sentences.size() * 4;
  for (const Entity& e : a.entities) {
    bytes += 100 + e.name.size() + e.role.size();
    lines += 9;
    for (const ByteSpan& m : e.mentions) bytes += 40 + (m.end - m.begin);
    lines += e.mentions.size() * 5;
  }
  for (const Event& v : a.events) {
    bytes += 260 + v.what.size() + v.duration.size() + v.reported_by.size() + (v.trigger.end - v.trigger.begin);
    for (const std::string& s : v.qualifiers) bytes += 4 + s.size();
    for (const std::string& s : v.conditions) bytes += 4 + s.size();
    lines += 24 + v.qualifiers.size() + v.conditions.size();
  }
  bytes += a.summary.headline.size();
  for (const SummaryPoint& p : a.summary.points) {
    bytes += 30 + p.text.size() + p.events.size() * 6;
    lines += 6 + p.events.size();
  }
  for (const ActorLedger& l : a.summary.by_actor) {
    const size_t ids = l.offered.size() + l.proposed.size() + l.agreed.size() + l.demanded.size() + l.rejected.size();
    bytes += 100 + ids * 6;
    lines += 13 + ids;
  }
  for (const std::string& w : warnings) {
    bytes += 4 + w.size();
    ++lines;
  }
  // An indented line: the line break, its indentation (about 4 levels deep), ": ".
  if (indent >= 0) bytes += lines * (3 + 4 * static_cast<size_t>(indent));
  return bytes;
}

void IdOrNull(JsonOut& out, int entity) {
  if (entity < 0) out.Null();
  else out.StringWithNumber(kEntityPrefix, static_cast<uint64_t>(entity) + 1);
}

void StringOrNull(JsonOut& out, const std::string& s) {
  if (s.empty()) out.Null();
  else out.String(s);
}

void EventIds(JsonOut& out, const std::vector<int>& events) {
  out.BeginArray();
  for (int v : events) out.StringWithNumber(kEventPrefix, static_cast<uint64_t>(v) + 1);
  out.EndArray();
}

void Strings(JsonOut& out, const std::vector<std::string>& strings) {
  out.BeginArray();
  for (const std::string& s : strings) out.String(s);
  out.EndArray();
}

// {"end", "start"} in UTF-16 units, with the span's text when asked.
void Span(JsonOut& out, const Utf16Map& map, std::string_view text, ByteSpan s, bool with_text) {
  const uint32_t start = map.ToUtf16(s.begin);
  const uint32_t end = map.ToUtf16After(s.begin, start, s.end);
  out.BeginObject();
  out.Key("end").Unsigned(end);
  out.Key("start").Unsigned(start);
  if (with_text) out.Key("text").String(text.substr(s.begin, s.end - s.begin));
  out.EndObject();
}

CONCESSIONS_NOINLINE void Entities(JsonOut& out, const Utf16Map& map, std::string_view text,
                                   const std::vector<Entity>& entities) {
  out.BeginArray();
  for (size_t i = 0; i < entities.size(); ++i) {
    const Entity& e = entities[i];
    out.BeginObject();
    out.Key("affiliation");
    IdOrNull(out, e.affiliation);
    out.Key("id").StringWithNumber(kEntityPrefix, i + 1);
    out.Key("mentions").BeginArray();
    for (const ByteSpan& m : e.mentions) Span(out, map, text, m, true);
    out.EndArray();
    out.Key("name").String(e.name);
    out.Key("role");
    StringOrNull(out, e.role);
    out.Key("type").String(EntityTypeName(e.type));
    out.EndObject();
  }
  out.EndArray();
}

CONCESSIONS_NOINLINE void Events(JsonOut& out, const Utf16Map& map, std::string_view text, const EventList& events) {
  out.BeginArray();
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& v = events[i];
    out.BeginObject();
    out.Key("actor");
    IdOrNull(out, v.actor);
    out.Key("conditions");
    Strings(out, v.conditions);
    out.Key("duration");
    StringOrNull(out, v.duration);
    out.Key("evidence");
    Span(out, map, text, v.evidence, false);
    out.Key("id").StringWithNumber(kEventPrefix, i + 1);
    out.Key("negated").Bool(v.negated);
    out.Key("qualifiers");
    Strings(out, v.qualifiers);
    out.Key("reported_by");
    if (v.reported_by_entity >= 0) IdOrNull(out, v.reported_by_entity);
    else StringOrNull(out, v.reported_by);
    out.Key("target");
    IdOrNull(out, v.target);
    out.Key("trigger");
    Span(out, map, text, v.trigger, true);
    out.Key("type").String(EventTypeName(v.type));
    out.Key("what").String(v.what);
    out.EndObject();
  }
  out.EndArray();
}

CONCESSIONS_NOINLINE void WriteSummary(JsonOut& out, const Summary& summary) {
  out.BeginObject();
  out.Key("by_actor").BeginArray();
  for (const ActorLedger& l : summary.by_actor) {
    out.BeginObject();
    out.Key("actor");
    IdOrNull(out, l.actor);
    out.Key("agreed");
    EventIds(out, l.agreed);
    out.Key("demanded");
    EventIds(out, l.demanded);
    out.Key("offered");
    EventIds(out, l.offered);
    out.Key("proposed");
    EventIds(out, l.proposed);
    out.Key("rejected");
    EventIds(out, l.rejected);
    out.EndObject();
  }
  out.EndArray();
  out.Key("headline").String(summary.headline);
  out.Key("points").BeginArray();
  for (const SummaryPoint& p : summary.points) {
    out.BeginObject();
    out.Key("events");
    EventIds(out, p.events);
    out.Key("text").String(p.text);
    out.EndObject();
  }
  out.EndArray();
  out.EndObject();
}

}  // namespace

CONCESSIONS_NOINLINE void WriteAnalysisJson(std::string_view text, const Analysis& a,
                                           const std::vector<std::string>& warnings, int indent,
                                           const JsonPieces* pieces, std::string& doc) {
  const Utf16Map map(text);
  const size_t estimate = EstimateSize(a, warnings, indent);
  // In pieces, the buffer holds one piece and the value that overflows it.
  doc.reserve(pieces == nullptr ? estimate : std::min(estimate, pieces->piece_bytes + 4096));
  JsonOut out(doc, indent, pieces);
  out.BeginObject();
  out.Key("entities");
  Entities(out, map, text, a.entities);
  out.Key("events");
  Events(out, map, text, a.events);
  out.Key("format").String(kFormat);
  out.Key("length").Unsigned(map.Length());
  out.Key("sentences").BeginArray();
  for (const ByteSpan& s : a.sentences) Span(out, map, text, s, false);
  out.EndArray();
  out.Key("summary");
  WriteSummary(out, a.summary);
  out.Key("warnings");
  Strings(out, warnings);
  out.EndObject();
  out.Flush();
}

}  // namespace concessions
