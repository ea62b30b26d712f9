// SPDX-License-Identifier: Apache-2.0
// Private to export/: RapidJSON helpers shared by the JSON exporters (time values, sources,
// string arrays) and the record lookups every writer needs.
#ifndef EVENTGRAPH_EXPORT_INTERNAL_JSON_UTIL_H_
#define EVENTGRAPH_EXPORT_INTERNAL_JSON_UTIL_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "graph/knowledge_graph.h"

namespace eventgraph::internal {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

/// A pretty writer with two-space indentation over `buffer`.
void InitJsonWriter(JsonWriter* writer);

inline void JsonString(JsonWriter& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}
inline void JsonKey(JsonWriter& w, std::string_view s) {
  w.Key(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}
void JsonStringArray(JsonWriter& w, const std::vector<std::string>& values);
/// {"value","precision","begin","end","text"} or null, as graph.json writes it.
void JsonTime(JsonWriter& w, const std::optional<TimeValue>& time);
/// [{"doc","sentence","begin","end","text"}...]: UTF-8 byte offsets.
void JsonSources(JsonWriter& w, const std::vector<SourceRef>& sources);
/// The buffer's text plus a final newline.
std::string JsonText(const rapidjson::StringBuffer& buffer);

/// Id → index lookups over a GraphData (valid while it lives).
struct RecordIndex {
  explicit RecordIndex(const GraphData& graph);
  const EntityRecord* Entity(const EntityId& id) const;
  const EventRecord* Event(const EventId& id) const;
  /// The entity's name, or its id when unknown.
  std::string EntityName(const EntityId& id) const;

  const GraphData& graph;
  std::unordered_map<std::string, size_t> entities;
  std::unordered_map<std::string, size_t> events;
};

/// "2025-08-15", "2018-07", "1867", or "" for an unknown time.
std::string TimeLabel(const std::optional<TimeValue>& time);

}  // namespace eventgraph::internal

#endif  // EVENTGRAPH_EXPORT_INTERNAL_JSON_UTIL_H_
