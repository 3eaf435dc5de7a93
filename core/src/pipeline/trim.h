// Gives back a finished vector's unused capacity. A vector that grew by doubling can hold up
// to twice what it needs, and WebAssembly's heap never shrinks: a large text's peak is its
// lists at their fullest, so the slack of the ones built early is worth returning before
// the later ones grow into the space.
#pragma once
#include <vector>

namespace concessions {

// Copies v into an exact fit when more than a sixteenth of its capacity is unused and that is
// worth a copy (64 KB: a short text's lists are left as they are).
template <class T>
void TrimCapacity(std::vector<T>& v) {
  const size_t unused = v.capacity() - v.size();
  if (unused > v.capacity() / 16 && unused * sizeof(T) >= 64 * 1024) v.shrink_to_fit();
}

}  // namespace concessions
