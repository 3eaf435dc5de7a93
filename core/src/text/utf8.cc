#include "text/utf8.h"

#include <algorithm>
#include <cstring>

#include "text/bits.h"

namespace concessions {

namespace {
constexpr uint32_t kReplacement = 0xFFFD;
inline bool IsCont(unsigned char c) { return (c & 0xC0) == 0x80; }
// Whether the 8 bytes at p are all below 0x80, in one test.
inline bool Ascii8(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  return (x & 0x8080808080808080ull) == 0;
}
}  // namespace

uint32_t DecodeAt(std::string_view s, size_t i, size_t& len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  len = 1;
  if (b0 < 0x80) return b0;
  size_t need;
  uint32_t cp;
  unsigned char lo = 0x80, hi = 0xBF;  // bounds for the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1; cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2; cp = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3; cp = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return kReplacement;
  }
  for (size_t k = 1; k <= need; ++k) {
    if (i + k >= s.size()) { len = k; return kReplacement; }
    const auto b = static_cast<unsigned char>(s[i + k]);
    if (k == 1 ? (b < lo || b > hi) : !IsCont(b)) { len = k; return kReplacement; }
    cp = (cp << 6) | (b & 0x3F);
  }
  len = need + 1;
  return cp;
}

uint32_t DecodeBefore(std::string_view valid, size_t end, size_t& begin) {
  begin = end;
  if (end == 0) return 0;
  begin = end - 1;
  while (begin > 0 && IsCont(static_cast<unsigned char>(valid[begin])) && end - begin < 4) --begin;
  size_t len;
  return DecodeAt(valid, begin, len);
}

void AppendUtf8(uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string CleanUtf8(std::string_view input, size_t* replaced) {
  std::string out;
  out.reserve(input.size());
  size_t bad = 0, i = 0, run = 0;  // run: start of the pending valid stretch
  while (i < input.size()) {
    if (static_cast<unsigned char>(input[i]) < 0x80) { ++i; continue; }
    size_t len;
    const uint32_t cp = DecodeAt(input, i, len);
    if (cp == kReplacement && !(len == 3 && input.compare(i, 3, "\xEF\xBF\xBD") == 0)) {
      out.append(input.data() + run, i - run);
      AppendUtf8(kReplacement, out);
      ++bad;
      run = i + len;
    }
    i += len;
  }
  out.append(input.data() + run, input.size() - run);
  if (replaced) *replaced = bad;
  return out;
}

bool IsValidUtf8(std::string_view input) {
  size_t i = 0;
  while (i < input.size()) {
    if (i + 8 <= input.size() && Ascii8(input.data() + i)) {  // most text is ASCII
      i += 8;
      continue;
    }
    if (static_cast<unsigned char>(input[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    if (DecodeAt(input, i, len) == kReplacement && input.compare(i, 3, "\xEF\xBF\xBD") != 0) return false;
    i += len;
  }
  return true;
}

namespace {
// Whether every byte is below 0x80, eight at a time.
bool AllAscii(std::string_view s) {
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8)
    if (!Ascii8(s.data() + i)) return false;
  for (; i < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  return true;
}

// The UTF-16 units of n bytes of valid UTF-8 (whole characters): one per byte that is not a
// continuation byte (10xxxxxx), two for a 4-byte character's lead (11110xxx). Counted eight
// bytes at a time: a span's offsets are converted from the nearest checkpoint, up to 63
// bytes away, for every mention and event written.
uint32_t Utf16Units(const char* p, size_t n) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  uint32_t units = 0;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    std::memcpy(&x, p + i, 8);
    // Bit 7 of each byte of x << k is bit 7 - k of the same byte.
    const uint64_t continuation = x & ~(x << 1) & kHigh;
    const uint64_t four_byte_lead = x & (x << 1) & (x << 2) & (x << 3) & kHigh;
    units += 8 - CountHighBits(continuation) + CountHighBits(four_byte_lead);
  }
  for (; i < n; ++i) {
    const auto b = static_cast<unsigned char>(p[i]);
    if (!IsCont(b)) units += (b >= 0xF0) ? 2 : 1;
  }
  return units;
}
}  // namespace

uint32_t Utf16Length(std::string_view valid_utf8) { return Utf16Units(valid_utf8.data(), valid_utf8.size()); }

Utf16Map::Utf16Map(std::string_view valid_utf8) : text_(valid_utf8) {
  // ASCII text (most English news): a byte is a UTF-16 unit, no table needed.
  if (AllAscii(valid_utf8)) {
    ascii_ = true;
    length_ = static_cast<uint32_t>(valid_utf8.size());
    return;
  }
  checkpoints_.reserve(valid_utf8.size() / kStride + 2);
  uint32_t units = 0;
  for (size_t at = 0; at < valid_utf8.size(); at += kStride) {
    checkpoints_.push_back(units);
    units += Utf16Units(valid_utf8.data() + at, std::min(kStride, valid_utf8.size() - at));
  }
  length_ = units;
}

uint32_t Utf16Map::ToUtf16After(size_t from, uint32_t from_units, size_t byte_offset) const {
  if (byte_offset >= text_.size()) return length_;
  if (ascii_) return static_cast<uint32_t>(byte_offset);
  // An earlier offset, or one past the next checkpoint: counted from its own checkpoint.
  if (byte_offset < from || byte_offset - from >= kStride) return ToUtf16(byte_offset);
  return from_units + Utf16Units(text_.data() + from, byte_offset - from);
}

uint32_t Utf16Map::ToUtf16(size_t byte_offset) const {
  if (byte_offset >= text_.size()) return length_;
  if (ascii_) return static_cast<uint32_t>(byte_offset);
  const size_t base = byte_offset / kStride;
  return checkpoints_[base] + Utf16Units(text_.data() + base * kStride, byte_offset - base * kStride);
}

}  // namespace concessions
