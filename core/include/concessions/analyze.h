// The core's one entry point: text in, analysis document out (shared/spec/analysis-format.md).
// Pure: no I/O, no mutable globals, never throws, never aborts on any input.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace concessions {

inline constexpr const char* kFormat = "concessions.analysis/1";
inline constexpr const char* kVersion = "0.1.0";
// Larger inputs get an error document ("input_too_large") instead of an analysis.
inline constexpr size_t kMaxInputBytes = 16u * 1024u * 1024u;

struct Options {
  bool summary = true;  // include the summary (headline, points, per-actor ledger)
};

// Parses an options object given as JSON ("{}" or empty for defaults). On an unknown key or a
// bad value returns false and fills error_code/error_message.
bool ParseOptions(std::string_view json, Options& options, std::string& error_code, std::string& error_message);

// Analyzes UTF-8 text (invalid sequences count as U+FFFD) and returns the JSON document.
// indent < 0 writes compact JSON.
std::string AnalyzeToJson(std::string_view utf8, const Options& options, int indent = -1);

// Same, with options as JSON; an options error gives the error document.
std::string AnalyzeToJson(std::string_view utf8, std::string_view options_json, int indent = -1);

// Where a document goes piece by piece as it is written, so that the whole of it never has to
// sit in memory at once (the WebAssembly module hands each piece to JavaScript, the CLI to
// stdout). write() gets the pieces in order, each of about piece_bytes or more (a long string
// is not split); a piece is valid only during the call. Concatenated, they are the document.
struct JsonPieces {
  void (*write)(std::string_view piece, void* context) = nullptr;
  void* context = nullptr;
  size_t piece_bytes = 64 * 1024;
};

// AnalyzeToJson, with the document handed to pieces.write instead of returned.
void AnalyzeToJson(std::string_view utf8, const Options& options, const JsonPieces& pieces, int indent = -1);
void AnalyzeToJson(std::string_view utf8, std::string_view options_json, const JsonPieces& pieces, int indent = -1);

// The analysis as records: a compact form for a reader in another language (the WebAssembly
// module's JavaScript, web/analysis-records.js), which builds from them the very object that
// parsing the JSON document gives, without the JSON text being written, decoded and parsed
// (that was a third of a call from JavaScript). The layout is in src/records/records_writer.h.
// write() gets the records in order, piece by piece: 32-bit integers, and the UTF-8 bytes of
// the strings they count; views valid only during the call. A piece ends between items.
struct RecordPieces {
  void (*write)(const int32_t* ints, size_t int_count, std::string_view bytes, void* context) = nullptr;
  void* context = nullptr;
  size_t piece_ints = 16 * 1024;
  size_t piece_bytes = 64 * 1024;
};
// Analyzes as AnalyzeToJson does and hands the records to pieces. Returns an empty string, or,
// for bad options or an input too large, the error document (and writes no records).
std::string AnalyzeToRecords(std::string_view utf8, std::string_view options_json, const RecordPieces& pieces);

// The error document for a code and message.
std::string ErrorJson(std::string_view code, std::string_view message, int indent = -1);

}  // namespace concessions
