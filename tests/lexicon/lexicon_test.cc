// Look-ups in the compressed lexicon tables: every entry of the built-in lexicon against the
// generator's dump (CONCESSIONS_LEXICON_DUMP), misses and phrase prefixes against a brute
// force, and small tables encoded here with several block sizes.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"

namespace concessions {
namespace {

const std::map<std::string, LexKind>& KindsByName() {
  static const std::map<std::string, LexKind> kinds = {
      {"Country", LexKind::Country}, {"Demonym", LexKind::Demonym}, {"Subdivision", LexKind::Subdivision},
      {"City", LexKind::City}, {"Location", LexKind::Location}, {"Organization", LexKind::Organization},
      {"OrgHead", LexKind::OrgHead}, {"OrgSuffix", LexKind::OrgSuffix}, {"Title", LexKind::Title},
      {"GivenName", LexKind::GivenName}, {"Surname", LexKind::Surname}, {"CommonWord", LexKind::CommonWord},
      {"Month", LexKind::Month}, {"Weekday", LexKind::Weekday}, {"NumberWord", LexKind::NumberWord},
      {"Unit", LexKind::Unit}, {"Currency", LexKind::Currency}, {"Trigger", LexKind::Trigger}};
  return kinds;
}

struct DumpEntry {
  LexKind kind;
  uint16_t rank;
  std::string country, name;  // "-" for none
};

// key -> entries, from the TSV the generator wrote next to the tables.
std::map<std::string, std::vector<DumpEntry>> ReadDump() {
  std::map<std::string, std::vector<DumpEntry>> out;
  std::ifstream in(CONCESSIONS_LEXICON_DUMP);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    for (size_t at = 0;;) {
      const size_t tab = line.find('\t', at);
      f.push_back(line.substr(at, tab == std::string::npos ? std::string::npos : tab - at));
      if (tab == std::string::npos) break;
      at = tab + 1;
    }
    if (f.size() != 5) {
      ADD_FAILURE() << "bad dump line: " << line;
      continue;
    }
    out[f[0]].push_back({KindsByName().at(f[1]), static_cast<uint16_t>(std::stoi(f[2])), f[3], f[4]});
  }
  return out;
}

// Whether some key of `keys` starts with prefix + " ".
bool BruteHasLonger(const std::set<std::string>& keys, const std::string& prefix) {
  const std::string q = prefix + " ";
  auto it = keys.lower_bound(q);
  return it != keys.end() && it->compare(0, q.size(), q) == 0;
}

TEST(Lexicon, EveryDumpedEntryIsFound) {
  const auto dump = ReadDump();
  ASSERT_GT(dump.size(), 1000u);
  const Lexicon& lex = BuiltinLexicon();
  for (const auto& [key, want] : dump) {
    const LexRange r = lex.Lookup(key);
    ASSERT_EQ(static_cast<size_t>(r.end - r.begin), want.size()) << key;
    for (size_t i = 0; i < want.size(); ++i) {
      const LexEntry& e = r.begin[i];
      EXPECT_EQ(e.kind, want[i].kind) << key;
      EXPECT_EQ(e.rank, want[i].rank) << key;
      const CountryInfo* c = lex.Country(e.country);
      EXPECT_EQ(c ? std::string(c->alpha2) : "-", want[i].country) << key;
      EXPECT_EQ(e.name == kNoName ? "-" : std::string(lex.Name(e.name)), want[i].name) << key;
      EXPECT_EQ(lex.Key(e), key);
    }
  }
}

TEST(Lexicon, MissesAndPrefixesMatchBruteForce) {
  const auto dump = ReadDump();
  std::set<std::string> keys;
  for (const auto& kv : dump) keys.insert(kv.first);
  std::vector<std::string> probes = {"", " ", "\x01", "a\x01", "\x7f", "\xff", "\xff\xff", "zzzzzzzz", std::string(200, 'a')};
  for (const std::string& k : keys) {
    probes.push_back(k + "x");
    probes.push_back(k + " ");
    probes.push_back(k.substr(0, k.size() - 1));
    probes.push_back(k + '\x01');
    std::string bumped = k;
    bumped.back() = static_cast<char>(bumped.back() + 1);
    probes.push_back(bumped);
    for (size_t sp = k.find(' '); sp != std::string::npos; sp = k.find(' ', sp + 1)) probes.push_back(k.substr(0, sp));
  }
  const Lexicon& lex = BuiltinLexicon();
  for (const std::string& p : probes) {
    EXPECT_EQ(lex.Lookup(p).empty(), keys.count(p) == 0) << p;
    EXPECT_EQ(lex.HasLongerKey(p), BruteHasLonger(keys, p)) << p;
  }
}

TEST(Lexicon, ThreeWordPhrase) {
  const Lexicon& lex = BuiltinLexicon();
  EXPECT_TRUE(lex.HasLongerKey("united"));
  EXPECT_TRUE(lex.Lookup("united states").Has(LexKind::Country));
  EXPECT_TRUE(lex.Lookup("may").Has(LexKind::Month));
  EXPECT_TRUE(lex.Lookup("may").Has(LexKind::CommonWord));
  EXPECT_GE(lex.MaxKeyTokens(), 3);
  EXPECT_EQ(lex.CountryCount(), 250u);
}

// Encodes sorted distinct keys (one entry each, rank = position) as lexicon_table.h says.
struct SmallTable {
  std::string keys;
  std::vector<LexEntry> entries;
  LexiconTable table{};

  SmallTable(const std::vector<std::string>& sorted, uint32_t block_keys) {
    size_t max_bytes = 0;
    for (size_t i = 0; i < sorted.size(); ++i) {
      const std::string& k = sorted[i];
      max_bytes = std::max(max_bytes, k.size());
      if (i % block_keys == 0) {
        keys += '\0';
        keys += k;
      } else {
        const std::string& prev = sorted[i - 1];
        size_t shared = 0;
        while (shared < prev.size() && shared < k.size() && prev[shared] == k[shared]) ++shared;
        const size_t drop = prev.size() - shared;
        if (drop < kLexDropEscape) {
          keys += static_cast<char>(drop);
        } else {
          keys += static_cast<char>(kLexDropEscape);
          keys += static_cast<char>(drop - kLexDropEscape);
        }
        keys += k.substr(shared);
      }
      entries.push_back({kNoName, static_cast<uint16_t>(i), kNoCountry, LexKind::CommonWord, 0});
      // A second entry for every third key exercises keys with several entries.
      if (i % 3 == 0) entries.push_back({kNoName, static_cast<uint16_t>(i), kNoCountry, LexKind::Month, 1});
    }
    keys.append(kLexKeysPadding, '\0');
    table = {keys.data(), static_cast<uint32_t>(sorted.size()), block_keys, entries.data(),
             static_cast<uint32_t>(entries.size()), "", nullptr, 0, 4, static_cast<uint8_t>(max_bytes)};
  }
};

TEST(Lexicon, SmallTablesWithEveryBlockSize) {
  std::mt19937 rng(7);
  std::set<std::string> set;
  const std::string alphabet = "ab c";
  while (set.size() < 300) {
    std::string k(1 + rng() % 6, 'a');
    for (char& ch : k) ch = alphabet[rng() % alphabet.size()];
    if (k.front() == ' ' || k.back() == ' ') continue;
    set.insert(k);
  }
  set.insert(std::string(40, 'b') + "x");  // a drop of 40: the escape byte
  set.insert("b");
  const std::vector<std::string> sorted(set.begin(), set.end());
  for (uint32_t block_keys : {1u, 2u, 3u, 7u, 32u, 1000u}) {
    SmallTable small(sorted, block_keys);
    const Lexicon lex(small.table);
    for (size_t i = 0; i < sorted.size(); ++i) {
      const LexRange r = lex.Lookup(sorted[i]);
      ASSERT_EQ(static_cast<size_t>(r.end - r.begin), i % 3 == 0 ? 2u : 1u) << sorted[i] << " B=" << block_keys;
      EXPECT_EQ(r.begin->rank, i);
      EXPECT_EQ(r.Has(LexKind::Month), i % 3 == 0);
      EXPECT_EQ(lex.Key(*r.begin), sorted[i]);
      EXPECT_EQ(lex.Key(r.end[-1]), sorted[i]);
    }
    for (const std::string& k : sorted) {
      for (const std::string& p : {k + "a", k + "z", k.substr(0, k.size() - 1), k.substr(0, k.find(' '))}) {
        EXPECT_EQ(lex.Lookup(p).empty(), set.count(p) == 0) << p << " B=" << block_keys;
        EXPECT_EQ(lex.HasLongerKey(p), BruteHasLonger(set, p)) << p << " B=" << block_keys;
      }
    }
  }
}

}  // namespace
}  // namespace concessions
