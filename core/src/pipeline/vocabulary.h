// The distinct folded word forms of one document. Every stage asks about the same few
// thousand words again and again (the lexicon, the trigger table): interning them lets each
// question be asked once per form, not once per token, and stores each form's bytes once.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace concessions {

class Vocabulary {
 public:
  // The id of `form` (0, 1, 2 ... in order of first appearance); copies the bytes if new.
  uint32_t Intern(std::string_view form);
  // The same, for a caller that has HashKey(form) already.
  uint32_t Intern(std::string_view form, uint32_t hash);
  // Room for about `forms` forms of `bytes` bytes in all, so that interning them grows nothing.
  void Reserve(size_t forms, size_t bytes);
  // The id of `form`, or kNone if the document does not have it.
  static constexpr uint32_t kNone = 0xFFFFFFFFu;
  uint32_t Find(std::string_view form) const;
  size_t size() const { return start_.size() - 1; }
  // HashKey of form id, kept from its interning.
  uint32_t Hash(uint32_t id) const { return hashes_[id]; }
  // A view into the vocabulary's own bytes: valid until the next Intern of a new form.
  std::string_view Form(uint32_t id) const {
    // Built from the offsets directly: substr's range check (and its throw path) cost more
    // than the rest of a call every rule makes for nearly every token.
    return std::string_view(bytes_.data() + start_[id], start_[id + 1] - start_[id]);
  }

 private:
  void Rehash(size_t slots);
  std::string bytes_;                 // every form, back to back
  std::vector<uint32_t> start_{0};    // form id's bytes are [start_[id], start_[id + 1])
  std::vector<uint32_t> hashes_;      // per id, to rehash without reading the bytes again
  std::vector<uint32_t> slots_;       // open addressing, linear probing: id + 1, or 0 if empty
};

}  // namespace concessions
