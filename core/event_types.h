// SPDX-License-Identifier: Apache-2.0
// EventTypeTable: the event types of event_types.txt with their CAMEO root code, PLOVER
// category, merge family and the relation they imply.
#ifndef EVENTGRAPH_CORE_EVENT_TYPES_H_
#define EVENTGRAPH_CORE_EVENT_TYPES_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/lexicon.h"
#include "core/status.h"

namespace eventgraph {

/// How an event's relation links its participants. Stable: appears in event_types.txt.
enum class RelationDirection : uint8_t {
  kSymmetric,  // "sym": every pair of principal participants (met, agreed)
  kForward,    // "fwd": each agent -> each patient (attacked, criticized)
};

/// One row of event_types.txt.
struct EventTypeInfo {
  std::string name;        // "meeting"; Stable: appears in JSON
  std::string cameo_root;  // two-digit CAMEO root code: "04"
  std::string plover;      // PLOVER category: "CONSULT"
  std::string family;      // event mentions merge only within one family: "meeting"
  std::string relation;    // relation type implied ("met") or "" for none
  RelationDirection direction = RelationDirection::kForward;
};

/// The closed set of event types. Immutable and copyable; thread-safe for concurrent reads.
class EventTypeTable {
 public:
  EventTypeTable() = default;

  /// Builds the table from a lexicon in the event_types.txt format. ParseError naming the file
  /// and line on a row with missing fields or an unknown direction.
  static Result<EventTypeTable> FromLexicon(const Lexicon& lexicon);

  /// Loads event_types.txt from `data_dir` ("" = compiled in).
  static Result<EventTypeTable> Load(std::string_view data_dir);

  /// The row for `name`, or nullptr for an unknown type.
  const EventTypeInfo* Find(std::string_view name) const;

  /// True when mentions of types `a` and `b` may describe the same event (same family).
  /// Unknown types are compatible only with themselves.
  bool Compatible(std::string_view a, std::string_view b) const;

  /// Every type, sorted by name.
  const std::vector<EventTypeInfo>& types() const { return types_; }

 private:
  std::vector<EventTypeInfo> types_;  // sorted by name
};

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_EVENT_TYPES_H_
