// SPDX-License-Identifier: Apache-2.0
#include "tests/golden_file.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace eventgraph::testing {

std::string TestDataPath(const std::string& relative) {
  return std::string(EVENTGRAPH_SOURCE_DIR) + "/tests/testdata/" + relative;
}

std::string CompareWithGolden(const std::string& relative, const std::string& actual) {
  const std::string path = TestDataPath(relative);
  const char* update = std::getenv("EVENTGRAPH_UPDATE_GOLDENS");
  if (update != nullptr && std::string(update) == "1") {
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
    std::ofstream out(path, std::ios::binary);
    out << actual;
    return out ? "" : "cannot write " + path;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return "missing golden file " + path + " (run scripts/update_goldens.sh)";
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string expected = buffer.str();
  if (expected == actual) return "";
  std::istringstream a(actual);
  std::istringstream e(expected);
  std::string line_a;
  std::string line_e;
  for (size_t line = 1;; ++line) {
    const bool more_a = static_cast<bool>(std::getline(a, line_a));
    const bool more_e = static_cast<bool>(std::getline(e, line_e));
    if (!more_a && !more_e) break;
    if (line_a != line_e || more_a != more_e) {
      return path + ":" + std::to_string(line) + ": expected\n  " + line_e + "\nbut got\n  " +
             line_a;
    }
  }
  return path + ": differs (line endings or final newline)";
}

}  // namespace eventgraph::testing
