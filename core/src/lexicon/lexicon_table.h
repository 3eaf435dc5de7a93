// The compiled-in lexicon: the types of the tables that scripts/gen_lexicon.py writes.
// The generated .cc (build/gen/lexicon_tables.cc, "GENERATED - DO NOT EDIT") defines
// the kLexicon view declared at the bottom; tests can build a LexiconTable by hand.
#pragma once
#include <cstddef>
#include <cstdint>

namespace concessions {

// What a lexicon key is. One key may carry several kinds ("georgia": Country and
// GivenName; "may": Month, GivenName and CommonWord); entries with equal keys are adjacent.
enum class LexKind : uint8_t {
  Country = 1,     // a country by any of its names ("russia", "u.s.", "united states"); name = canonical
  Demonym = 2,     // "russian", "russians", "american": country = the country; name = canonical demonym
  Subdivision = 3, // first-level subdivision ("kursk", "kursk oblast", "california"); country set
  City = 4,        // city; rank = population rank (0 = largest); country set
  Location = 5,    // LOC: continents, oceans, seas, rivers, mountain ranges, regions such as "the west"
  Organization = 6,// a known organization; name = canonical; country = affiliation if national
  OrgHead = 7,     // a word that heads an organization name: ministry, council, union, party
  OrgSuffix = 8,   // inc., corp., co., ltd, plc, llc
  Title = 9,       // person title or role word/phrase: president, foreign minister, sen., gen.
  GivenName = 10,  // rank = frequency rank (0 = most common)
  Surname = 11,    // rank = frequency rank
  CommonWord = 12, // lowercase English word; rank = smallest SCOWL size tier holding it (10..95)
  Month = 13,      // "january", "jan.", "jan"; rank = month number 1..12
  Weekday = 14,    // "monday", "mon."; rank = 1..7
  NumberWord = 15, // "one" .. "ninety", "hundred", "thousand", "million", "billion", "bn", "dozen"; rank = value if < 65535, else 0
  Unit = 16,       // measurement units: "tonnes", "barrels", "km", "kilometres"
  Currency = 17,   // "$", "€", "£", "dollars", "euros", "yuan", "usd"; name = ISO code
  Trigger = 18,    // negotiation move words (see core/data/triggers.tsv); rank = trigger index
};

inline constexpr uint16_t kNoCountry = 0xFFFF;
inline constexpr uint32_t kNoName = 0xFFFFFFFF;

struct LexEntry {
  uint32_t key;      // offset of the key in LexiconTable::keys (not NUL-terminated)
  uint16_t key_len;  // bytes
  LexKind kind;
  uint8_t pad;
  uint16_t rank;     // meaning depends on kind (above)
  uint16_t country;  // index into LexiconTable::countries, or kNoCountry
  uint32_t name;     // offset of a NUL-terminated canonical string in names, or kNoName
};

struct CountryInfo {
  uint32_t name;     // canonical English short name ("United States", "Russia")
  uint32_t demonym;  // canonical adjective ("American", "Russian"), offset in names
  char alpha2[3];    // ISO 3166-1 alpha-2, NUL-terminated
};

// A view over constant arrays. Keys: folded (see below), sorted bytewise, entries for equal
// keys adjacent. Key folding: Unicode NFKD, combining marks dropped, lowercase, U+2019/U+2018
// -> "'", tokens joined by one ASCII space exactly as core/src/text/tokenizer splits them
// ("u.s.", "ford motor co.", "nagorno-karabakh", "saudi arabia").
struct LexiconTable {
  const char* keys;
  const LexEntry* entries;
  size_t entry_count;
  const char* names;
  const CountryInfo* countries;
  size_t country_count;
  uint8_t max_key_tokens;  // longest key in tokens
};

extern const LexiconTable kLexicon;

}  // namespace concessions
