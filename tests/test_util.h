// SPDX-License-Identifier: Apache-2.0
// Test helpers: MemoryFileSource (and an error-injecting variant), MakeTestDocument(), paths.
#ifndef EVENTGRAPH_TESTS_TEST_UTIL_H_
#define EVENTGRAPH_TESTS_TEST_UTIL_H_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/file_source.h"
#include "core/text.h"
#include "core/token.h"

namespace eventgraph::testing {

/// Files held in memory. Paths are plain strings; a directory is any prefix ending in '/'.
class MemoryFileSource : public FileSource {
 public:
  void AddFile(const std::string& path, std::string contents) {
    files_[path] = std::move(contents);
  }
  /// Makes ReadFile(path) fail with an IoError (error injection, as LevelDB's ErrorEnv).
  void FailRead(const std::string& path) { failing_.insert(path); }

  Result<std::string> ReadFile(const std::string& path) const override;
  FileType Stat(const std::string& path) const override;
  Result<std::vector<std::string>> ListTree(const std::string& dir) const override;

 private:
  std::map<std::string, std::string> files_;
  std::set<std::string> failing_;
};

/// A document whose whole text is the body, with an optional DCT ("2025-08-16").
Document MakeTestDocument(const std::string& text, const std::string& dct = "");

/// The texts of `tokens` joined with '|'.
std::string JoinTokens(const std::string& text, const std::vector<Token>& tokens);

/// The repository root (for samples/ and tests/testdata/).
std::string SourceDir();
/// ../shared beside the repository, or "" when it is absent (tests then skip).
std::string SharedDir();
/// The built eventgraph binary.
std::string BinaryPath();

}  // namespace eventgraph::testing

#endif  // EVENTGRAPH_TESTS_TEST_UTIL_H_
