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
  rapidjson::StringBuffer buffer;
  internal::JsonWriter w(buffer);
  internal::InitJsonWriter(&w);
  using internal::JsonKey;
  using internal::JsonString;
  w.StartObject();
  JsonKey(w, "schema");
  JsonString(w, kTimelineJsonSchema);
  JsonKey(w, "events");
  w.StartArray();
  for (size_t i : order) {
    const EventRecord& e = graph.events[i];
    w.StartObject();
    JsonKey(w, "id");
    JsonString(w, e.id.value());
    JsonKey(w, "type");
    JsonString(w, e.type);
    JsonKey(w, "label");
    JsonString(w, e.label);
    JsonKey(w, "status");
    JsonString(w, EventStatusName(e.status));
    JsonKey(w, "time");
    internal::JsonTime(w, e.time);
    JsonKey(w, "place");
    if (e.place) {
      w.StartObject();
      JsonKey(w, "id");
      JsonString(w, e.place->value());
      JsonKey(w, "name");
      JsonString(w, index.EntityName(*e.place));
      w.EndObject();
    } else {
      w.Null();
    }
    JsonKey(w, "participants");
    w.StartArray();
    for (const ParticipantRecord& p : e.participants) {
      w.StartObject();
      JsonKey(w, "id");
      JsonString(w, p.entity.value());
      JsonKey(w, "name");
      JsonString(w, index.EntityName(p.entity));
      JsonKey(w, "role");
      JsonString(w, ParticipantRoleName(p.role));
      w.EndObject();
    }
    w.EndArray();
    JsonKey(w, "confidence");
    w.Double(e.confidence);
    JsonKey(w, "source_count");
    w.Uint64(e.sources.size());
    JsonKey(w, "sources");
    internal::JsonSources(w, e.sources);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return internal::JsonText(buffer);
}

}  // namespace eventgraph
