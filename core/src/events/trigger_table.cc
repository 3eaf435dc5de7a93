#include "events/trigger_table.h"

#include "text/hash.h"

namespace concessions {

namespace {

// The entry whose key is `folded`, or nullptr.
const TriggerEntry* Find(const TriggerTable& t, std::string_view folded) {
  for (uint32_t k = HashKey(folded) & t.slot_mask;; k = (k + 1) & t.slot_mask) {
    const uint16_t slot = t.slots[k];
    if (slot == 0) return nullptr;
    const TriggerEntry& e = t.entries[slot - 1];
    if (std::string_view(t.keys + e.key, e.key_len) == folded) return &e;
  }
}

}  // namespace

uint32_t TriggerBits(const TriggerTable& t, std::string_view folded) {
  const TriggerEntry* e = Find(t, folded);
  return e ? e->bits & ~kTrigLonger : 0;
}

bool TriggerHasLonger(const TriggerTable& t, std::string_view prefix) {
  const TriggerEntry* e = Find(t, prefix);
  return e && (e->bits & kTrigLonger);
}

}  // namespace concessions
