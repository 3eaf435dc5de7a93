#include "events/trigger_table.h"

#include <algorithm>

namespace concessions {

namespace {
std::string_view KeyOf(const TriggerTable& t, const TriggerEntry& e) { return {t.keys + e.key, e.key_len}; }
}  // namespace

uint32_t TriggerBits(const TriggerTable& t, std::string_view folded) {
  const TriggerEntry* end = t.entries + t.count;
  const TriggerEntry* it = std::lower_bound(t.entries, end, folded, [&](const TriggerEntry& e, std::string_view k) {
    return KeyOf(t, e) < k;
  });
  return (it != end && KeyOf(t, *it) == folded) ? it->bits : 0;
}

bool TriggerHasLonger(const TriggerTable& t, std::string_view prefix) {
  const TriggerEntry* end = t.entries + t.count;
  const TriggerEntry* it = std::upper_bound(t.entries, end, prefix, [&](std::string_view k, const TriggerEntry& e) {
    return k < KeyOf(t, e);
  });
  for (; it != end; ++it) {
    const std::string_view k = KeyOf(t, *it);
    if (k.compare(0, prefix.size(), prefix) != 0) return false;
    if (k.size() > prefix.size() && k[prefix.size()] == ' ') return true;
  }
  return false;
}

}  // namespace concessions
