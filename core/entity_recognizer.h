// SPDX-License-Identifier: Apache-2.0
// EntityRecognizer: finds person, organization, country, place and group mentions in a document
// and resolves them to the document's entities.
#ifndef EVENTGRAPH_CORE_ENTITY_RECOGNIZER_H_
#define EVENTGRAPH_CORE_ENTITY_RECOGNIZER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/alias_table.h"
#include "core/diagnostics.h"
#include "core/entity.h"
#include "core/gazetteer.h"
#include "core/name_key.h"
#include "core/status.h"
#include "core/text.h"
#include "core/timex.h"
#include "core/token.h"

namespace eventgraph {

namespace internal {
struct EntityRules;
}

/// Stage id "entity_recognizer". Built once from the gazetteer and its lexicons (see
/// docs in entity_recognizer.cc for the rules); Recognize() keeps no state between calls and
/// may run on many threads at once. Copyable and movable (shares its immutable tables).
class EntityRecognizer {
 public:
  /// Loads the gazetteer (iso-codes and libgeonames cities compiled in) and the entity lexicons
  /// from `data_dir` (empty: compiled in). `aliases` (may be null) forces or forbids merges through
  /// the keys.
  static Result<EntityRecognizer> Create(std::string_view data_dir,
                                         std::shared_ptr<const AliasTable> aliases = nullptr);

  /// Finds the mentions in `document`'s body and resolves them. `tokens`, `sentences` and
  /// `timexes` come from the earlier stages over the same document; no timex span ever becomes
  /// part of a name ("Friday", "August"). Appends to `mentions` (sorted by span; each
  /// Mention::entity indexes `entities`, offset by the entities already there) and `entities`
  /// (in order of first mention). Never fails; odd input adds notes to `diagnostics` (may be
  /// null). `explanations` (may be null; --explain) receives one string per appended mention,
  /// parallel to `mentions`: "new entity", or the rule and evidence that joined the mention to its
  /// entity ("surname: 'putin' is the last name of 'Vladimir Putin'", "acronym: ...", "title:
  /// ...", "pronoun: ...", "same_key: ..."). Building them costs time, so pass null when unused.
  void Recognize(const Document& document, const std::vector<Token>& tokens,
                 const std::vector<Sentence>& sentences, const std::vector<Timex>& timexes,
                 std::vector<Mention>* mentions, std::vector<Entity>* entities,
                 Diagnostics* diagnostics, std::vector<std::string>* explanations = nullptr) const;

  /// The key function this recognizer applies (with its alias table).
  const EntityKeyer& keyer() const;
  const Gazetteer& gazetteer() const;

 private:
  explicit EntityRecognizer(std::shared_ptr<const internal::EntityRules> rules);
  std::shared_ptr<const internal::EntityRules> rules_;
};

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_ENTITY_RECOGNIZER_H_
