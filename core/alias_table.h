// SPDX-License-Identifier: Apache-2.0
// AliasTable: user-supplied names that force or forbid merges of entities (--aliases FILE).
#ifndef EVENTGRAPH_CORE_ALIAS_TABLE_H_
#define EVENTGRAPH_CORE_ALIAS_TABLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/entity.h"
#include "core/internal/string_map.h"
#include "core/status.h"

namespace eventgraph {

/// One line of an alias file. `aliases` are names that merge with `canonical`; `forbidden` are
/// names that must never merge with it. Names are kept as written; lookups fold them.
struct AliasEntry {
  std::string canonical;
  std::vector<std::string> aliases;
  std::vector<std::string> forbidden;
  std::optional<EntityKind> kind;  // nullopt: the kind the recognizer found
  uint32_t line = 0;               // 1-based line in the file

  /// True when `folded` (a FoldName() form) is the canonical name or a forbidden name of an
  /// entry with forbidden names: such names get exact keys so no spelling rule can join them.
  bool forbidden_key(std::string_view folded) const;
  /// Folded canonical name and folded forbidden names (filled by the parser).
  std::string folded_canonical;
  std::vector<std::string> folded_forbidden;
};

/// The parsed alias file (docs/entities.md has examples of both formats). TSV, UTF-8, `#`
/// comment lines and blank lines ignored:
///
///     canonical<TAB>alias|alias|!forbidden|...<TAB>kind
///
/// `kind` is optional ("person", "organization", "country", "place", "group"). An alias written
/// with a leading '!' is forbidden instead: "Donald Trump<TAB>!Donald Trump Jr.<TAB>person"
/// keeps the two apart whatever the spelling rules say. Every name may appear on one line only.
///
/// JSON: an array of entry objects, or an object whose "aliases" member is that array:
///
///     {"aliases": [{"canonical": "Big Tech Corp", "aliases": ["BTC"],
///                   "forbidden": ["Big Tech Corp Ltd"], "kind": "organization"}]}
///
/// "canonical" is required; "aliases", "forbidden" (arrays of strings) and "kind" are optional;
/// other members are errors (a misspelt "alias" would otherwise be ignored silently). An entry's
/// `line` is the line of its opening brace.
/// Immutable after parsing; thread-safe for reads. Copyable.
class AliasTable {
 public:
  AliasTable() = default;

  /// Parses `content`; `source` names it in errors ("aliases.tsv:3:1: unknown kind 'persn'").
  static Result<AliasTable> ParseTsv(std::string_view source, std::string_view content);

  /// Parses the JSON form; errors give source, line and column ("aliases.json:4:17: expected
  /// ',' or '}'", "aliases.json:2:3: unknown kind 'persn'").
  static Result<AliasTable> ParseJson(std::string_view source, std::string_view content);

  /// ParseJson() when the first character that is neither white space nor part of a `#` comment
  /// line is '[' or '{', else ParseTsv() (a TSV canonical name never starts with a bracket).
  static Result<AliasTable> Parse(std::string_view source, std::string_view content);

  /// Reads and parses the file at `path` (as given: the library resolves nothing against the
  /// working directory itself). IoError when unreadable.
  static Result<AliasTable> LoadTsv(const std::string& path);

  /// As LoadTsv(), for either format: Parse() decides by the content.
  static Result<AliasTable> Load(const std::string& path);

  /// The entry naming `folded` (a FoldName() form) as canonical, alias or forbidden name, or
  /// nullptr.
  const AliasEntry* Find(std::string_view folded) const;

  /// True when the table forbids merging names `a` and `b` (as written; folded here).
  bool Forbids(std::string_view a, std::string_view b) const;

  const std::vector<AliasEntry>& entries() const { return entries_; }
  bool empty() const { return entries_.empty(); }

 private:
  // Folds and indexes `entry`; an error naming `source`, `line` and `column` when one of its
  // names already belongs to another entry.
  Status Add(AliasEntry entry, std::string_view source, uint32_t column);

  std::vector<AliasEntry> entries_;
  internal::StringMap<size_t> index_;  // folded name → entry
};

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_ALIAS_TABLE_H_
