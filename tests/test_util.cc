// SPDX-License-Identifier: Apache-2.0
#include "tests/test_util.h"

#include <filesystem>

namespace eventgraph::testing {

Result<std::string> MemoryFileSource::ReadFile(const std::string& path) const {
  if (failing_.count(path) != 0) return Status::IoError(path + ": injected read error");
  auto it = files_.find(path);
  if (it == files_.end()) return Status::NotFound(path + ": no such file");
  return it->second;
}

FileType MemoryFileSource::Stat(const std::string& path) const {
  if (files_.count(path) != 0) return FileType::kRegular;
  const std::string prefix = path.empty() || path.back() == '/' ? path : path + "/";
  auto it = files_.lower_bound(prefix);
  if (it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0) {
    return FileType::kDirectory;
  }
  return FileType::kNotFound;
}

Result<std::vector<std::string>> MemoryFileSource::ListTree(const std::string& dir) const {
  const std::string prefix = dir.empty() || dir.back() == '/' ? dir : dir + "/";
  std::vector<std::string> out;
  for (auto it = files_.lower_bound(prefix);
       it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
    out.push_back(it->first);
  }
  if (out.empty()) return Status::NotFound(dir + ": no such directory");
  return out;
}

Document MakeTestDocument(const std::string& text, const std::string& dct) {
  Document doc("test", "test.txt", text);
  if (!dct.empty()) doc.set_dct(ParseIsoDate(dct), DctSource::kOption);
  return doc;
}

std::string JoinTokens(const std::string& text, const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out += '|';
    out += text.substr(t.span.begin, t.span.size());
  }
  return out;
}

std::string SourceDir() { return EVENTGRAPH_SOURCE_DIR; }

std::string SharedDir() {
  std::error_code ec;
  const std::filesystem::path shared =
      std::filesystem::path(EVENTGRAPH_SOURCE_DIR) / ".." / "shared";
  if (std::filesystem::is_directory(shared, ec)) return shared.lexically_normal().string();
  return "";
}

std::string BinaryPath() { return EVENTGRAPH_BINARY; }

}  // namespace eventgraph::testing
