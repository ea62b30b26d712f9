// SPDX-License-Identifier: Apache-2.0
#include "export/internal/timeline_lanes.h"

#include <algorithm>

#include "graph/timeline.h"

namespace eventgraph::internal {

Result<TimelineLanes> AssignLanes(const GraphData& graph, const ExportOptions& options) {
  Result<std::vector<size_t>> actors =
      SelectTimelineActors(graph, options.actors, options.max_actors);
  if (!actors.ok()) return actors.status();
  TimelineLanes lanes;
  lanes.actors = *actors;
  lanes.event_lanes.resize(graph.events.size());
  for (size_t e = 0; e < graph.events.size(); ++e) {
    for (size_t lane = 0; lane < lanes.actors.size(); ++lane) {
      const EntityId& actor = graph.entities[lanes.actors[lane]].id;
      for (const ParticipantRecord& p : graph.events[e].participants) {
        if (p.entity == actor) {
          lanes.event_lanes[e].push_back(lane);
          break;
        }
      }
    }
    if (lanes.event_lanes[e].empty()) {
      lanes.event_lanes[e].push_back(lanes.other_lane());
      lanes.has_other = true;
    }
  }
  return lanes;
}

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

}  // namespace eventgraph::internal
