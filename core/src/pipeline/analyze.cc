// The public facade: input limits, options, cleaning, and the JSON document.
#include "concessions/analyze.h"

#define JSON_NOEXCEPTION 1
#include <nlohmann/json.hpp>

#include "json/writer.h"
#include "lexicon/lexicon.h"
#include "pipeline/analyze_text.h"
#include "text/utf8.h"

namespace concessions {

bool ParseOptions(std::string_view text, Options& options, std::string& code, std::string& message) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return true;
  const nlohmann::json j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    code = "bad_options";
    message = "options must be a JSON object";
    return false;
  }
  for (const auto& [key, value] : j.items()) {
    if (key == "summary") {
      if (!value.is_boolean()) {
        code = "bad_options";
        message = "option \"summary\" must be true or false";
        return false;
      }
      options.summary = value.get<bool>();
    } else {
      code = "unknown_option";
      message = "unknown option \"" + key + "\" (known: summary)";
      return false;
    }
  }
  return true;
}

std::string ErrorJson(std::string_view code, std::string_view message, int indent) {
  nlohmann::json doc = {{"format", kFormat},
                        {"error", {{"code", std::string(code)}, {"message", std::string(message)}}}};
  return doc.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string AnalyzeToJson(std::string_view utf8, const Options& options, int indent) {
  if (utf8.size() > kMaxInputBytes) {
    return ErrorJson("input_too_large", "input is " + std::to_string(utf8.size()) + " bytes; the limit is " +
                                            std::to_string(kMaxInputBytes) + " bytes (16 MiB)",
                     indent);
  }
  size_t replaced = 0;
  const std::string clean = CleanUtf8(utf8, &replaced);
  std::vector<std::string> warnings;
  if (replaced > 0)
    warnings.push_back(std::to_string(replaced) + " invalid UTF-8 sequence(s) read as U+FFFD");
  const Analysis analysis = AnalyzeText(clean, options, BuiltinLexicon());
  return WriteAnalysisJson(clean, analysis, warnings, indent);
}

std::string AnalyzeToJson(std::string_view utf8, std::string_view options_json, int indent) {
  Options options;
  std::string code, message;
  if (!ParseOptions(options_json, options, code, message)) return ErrorJson(code, message, indent);
  return AnalyzeToJson(utf8, options, indent);
}

}  // namespace concessions
