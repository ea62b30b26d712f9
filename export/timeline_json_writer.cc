// SPDX-License-Identifier: Apache-2.0
#include "export/timeline_json_writer.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <vector>

#include "export/internal/json_util.h"
#include "graph/timeline.h"

namespace eventgraph {

std::string WriteTimelineJson(const GraphData& graph) {
  internal::RecordIndex index(graph);
  std::vector<size_t> order(graph.events.size());
  std::iota(order.begin(), order.end(), size_t{0});
  // EventTimeLess() with each event's TimeInterval() worked out once, not at every comparison
  // (two per comparison cost more than writing the events). Keep in sync with EventTimeLess().
  std::vector<std::optional<DayInterval>> intervals(graph.events.size());
  for (size_t i = 0; i < graph.events.size(); ++i)
    intervals[i] = TimeInterval(graph.events[i].time);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const std::optional<DayInterval>& x = intervals[a];
    const std::optional<DayInterval>& y = intervals[b];
    if (x.has_value() != y.has_value()) return x.has_value();
    if (x && y) {
      if (x->first != y->first) return x->first < y->first;
      if (x->last != y->last) return x->last < y->last;
    }
    return graph.events[a].id < graph.events[b].id;
  });
  internal::JsonBuffer buffer;
  internal::JsonWriter w(buffer);
  internal::InitJsonWriter(&w);
  using internal::JsonKey;
  using internal::JsonString;
  w.StartObject();
  JsonKey(w, "schema");
  JsonString(w, kTimelineJsonSchema);
  JsonKey(w, "events");
  w.StartArray();
  const auto name_of = [&index](const EntityId& id) { return index.EntityName(id); };
  for (size_t i : order) {
    internal::JsonTimelineEvent(w, graph.events[i], name_of, /*with_confidence=*/true);
  }
  w.EndArray();
  w.EndObject();
  return internal::JsonText(buffer);
}

}  // namespace eventgraph
