// SPDX-License-Identifier: Apache-2.0
// EventExtractor: finds events (trigger + participants, place, time, status) in one document.
#ifndef EVENTGRAPH_CORE_EVENT_EXTRACTOR_H_
#define EVENTGRAPH_CORE_EVENT_EXTRACTOR_H_

#include <memory>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/event.h"
#include "core/event_types.h"
#include "core/lexicon.h"
#include "core/pipeline.h"
#include "core/status.h"

namespace eventgraph {

namespace internal {
struct EventLexicons;
}

/// Stage id "event_extractor". Reads Annotations::tokens, sentences, timexes, mentions and
/// entities (Mention::entity must index entities) and returns the document's events in text
/// order. A trigger (event_triggers.txt) becomes an event only when a participant stands in a
/// grammatical or positional relation to it (subject/object, "talks between X and Y", "X's
/// meeting with Y", "X and Y held a summit", "the meeting included A; B") or when it refers back
/// to a known event ("the summit" → Event::corefers_to). Stateless between calls; thread-safe
/// for concurrent const use. Copyable (shares its immutable lexicons).
class EventExtractor {
 public:
  /// Builds the extractor from event_types.txt, event_triggers.txt and event_cues.txt. ParseError
  /// when a trigger names an unknown type or a row misses fields.
  static Result<EventExtractor> Create(const Lexicon& event_types, const Lexicon& triggers,
                                       const Lexicon& cues);

  /// Loads the three lexicons from `data_dir` ("" = compiled in).
  static Result<EventExtractor> Create(std::string_view data_dir);

  /// The events of `annotations`. Never fails; a document without triggers gives none. Odd
  /// input (mention spans outside the text) adds a diagnostic and is skipped.
  std::vector<Event> Extract(const Annotations& annotations, Diagnostics* diagnostics) const;

  const EventTypeTable& types() const;

 private:
  explicit EventExtractor(std::shared_ptr<const internal::EventLexicons> lexicons);
  std::shared_ptr<const internal::EventLexicons> lexicons_;
};

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_EVENT_EXTRACTOR_H_
