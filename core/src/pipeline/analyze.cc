// The public facade: input limits, options, cleaning, and the JSON document.
#include "concessions/analyze.h"

#include <map>

#include "json/json_out.h"
#include "json/json_reader.h"
#include "json/writer.h"
#include "lexicon/lexicon.h"
#include "pipeline/analyze_text.h"
#include "records/records_writer.h"
#include "text/utf8.h"

namespace concessions {

bool ParseOptions(std::string_view text, Options& options, std::string& code, std::string& message) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return true;
  JsonKind kind;
  std::vector<JsonMember> members;
  if (!ReadJson(text, kind, members) || kind != JsonKind::Object) {
    code = "bad_options";
    message = "options must be a JSON object";
    return false;
  }
  // By key, the last of duplicates winning, as a JSON object reads.
  std::map<std::string, JsonMember> by_key;
  for (JsonMember& m : members) by_key[m.key] = std::move(m);
  for (const auto& [key, value] : by_key) {
    if (key == "summary") {
      if (value.kind != JsonKind::Bool) {
        code = "bad_options";
        message = "option \"summary\" must be true or false";
        return false;
      }
      options.summary = value.boolean;
    } else {
      code = "unknown_option";
      message = "unknown option \"" + key + "\" (known: summary)";
      return false;
    }
  }
  return true;
}

std::string ErrorJson(std::string_view code, std::string_view message, int indent) {
  std::string out;
  JsonOut json(out, indent);
  json.BeginObject();
  json.Key("error").BeginObject().Key("code").String(code).Key("message").String(message).EndObject();
  json.Key("format").String(kFormat);
  json.EndObject();
  return out;
}

namespace {

// Analyzes utf8 and hands the cleaned text, the analysis and its warnings to write; or, for
// an input too large, returns the error document instead.
template <typename Write>
std::string AnalyzeChecked(std::string_view utf8, const Options& options, int indent, Write write) {
  if (utf8.size() > kMaxInputBytes) {
    return ErrorJson("input_too_large", "input is " + std::to_string(utf8.size()) + " bytes; the limit is " +
                                            std::to_string(kMaxInputBytes) + " bytes (16 MiB)",
                     indent);
  }
  // Most input is valid: it is analyzed in place; only invalid input is copied and cleaned.
  size_t replaced = 0;
  std::string cleaned;
  const bool valid = IsValidUtf8(utf8);
  if (!valid) cleaned = CleanUtf8(utf8, &replaced);
  const std::string_view clean = valid ? utf8 : std::string_view(cleaned);
  std::vector<std::string> warnings;
  if (replaced > 0)
    warnings.push_back(std::to_string(replaced) + " invalid UTF-8 sequence(s) read as U+FFFD");
  const Analysis analysis = AnalyzeText(clean, options, BuiltinLexicon());
  write(clean, analysis, warnings);
  return std::string();
}

// The document for utf8, appended to doc or, with pieces, handed on as it is written.
void Write(std::string_view utf8, const Options& options, int indent, const JsonPieces* pieces, std::string& doc) {
  std::string error = AnalyzeChecked(
      utf8, options, indent, [&](std::string_view clean, const Analysis& analysis, const std::vector<std::string>& warnings) {
        WriteAnalysisJson(clean, analysis, warnings, indent, pieces, doc);
      });
  if (!error.empty()) doc = std::move(error);
}

}  // namespace

std::string AnalyzeToJson(std::string_view utf8, const Options& options, int indent) {
  std::string doc;
  Write(utf8, options, indent, nullptr, doc);
  return doc;
}

std::string AnalyzeToJson(std::string_view utf8, std::string_view options_json, int indent) {
  Options options;
  std::string code, message;
  if (!ParseOptions(options_json, options, code, message)) return ErrorJson(code, message, indent);
  return AnalyzeToJson(utf8, options, indent);
}

void AnalyzeToJson(std::string_view utf8, const Options& options, const JsonPieces& pieces, int indent) {
  std::string doc;
  Write(utf8, options, indent, &pieces, doc);
  // What is left: an error document, or nothing (the writer handed on its last piece).
  if (!doc.empty()) pieces.write(doc, pieces.context);
}

void AnalyzeToJson(std::string_view utf8, std::string_view options_json, const JsonPieces& pieces, int indent) {
  Options options;
  std::string code, message;
  if (!ParseOptions(options_json, options, code, message)) {
    const std::string doc = ErrorJson(code, message, indent);
    pieces.write(doc, pieces.context);
    return;
  }
  AnalyzeToJson(utf8, options, pieces, indent);
}

std::string AnalyzeToRecords(std::string_view utf8, std::string_view options_json, const RecordPieces& pieces) {
  Options options;
  std::string code, message;
  if (!ParseOptions(options_json, options, code, message)) return ErrorJson(code, message);
  return AnalyzeChecked(utf8, options, -1,
                        [&](std::string_view clean, const Analysis& analysis, const std::vector<std::string>& warnings) {
                          WriteAnalysisRecords(clean, analysis, warnings, pieces);
                        });
}

}  // namespace concessions
