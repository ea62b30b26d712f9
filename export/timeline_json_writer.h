// SPDX-License-Identifier: Apache-2.0
// timeline.json: eventgraph's own timeline format (docs/timeline-json.md).
#ifndef EVENTGRAPH_EXPORT_TIMELINE_JSON_WRITER_H_
#define EVENTGRAPH_EXPORT_TIMELINE_JSON_WRITER_H_

#include <string>

#include "graph/knowledge_graph.h"

namespace eventgraph {

/// The schema name of timeline.json. Stable.
inline constexpr const char* kTimelineJsonSchema = "eventgraph.timeline/1";

/// Events sorted by time (EventTimeLess: undated last) with precision, participants' names and
/// roles, place, status, source count and sources. Pretty-printed, newline-terminated,
/// deterministic.
std::string WriteTimelineJson(const GraphData& graph);

}  // namespace eventgraph

#endif  // EVENTGRAPH_EXPORT_TIMELINE_JSON_WRITER_H_
