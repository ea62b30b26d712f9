// SPDX-License-Identifier: Apache-2.0
#include "export/vis_timeline_writer.h"

#include <algorithm>
#include <numeric>

#include "export/internal/json_util.h"
#include "export/internal/timeline_lanes.h"
#include "graph/timeline.h"

namespace eventgraph {

Result<std::string> WriteVisTimeline(const GraphData& graph, const ExportOptions& options) {
  Result<internal::TimelineLanes> lanes = internal::AssignLanes(graph, options);
  if (!lanes.ok()) return lanes.status();
  internal::RecordIndex index(graph);
  auto group_id = [&](size_t lane) {
    return lane < lanes->actors.size() ? graph.entities[lanes->actors[lane]].id.value()
                                       : std::string("other");
  };
  std::vector<size_t> order(graph.events.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return EventTimeLess(graph.events[a], graph.events[b]); });
  internal::JsonBuffer buffer;
  internal::JsonWriter w(buffer);
  internal::InitJsonWriter(&w);
  using internal::JsonKey;
  using internal::JsonString;
  w.StartObject();
  JsonKey(w, "groups");
  w.StartArray();
  const size_t lane_count = lanes->actors.size() + (lanes->has_other ? 1 : 0);
  for (size_t lane = 0; lane < lane_count; ++lane) {
    w.StartObject();
    JsonKey(w, "id");
    JsonString(w, group_id(lane));
    JsonKey(w, "content");
    JsonString(w, lane < lanes->actors.size()
                      ? internal::HtmlEscape(graph.entities[lanes->actors[lane]].name)
                      : std::string("Other"));
    JsonKey(w, "order");
    w.Uint64(lane);
    w.EndObject();
  }
  w.EndArray();
  JsonKey(w, "items");
  w.StartArray();
  for (size_t i : order) {
    const EventRecord& e = graph.events[i];
    std::optional<DayInterval> interval = TimeInterval(e.time);
    if (!interval) continue;
    const bool point = e.time->precision >= Precision::kDay && interval->first == interval->last;
    std::string title = e.type + "; " + std::string(EventStatusName(e.status));
    for (const ParticipantRecord& p : e.participants) title += "; " + index.EntityName(p.entity);
    if (e.place) title += "; in " + index.EntityName(*e.place);
    for (size_t lane : lanes->event_lanes[i]) {
      w.StartObject();
      JsonKey(w, "id");
      JsonString(w, e.id.value() + "@" + group_id(lane));
      JsonKey(w, "content");
      JsonString(w, internal::HtmlEscape(e.label.empty() ? e.type : e.label));
      JsonKey(w, "start");
      JsonString(w, interval->first.ToIso());
      if (!point) {
        JsonKey(w, "end");
        JsonString(w, CivilFromDays(DaysFromCivil(interval->last) + 1).ToIso());
      }
      JsonKey(w, "group");
      JsonString(w, group_id(lane));
      JsonKey(w, "type");
      JsonString(w, point ? "point" : "range");
      JsonKey(w, "title");
      JsonString(w, internal::HtmlEscape(title));
      JsonKey(w, "className");
      JsonString(w, "precision-" + std::string(PrecisionName(e.time->precision)) + " status-" +
                        std::string(EventStatusName(e.status)));
      JsonKey(w, "event");
      JsonString(w, e.id.value());
      JsonKey(w, "sources");
      internal::JsonSources(w, e.sources);
      w.EndObject();
    }
  }
  w.EndArray();
  w.EndObject();
  return internal::JsonText(buffer);
}

}  // namespace eventgraph
