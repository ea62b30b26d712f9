// SPDX-License-Identifier: Apache-2.0
// Lexicon: an immutable word list from core/data/*.txt, compiled in or read from --data-dir.
#ifndef EVENTGRAPH_CORE_LEXICON_H_
#define EVENTGRAPH_CORE_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/internal/string_map.h"
#include "core/status.h"

namespace eventgraph {

/// One line of a lexicon file: `key<TAB>field<TAB>field...`. Keys are kept as written.
struct LexiconEntry {
  std::string key;
  std::vector<std::string> fields;
  uint32_t line = 0;  // 1-based line in the file, for diagnostics
};

/// An immutable list of entries with exact-key lookup. File format (STYLE.md section 8): UTF-8,
/// one entry per line, fields separated by TAB, `#` starts a comment line, blank lines ignored.
/// Copyable; thread-safe for concurrent reads.
class Lexicon {
 public:
  Lexicon() = default;

  /// Parses `content`; `name` (the file name) is used in error messages
  /// ("month_names.txt:12:1: invalid UTF-8"). Duplicate keys are an error.
  static Result<Lexicon> Parse(std::string_view name, std::string_view content);

  /// Loads `file_name` (e.g. "month_names.txt") from `data_dir` when it is non-empty, else from
  /// the compiled-in copy. NotFound when neither has it.
  static Result<Lexicon> Load(std::string_view file_name, std::string_view data_dir);

  const std::string& name() const { return name_; }
  const std::vector<LexiconEntry>& entries() const { return entries_; }
  size_t size() const { return entries_.size(); }
  bool Contains(std::string_view key) const { return Find(key) != nullptr; }
  /// The entry with exactly this key, or nullptr.
  const LexiconEntry* Find(std::string_view key) const;

 private:
  std::string name_;
  std::vector<LexiconEntry> entries_;
  internal::StringMap<size_t> index_;  // finds a string_view without allocating
};

/// The compiled-in copy of a lexicon file (generated lexicon_data.cc), or nullptr.
const std::string_view* FindEmbeddedLexicon(std::string_view file_name);

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_LEXICON_H_
