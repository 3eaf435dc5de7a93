#include "events/trigger_table.h"

#include "text/hash.h"

namespace concessions {

namespace {

// The entry whose key is `folded`, or nullptr.
const TriggerEntry* Find(const TriggerTable& t, std::string_view folded, uint32_t hash) {
  for (uint32_t k = hash & t.slot_mask;; k = (k + 1) & t.slot_mask) {
    const uint16_t slot = t.slots[k];
    if (slot == 0) return nullptr;
    const TriggerEntry& e = t.entries[slot - 1];
    if (std::string_view(t.keys + e.key, e.key_len) == folded) return &e;
  }
}

}  // namespace

uint32_t TriggerBits(const TriggerTable& t, std::string_view folded) { return LookupTrigger(t, folded).bits; }

TriggerFacts LookupTrigger(const TriggerTable& t, std::string_view folded) {
  return LookupTrigger(t, folded, HashKey(folded));
}

TriggerFacts LookupTrigger(const TriggerTable& t, std::string_view folded, uint32_t hash) {
  const TriggerEntry* e = Find(t, folded, hash);
  if (e == nullptr) return {};
  return {e->bits & ~kTrigLonger, (e->bits & kTrigLonger) != 0};
}

}  // namespace concessions
