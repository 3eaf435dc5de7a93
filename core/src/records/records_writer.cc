#include "records/records_writer.h"

#include "model/inlining.h"
#include "text/utf8.h"

namespace concessions {

namespace {

class RecordsOut {
 public:
  RecordsOut(const Utf16Map& map, const RecordPieces& pieces) : map_(map), pieces_(pieces) {
    ints_.reserve(pieces.piece_ints + 256);
    bytes_.reserve(pieces.piece_bytes + 1024);
  }

  void Int(int32_t v) { ints_.push_back(v); }
  void Count(size_t n) { Int(static_cast<int32_t>(n)); }
  void Ref(int index) { Int(index < 0 ? -1 : index); }

  void Str(std::string_view s) {
    // Strings are made of the cleaned text and the tables, so valid; checked all the same,
    // since one wrong length would shift every string after it.
    if (!IsValidUtf8(s)) {
      const std::string clean = CleanUtf8(s);
      Str(clean);
      return;
    }
    Int(static_cast<int32_t>(Utf16Length(s)));
    bytes_.append(s);
  }
  void StrOrNull(const std::string& s) {
    if (s.empty()) Int(-1);
    else Str(s);
  }
  void Strs(const std::vector<std::string>& strings) {
    Count(strings.size());
    for (const std::string& s : strings) Str(s);
  }
  void Ints(const std::vector<int>& values) {
    Count(values.size());
    for (int v : values) Int(v);
  }
  void Span(ByteSpan s) {
    const uint32_t start = map_.ToUtf16(s.begin);
    Int(static_cast<int32_t>(start));
    Int(static_cast<int32_t>(map_.ToUtf16After(s.begin, start, s.end)));
  }

  // After an item: hands on a full piece.
  void EndItem() {
    if (ints_.size() >= pieces_.piece_ints || bytes_.size() >= pieces_.piece_bytes) Flush();
  }
  void Flush() {
    if (ints_.empty() && bytes_.empty()) return;
    pieces_.write(ints_.data(), ints_.size(), bytes_, pieces_.context);
    ints_.clear();
    bytes_.clear();
  }

 private:
  const Utf16Map& map_;
  const RecordPieces& pieces_;
  std::vector<int32_t> ints_;
  std::string bytes_;
};

CONCESSIONS_NOINLINE void Entities(RecordsOut& out, const std::vector<Entity>& entities) {
  out.Count(entities.size());
  for (const Entity& e : entities) {
    out.Str(EntityTypeName(e.type));
    out.Str(e.name);
    out.StrOrNull(e.role);
    out.Ref(e.affiliation);
    out.Count(e.mentions.size());
    for (const ByteSpan& m : e.mentions) out.Span(m);
    out.EndItem();
  }
}

CONCESSIONS_NOINLINE void Events(RecordsOut& out, const EventList& events) {
  out.Count(events.size());
  for (const Event& v : events) {
    out.Str(EventTypeName(v.type));
    out.Ref(v.actor);
    out.Ref(v.target);
    out.Int(v.negated ? 1 : 0);
    out.Span(v.trigger);
    out.Span(v.evidence);
    out.Str(v.what);
    out.StrOrNull(v.duration);
    out.Ref(v.reported_by_entity);
    if (v.reported_by_entity >= 0) out.Int(-1);  // the entity is the reporter
    else out.StrOrNull(v.reported_by);
    out.Strs(v.qualifiers);
    out.Strs(v.conditions);
    out.EndItem();
  }
}

CONCESSIONS_NOINLINE void WriteSummary(RecordsOut& out, const Summary& summary) {
  out.Str(summary.headline);
  out.Count(summary.points.size());
  for (const SummaryPoint& p : summary.points) {
    out.Ints(p.events);
    out.Str(p.text);
    out.EndItem();
  }
  out.Count(summary.by_actor.size());
  for (const ActorLedger& l : summary.by_actor) {
    out.Ref(l.actor);
    out.Ints(l.offered);
    out.Ints(l.proposed);
    out.Ints(l.agreed);
    out.Ints(l.demanded);
    out.Ints(l.rejected);
    out.EndItem();
  }
}

}  // namespace

CONCESSIONS_NOINLINE void WriteAnalysisRecords(std::string_view clean_text, const Analysis& a,
                                              const std::vector<std::string>& warnings,
                                              const RecordPieces& pieces) {
  const Utf16Map map(clean_text);
  RecordsOut out(map, pieces);
  out.Str(kFormat);
  out.Int(static_cast<int32_t>(map.Length()));
  out.Strs(warnings);
  out.Count(a.sentences.size());
  for (const ByteSpan& s : a.sentences) {
    out.Span(s);
    out.EndItem();
  }
  Entities(out, a.entities);
  Events(out, a.events);
  WriteSummary(out, a.summary);
  out.Flush();
}

}  // namespace concessions
