// JsonOut (core/src/json/json_out.h) against nlohmann::json::dump, the layout the analysis
// format was first written with: escaping, numbers, compact and indented nesting, and whole
// analyses of the corpora re-dumped by nlohmann.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "concessions/analyze.h"
#include "corpus_files.h"
#include "json/json_out.h"

namespace concessions {
namespace {

using nlohmann::json;

std::string Dump(const json& j, int indent) { return j.dump(indent, ' ', false, json::error_handler_t::replace); }

// Writes j through JsonOut; nlohmann iterates objects in key order, the order we must keep.
void Mirror(const json& j, JsonOut& out) {
  switch (j.type()) {
    case json::value_t::object:
      out.BeginObject();
      for (const auto& [key, value] : j.items()) {
        out.Key(key);
        Mirror(value, out);
      }
      out.EndObject();
      break;
    case json::value_t::array:
      out.BeginArray();
      for (const json& value : j) Mirror(value, out);
      out.EndArray();
      break;
    case json::value_t::string: out.String(j.get_ref<const std::string&>()); break;
    case json::value_t::number_unsigned: out.Unsigned(j.get<uint64_t>()); break;
    case json::value_t::boolean: out.Bool(j.get<bool>()); break;
    case json::value_t::null: out.Null(); break;
    default: ADD_FAILURE() << "JsonOut writes no " << j.type_name(); break;
  }
}

std::string Write(const json& j, int indent) {
  std::string s;
  JsonOut out(s, indent);
  Mirror(j, out);
  return s;
}

std::string Escaped(const std::string& s) {
  std::string out;
  JsonOut(out, -1).String(s);
  return out;
}

TEST(JsonOut, EscapesEveryControlByte) {
  const char* const expected[32] = {
      "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007",
      "\\b",     "\\t",     "\\n",     "\\u000b", "\\f",     "\\r",     "\\u000e", "\\u000f",
      "\\u0010", "\\u0011", "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017",
      "\\u0018", "\\u0019", "\\u001a", "\\u001b", "\\u001c", "\\u001d", "\\u001e", "\\u001f"};
  for (int c = 0; c < 0x20; ++c) {
    const std::string s = "a" + std::string(1, static_cast<char>(c)) + "b";
    EXPECT_EQ(Escaped(s), "\"a" + std::string(expected[c]) + "b\"") << c;
    EXPECT_EQ(Escaped(s), Dump(json(s), -1)) << c;
  }
}

TEST(JsonOut, EscapesQuotesAndBackslashesOnly) {
  EXPECT_EQ(Escaped("say \"no\""), "\"say \\\"no\\\"\"");
  EXPECT_EQ(Escaped("a\\b"), "\"a\\\\b\"");
  EXPECT_EQ(Escaped("/ ' \x7F"), "\"/ ' \x7F\"");  // no escape for / or DEL
  std::string printable;
  for (int c = 0x20; c < 0x80; ++c) printable.push_back(static_cast<char>(c));
  EXPECT_EQ(Escaped(printable), Dump(json(printable), -1));
  EXPECT_EQ(Escaped(""), "\"\"");
}

// Plain bytes are passed eight at a time: a byte to escape (or to check as UTF-8) must be
// caught at every position of such a word.
TEST(JsonOut, EscapesAtEveryPositionOfAWord) {
  const std::string specials[] = {std::string(1, '\0'), "\x1F", "\"", "\\", "\x7F", "\x80", "\xC3\xBC", " "};
  for (const std::string& special : specials) {
    for (size_t at = 0; at < 20; ++at) {
      std::string s(20, 'a');
      s.insert(at, special);
      EXPECT_EQ(Escaped(s), Dump(json(s), -1)) << at;
    }
  }
}

TEST(JsonOut, PassesUtf8Through) {
  // ü, €, 😀, a combining accent and a literal U+FFFD stay as they are.
  const std::string s = "Z\xC3\xBC" "rich \xE2\x82\xAC \xF0\x9F\x98\x80 e\xCC\x81 \xEF\xBF\xBD";
  EXPECT_EQ(Escaped(s), "\"" + s + "\"");
  EXPECT_EQ(Escaped(s), Dump(json(s), -1));
}

TEST(JsonOut, ReplacesInvalidUtf8AsNlohmannDoes) {
  const std::string kFffd = "\xEF\xBF\xBD";
  // Lone continuation, bad leads, overlongs, surrogates, past U+10FFFF, truncated sequences
  // (inside a string and at its end), a sequence cut short by another lead byte.
  const std::vector<std::string> cases = {
      "\x80", "a\xBF" "b", "\xC0\xAF", "\xC1\x81", "\xF5\x80\x80\x80", "\xFF\xFE",
      "\xE0\x80\x80", "\xED\xA0\x80", "\xF0\x80\x80\x80", "\xF4\x90\x80\x80",
      "\xC2", "x\xE2\x82", "\xF0\x9F\x98", "\xE2\x82" "A", "\xE2\x82\xE2\x82\xAC", "\xF0\x9F\xC3\xBC",
      "\"\xC3\x28\\"};
  for (const std::string& s : cases) EXPECT_EQ(Escaped(s), Dump(json(s), -1)) << json(s).dump(-1, ' ', true, json::error_handler_t::replace);
  EXPECT_EQ(Escaped("a\x80" "b"), "\"a" + kFffd + "b\"");
  EXPECT_EQ(Escaped("\xE2\x82" "A"), "\"" + kFffd + "A\"");
  EXPECT_EQ(Escaped("\xED\xA0\x80"), "\"" + kFffd + kFffd + kFffd + "\"");
}

TEST(JsonOut, MatchesNlohmannOnRandomBytes) {
  // Bytes drawn mostly from the interesting ones: controls, escapes, leads, continuations.
  const std::vector<unsigned char> alphabet = {0x00, 0x08, 0x0A, 0x1F, '"', '\\', 'a', 0x7F, 0x80, 0x9F, 0xA0,
                                               0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4,
                                               0xF5, 0xFF, 0xBD};
  std::mt19937 rng(20240517);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1), length(0, 12);
  for (int n = 0; n < 20000; ++n) {
    std::string s(length(rng), '\0');
    for (char& c : s) c = static_cast<char>(alphabet[pick(rng)]);
    ASSERT_EQ(Escaped(s), Dump(json(s), -1)) << json(s).dump(-1, ' ', true, json::error_handler_t::replace);
  }
}

TEST(JsonOut, WritesUnsignedAsDecimal) {
  for (uint64_t n : {uint64_t{0}, uint64_t{7}, uint64_t{10}, uint64_t{4294967295u},
                     std::numeric_limits<uint64_t>::max()}) {
    std::string s;
    JsonOut(s, -1).Unsigned(n);
    EXPECT_EQ(s, std::to_string(n));
  }
}

TEST(JsonOut, StringWithNumber) {
  std::string s;
  JsonOut out(s, -1);
  out.BeginArray().StringWithNumber("E", 1).StringWithNumber("V", 120).StringWithNumber("\"", 0).EndArray();
  EXPECT_EQ(s, "[\"E1\",\"V120\",\"\\\"0\"]");
}

TEST(JsonOut, LayoutsMatchNlohmann) {
  const std::vector<json> docs = {
      json::object(),
      json::array(),
      json("top"),
      json(nullptr),
      json(true),
      json(42u),
      json::parse(R"({"a":1,"b":[1,2]})"),
      json::parse(R"([[],{},[[]],[{}],{"x":[]},{"y":{}}])"),
      json::parse(R"({"empty_a":[],"empty_o":{},"list":[1,"two",null,false,[3,[4,{}]],{"k":"v"}],
                      "nested":{"deeper":{"deepest":[true,{"z":null,"a":[]}]}},"s":"x\ny"})"),
      json::parse(R"([{"end":5,"start":0,"text":"Kenya"},{"end":12,"start":6}])"),
      // Keys that need escaping, and one longer than the short-key path takes.
      json{{"q\"uote\n\x01", 1u}, {std::string(40, 'k'), json::array({json::object()})}, {"\xC3\xBC\xFF", nullptr}},
  };
  for (const json& j : docs) {
    for (int indent : {-1, 0, 1, 2, 4}) EXPECT_EQ(Write(j, indent), Dump(j, indent)) << j.dump() << " indent " << indent;
  }
}

TEST(JsonOut, AppendsToWhatIsThere) {
  std::string s = "x=";
  JsonOut(s, 2).BeginObject().Key("k").BeginArray().EndArray().EndObject();
  EXPECT_EQ(s, "x={\n  \"k\": []\n}");
}

TEST(JsonOut, LiteralKeysInBothLayouts) {
  std::string compact, indented;
  JsonOut(compact, -1).BeginObject().Key("k").Null().Key("id").Bool(true).EndObject();
  JsonOut(indented, 1).BeginObject().Key("k").Null().Key("id").Bool(false).EndObject();
  EXPECT_EQ(compact, "{\"k\":null,\"id\":true}");
  EXPECT_EQ(indented, "{\n \"k\": null,\n \"id\": false\n}");
}

// The writer writes into room made ahead: the string must hold exactly the text once the
// top-level value is complete, however often the room had to grow.
TEST(JsonOut, GrowsAndEndsExact) {
  json big = json::array();
  for (unsigned i = 0; i < 2000; ++i) big.push_back({{"n", i}, {"s", std::string(i % 37, 'x')}});
  for (int indent : {-1, 2}) {
    std::string s;
    s.reserve(3);
    {
      JsonOut out(s, indent);
      Mirror(big, out);
      EXPECT_EQ(s, Dump(big, indent));  // complete: exact while the writer still lives
    }
    EXPECT_EQ(s, Dump(big, indent));
  }
}

using test_corpus::CorpusFiles;
using test_corpus::ReadFile;

// nlohmann re-dumps what it parses in its own layout, so equality here means our layout is
// nlohmann's, key order included.
TEST(JsonOut, AnalysesOfTheCorporaAreNlohmannsLayout) {
  const std::vector<std::filesystem::path> files = CorpusFiles();
  ASSERT_GE(files.size(), 12u) << "corpus not found under " << CONCESSIONS_SOURCE_DIR;
  for (const auto& path : files) {
    const std::string text = ReadFile(path);
    for (const bool summary : {true, false}) {
      Options options;
      options.summary = summary;
      const std::string compact = AnalyzeToJson(text, options);
      const std::string pretty = AnalyzeToJson(text, options, 2);
      const json parsed = json::parse(compact, nullptr, false);
      ASSERT_FALSE(parsed.is_discarded()) << path;
      EXPECT_EQ(compact, Dump(parsed, -1)) << path;
      EXPECT_EQ(pretty, Dump(parsed, 2)) << path;
    }
  }
}

// The document in pieces (what the WebAssembly module hands to JavaScript, and the CLI to
// stdout): concatenated, the pieces are AnalyzeToJson's document; each but the last is at
// least piece_bytes; no piece ends inside a string (a piece goes out only before a value or a
// closing bracket), so none splits a UTF-8 sequence; the writer's buffer stays near one piece.
struct Collected {
  std::vector<std::string> pieces;
  static void Write(std::string_view piece, void* context) {
    static_cast<Collected*>(context)->pieces.emplace_back(piece);
  }
  std::string Joined() const {
    std::string all;
    for (const std::string& p : pieces) all += p;
    return all;
  }
};

TEST(JsonPieces, ConcatenatedTheyAreTheDocument) {
  const std::vector<std::filesystem::path> files = CorpusFiles();
  ASSERT_GE(files.size(), 12u);
  for (const auto& path : files) {
    const std::string text = ReadFile(path);
    for (const int indent : {-1, 2}) {
      const std::string whole = AnalyzeToJson(text, "{}", indent);
      for (const size_t piece_bytes : {size_t{1}, size_t{100}, size_t{4096}}) {
        Collected got;
        JsonPieces pieces;
        pieces.write = &Collected::Write;
        pieces.context = &got;
        pieces.piece_bytes = piece_bytes;
        AnalyzeToJson(text, "{}", pieces, indent);
        ASSERT_EQ(got.Joined(), whole) << path << " in pieces of " << piece_bytes;
        for (size_t i = 0; i + 1 < got.pieces.size(); ++i) {
          const std::string& p = got.pieces[i];
          EXPECT_GE(p.size(), piece_bytes) << path;
          // Each piece ends after a complete value, key, comma or bracket.
          const char last = p.back();
          EXPECT_TRUE(last == ',' || last == ':' || last == '[' || last == '{' || last == ']' || last == '}' || last == '"' ||
                      last == ' ' || last == '\n' || (last >= '0' && last <= '9') || last == 'e' || last == 'l')
              << path << " piece " << i << " ends in '" << last << "'";
          EXPECT_NE(static_cast<unsigned char>(last) & 0xC0, 0x80u) << path;
        }
      }
    }
  }
}

TEST(JsonPieces, ALongDocumentIsNeverWholeInTheWriter) {
  std::string text;
  while (text.size() < 400 * 1024) text += "Russia offered a limited ceasefire for one month. Ukraine rejected it. ";
  Collected got;
  JsonPieces pieces;
  pieces.write = &Collected::Write;
  pieces.context = &got;
  pieces.piece_bytes = 64 * 1024;
  AnalyzeToJson(text, "{}", pieces);
  EXPECT_EQ(got.Joined(), AnalyzeToJson(text, "{}"));
  ASSERT_GT(got.pieces.size(), 20u);
  for (const std::string& p : got.pieces) EXPECT_LT(p.size(), 64u * 1024 + 1024);
}

TEST(JsonPieces, ErrorDocumentsComeWhole) {
  Collected got;
  JsonPieces pieces;
  pieces.write = &Collected::Write;
  pieces.context = &got;
  pieces.piece_bytes = 1;
  AnalyzeToJson("text", R"({"summary": 1})", pieces);
  ASSERT_EQ(got.pieces.size(), 1u);
  EXPECT_EQ(got.pieces[0], AnalyzeToJson("text", R"({"summary": 1})"));
  got.pieces.clear();
  AnalyzeToJson(std::string(kMaxInputBytes + 1, ' '), "{}", pieces);
  ASSERT_EQ(got.pieces.size(), 1u);
  EXPECT_NE(got.pieces[0].find("input_too_large"), std::string::npos);
}

}  // namespace
}  // namespace concessions
