// SPDX-License-Identifier: Apache-2.0
// A timeline picture written directly as SVG: time axis, swimlanes per actor, events at their
// dates, compressed gaps and a legend.
#ifndef EVENTGRAPH_EXPORT_SVG_TIMELINE_WRITER_H_
#define EVENTGRAPH_EXPORT_SVG_TIMELINE_WRITER_H_

#include <cstddef>
#include <string>
#include <vector>

#include "core/status.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {

struct SvgTimelineOptions {
  /// Lane actors by name (FindEntityByName); empty = the top `max_actors` actors by event count.
  std::vector<std::string> actors;
  /// Default 6.
  size_t max_actors = 6;
  /// Width of the time axis in pixels (the picture adds the lane-name gutter). Default 980.
  double axis_width = 980.0;
  /// Gaps longer than this many days between events are compressed into a drawn break.
  /// Default 730 (two years): 1867 and 2025 share one axis.
  int64_t break_after_days = 730;
  /// Title at the top. Default "eventgraph timeline".
  std::string title = "eventgraph timeline";
};

/// Renders the dated events: a horizontal axis with year and month ticks; one swimlane per actor
/// (an event appears in the lane of each lane actor taking part; events with none go to
/// "Other"); day-precision events as dots, multi-day intervals as solid bars, month precision as
/// hatched bars over the month, year precision as dashed bars over the year; planned and
/// uncertain events hollow, negated ones struck through; labels packed in rows so they never
/// overlap; gaps longer than `break_after_days` drawn as a break with the skipped span; a legend
/// of shapes and event-type colours; a note counting undated events. Every event element carries
/// its id and a tooltip with date, status and sources. Deterministic. NotFound for unknown actor
/// names.
Result<std::string> WriteSvgTimeline(const GraphData& graph, const SvgTimelineOptions& options);

}  // namespace eventgraph

#endif  // EVENTGRAPH_EXPORT_SVG_TIMELINE_WRITER_H_
