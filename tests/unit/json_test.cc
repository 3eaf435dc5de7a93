// The JSON document: format fields, UTF-16 offsets, ids, errors and options.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "concessions/analyze.h"

namespace concessions {
namespace {

using nlohmann::json;

json Analyze(const std::string& text, const std::string& options = "{}") {
  return json::parse(AnalyzeToJson(text, options));
}

TEST(Json, TopLevelFields) {
  const json d = Analyze("Kenya rejected the offer.");
  EXPECT_EQ(d["format"], "concessions.analysis/1");
  EXPECT_EQ(d["length"], 25);
  for (const char* k : {"sentences", "entities", "events", "summary", "warnings"}) EXPECT_TRUE(d.contains(k)) << k;
  EXPECT_TRUE(d["summary"].contains("headline"));
  EXPECT_TRUE(d["summary"].contains("points"));
  EXPECT_TRUE(d["summary"].contains("by_actor"));
}

TEST(Json, OffsetsAreUtf16CodeUnits) {
  // "\u{1F600} " is 3 UTF-16 units before Kenya; "Zürich" has one unit per letter.
  const std::string text = "\xF0\x9F\x98\x80 Kenya met officials in Z\xC3\xBCrich.";
  const json d = Analyze(text);
  bool kenya = false, zurich = false;
  for (const json& e : d["entities"]) {
    for (const json& m : e["mentions"]) {
      if (m["text"] == "Kenya") {
        kenya = true;
        EXPECT_EQ(m["start"], 3);
        EXPECT_EQ(m["end"], 8);
      }
      if (m["text"] == "Z\xC3\xBCrich") {
        zurich = true;
        EXPECT_EQ(m["start"], 26);
        EXPECT_EQ(m["end"], 32);
      }
    }
  }
  EXPECT_TRUE(kenya);
  EXPECT_TRUE(zurich);
  EXPECT_EQ(d["length"], 33);
}

TEST(Json, IdsAndReferences) {
  const json d = Analyze("Chile proposed a 60-day truce. Peru rejected it.");
  ASSERT_FALSE(d["entities"].empty());
  EXPECT_EQ(d["entities"][0]["id"], "E1");
  ASSERT_FALSE(d["events"].empty());
  EXPECT_EQ(d["events"][0]["id"], "V1");
  for (const json& v : d["events"]) {
    EXPECT_TRUE(v["actor"].is_null() || v["actor"].get<std::string>()[0] == 'E');
    EXPECT_TRUE(v["duration"].is_null() || v["duration"].is_string());
    EXPECT_TRUE(v["negated"].is_boolean());
  }
}

TEST(Json, InvalidUtf8IsReplacedAndWarned) {
  const json d = Analyze("Kenya \xFF rejected it.");
  EXPECT_EQ(d["length"], 20);
  ASSERT_EQ(d["warnings"].size(), 1u);
}

TEST(Json, EmptyAndWhitespaceInput) {
  for (const std::string text : {"", "   \n\t ", "\xE2\x80\x83\xE3\x80\x80"}) {
    const json d = Analyze(text);
    EXPECT_EQ(d["format"], "concessions.analysis/1");
    EXPECT_TRUE(d["entities"].empty());
    EXPECT_TRUE(d["events"].empty());
  }
}

TEST(Json, UnknownOptionIsAnErrorDocument) {
  const json d = Analyze("text", R"({"colour": true})");
  EXPECT_EQ(d["error"]["code"], "unknown_option");
  EXPECT_FALSE(d.contains("entities"));
  const json bad = Analyze("text", "[1,2]");
  EXPECT_EQ(bad["error"]["code"], "bad_options");
}

TEST(Json, SummaryCanBeLeftOut) {
  const json d = Analyze("Chile proposed a 60-day truce.", R"({"summary": false})");
  EXPECT_EQ(d["summary"]["headline"], "");
  EXPECT_TRUE(d["summary"]["by_actor"].empty());
}

TEST(Json, TooLargeInputIsAnErrorDocument) {
  const std::string big(kMaxInputBytes + 1, 'a');
  const json d = Analyze(big);
  EXPECT_EQ(d["error"]["code"], "input_too_large");
}

}  // namespace
}  // namespace concessions
