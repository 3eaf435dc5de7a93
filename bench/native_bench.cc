// concessions_bench: times the core in-process (AnalyzeToJson, the same call the CLI makes),
// without the process start, file reading and output writing that timing the CLI would add.
//
//   concessions_bench [--warmup N] [--runs N] [--max-seconds S] [--no-summary] FILE...
//   concessions_bench --serve [--no-summary]
//
// For each file: N warm-up calls, then timed calls until --runs are done or --max-seconds have
// passed (at least one). Prints one JSON object per file on its own line:
//   {"file", "bytes", "runs", "median_ms", "min_ms", "max_ms", "output_bytes", "max_rss_kb"}
// max_rss_kb is the process's peak resident set so far (getrusage), so give the files in
// increasing size to read each one's peak.
// --serve reads one request per line on standard input, "WARMUP RUNS MAX_SECONDS TIMES PATH"
// (TIMES 1 adds "times_ms": every timed call), and answers each with such a line; bench/run.mjs
// drives it this way so that it can interleave engines on a busy machine.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "concessions/analyze.h"

namespace {

long MaxRssKb() {
  rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // kilobytes on Linux
}

std::string JsonString(const std::string& s) {
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
      continue;
    }
    out += c;
  }
  return out + "\"";
}

struct Request {
  int warmup = 3;
  int runs = 21;
  double max_seconds = 10;
  bool times = false;
};

// Measures one file; false if it cannot be read.
bool Measure(const std::string& path, const Request& req, const concessions::Options& options) {
  using Clock = std::chrono::steady_clock;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::printf("{\"file\":%s,\"error\":\"cannot read\"}\n", JsonString(path).c_str());
    std::fflush(stdout);
    return false;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  const std::string text = buf.str();
  size_t output_bytes = 0;
  for (int w = 0; w < req.warmup; ++w) output_bytes = concessions::AnalyzeToJson(text, options).size();
  std::vector<double> ms;
  const auto start = Clock::now();
  do {
    const auto t0 = Clock::now();
    const std::string json = concessions::AnalyzeToJson(text, options);
    const auto t1 = Clock::now();
    output_bytes = json.size();
    ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
  } while (static_cast<int>(ms.size()) < req.runs &&
           std::chrono::duration<double>(Clock::now() - start).count() < req.max_seconds);
  std::vector<double> sorted = ms;
  std::sort(sorted.begin(), sorted.end());
  const size_t n = sorted.size();
  const double median = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  std::string times;
  if (req.times) {
    times = ",\"times_ms\":[";
    char num[32];
    for (size_t i = 0; i < ms.size(); ++i) {
      std::snprintf(num, sizeof num, "%s%.6f", i ? "," : "", ms[i]);
      times += num;
    }
    times += "]";
  }
  std::printf("{\"file\":%s,\"bytes\":%zu,\"runs\":%zu,\"median_ms\":%.6f,\"min_ms\":%.6f,\"max_ms\":%.6f,"
              "\"output_bytes\":%zu,\"max_rss_kb\":%ld%s}\n",
              JsonString(path).c_str(), text.size(), n, median, sorted.front(), sorted.back(), output_bytes,
              MaxRssKb(), times.c_str());
  std::fflush(stdout);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  Request req;
  bool serve = false;
  concessions::Options options;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&](const char* name) -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "concessions_bench: %s needs a value\n", name);
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--warmup") {
      req.warmup = std::atoi(value("--warmup"));
    } else if (arg == "--runs") {
      req.runs = std::max(1, std::atoi(value("--runs")));
    } else if (arg == "--max-seconds") {
      req.max_seconds = std::atof(value("--max-seconds"));
    } else if (arg == "--no-summary") {
      options.summary = false;
    } else if (arg == "--serve") {
      serve = true;
    } else if (arg == "--help" || arg == "-h") {
      std::puts("usage: concessions_bench [--warmup N] [--runs N] [--max-seconds S] [--no-summary] FILE...\n"
                "       concessions_bench --serve [--no-summary]   (requests on stdin: WARMUP RUNS MAX_SECONDS TIMES PATH)");
      return 0;
    } else if (!arg.empty() && arg[0] == '-') {
      std::fprintf(stderr, "concessions_bench: unknown option %s\n", arg.c_str());
      return 2;
    } else {
      files.push_back(arg);
    }
  }
  if (serve) {
    std::printf("{\"ready\":true,\"max_rss_kb\":%ld}\n", MaxRssKb());
    std::fflush(stdout);
    std::string line;
    while (std::getline(std::cin, line)) {
      std::istringstream fields(line);
      Request r;
      int times = 0;
      std::string path;
      if (!(fields >> r.warmup >> r.runs >> r.max_seconds >> times) || !std::getline(fields >> std::ws, path)) {
        std::printf("{\"error\":\"bad request\"}\n");
        std::fflush(stdout);
        continue;
      }
      r.runs = std::max(1, r.runs);
      r.times = times != 0;
      Measure(path, r, options);
    }
    return 0;
  }
  int status = 0;
  for (const std::string& path : files) {
    if (!Measure(path, req, options)) status = 1;
  }
  return status;
}
