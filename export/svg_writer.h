// SPDX-License-Identifier: Apache-2.0
// The knowledge graph rendered to SVG in-process with Graphviz gvc.
#ifndef EVENTGRAPH_EXPORT_SVG_WRITER_H_
#define EVENTGRAPH_EXPORT_SVG_WRITER_H_

#include <cstddef>
#include <string>

#include "core/status.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {

struct SvgOptions {
  /// Layout engine; "" = "dot" up to `force_directed_above` nodes, "sfdp" above. Default "".
  std::string layout;
  /// Node count above which the default layout is sfdp. Default 60.
  size_t force_directed_above = 60;
  /// Size guard: above this many nodes only the top entities by mentions (with their events,
  /// relations among them) are drawn, and the picture's title says so. Default 120.
  size_t node_limit = 120;
  /// Cluster events per year (dot layout only). Default false.
  bool clusters_by_year = false;
};

/// The part of `graph` an SVG of at most `node_limit` nodes shows: the top entities by mentions
/// and the events with a participant among them (participants, places and relations outside
/// the top dropped). Returns the graph unchanged when it fits. `*note` receives the size-guard
/// message ("showing the top 40 of 500 entities by mentions (node limit 120)") or "".
GraphData LimitGraphForSvg(const GraphData& graph, size_t node_limit, std::string* note);

/// Lays out and renders the graph as SVG (same shapes and colours as WriteDot). Internal error
/// when a Graphviz layout or render step fails. Not thread-safe (Graphviz keeps global state).
Result<std::string> WriteSvg(const GraphData& graph, const SvgOptions& options);

}  // namespace eventgraph

#endif  // EVENTGRAPH_EXPORT_SVG_WRITER_H_
