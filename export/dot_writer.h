// SPDX-License-Identifier: Apache-2.0
// Graphviz DOT, written with cgraph so every label is escaped by the library
// (docs/dot_conventions.md).
#ifndef EVENTGRAPH_EXPORT_DOT_WRITER_H_
#define EVENTGRAPH_EXPORT_DOT_WRITER_H_

#include <cstddef>
#include <string>

#include "core/status.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {

/// DotOptions::isolated_limit by default: enough for every entity of a few hundred articles,
/// few enough that Graphviz can still lay out the graph of a whole archive.
inline constexpr size_t kDefaultDotIsolatedLimit = 200;

struct DotOptions {
  /// Group event nodes into one cluster subgraph per year. Default false.
  bool clusters_by_year = false;
  /// Entities that take part in no event or relation and contain no drawn place ("isolated":
  /// a node without edges) are drawn only up to this many, the most mentioned first (ties by
  /// id); the graph's `comment` and `eg_isolated_omitted` attributes say how many were left
  /// out. SIZE_MAX keeps every one. graph.json always has them all.
  size_t isolated_limit = kDefaultDotIsolatedLimit;
};

/// Events and entities as nodes (shaped and coloured by kind and event type), labelled edges for
/// roles, places, relations and containment; node names are the stable ids. Deterministic.
/// Internal error when cgraph fails. Calls are serialized internally (cgraph keeps global state).
Result<std::string> WriteDot(const GraphData& graph, const DotOptions& options);

}  // namespace eventgraph

#endif  // EVENTGRAPH_EXPORT_DOT_WRITER_H_
