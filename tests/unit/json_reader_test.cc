// The options reader (json/json_reader.h): the same verdict as nlohmann::json::accept on valid
// and invalid texts, and the members of a top-level object.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "json/json_reader.h"

namespace concessions {
namespace {

bool Accepts(std::string_view text) {
  JsonKind kind;
  std::vector<JsonMember> members;
  return ReadJson(text, kind, members);
}

TEST(JsonReader, AgreesWithNlohmannOnHandWrittenTexts) {
  const std::vector<std::string> texts = {
      "{}", " { } ", "[]", "null", "true", "false", "0", "-0", "1.5e10", "-1E-2", "\"\"", "\"a\\u00e9\\n\"",
      "{\"summary\":false}", "{\"a\":[1,2,{\"b\":null}],\"c\":\"\\ud83d\\ude00\"}", "[[[[]]]]", "\"\xC3\xA9\"",
      // invalid
      "", " ", "{", "}", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "[1,]", "[,1]", "01", "1.", ".5", "1e", "+1", "-",
      "tru", "nul", "True", "\"abc", "\"\\x\"", "\"\\u12\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"",
      "\"a\nb\"", "\"\xC3\"", "\"\xFF\"", "\"\xED\xA0\x80\"", "{} {}", "[1 2]", "{\"a\" 1}", "{'a':1}", "NaN",
      "[1]x", "\"\xEF\xBF\xBD\"", std::string("\"a\0b\"", 5), "{\"a\":1}\t\r\n"};
  for (const std::string& t : texts) EXPECT_EQ(Accepts(t), nlohmann::json::accept(t)) << t;
}

TEST(JsonReader, AgreesWithNlohmannOnRandomMutations) {
  std::mt19937 rng(7);
  const std::string alphabet = "{}[]\":,0123456789.eE+-tfnrulase \\/u\xC3\xA9\xFF\x01";
  const std::vector<std::string> seeds = {"{\"summary\":true}", "[1,{\"a\":[null,false]},\"x\\u0041\"]",
                                          "{\"k\":-12.5e+3,\"l\":\"\\ud83d\\ude00\"}"};
  for (int n = 0; n < 20000; ++n) {
    std::string t = seeds[n % seeds.size()];
    const int edits = 1 + static_cast<int>(rng() % 3);
    for (int e = 0; e < edits; ++e) {
      const size_t at = rng() % (t.size() + 1);
      switch (rng() % 3) {
        case 0: t.insert(t.begin() + at, alphabet[rng() % alphabet.size()]); break;
        case 1: if (at < t.size()) t.erase(at, 1); break;
        default: if (at < t.size()) t[at] = alphabet[rng() % alphabet.size()]; break;
      }
    }
    ASSERT_EQ(Accepts(t), nlohmann::json::accept(t)) << t;
  }
}

TEST(JsonReader, ReturnsTheTopLevelMembersInOrder) {
  JsonKind kind;
  std::vector<JsonMember> members;
  ASSERT_TRUE(ReadJson("{\"summary\": false, \"x\\u0079\": [true], \"summary\": true, \"n\": {\"summary\": 1}}",
                       kind, members));
  EXPECT_EQ(kind, JsonKind::Object);
  ASSERT_EQ(members.size(), 4u);
  EXPECT_EQ(members[0].key, "summary");
  EXPECT_EQ(members[0].kind, JsonKind::Bool);
  EXPECT_FALSE(members[0].boolean);
  EXPECT_EQ(members[1].key, "xy");
  EXPECT_EQ(members[1].kind, JsonKind::Array);
  EXPECT_TRUE(members[2].boolean);
  EXPECT_EQ(members[3].kind, JsonKind::Object);  // nested members are not listed
  ASSERT_TRUE(ReadJson("[{\"a\": 1}]", kind, members));
  EXPECT_EQ(kind, JsonKind::Array);
  EXPECT_TRUE(members.empty());
}

TEST(JsonReader, RefusesNestingBeyondItsDepthInsteadOfOverflowingTheStack) {
  const std::string ok = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
  EXPECT_TRUE(Accepts(ok));
  const std::string deep = std::string(kMaxJsonDepth + 1, '[') + std::string(kMaxJsonDepth + 1, ']');
  EXPECT_FALSE(Accepts(deep));
  EXPECT_FALSE(Accepts(std::string(1000000, '[')));
  EXPECT_FALSE(Accepts("{\"a\":" + std::string(1000000, '{')));
}

}  // namespace
}  // namespace concessions
