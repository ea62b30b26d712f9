// SPDX-License-Identifier: Apache-2.0
#include "core/lexicon.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/text.h"

namespace eventgraph {

Result<Lexicon> Lexicon::Parse(std::string_view name, std::string_view content) {
  Lexicon lex;
  lex.name_ = std::string(name);
  if (size_t bad = FindInvalidUtf8(content); bad != std::string_view::npos) {
    LineColumn lc = LineColumnAt(content, bad);
    return Status::ParseError(std::string(name) + ":" + std::to_string(lc.line) + ":" +
                              std::to_string(lc.column) + ": invalid UTF-8");
  }
  uint32_t line_no = 0;
  size_t pos = 0;
  while (pos <= content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    ++line_no;
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') {
      if (nl == content.size()) break;
      continue;
    }
    LexiconEntry entry;
    entry.line = line_no;
    size_t start = 0;
    bool first = true;
    while (true) {
      size_t tab = line.find('\t', start);
      std::string_view field =
          line.substr(start, tab == std::string_view::npos ? line.npos : tab - start);
      if (first) {
        entry.key = std::string(field);
        first = false;
      } else {
        entry.fields.emplace_back(field);
      }
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (entry.key.empty()) {
      return Status::ParseError(std::string(name) + ":" + std::to_string(line_no) +
                                ":1: empty key");
    }
    if (lex.index_.count(entry.key) != 0) {
      return Status::ParseError(std::string(name) + ":" + std::to_string(line_no) +
                                ":1: duplicate entry '" + entry.key + "'");
    }
    lex.index_.emplace(entry.key, lex.entries_.size());
    lex.entries_.push_back(std::move(entry));
    if (nl == content.size()) break;
  }
  return lex;
}

Result<Lexicon> Lexicon::Load(std::string_view file_name, std::string_view data_dir) {
  if (!data_dir.empty()) {
    std::filesystem::path path = std::filesystem::path(data_dir) / file_name;
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec)) {
      std::ifstream in(path, std::ios::binary);
      if (!in) return Status::IoError(path.string() + ": cannot open lexicon");
      std::ostringstream buf;
      buf << in.rdbuf();
      return Parse(path.string(), buf.str());
    }
  }
  const std::string_view* embedded = FindEmbeddedLexicon(file_name);
  if (embedded == nullptr) {
    return Status::NotFound(std::string(file_name) + ": no such lexicon");
  }
  return Parse(file_name, *embedded);
}

const LexiconEntry* Lexicon::Find(std::string_view key) const {
  auto it = index_.find(key);
  return it == index_.end() ? nullptr : &entries_[it->second];
}

}  // namespace eventgraph
