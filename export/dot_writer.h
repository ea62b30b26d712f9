// SPDX-License-Identifier: Apache-2.0
// Graphviz DOT, written with cgraph so every label is escaped by the library
// (docs/dot_conventions.md).
#ifndef EVENTGRAPH_EXPORT_DOT_WRITER_H_
#define EVENTGRAPH_EXPORT_DOT_WRITER_H_

#include <string>

#include "core/status.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {

struct DotOptions {
  /// Group event nodes into one cluster subgraph per year. Default false.
  bool clusters_by_year = false;
};

/// Entities and events as nodes (shaped and coloured by kind and event type), labelled edges for
/// roles, places, relations and containment; node names are the stable ids. Deterministic.
/// Internal error when cgraph fails. Not thread-safe (cgraph keeps global state).
Result<std::string> WriteDot(const GraphData& graph, const DotOptions& options);

}  // namespace eventgraph

#endif  // EVENTGRAPH_EXPORT_DOT_WRITER_H_
