// The trigger table generated from core/data/triggers.tsv by scripts/gen_triggers.py:
// folded phrases (all forms) mapped to a bit set of roles.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace concessions {

// Role bits; the first six follow EventType's order (Offer .. Rejection).
enum TriggerBit : uint32_t {
  kTrigOffer = 1u << 0,
  kTrigConcession = 1u << 1,
  kTrigProposal = 1u << 2,
  kTrigAgreement = 1u << 3,
  kTrigDemand = 1u << 4,
  kTrigRejection = 1u << 5,
  kTrigEventMask = 0x3Fu,
  kTrigGive = 1u << 6,       // a verb of giving something up
  kTrigQualifier = 1u << 7,  // a bounding word; its canonical form is QualifierName()
  kTrigCondition = 1u << 8,
  kTrigReport = 1u << 9,
  kTrigSource = 1u << 10,
  kTrigHedge = 1u << 11,
  kTrigNegator = 1u << 12,
  kTrigNoun = 1u << 13,
  kTrigVerb = 1u << 14,
  kTrigWord = 1u << 15,
  // bits 16-17: VerbForm
  kTrigDealVerb = 1u << 18,  // an agreement when a deal noun follows ("struck a deal")
  kTrigDealNoun = 1u << 19,  // deal, truce, accord, settlement ...
  kTrigAskVerb = 1u << 20,   // a demand when "X to <verb>" follows ("asked Canada to drop")
  kTrigGiveMain = 1u << 21,  // a give verb that is a concession as a main verb ("Canada scraps")
  kTrigEndVerb = 1u << 22,   // a rejection when talks follow ("ending all trade discussions")
  kTrigTalkNoun = 1u << 23,
  kTrigThreatVerb = 1u << 24,  // a demand after "will"/"would" ("we will hit it")
  kTrigGroupNoun = 1u << 25,   // a group that acts unnamed ("the leaders", "family members")
  kTrigLonger = 1u << 26,      // internal: a longer phrase starts with this one (TriggerHasLonger)
};

enum class VerbForm : uint8_t { Base = 0, ThirdPerson = 1, Past = 2, Gerund = 3 };

struct TriggerEntry {
  uint32_t key;
  uint16_t key_len;
  uint32_t bits;  // TriggerBit | form << 16 | qualifier index << 27 
};

struct TriggerTable {
  const char* keys;
  const TriggerEntry* entries;  // sorted by key; leading parts of phrases included
  size_t count;
  const uint16_t* slots;  // hash table over entries (HashKey): entry index + 1, 0 empty
  uint32_t slot_mask;
  const char* const* qualifier_names;
  size_t qualifier_count;
  int max_tokens;
};

extern const TriggerTable kTriggers;

// What the table says of a folded phrase, from one hash probe.
struct TriggerFacts {
  uint32_t bits = 0;    // its TriggerBits (0 if absent)
  bool longer = false;  // some phrase starts with it and a space
};
TriggerFacts LookupTrigger(const TriggerTable& table, std::string_view folded);
// The same, for a caller that has HashKey(folded) already.
TriggerFacts LookupTrigger(const TriggerTable& table, std::string_view folded, uint32_t hash);
// Bits of a folded phrase (0 if absent): LookupTrigger(...).bits.
uint32_t TriggerBits(const TriggerTable& table, std::string_view folded);

inline VerbForm FormOf(uint32_t bits) { return static_cast<VerbForm>((bits >> 16) & 3); }
inline const char* QualifierName(const TriggerTable& t, uint32_t bits) {
  const uint32_t q = bits >> 27;
  return q < t.qualifier_count ? t.qualifier_names[q] : "";
}

}  // namespace concessions
