// SPDX-License-Identifier: Apache-2.0
#include "export/cytoscape_writer.h"

#include "export/internal/json_elements.h"
#include "export/internal/json_util.h"

namespace eventgraph {

std::string WriteCytoscapeJson(const GraphData& graph) {
  const KnowledgeGraph kg{&graph};
  const internal::Elements elements = internal::BuildElements(kg);
  internal::JsonBuffer buffer;
  internal::JsonWriter w(buffer);
  internal::InitJsonWriter(&w);
  using internal::JsonKey;
  using internal::JsonString;
  w.StartObject();
  JsonKey(w, "elements");
  w.StartObject();
  JsonKey(w, "nodes");
  w.StartArray();
  for (const internal::ElementNode& node : elements.nodes) {
    w.StartObject();
    JsonKey(w, "data");
    w.StartObject();
    JsonKey(w, "id");
    JsonString(w, node.id);
    JsonKey(w, "label");
    JsonString(w, node.label);
    internal::JsonNodeMembers(w, node);
    w.EndObject();
    JsonKey(w, "classes");
    JsonString(w, node.entity ? std::string(EntityKindName(node.entity->kind))
                              : "event " + node.event->type);
    w.EndObject();
  }
  w.EndArray();
  JsonKey(w, "edges");
  w.StartArray();
  for (const internal::ElementEdge& edge : elements.edges) {
    w.StartObject();
    JsonKey(w, "data");
    w.StartObject();
    JsonKey(w, "id");
    JsonString(w, edge.id);
    JsonKey(w, "source");
    JsonString(w, elements.nodes[edge.source].id);
    JsonKey(w, "target");
    JsonString(w, elements.nodes[edge.target].id);
    internal::JsonEdgeMembers(w, edge);
    w.EndObject();
    JsonKey(w, "classes");
    JsonString(w, EdgeKindName(edge.kind));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.EndObject();
  return internal::JsonText(buffer);
}

}  // namespace eventgraph
