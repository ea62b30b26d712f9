// SPDX-License-Identifier: Apache-2.0
// GraphBuilder: per-document Annotations → graph records, and many documents → one GraphData.
#ifndef EVENTGRAPH_GRAPH_GRAPH_BUILDER_H_
#define EVENTGRAPH_GRAPH_GRAPH_BUILDER_H_

#include <vector>

#include "core/pipeline.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {

/// The records one document contributes: its DocumentRecord (with sentences), and its entities,
/// events and relations with provenance. Pure; cannot fail.
GraphData BuildDocumentGraph(const Annotations& annotations);

/// Merges per-document (or per-shard) graphs into one, deterministically: the result does not
/// depend on the order or grouping of `parts`.
GraphData MergeGraphs(std::vector<GraphData> parts);

}  // namespace eventgraph

#endif  // EVENTGRAPH_GRAPH_GRAPH_BUILDER_H_
