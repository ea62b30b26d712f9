// SPDX-License-Identifier: Apache-2.0
// Private to export/: which lane (actor) of a timeline each event goes in, shared by the
// timeline-svg, timelinejs and vis-timeline writers so all three group events alike.
#ifndef EVENTGRAPH_EXPORT_INTERNAL_TIMELINE_LANES_H_
#define EVENTGRAPH_EXPORT_INTERNAL_TIMELINE_LANES_H_

#include <string>
#include <vector>

#include "core/status.h"
#include "export/exporter.h"
#include "graph/knowledge_graph.h"

namespace eventgraph::internal {

struct TimelineLanes {
  /// Entity indices of the actor lanes, in display order.
  std::vector<size_t> actors;
  /// Per event (index into graph.events): the lanes it appears in; lane actors.size() is the
  /// "Other" lane for events with none of the actors.
  std::vector<std::vector<size_t>> event_lanes;
  bool has_other = false;

  size_t other_lane() const { return actors.size(); }
};

/// Lanes from options.actors (NotFound for unknown names) or the top options.max_actors actors.
Result<TimelineLanes> AssignLanes(const GraphData& graph, const ExportOptions& options);

/// Escapes &, <, >, " and ' for HTML text ("<script>" → "&lt;script&gt;").
std::string HtmlEscape(std::string_view text);

}  // namespace eventgraph::internal

#endif  // EVENTGRAPH_EXPORT_INTERNAL_TIMELINE_LANES_H_
