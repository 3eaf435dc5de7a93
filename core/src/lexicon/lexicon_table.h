// The compiled-in lexicon: the types of the tables that scripts/gen_lexicon.py writes.
// The generated .cc (build/gen/lexicon_tables.cc, "GENERATED - DO NOT EDIT") defines
// the kLexicon view declared at the bottom. Keys are front-coded in blocks so that the
// WebAssembly module stays small; entries are a constant array, so a `const LexEntry*` from a
// look-up stays valid for the life of the program.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace concessions {

// What a lexicon key is. One key may carry several kinds ("georgia": Country and
// GivenName; "may": Month, GivenName and CommonWord); entries with equal keys are adjacent.
enum class LexKind : uint8_t {
  Country = 1,     // a country by any of its names ("russia", "u.s.", "united states"); name = canonical
  Demonym = 2,     // "russian", "russians", "american": country = the country; name = canonical demonym
  Subdivision = 3, // first-level subdivision ("kursk", "kursk oblast", "california"); country set
  City = 4,        // city; rank = population rank (0 = largest; 3 significant bits: 1376 -> 1280); country set
  Location = 5,    // LOC: continents, oceans, seas, rivers, mountain ranges, regions such as "the west"
  Organization = 6,// a known organization; name = canonical; country = affiliation if national
  OrgHead = 7,     // a word that heads an organization name: ministry, council, union, party
  OrgSuffix = 8,   // inc., corp., co., ltd, plc, llc
  Title = 9,       // person title or role word/phrase: president, foreign minister, sen., gen.
  GivenName = 10,  // rank = frequency rank (0 = most common; 3 significant bits like City)
  Surname = 11,    // rank = frequency rank (3 significant bits like City)
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

// Limits of the stored format; scripts/gen_lexicon.py reads them from this file, drops longer
// keys and fails the build on keys with control bytes.
inline constexpr size_t kLexMaxKeyBytes = 96;  // bytes of the longest key (the data has 73)
// LexiconTable::keys: bytes below kLexKeyControl are control bytes (keys never hold them).
inline constexpr uint8_t kLexKeyControl = 0x20;
inline constexpr uint8_t kLexDropEscape = 31;  // control byte: the drop count is 31 + the next byte
inline constexpr size_t kLexKeysPadding = 8;   // zero bytes after the last key (scans read 8 at a time)

// One entry. The fields are ordered so that the constant array of them gzips well.
struct LexEntry {
  uint32_t name;     // offset of a NUL-terminated canonical string in names, or kNoName
  uint16_t rank;     // meaning depends on kind (above)
  uint16_t country;  // index into LexiconTable::countries, or kNoCountry
  LexKind kind;
  uint8_t same_key;  // 1 when the entry has the key of the entry before it (a key's entries are adjacent)
};

struct CountryInfo {
  uint32_t name;     // canonical English short name ("United States", "Russia")
  uint32_t demonym;  // canonical adjective ("American", "Russian"), offset in names
  char alpha2[3];    // ISO 3166-1 alpha-2, NUL-terminated
};

// A view over constant arrays.
//
// Keys are folded (see below), distinct and sorted bytewise, and cut into blocks of
// block_keys keys. `keys` holds them front-coded, one record per key: a control byte
// (< kLexKeyControl), then the key's stored bytes (>= kLexKeyControl). A block's first record
// has control byte 0 and the whole key. Any other key is the key before it without its last
// `drop` bytes, followed by the stored bytes; the control byte is drop, or kLexDropEscape
// followed by one byte holding drop - kLexDropEscape. kLexKeysPadding 0 bytes follow the last
// key. The core decodes the keys once, in order, and indexes them by hash (lexicon.cc).
//
// Entries are in key order, then by kind; a key's entries are adjacent, all but the first
// with same_key = 1, so key i's entries start at the i-th key change.
//
// Key folding: Unicode NFKD, combining marks dropped, lowercase, U+2019/U+2018 -> "'", tokens
// joined by one ASCII space exactly as core/src/text/tokenizer splits them ("u.s.",
// "ford motor co.", "nagorno-karabakh", "saudi arabia").
struct LexiconTable {
  const char* keys;              // the key records (above)
  uint32_t key_count;
  uint32_t block_keys;           // keys per block (> 0)
  const LexEntry* entries;       // [entry_count]
  uint32_t entry_count;
  const char* names;             // NUL-terminated canonical names, back to back
  const CountryInfo* countries;  // sorted by alpha2
  size_t country_count;
  uint8_t max_key_tokens;        // longest key in tokens
  uint8_t max_key_bytes;         // longest key in bytes (<= kLexMaxKeyBytes)
};

extern const LexiconTable kLexicon;

}  // namespace concessions
