// UTF-8 decoding and the map from byte positions to UTF-16 code units.
// The analysis works on a cleaned copy of the input (every invalid sequence replaced by
// U+FFFD, as a browser's TextDecoder does); offsets leave the core in UTF-16 code units of
// the original text, where each replaced sequence counts as one U+FFFD.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace concessions {

// Decodes one code point at s[i]; sets len to the bytes consumed (≥ 1). Invalid sequences
// (maximal subparts, per the WHATWG decoder) decode as U+FFFD.
uint32_t DecodeAt(std::string_view s, size_t i, size_t& len);

// Decodes the code point that ends just before byte `end` of valid UTF-8 and returns it;
// sets begin to its first byte.
uint32_t DecodeBefore(std::string_view valid, size_t end, size_t& begin);

void AppendUtf8(uint32_t cp, std::string& out);

// Returns the input with invalid sequences replaced by U+FFFD; valid input is copied as is.
std::string CleanUtf8(std::string_view input, size_t* replaced = nullptr);
// Whether the input is valid UTF-8 (then it needs no cleaned copy).
bool IsValidUtf8(std::string_view input);

// The UTF-16 length of valid UTF-8: what a JavaScript string of it counts.
uint32_t Utf16Length(std::string_view valid_utf8);

// Byte offset (in valid UTF-8) -> UTF-16 code unit offset, with a checkpoint every 64 bytes
// so that memory stays a small fraction of the text.
class Utf16Map {
 public:
  explicit Utf16Map(std::string_view valid_utf8);
  uint32_t ToUtf16(size_t byte_offset) const;
  // The same, from an offset already converted (from_units = ToUtf16(from)): for a later
  // offset near it, counts only the bytes between (a span's end from its start).
  uint32_t ToUtf16After(size_t from, uint32_t from_units, size_t byte_offset) const;
  uint32_t Length() const { return length_; }

 private:
  static constexpr size_t kStride = 64;
  std::string_view text_;
  std::vector<uint32_t> checkpoints_;  // empty for ASCII text
  uint32_t length_ = 0;
  bool ascii_ = false;
};

}  // namespace concessions
