#include "pipeline/vocabulary.h"

#include "text/hash.h"

namespace concessions {

void Vocabulary::Rehash(size_t slots) {
  slots_.assign(slots, 0);
  const size_t mask = slots - 1;
  for (uint32_t id = 0; id < hashes_.size(); ++id) {
    size_t k = hashes_[id] & mask;
    while (slots_[k] != 0) k = (k + 1) & mask;
    slots_[k] = id + 1;
  }
}

void Vocabulary::Reserve(size_t forms, size_t bytes) {
  bytes_.reserve(bytes);
  start_.reserve(forms + 1);
  hashes_.reserve(forms);
  size_t slots = 256;
  while (slots < 2 * forms) slots *= 2;  // at most half full, as Intern keeps it
  if (slots > slots_.size()) Rehash(slots);
}

uint32_t Vocabulary::Find(std::string_view form) const {
  if (slots_.empty()) return kNone;
  const uint32_t h = HashKey(form);
  const size_t mask = slots_.size() - 1;
  for (size_t k = h & mask;; k = (k + 1) & mask) {
    const uint32_t slot = slots_[k];
    if (slot == 0) return kNone;
    if (hashes_[slot - 1] == h && Form(slot - 1) == form) return slot - 1;
  }
}

uint32_t Vocabulary::Intern(std::string_view form) { return Intern(form, HashKey(form)); }

uint32_t Vocabulary::Intern(std::string_view form, uint32_t h) {
  if ((size() + 1) * 2 > slots_.size()) Rehash(slots_.empty() ? 256 : slots_.size() * 2);  // at most half full
  const size_t mask = slots_.size() - 1;
  for (size_t k = h & mask;; k = (k + 1) & mask) {
    const uint32_t slot = slots_[k];
    if (slot == 0) {
      const auto id = static_cast<uint32_t>(size());
      bytes_.append(form);
      start_.push_back(static_cast<uint32_t>(bytes_.size()));
      hashes_.push_back(h);
      slots_[k] = id + 1;
      return id;
    }
    if (hashes_[slot - 1] == h && Form(slot - 1) == form) return slot - 1;
  }
}

}  // namespace concessions
