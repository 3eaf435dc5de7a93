// concessions: the native command-line tool. Reads a file (or - for standard input) and
// prints the analysis JSON of shared/spec/analysis-format.md.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <sys/stat.h>

#include "concessions/analyze.h"

namespace {

constexpr const char* kUsage =
    "usage: concessions [--pretty] [--no-summary] FILE|-\n"
    "Analyzes a news text (UTF-8) and prints its entities, negotiation moves and summary as JSON.\n"
    "  FILE          the text file to read, or - for standard input\n"
    "  --pretty      indent the JSON\n"
    "  --no-summary  leave the summary empty\n"
    "  --help        show this help\n"
    "  --version     print the version\n";

// Reads all of `f`; returns false with errno-based message on a read error.
bool ReadAll(FILE* f, std::string& out, std::string& error) {
  char buf[1 << 16];
  for (;;) {
    const size_t n = std::fread(buf, 1, sizeof buf, f);
    out.append(buf, n);
    if (out.size() > concessions::kMaxInputBytes) return true;  // the core reports the limit
    if (n < sizeof buf) {
      if (std::ferror(f)) {
        error = std::strerror(errno);
        return false;
      }
      return true;
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  bool pretty = false;
  const char* path = nullptr;
  concessions::Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (arg == "--version") {
      std::printf("concessions %s (%s)\n", concessions::kVersion, concessions::kFormat);
      return 0;
    } else if (arg == "--pretty") {
      pretty = true;
    } else if (arg == "--no-summary") {
      options.summary = false;
    } else if (arg == "-" || arg.empty() || arg[0] != '-') {
      if (path != nullptr) {
        std::fprintf(stderr, "concessions: more than one input given (%s); see --help\n", argv[i]);
        return 2;
      }
      path = argv[i];
    } else {
      std::fprintf(stderr, "concessions: unknown option %s; see --help\n", argv[i]);
      return 2;
    }
  }
  if (path == nullptr) {
    std::fprintf(stderr, "concessions: no input file given (use - for standard input); see --help\n");
    return 2;
  }
  std::string text, error;
  if (std::strcmp(path, "-") == 0) {
    if (!ReadAll(stdin, text, error)) {
      std::fprintf(stderr, "concessions: cannot read standard input: %s\n", error.c_str());
      return 1;
    }
  } else {
    struct stat st {};
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
      std::fprintf(stderr, "concessions: cannot read %s: it is a directory\n", path);
      return 1;
    }
    FILE* f = std::fopen(path, "rb");
    if (f == nullptr) {
      std::fprintf(stderr, "concessions: cannot open %s: %s\n", path, std::strerror(errno));
      return 1;
    }
    const bool ok = ReadAll(f, text, error);
    std::fclose(f);
    if (!ok) {
      std::fprintf(stderr, "concessions: cannot read %s: %s\n", path, error.c_str());
      return 1;
    }
  }
  // Written as it is made: the document (3-10 times the input's size) is never held whole.
  concessions::JsonPieces to_stdout;
  to_stdout.write = [](std::string_view piece, void*) { std::fwrite(piece.data(), 1, piece.size(), stdout); };
  concessions::AnalyzeToJson(text, options, to_stdout, pretty ? 2 : -1);
  std::fputc('\n', stdout);
  return std::fflush(stdout) == 0 ? 0 : 1;
}
