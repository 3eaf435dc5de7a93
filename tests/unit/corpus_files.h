// The texts the unit tests run whole analyses on: the story corpora (.txt) and the fuzz seeds
// (every file: control bytes, invalid UTF-8). CONCESSIONS_SOURCE_DIR is the repository.
#pragma once
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace concessions::test_corpus {

inline std::vector<std::filesystem::path> CorpusFiles() {
  namespace fs = std::filesystem;
  const fs::path root = CONCESSIONS_SOURCE_DIR;
  const std::pair<fs::path, bool> sources[] = {
      {root / "tests/corpus", true}, {root / "../shared/corpus/dev", true}, {root / "tests/fuzz/corpus", false}};
  std::vector<fs::path> files;
  for (const auto& [dir, only_txt] : sources) {
    if (!fs::is_directory(dir)) continue;  // the shared corpus lives beside the repository
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.is_regular_file() && (!only_txt || entry.path().extension() == ".txt")) files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

}  // namespace concessions::test_corpus
