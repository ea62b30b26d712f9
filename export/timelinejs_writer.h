// SPDX-License-Identifier: Apache-2.0
// TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html).
#ifndef EVENTGRAPH_EXPORT_TIMELINEJS_WRITER_H_
#define EVENTGRAPH_EXPORT_TIMELINEJS_WRITER_H_

#include <string>

#include "core/status.h"
#include "export/exporter.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {

/// {"title": {...}, "events": [{"unique_id", "start_date": {"year", "month", "day",
/// "display_date"}, "end_date", "text": {"headline", "text"}, "group"}]} for every dated event in
/// time order. unique_id is the event id with ':' replaced by '-' (URL-hash safe). display_date
/// is set for partial dates ("July 2018", "1867"); end_date for intervals. Text is HTML-escaped
/// (TimelineJS renders HTML). group is the first timeline lane (options.actors or top actors)
/// the event belongs to, or "Other". NotFound for unknown actor names.
Result<std::string> WriteTimelineJs(const GraphData& graph, const ExportOptions& options);

}  // namespace eventgraph

#endif  // EVENTGRAPH_EXPORT_TIMELINEJS_WRITER_H_
