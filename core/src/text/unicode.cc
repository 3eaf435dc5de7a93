#include "text/unicode.h"

#include "text/utf8.h"

namespace concessions {

std::string LowercaseAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

void AppendFolded(uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
    return;
  }
  if (cp == 0x2019 || cp == 0x2018) {  // curly apostrophes fold to '
    out.push_back('\'');
    return;
  }
  if (cp < kFoldLimit) {
    const uint16_t f = unicode_tables::kFold[cp - 0x80];
    if (f != 0xFFFF) {
      out.append(unicode_tables::kFoldBlob + (f & 0x0FFF), f >> 12);
      return;
    }
    // Cyrillic and Greek capitals without an ASCII fold: lowercase by their fixed offsets.
    if (cp >= 0x0410 && cp <= 0x042F) cp += 0x20;
    else if (cp >= 0x0400 && cp <= 0x040F) cp += 0x50;
    else if (cp >= 0x0391 && cp <= 0x03A9 && cp != 0x03A2) cp += 0x20;
  }
  AppendUtf8(cp, out);
}

std::string FoldKey(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  bool space = false;
  for (size_t i = 0; i < utf8.size();) {
    size_t len;
    const uint32_t cp = DecodeAt(utf8, i, len);
    i += len;
    const CharClass c = ClassOf(cp);
    if (c == CharClass::Space || c == CharClass::Newline) {
      space = !out.empty();
      continue;
    }
    if (c == CharClass::Mark) continue;
    if (space) out.push_back(' ');
    space = false;
    AppendFolded(cp, out);
  }
  return out;
}

}  // namespace concessions
