// SPDX-License-Identifier: Apache-2.0
// Cytoscape.js elements JSON: {"elements": {"nodes": [{"data"}], "edges": [{"data"}]}}.
#ifndef EVENTGRAPH_EXPORT_CYTOSCAPE_WRITER_H_
#define EVENTGRAPH_EXPORT_CYTOSCAPE_WRITER_H_

#include <string>

#include "graph/knowledge_graph.h"

namespace eventgraph {

/// Entities and events as nodes, participation/place/relation/located_in as edges, every element
/// with data.id (the stable record id; edges "<source>|<kind>|<target>" or the relation id) and
/// every record attribute (kind, aliases, time, status, sources...) in data. Deterministic.
std::string WriteCytoscapeJson(const GraphData& graph);

}  // namespace eventgraph

#endif  // EVENTGRAPH_EXPORT_CYTOSCAPE_WRITER_H_
