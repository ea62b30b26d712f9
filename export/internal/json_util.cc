// SPDX-License-Identifier: Apache-2.0
#include "export/internal/json_util.h"

namespace eventgraph::internal {

void InitJsonWriter(JsonWriter* writer) { writer->SetIndent(' ', 2); }

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
