// SPDX-License-Identifier: Apache-2.0
// vis-timeline DataSet JSON (https://visjs.github.io/vis-timeline/docs/timeline/): items and
// groups.
#ifndef EVENTGRAPH_EXPORT_VIS_TIMELINE_WRITER_H_
#define EVENTGRAPH_EXPORT_VIS_TIMELINE_WRITER_H_

#include <string>

#include "core/status.h"
#include "export/exporter.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {

/// {"groups": [{"id", "content", "order"}], "items": [{"id", "content", "start", "end", "group",
/// "type", "title", "className", "event", "sources"}]}: one group per timeline lane (options.actors
/// or the top actors, plus "other"), one item per dated event per lane it belongs to, id
/// "<event id>@<group id>". Day-precision points are type "point"; intervals and month/year
/// precision are type "range" covering the days (end exclusive, as vis-timeline expects), with
/// className "precision-<grain> status-<status>". content/title are HTML-escaped. NotFound for
/// unknown actor names.
Result<std::string> WriteVisTimeline(const GraphData& graph, const ExportOptions& options);

}  // namespace eventgraph

#endif  // EVENTGRAPH_EXPORT_VIS_TIMELINE_WRITER_H_
