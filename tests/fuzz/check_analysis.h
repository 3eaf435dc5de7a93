// The invariants every analysis document must satisfy, shared by the fuzz target
// (tests/fuzz/analyze_fuzzer.cc) and the hostile-input tests (tests/unit/hostile_input_test.cc).
//
// The input is decoded here independently of the core, as the WHATWG UTF-8 decoder does (each
// maximal subpart of an ill-formed sequence is one U+FFFD, the byte that ended it is read
// again), so these checks also cover the core's decoder and its UTF-16 offset map.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#ifndef JSON_NOEXCEPTION
#define JSON_NOEXCEPTION 1
#endif
#include <nlohmann/json.hpp>

#include "concessions/analyze.h"

namespace concessions_check {

using nlohmann::json;

inline std::u16string Utf8ToUtf16(std::string_view s) {
  std::u16string out;
  out.reserve(s.size());
  auto put = [&out](uint32_t c) {
    if (c >= 0x10000) {
      c -= 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (c >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (c & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(c));
    }
  };
  uint32_t cp = 0;
  int needed = 0, seen = 0;
  unsigned lower = 0x80, upper = 0xBF;
  for (size_t i = 0; i < s.size();) {
    const unsigned b = static_cast<unsigned char>(s[i]);
    if (needed == 0) {
      ++i;
      if (b < 0x80) {
        put(b);
      } else if (b >= 0xC2 && b <= 0xDF) {
        needed = 1; cp = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (b == 0xE0) lower = 0xA0;
        if (b == 0xED) upper = 0x9F;
        needed = 2; cp = b & 0x0F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (b == 0xF0) lower = 0x90;
        if (b == 0xF4) upper = 0x8F;
        needed = 3; cp = b & 0x07;
      } else {
        put(0xFFFD);
      }
      continue;
    }
    if (b < lower || b > upper) {  // ends the sequence; this byte is read again
      cp = 0; needed = seen = 0; lower = 0x80; upper = 0xBF;
      put(0xFFFD);
      continue;
    }
    ++i;
    lower = 0x80; upper = 0xBF;
    cp = (cp << 6) | (b & 0x3F);
    if (++seen == needed) {
      put(cp);
      cp = 0; needed = seen = 0;
    }
  }
  if (needed != 0) put(0xFFFD);  // truncated at the end
  return out;
}

inline std::string Escape(std::u16string_view s, size_t max = 80) {
  std::string out;
  char buf[8];
  for (size_t i = 0; i < s.size() && i < max; ++i) {
    const char16_t c = s[i];
    if (c >= 0x20 && c < 0x7F && c != '\\') {
      out.push_back(static_cast<char>(c));
    } else {
      std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(c));
      out += buf;
    }
  }
  if (s.size() > max) out += "...";
  return out;
}

// Empty when {start, end[, text]} is a span of `input`, else what is wrong.
inline std::string CheckSpan(const json& span, const std::u16string& input, bool with_text, const char* what) {
  const std::string where = std::string(what) + " ";
  if (!span.is_object() || !span.contains("start") || !span.contains("end")) return where + "has no start/end: " + span.dump();
  const json& s = span["start"];
  const json& e = span["end"];
  if (!s.is_number_unsigned() || !e.is_number_unsigned()) return where + "offsets are not unsigned integers: " + span.dump();
  const uint64_t start = s.get<uint64_t>(), end = e.get<uint64_t>();
  if (!(start <= end && end <= input.size()))
    return where + "offsets out of order or past the end (length " + std::to_string(input.size()) + "): " + span.dump();
  if (!with_text) return {};
  if (!span.contains("text") || !span["text"].is_string()) return where + "has no text: " + span.dump();
  const std::u16string got = Utf8ToUtf16(span["text"].get_ref<const std::string&>());
  const std::u16string_view want = std::u16string_view(input).substr(start, end - start);
  if (got != want) return where + "text \"" + Escape(got) + "\" is not the slice \"" + Escape(want) + "\": " + span.dump();
  return {};
}

// Empty when `doc` is a valid analysis document of `input` (or, past kMaxInputBytes, the
// input_too_large error document), else the first thing wrong with it.
inline std::string CheckAnalysis(std::string_view input, const json& doc) {
  if (doc.is_discarded()) return "output is not JSON";
  if (!doc.is_object() || !doc.contains("format") || doc["format"] != concessions::kFormat) return "no format";
  if (input.size() > concessions::kMaxInputBytes) {
    if (!doc.contains("error") || doc["error"].value("code", "") != "input_too_large")
      return "an over-limit input is not the input_too_large error document";
    return {};
  }
  if (doc.contains("error")) return "error document for an input within the limit: " + doc["error"].dump();
  for (const char* key : {"sentences", "entities", "events", "warnings"})
    if (!doc.contains(key) || !doc[key].is_array()) return std::string("missing array ") + key;
  if (!doc.contains("summary") || !doc["summary"].is_object()) return "missing summary";

  const std::u16string text = Utf8ToUtf16(input);
  if (!doc["length"].is_number_unsigned() || doc["length"].get<uint64_t>() != text.size())
    return "length " + doc["length"].dump() + " is not the UTF-16 length " + std::to_string(text.size());
  std::string err;
  for (const json& s : doc["sentences"])
    if (!(err = CheckSpan(s, text, false, "sentence")).empty()) return err;
  const size_t entities = doc["entities"].size();
  auto is_entity_ref = [&](const json& id) {
    if (id.is_null()) return true;
    if (!id.is_string()) return false;
    const std::string& s = id.get_ref<const std::string&>();
    if (s.size() < 2 || s[0] != 'E') return false;
    const unsigned long n = std::strtoul(s.c_str() + 1, nullptr, 10);
    return n >= 1 && n <= entities;
  };
  for (const json& e : doc["entities"]) {
    if (!e.contains("mentions") || !e["mentions"].is_array()) return "entity without mentions: " + e.dump();
    for (const json& m : e["mentions"])
      if (!(err = CheckSpan(m, text, true, "mention")).empty()) return err;
    if (!is_entity_ref(e.value("affiliation", json()))) return "affiliation is not an entity id: " + e.dump();
  }
  for (const json& v : doc["events"]) {
    if (!v.is_object()) return "event is not an object";
    if (!(err = CheckSpan(v.value("trigger", json()), text, true, "trigger")).empty()) return err;
    if (!(err = CheckSpan(v.value("evidence", json()), text, false, "evidence")).empty()) return err;
    if (!is_entity_ref(v.value("actor", json())) || !is_entity_ref(v.value("target", json())))
      return "actor/target is not an entity id: " + v.dump();
  }
  return {};
}

inline std::string CheckAnalysis(std::string_view input, const std::string& out) {
  return CheckAnalysis(input, json::parse(out, nullptr, false));
}

// The same two checks out of line (check_analysis.cc), for the fuzzer.
std::string CheckAnalysisOutput(std::string_view input, const std::string& out);
bool IsJson(const std::string& out);

}  // namespace concessions_check
