// SPDX-License-Identifier: Apache-2.0
// Private to export/: the nodes and edges every graph format writes, with stable ids, labels,
// times and provenance, enumerated once in KnowledgeGraph order (entities, events; edges by
// EdgeId). Keep edge ids in sync with docs/dot_conventions.md.
#ifndef EVENTGRAPH_EXPORT_INTERNAL_GRAPH_ELEMENTS_H_
#define EVENTGRAPH_EXPORT_INTERNAL_GRAPH_ELEMENTS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace eventgraph::internal {

// `id` and `label` view strings of the graph's records (valid while the GraphData lives).
struct ElementNode {
  std::string_view id;  // entity or event id
  NodeKind kind = NodeKind::kEntity;
  const EntityRecord* entity = nullptr;  // set for entities
  const EventRecord* event = nullptr;    // set for events
  std::string_view label;                // entity name, event label (its type if none)
};

struct ElementEdge {
  /// Relation edges: the relation id. Others: "<source id>|<kind or role>|<target id>",
  /// e.g. "ent:…|agent|evt:…", "evt:…|took_place_in|ent:…", "ent:…|located_in|ent:…".
  std::string id;
  size_t source = 0;  // index into Elements::nodes
  size_t target = 0;
  EdgeKind kind = EdgeKind::kRelation;
  std::string label;  // role, "took place in", relation type or "located in"
  const RelationRecord* relation = nullptr;
  const EventRecord* event = nullptr;  // the event of a participation/place edge or relation
  std::optional<TimeValue> time;       // of the relation, else of the event
  EventStatus status = EventStatus::kOccurred;
  const std::vector<SourceRef>* sources = nullptr;  // never null
};

struct Elements {
  std::vector<ElementNode> nodes;
  std::vector<ElementEdge> edges;
};

/// Enumerates `graph` (which must outlive the result).
Elements BuildElements(const KnowledgeGraph& graph);

}  // namespace eventgraph::internal

#endif  // EVENTGRAPH_EXPORT_INTERNAL_GRAPH_ELEMENTS_H_
