// SPDX-License-Identifier: Apache-2.0
#include "export/timeline_json_writer.h"

#include <algorithm>
#include <numeric>

#include "export/internal/json_util.h"
#include "graph/timeline.h"

namespace eventgraph {

std::string WriteTimelineJson(const GraphData& graph) {
  internal::RecordIndex index(graph);
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
