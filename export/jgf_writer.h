// SPDX-License-Identifier: Apache-2.0
// JSON Graph Format v2 (https://jsongraphformat.info, schema json-graph-schema_v2.json).
#ifndef EVENTGRAPH_EXPORT_JGF_WRITER_H_
#define EVENTGRAPH_EXPORT_JGF_WRITER_H_

#include <string>

#include "graph/knowledge_graph.h"

namespace eventgraph {

/// {"graph": {"id", "type", "label", "directed": true, "metadata": {schema, documents},
/// "nodes": {id: {"label", "metadata"}}, "edges": [{"id", "source", "target", "relation",
/// "directed", "label", "metadata"}]}}. Node metadata carries every record field; edge metadata
/// the ids, time and provenance (sources). Deterministic.
std::string WriteJgf(const GraphData& graph);

}  // namespace eventgraph

#endif  // EVENTGRAPH_EXPORT_JGF_WRITER_H_
