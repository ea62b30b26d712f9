// SPDX-License-Identifier: Apache-2.0
// Private to export/: RapidJSON helpers shared by the JSON exporters (time values, sources,
// string arrays) and the record lookups every writer needs.
#ifndef EVENTGRAPH_EXPORT_INTERNAL_JSON_UTIL_H_
#define EVENTGRAPH_EXPORT_INTERNAL_JSON_UTIL_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "graph/knowledge_graph.h"

namespace eventgraph::internal {

/// RapidJSON's allocator under a type of our own, so that JsonBuffer is another type than
/// RapidJSON's StringBuffer.
struct JsonAllocator : rapidjson::CrtAllocator {};

/// The string buffer every JSON writer in export/ writes to, instead of RapidJSON's StringBuffer:
/// RapidJSON 1.1 specializes its Writer for StringBuffer with an SSE2 string scan (on with
/// RAPIDJSON_SSE2, see cmake/EventgraphDependencies.cmake) that leaves the control bytes
/// 0x1A-0x1F unescaped (it compares against 0x19), which is invalid JSON. Any other buffer type
/// takes the portable path that escapes every byte below 0x20 ("\u001F"). The lint step of
/// .ci/run rejects the StringBuffer type outside tests.
using JsonBuffer = rapidjson::GenericStringBuffer<rapidjson::UTF8<>, JsonAllocator>;

using JsonWriter = rapidjson::PrettyWriter<JsonBuffer>;

/// A pretty writer with two-space indentation over `buffer`.
void InitJsonWriter(JsonWriter* writer);

// The field writers are templates so that graph.json's compact JSON-lines form
// (rapidjson::Writer) and every pretty exporter (JsonWriter) share one definition.

template <typename Writer>
void JsonString(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}
/// Inlined everywhere: the keys are literals, and a writer inlining Key() (graph.json's) then
/// copies each with a length known at compile time.
template <typename Writer>
[[gnu::always_inline]] inline void JsonKey(Writer& w, std::string_view s) {
  w.Key(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}
template <typename Writer>
void JsonStringArray(Writer& w, const std::vector<std::string>& values) {
  w.StartArray();
  for (const std::string& v : values) JsonString(w, v);
  w.EndArray();
}
/// "YYYY-MM-DD", or null for a date without a year (unresolved, "XXXX-02").
template <typename Writer>
void JsonDayOrNull(Writer& w, const CivilDate& date) {
  if (date.year != 0) {
    JsonString(w, date.ToIso());
  } else {
    w.Null();
  }
}
/// {"value","precision","begin","end","text"} or null, as graph.json writes it (begin/end null
/// when the year is unknown).
template <typename Writer>
void JsonTime(Writer& w, const std::optional<TimeValue>& time) {
  if (!time) {
    w.Null();
    return;
  }
  w.StartObject();
  JsonKey(w, "value");
  JsonString(w, time->value);
  JsonKey(w, "precision");
  JsonString(w, PrecisionName(time->precision));
  JsonKey(w, "begin");
  JsonDayOrNull(w, time->begin);
  JsonKey(w, "end");
  JsonDayOrNull(w, time->end);
  JsonKey(w, "text");
  JsonString(w, time->text);
  w.EndObject();
}
/// {"doc","sentence","begin","end","text"}: UTF-8 byte offsets.
template <typename Writer>
void JsonSource(Writer& w, const SourceRef& s) {
  w.StartObject();
  JsonKey(w, "doc");
  JsonString(w, s.doc.value());
  JsonKey(w, "sentence");
  w.Uint(s.sentence);
  JsonKey(w, "begin");
  w.Uint(s.span.begin);
  JsonKey(w, "end");
  w.Uint(s.span.end);
  JsonKey(w, "text");
  JsonString(w, s.text);
  w.EndObject();
}
/// [source...]
template <typename Writer>
void JsonSources(Writer& w, const std::vector<SourceRef>& sources) {
  w.StartArray();
  for (const SourceRef& s : sources) JsonSource(w, s);
  w.EndArray();
}
/// One event as timeline.json and `query timeline --json` write it: id, type, label, status,
/// time, place ({id, name} or null), participants [{id, name, role}], confidence (when
/// `with_confidence`), source_count, sources. `name_of` gives an entity's display name.
void JsonTimelineEvent(JsonWriter& w, const EventRecord& e,
                       const std::function<std::string(const EntityId&)>& name_of,
                       bool with_confidence);

/// The buffer's text plus a final newline.
std::string JsonText(const JsonBuffer& buffer);

/// Id → index lookups over a GraphData (valid while it lives).
struct RecordIndex {
  explicit RecordIndex(const GraphData& graph);
  const EntityRecord* Entity(const EntityId& id) const;
  const EventRecord* Event(const EventId& id) const;
  /// The entity's name, or its id when unknown.
  std::string EntityName(const EntityId& id) const;

  const GraphData& graph;
  // Views of the records' ids (`graph` outlives the index).
  std::unordered_map<std::string_view, size_t> entities;
  std::unordered_map<std::string_view, size_t> events;
};

/// "2025-08-15", "2018-07", "1867", or "" for an unknown time.
std::string TimeLabel(const std::optional<TimeValue>& time);

}  // namespace eventgraph::internal

#endif  // EVENTGRAPH_EXPORT_INTERNAL_JSON_UTIL_H_
