// SPDX-License-Identifier: Apache-2.0
#include "export/jgf_writer.h"

#include "export/internal/json_elements.h"
#include "export/internal/json_util.h"

namespace eventgraph {

std::string WriteJgf(const GraphData& graph) {
  const KnowledgeGraph kg{&graph};
  const internal::Elements elements = internal::BuildElements(kg);
  internal::JsonBuffer buffer;
  internal::JsonWriter w(buffer);
  internal::InitJsonWriter(&w);
  using internal::JsonKey;
  using internal::JsonString;
  w.StartObject();
  JsonKey(w, "graph");
  w.StartObject();
  JsonKey(w, "id");
  JsonString(w, "eventgraph");
  JsonKey(w, "type");
  JsonString(w, "eventgraph.knowledge_graph");
  JsonKey(w, "label");
  JsonString(w, "eventgraph knowledge graph");
  JsonKey(w, "directed");
  w.Bool(true);
  JsonKey(w, "metadata");
  w.StartObject();
  JsonKey(w, "schema");
  JsonString(w, "eventgraph.graph/1");
  JsonKey(w, "documents");
  w.StartArray();
  for (const DocumentRecord& d : graph.documents) {
    w.StartObject();
    JsonKey(w, "id");
    JsonString(w, d.id.value());
    JsonKey(w, "path");
    JsonString(w, d.path);
    JsonKey(w, "title");
    JsonString(w, d.title);
    JsonKey(w, "date");
    if (d.date) {
      JsonString(w, d.date->ToIso());
    } else {
      w.Null();
    }
    JsonKey(w, "date_source");
    JsonString(w, DctSourceName(d.date_source));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  JsonKey(w, "nodes");
  w.StartObject();
  for (const internal::ElementNode& node : elements.nodes) {
    JsonKey(w, node.id);
    w.StartObject();
    JsonKey(w, "label");
    JsonString(w, node.label);
    JsonKey(w, "metadata");
    w.StartObject();
    internal::JsonNodeMembers(w, node);
    w.EndObject();
    w.EndObject();
  }
  w.EndObject();
  JsonKey(w, "edges");
  w.StartArray();
  for (const internal::ElementEdge& edge : elements.edges) {
    w.StartObject();
    JsonKey(w, "id");
    JsonString(w, edge.id);
    JsonKey(w, "source");
    JsonString(w, elements.nodes[edge.source].id);
    JsonKey(w, "target");
    JsonString(w, elements.nodes[edge.target].id);
    JsonKey(w, "relation");
    JsonString(w, edge.relation ? edge.relation->type : std::string(EdgeKindName(edge.kind)));
    JsonKey(w, "directed");
    w.Bool(!(edge.relation && edge.relation->symmetric));
    JsonKey(w, "label");
    JsonString(w, edge.label);
    JsonKey(w, "metadata");
    w.StartObject();
    internal::JsonEdgeMembers(w, edge);
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.EndObject();
  return internal::JsonText(buffer);
}

}  // namespace eventgraph
