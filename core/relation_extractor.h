// SPDX-License-Identifier: Apache-2.0
// RelationExtractor: actor-to-actor relations (met, attacked, accompanied, ...) from events.
#ifndef EVENTGRAPH_CORE_RELATION_EXTRACTOR_H_
#define EVENTGRAPH_CORE_RELATION_EXTRACTOR_H_

#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/event.h"
#include "core/event_types.h"
#include "core/pipeline.h"
#include "core/status.h"

namespace eventgraph {

/// Stage id "relation_extractor". Derives relations from Annotations::events:
///  - symmetric types ("met", "agreed", "spoke_with"): one symmetric relation per pair of
///    principal participants (agents, patients, participants), source = the lower entity index;
///  - directed types ("attacked", "criticized", "called"): each agent → each patient;
///  - companions: "accompanied" from each companion to the first principal of the event mention
///    ("Lavrov and Ushakov accompanied Putin" → Lavrov → Putin, Ushakov → Putin).
/// A coreferent event mention yields relations for the event it refers to (Relation::event is
/// the head of the chain, time and status are the head's). Excluded entities never take part.
/// Duplicates (same type, ends and event) are kept once, the first. Stateless; thread-safe.
class RelationExtractor {
 public:
  explicit RelationExtractor(EventTypeTable types) : types_(std::move(types)) {}

  /// Loads event_types.txt from `data_dir` ("" = compiled in).
  static Result<RelationExtractor> Create(std::string_view data_dir);

  /// The relations of `annotations.events`, in event order. Never fails.
  std::vector<Relation> Extract(const Annotations& annotations, Diagnostics* diagnostics) const;

 private:
  EventTypeTable types_;
};

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_RELATION_EXTRACTOR_H_
