// SPDX-License-Identifier: Apache-2.0
// GraphML via Boost.Graph's write_graphml, with typed attributes (Gephi, yEd, Cytoscape).
#ifndef EVENTGRAPH_EXPORT_GRAPHML_WRITER_H_
#define EVENTGRAPH_EXPORT_GRAPHML_WRITER_H_

#include <string>

#include "core/status.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {

/// Nodes n0.. in KnowledgeGraph order (entities, then events) and edges e0.. with typed <key>s:
/// eg_id (the stable id), label, kind, entity_kind, type, status, time, time_begin, time_end,
/// precision, mentions (int), confidence (double), aliases, titles, docs, sources ("doc#sentence
/// [begin,end)" joined by spaces), place, latitude/longitude (double); edges: edge_id, edge_kind,
/// edge_label, role, relation_type, event, edge_status, edge_time, symmetric (boolean),
/// edge_sources. Deterministic. Internal error if Boost throws.
Result<std::string> WriteGraphMl(const GraphData& graph);

}  // namespace eventgraph

#endif  // EVENTGRAPH_EXPORT_GRAPHML_WRITER_H_
