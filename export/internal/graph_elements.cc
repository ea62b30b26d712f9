// SPDX-License-Identifier: Apache-2.0
#include "export/internal/graph_elements.h"

namespace eventgraph::internal {

Elements BuildElements(const KnowledgeGraph& graph) {
  static const std::vector<SourceRef> kNoSources;
  const GraphData& data = graph.data();
  Elements out;
  out.nodes.reserve(graph.node_count());
  for (size_t n = 0; n < graph.node_count(); ++n) {
    const NodeId node(static_cast<uint32_t>(n));
    ElementNode element;
    element.kind = graph.node_kind(node);
    if (element.kind == NodeKind::kEntity) {
      element.entity = &data.entities[graph.node_record(node)];
      element.id = element.entity->id.value();
      element.label = element.entity->name;
    } else {
      element.event = &data.events[graph.node_record(node)];
      element.id = element.event->id.value();
      element.label = element.event->label.empty() ? element.event->type : element.event->label;
    }
    out.nodes.push_back(std::move(element));
  }
  for (const KnowledgeGraph::EdgeView& view : graph.Edges()) {
    ElementEdge edge;
    edge.source = view.source.value();
    edge.target = view.target.value();
    edge.kind = view.kind;
    edge.sources = &kNoSources;
    const std::string_view s = out.nodes[edge.source].id;
    const std::string_view t = out.nodes[edge.target].id;
    switch (view.kind) {
      case EdgeKind::kParticipatesIn:
        edge.label = ParticipantRoleName(view.role);
        edge.event = out.nodes[edge.target].event;
        break;
      case EdgeKind::kTookPlaceIn:
        edge.label = "took place in";
        edge.event = out.nodes[edge.source].event;
        break;
      case EdgeKind::kRelation:
        edge.relation = &data.relations[static_cast<size_t>(view.relation)];
        edge.label = edge.relation->type;
        if (edge.relation->event) {
          if (auto node = graph.FindEvent(*edge.relation->event)) {
            edge.event = &data.events[graph.node_record(*node)];
          }
        }
        break;
      case EdgeKind::kLocatedIn:
        edge.label = "located in";
        break;
    }
    if (edge.relation) {
      edge.id = edge.relation->id.value();
      edge.time = edge.relation->time;
      if (!edge.time && edge.event) edge.time = edge.event->time;
      edge.status = edge.relation->status;
      edge.sources = &edge.relation->sources;
    } else {
      const std::string_view middle = view.kind == EdgeKind::kParticipatesIn
                                          ? std::string_view(edge.label)
                                          : std::string_view(EdgeKindName(view.kind));
      edge.id.reserve(s.size() + middle.size() + t.size() + 2);
      edge.id.append(s);
      edge.id += '|';
      edge.id.append(middle);
      edge.id += '|';
      edge.id.append(t);
      if (edge.event) {
        edge.time = edge.event->time;
        edge.status = edge.event->status;
        edge.sources = &edge.event->sources;
      }
    }
    out.edges.push_back(std::move(edge));
  }
  return out;
}

}  // namespace eventgraph::internal
