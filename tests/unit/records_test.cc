// The analysis records (core/src/records/records_writer.h) against the JSON document: a
// reader written here from the layout the header describes turns the records back into JSON,
// which must equal the document AnalyzeToJson writes for the same text, on every corpus text
// (the fuzz seeds among them: control bytes, invalid UTF-8) and in pieces of any size.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "concessions/analyze.h"
#include "corpus_files.h"
#include "records/records_writer.h"
#include "text/utf8.h"

namespace concessions {
namespace {

using nlohmann::json;

struct Records {
  std::vector<int32_t> ints;
  std::string bytes;
  std::vector<size_t> piece_ints;  // each piece's integer count, in order
  int writes = 0;
  static void Write(const int32_t* ints, size_t count, std::string_view bytes, void* context) {
    auto& r = *static_cast<Records*>(context);
    r.ints.insert(r.ints.end(), ints, ints + count);
    r.bytes.append(bytes);
    r.piece_ints.push_back(count);
    ++r.writes;
  }
  RecordPieces Pieces(size_t piece_ints = 16 * 1024, size_t piece_bytes = 64 * 1024) {
    RecordPieces p;
    p.write = &Records::Write;
    p.context = this;
    p.piece_ints = piece_ints;
    p.piece_bytes = piece_bytes;
    return p;
  }
};

std::u16string ToUtf16(std::string_view valid) {
  std::u16string out;
  for (size_t i = 0; i < valid.size();) {
    size_t len;
    const uint32_t cp = DecodeAt(valid, i, len);
    if (cp >= 0x10000) {
      out.push_back(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(cp));
    }
    i += len;
  }
  return out;
}

std::string ToUtf8(std::u16string_view units) {
  std::string out;
  for (size_t i = 0; i < units.size(); ++i) {
    uint32_t cp = units[i];
    if (cp >= 0xD800 && cp < 0xDC00 && i + 1 < units.size()) cp = 0x10000 + ((cp - 0xD800) << 10) + (units[++i] - 0xDC00);
    AppendUtf8(cp, out);
  }
  return out;
}

// Reads records as web/analysis-records.js does, into the JSON the document parses to.
class Reader {
 public:
  Reader(const Records& r, std::string_view clean_text) : ints_(r.ints), strings_(ToUtf16(r.bytes)), text_(ToUtf16(clean_text)) {}

  json Read() {
    json doc = json::object();
    doc["format"] = Str();
    doc["length"] = Int();
    doc["warnings"] = List([&](int) { return Str(); });
    doc["sentences"] = List([&](int) { return Span(false); });
    doc["entities"] = List([&](int i) {
      json e = json::object();
      e["type"] = Str();
      e["name"] = Str();
      e["role"] = Str();
      e["affiliation"] = Ref();
      e["mentions"] = List([&](int) { return Span(true); });
      e["id"] = "E" + std::to_string(i + 1);
      return e;
    });
    doc["events"] = List([&](int i) {
      json v = json::object();
      v["type"] = Str();
      v["actor"] = Ref();
      v["target"] = Ref();
      v["negated"] = Int() == 1;
      v["trigger"] = Span(true);
      v["evidence"] = Span(false);
      v["what"] = Str();
      v["duration"] = Str();
      const json reporter = Ref();
      const json reported_by = Str();
      v["reported_by"] = reporter.is_null() ? reported_by : reporter;
      v["qualifiers"] = List([&](int) { return Str(); });
      v["conditions"] = List([&](int) { return Str(); });
      v["id"] = "V" + std::to_string(i + 1);
      return v;
    });
    json summary = json::object();
    summary["headline"] = Str();
    summary["points"] = List([&](int) {
      json p = json::object();
      p["events"] = EventIds();
      p["text"] = Str();
      return p;
    });
    summary["by_actor"] = List([&](int) {
      json l = json::object();
      l["actor"] = Ref();
      for (const char* key : {"offered", "proposed", "agreed", "demanded", "rejected"}) l[key] = EventIds();
      return l;
    });
    doc["summary"] = summary;
    EXPECT_EQ(at_, ints_.size()) << "integers left over";
    EXPECT_EQ(cut_, strings_.size()) << "string units left over";
    return doc;
  }

 private:
  int32_t Int() { return at_ < ints_.size() ? ints_[at_++] : (ADD_FAILURE() << "records end early", 0); }
  json Str() {
    const int32_t length = Int();
    if (length < 0) return nullptr;
    const std::string s = ToUtf8(std::u16string_view(strings_).substr(cut_, static_cast<size_t>(length)));
    cut_ += static_cast<size_t>(length);
    return s;
  }
  json Ref() {
    const int32_t index = Int();
    return index < 0 ? json(nullptr) : json("E" + std::to_string(index + 1));
  }
  json Span(bool with_text) {
    const int32_t start = Int(), end = Int();
    json s = {{"start", start}, {"end", end}};
    if (with_text) s["text"] = ToUtf8(std::u16string_view(text_).substr(start, end - start));
    return s;
  }
  json EventIds() {
    return List([&](int) { return json("V" + std::to_string(Int() + 1)); });
  }
  template <typename Item>
  json List(Item item) {
    const int32_t n = Int();
    json items = json::array();
    for (int32_t i = 0; i < n; ++i) items.push_back(item(i));
    return items;
  }

  const std::vector<int32_t>& ints_;
  std::u16string strings_;
  std::u16string text_;
  size_t at_ = 0, cut_ = 0;
};

using test_corpus::CorpusFiles;
using test_corpus::ReadFile;

TEST(Records, ReadBackTheyAreTheJsonDocument) {
  const std::vector<std::filesystem::path> files = CorpusFiles();
  ASSERT_GE(files.size(), 12u) << "corpus not found under " << CONCESSIONS_SOURCE_DIR;
  size_t events = 0;
  for (const auto& path : files) {
    const std::string text = ReadFile(path);
    for (const char* options : {"{}", "{\"summary\": false}"}) {
      Records r;
      ASSERT_EQ(AnalyzeToRecords(text, options, r.Pieces()), "") << path;
      const json expected = json::parse(AnalyzeToJson(text, std::string_view(options)));
      events += expected["events"].size();
      EXPECT_EQ(Reader(r, CleanUtf8(text)).Read(), expected) << path << " " << options;
    }
  }
  EXPECT_GT(events, 50u) << "the corpus should exercise events";
}

TEST(Records, PiecesOfAnySizeJoinToTheWhole) {
  const std::string text = ReadFile(std::filesystem::path(CONCESSIONS_SOURCE_DIR) / "web/examples/seed.txt");
  ASSERT_FALSE(text.empty());
  Records whole;
  ASSERT_EQ(AnalyzeToRecords(text, "{}", whole.Pieces()), "");
  EXPECT_EQ(whole.writes, 1) << "a short article's records are one piece";
  for (const auto& [piece_ints, piece_bytes] : {std::pair<size_t, size_t>{1, 1}, {16, 100000}, {100000, 64}, {64, 256}}) {
    Records pieces;
    ASSERT_EQ(AnalyzeToRecords(text, "{}", pieces.Pieces(piece_ints, piece_bytes)), "");
    EXPECT_EQ(pieces.ints, whole.ints) << piece_ints << "/" << piece_bytes;
    EXPECT_EQ(pieces.bytes, whole.bytes) << piece_ints << "/" << piece_bytes;
    EXPECT_GT(pieces.writes, 3) << piece_ints << "/" << piece_bytes;
  }
}

TEST(Records, ErrorsComeAsTheErrorDocumentWithNoRecords) {
  Records r;
  const json bad = json::parse(AnalyzeToRecords("Putin agreed.", "{\"summry\": true}", r.Pieces()));
  EXPECT_EQ(bad["error"]["code"], "unknown_option");
  const std::string huge(kMaxInputBytes + 1, 'a');
  const json big = json::parse(AnalyzeToRecords(huge, "{}", r.Pieces()));
  EXPECT_EQ(big["error"]["code"], "input_too_large");
  EXPECT_EQ(r.writes, 0);
}

// A string that is not valid UTF-8 (none should reach the writer) is written as the JSON
// writer writes it, with U+FFFD, and counted so: the strings after it stay in step.
TEST(Records, AnInvalidStringIsCleanedAndCountedInStep) {
  Analysis a;
  Entity e;
  e.type = EntityType::Person;
  e.name = "Bad\xC3 name";
  e.role = "envoy";
  a.entities.push_back(e);
  Records r;
  WriteAnalysisRecords("", a, {}, r.Pieces());
  const json doc = Reader(r, "").Read();
  EXPECT_EQ(doc["entities"][0]["name"], "Bad\xEF\xBF\xBD name");
  EXPECT_EQ(doc["entities"][0]["role"], "envoy");
}

}  // namespace
}  // namespace concessions
