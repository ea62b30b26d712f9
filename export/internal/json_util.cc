// SPDX-License-Identifier: Apache-2.0
#include "export/internal/json_util.h"

#include <algorithm>

namespace eventgraph::internal {

void InitJsonWriter(JsonWriter* writer) { writer->SetIndent(' ', 2); }

void JsonTimelineEvent(JsonWriter& w, const EventRecord& e,
                       const std::function<std::string(const EntityId&)>& name_of,
                       bool with_confidence) {
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
  JsonTime(w, e.time);
  JsonKey(w, "place");
  if (e.place) {
    w.StartObject();
    JsonKey(w, "id");
    JsonString(w, e.place->value());
    JsonKey(w, "name");
    JsonString(w, name_of(*e.place));
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
    JsonString(w, name_of(p.entity));
    JsonKey(w, "role");
    JsonString(w, ParticipantRoleName(p.role));
    w.EndObject();
  }
  w.EndArray();
  if (with_confidence) {
    JsonKey(w, "confidence");
    w.Double(e.confidence);
  }
  JsonKey(w, "source_count");
  w.Uint64(e.sources.size());
  JsonKey(w, "sources");
  JsonSources(w, e.sources);
  w.EndObject();
}

std::string JsonText(const JsonBuffer& buffer) {
  std::string out(buffer.GetString(), buffer.GetSize());
  out.push_back('\n');
  return out;
}

namespace {

// The record of `records` (sorted by id) with id `id`, or null.
template <typename Record, typename Id>
const Record* FindSorted(const std::vector<Record>& records, const Id& id) {
  auto it = std::lower_bound(records.begin(), records.end(), id,
                             [](const Record& r, const Id& key) { return r.id < key; });
  return it != records.end() && it->id == id ? &*it : nullptr;
}

template <typename Record>
bool SortedById(const std::vector<Record>& records) {
  return std::is_sorted(records.begin(), records.end(),
                        [](const Record& a, const Record& b) { return a.id < b.id; });
}

}  // namespace

RecordIndex::RecordIndex(const GraphData& g)
    : graph(g), entities_sorted(SortedById(g.entities)), events_sorted(SortedById(g.events)) {
  if (!entities_sorted) {
    entities.reserve(g.entities.size());
    for (size_t i = 0; i < g.entities.size(); ++i) entities.emplace(g.entities[i].id.value(), i);
  }
  if (!events_sorted) {
    events.reserve(g.events.size());
    for (size_t i = 0; i < g.events.size(); ++i) events.emplace(g.events[i].id.value(), i);
  }
}

const EntityRecord* RecordIndex::Entity(const EntityId& id) const {
  if (entities_sorted) return FindSorted(graph.entities, id);
  auto it = entities.find(id.value());
  return it == entities.end() ? nullptr : &graph.entities[it->second];
}

const EventRecord* RecordIndex::Event(const EventId& id) const {
  if (events_sorted) return FindSorted(graph.events, id);
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
