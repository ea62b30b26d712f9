// SPDX-License-Identifier: Apache-2.0
// Timelines: the days an event's time covers, date ranges from the command line, events in time
// order with actor/place/date/type filters, and the actors a timeline shows by default.
#ifndef EVENTGRAPH_GRAPH_TIMELINE_H_
#define EVENTGRAPH_GRAPH_TIMELINE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "core/timex.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {

/// Days since 1970-01-01 of a complete date (proleptic Gregorian; negative before 1970).
int64_t DaysFromCivil(const CivilDate& date);
/// The inverse of DaysFromCivil().
CivilDate CivilFromDays(int64_t days);

/// The first and last day (inclusive) `time` covers, from its begin/end when complete, else
/// derived from its value ("2018" → 2018-01-01..2018-12-31, "2022-02" → the month). Nullopt when
/// the time has no year (unknown, "XXXX-08", durations).
struct DayInterval {
  CivilDate first;
  CivilDate last;
  friend bool operator==(const DayInterval&, const DayInterval&) = default;
};
std::optional<DayInterval> TimeInterval(const std::optional<TimeValue>& time);

/// An inclusive range of days; either end may be open.
struct DateRange {
  std::optional<CivilDate> from;
  std::optional<CivilDate> to;

  bool unbounded() const { return !from && !to; }
  /// True when the range is unbounded, or when `time` is known and overlaps the range.
  bool Overlaps(const std::optional<TimeValue>& time) const;
};

/// Parses --from/--to bounds: "2018", "2018-07" or "2018-07-16" (either may be empty). A year or
/// month `from` starts at its first day, a `to` ends at its last day ("--to 2018" includes
/// 2018-12-31). InvalidArgument "invalid date '2018-13' (expected YYYY, YYYY-MM or YYYY-MM-DD)".
Result<DateRange> ParseDateRange(std::string_view from, std::string_view to);

/// Orders events by the first day they cover, then the last day, then id; undated events last.
bool EventTimeLess(const EventRecord& a, const EventRecord& b);

/// Filters for QueryTimeline(). Every field defaults to "no filter".
struct TimelineQuery {
  /// Names (resolved with FindEntityByName()); an event matches when any of them participates.
  std::vector<std::string> actors;
  /// A place name; matches the event's place or any place it lies in (Anchorage → Alaska).
  std::string place;
  DateRange range;
  /// An event type ("meeting"); "" for all.
  std::string type;
  /// Keep events without a known time (listed last). Default false when a range is given.
  bool include_undated = true;
};

/// Indices into graph.data().events in time order (EventTimeLess). NotFound (with suggestions)
/// when an actor or place name is unknown.
Result<std::vector<size_t>> QueryTimeline(const KnowledgeGraph& graph, const TimelineQuery& query);

/// The actors a timeline draws lanes for: the entities named in `names` (in that order;
/// NotFound for unknown names), or when `names` is empty the `limit` non-place entities taking
/// part in most events (ties: more mentions, then name).
Result<std::vector<size_t>> SelectTimelineActors(const GraphData& graph,
                                                 const std::vector<std::string>& names,
                                                 size_t limit);

/// Number of events each entity participates in (index-aligned with graph.entities).
std::vector<uint32_t> EventCounts(const GraphData& graph);

}  // namespace eventgraph

#endif  // EVENTGRAPH_GRAPH_TIMELINE_H_
