// SPDX-License-Identifier: Apache-2.0
#include "export/internal/json_util.h"

namespace eventgraph::internal {

void InitJsonWriter(JsonWriter* writer) { writer->SetIndent(' ', 2); }

void JsonStringArray(JsonWriter& w, const std::vector<std::string>& values) {
  w.StartArray();
  for (const std::string& v : values) JsonString(w, v);
  w.EndArray();
}

void JsonTime(JsonWriter& w, const std::optional<TimeValue>& time) {
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
  JsonString(w, time->begin.ToIso());
  JsonKey(w, "end");
  JsonString(w, time->end.ToIso());
  JsonKey(w, "text");
  JsonString(w, time->text);
  w.EndObject();
}

void JsonSources(JsonWriter& w, const std::vector<SourceRef>& sources) {
  w.StartArray();
  for (const SourceRef& s : sources) {
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
  w.EndArray();
}

std::string JsonText(const rapidjson::StringBuffer& buffer) {
  std::string out(buffer.GetString(), buffer.GetSize());
  out.push_back('\n');
  return out;
}

RecordIndex::RecordIndex(const GraphData& g) : graph(g) {
  for (size_t i = 0; i < g.entities.size(); ++i) entities.emplace(g.entities[i].id.value(), i);
  for (size_t i = 0; i < g.events.size(); ++i) events.emplace(g.events[i].id.value(), i);
}

const EntityRecord* RecordIndex::Entity(const EntityId& id) const {
  auto it = entities.find(id.value());
  return it == entities.end() ? nullptr : &graph.entities[it->second];
}

const EventRecord* RecordIndex::Event(const EventId& id) const {
  auto it = events.find(id.value());
  return it == events.end() ? nullptr : &graph.events[it->second];
}

std::string RecordIndex::EntityName(const EntityId& id) const {
  const EntityRecord* e = Entity(id);
  return e ? e->name : id.value();
}

std::string TimeLabel(const std::optional<TimeValue>& time) {
  if (!time || !time->known()) return "";
  return time->value;
}

}  // namespace eventgraph::internal
