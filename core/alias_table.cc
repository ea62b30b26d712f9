// SPDX-License-Identifier: Apache-2.0
// Parses the TSV alias file. Each name is folded with FoldName() so that "U.S." in the file
// matches "US" in the text.
#include "core/alias_table.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/name_key.h"
#include "core/text.h"

namespace eventgraph {
namespace {

Status LineError(std::string_view source, uint32_t line, std::string_view message) {
  return Status::ParseError(std::string(source) + ":" + std::to_string(line) +
                            ":1: " + std::string(message));
}

}  // namespace

bool AliasEntry::forbidden_key(std::string_view folded) const {
  if (folded_forbidden.empty()) return false;
  if (folded == folded_canonical) return true;
  return std::find(folded_forbidden.begin(), folded_forbidden.end(), folded) !=
         folded_forbidden.end();
}

Result<AliasTable> AliasTable::ParseTsv(std::string_view source, std::string_view content) {
  AliasTable table;
  if (size_t bad = FindInvalidUtf8(content); bad != std::string_view::npos) {
    LineColumn lc = LineColumnAt(content, bad);
    return Status::ParseError(std::string(source) + ":" + std::to_string(lc.line) + ":" +
                              std::to_string(lc.column) + ": invalid UTF-8");
  }
  uint32_t line_no = 0;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields;
    for (size_t start = 0;;) {
      size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string_view::npos ? line.npos : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (fields.size() > 3) return LineError(source, line_no, "expected at most 3 fields");
    AliasEntry entry;
    entry.line = line_no;
    entry.canonical = std::string(fields[0]);
    entry.folded_canonical = FoldName(entry.canonical);
    if (entry.folded_canonical.empty()) return LineError(source, line_no, "empty canonical name");
    if (fields.size() >= 2) {
      std::string_view list = fields[1];
      for (size_t start = 0; start <= list.size();) {
        size_t bar = list.find('|', start);
        if (bar == std::string_view::npos) bar = list.size();
        std::string_view name = list.substr(start, bar - start);
        start = bar + 1;
        if (name.empty()) continue;
        if (name.front() == '!') {
          name.remove_prefix(1);
          entry.forbidden.emplace_back(name);
          entry.folded_forbidden.push_back(FoldName(name));
        } else {
          entry.aliases.emplace_back(name);
        }
      }
    }
    if (fields.size() == 3 && !fields[2].empty()) {
      entry.kind = ParseEntityKind(fields[2]);
      if (!entry.kind) {
        return LineError(source, line_no, "unknown kind '" + std::string(fields[2]) + "'");
      }
    }
    size_t index = table.entries_.size();
    std::vector<std::string> names = {entry.folded_canonical};
    for (const std::string& alias : entry.aliases) names.push_back(FoldName(alias));
    names.insert(names.end(), entry.folded_forbidden.begin(), entry.folded_forbidden.end());
    for (std::string& name : names) {
      if (name.empty()) continue;
      auto [it, inserted] = table.index_.emplace(std::move(name), index);
      if (!inserted && it->second != index) {
        return LineError(source, line_no,
                         "'" + it->first + "' already appears on line " +
                             std::to_string(table.entries_[it->second].line));
      }
    }
    table.entries_.push_back(std::move(entry));
  }
  return table;
}

Result<AliasTable> AliasTable::LoadTsv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open alias file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return ParseTsv(path, buffer.str());
}

const AliasEntry* AliasTable::Find(std::string_view folded) const {
  auto it = index_.find(std::string(folded));
  return it == index_.end() ? nullptr : &entries_[it->second];
}

bool AliasTable::Forbids(std::string_view a, std::string_view b) const {
  std::string fa = FoldName(a);
  std::string fb = FoldName(b);
  for (const auto& [first, second] : {std::pair{&fa, &fb}, std::pair{&fb, &fa}}) {
    const AliasEntry* entry = Find(*first);
    if (entry == nullptr || entry->folded_canonical != *first) continue;
    if (std::find(entry->folded_forbidden.begin(), entry->folded_forbidden.end(), *second) !=
        entry->folded_forbidden.end()) {
      return true;
    }
  }
  return false;
}

}  // namespace eventgraph
