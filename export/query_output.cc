// SPDX-License-Identifier: Apache-2.0
#include "export/query_output.h"

#include <algorithm>

#include "core/text.h"
#include "export/internal/json_util.h"
#include "graph/timeline.h"

namespace eventgraph {
namespace {

using internal::JsonKey;
using internal::JsonString;
using internal::JsonWriter;

size_t Width(std::string_view text) {
  size_t width = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t length = Utf8SequenceLength(text, pos);
    pos += length == 0 ? 1 : length;
    ++width;
  }
  return width;
}

std::string DateText(const std::optional<TimeValue>& time) {
  return time && time->known() ? time->value : "undated";
}

const EntityRecord* EntityById(const KnowledgeGraph& graph, const EntityId& id) {
  std::optional<NodeId> node = graph.FindEntity(id);
  return node ? &graph.data().entities[graph.node_record(*node)] : nullptr;
}

std::string NameOf(const KnowledgeGraph& graph, const EntityId& id) {
  const EntityRecord* e = EntityById(graph, id);
  return e ? e->name : id.value();
}

void JsonEntityRef(JsonWriter& w, const KnowledgeGraph& graph, const EntityId& id) {
  w.StartObject();
  JsonKey(w, "id");
  JsonString(w, id.value());
  JsonKey(w, "name");
  JsonString(w, NameOf(graph, id));
  w.EndObject();
}

void JsonOptionalDate(JsonWriter& w, const std::optional<CivilDate>& date) {
  if (date) {
    JsonString(w, date->ToIso());
  } else {
    w.Null();
  }
}

std::string Join(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : ", ") + v;
  return out;
}

}  // namespace

std::string AlignColumns(const std::vector<std::vector<std::string>>& rows) {
  std::vector<size_t> widths;
  for (const auto& row : rows) {
    if (widths.size() < row.size()) widths.resize(row.size(), 0);
    for (size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], Width(row[c]));
  }
  std::string out;
  for (const auto& row : rows) {
    std::string line;
    for (size_t c = 0; c < row.size(); ++c) {
      line += row[c];
      if (c + 1 < row.size()) line += std::string(widths[c] - Width(row[c]) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

std::string FormatEntityInfo(const KnowledgeGraph& graph, const EntityInfo& info,
                             QueryFormat format) {
  const EntityRecord& e = graph.data().entities[info.entity];
  if (format == QueryFormat::kText) {
    std::vector<std::vector<std::string>> rows = {
        {"name", e.name},
        {"id", e.id.value()},
        {"kind", std::string(EntityKindName(e.kind))},
        {"titles", Join(e.titles)},
        {"aliases", Join(e.aliases)},
        {"mentions", std::to_string(e.mentions) + " in " + std::to_string(e.docs.size()) +
                         (e.docs.size() == 1 ? " document" : " documents")},
        {"events", std::to_string(info.event_count)},
        {"relations", std::to_string(info.relation_count)},
        {"first seen", info.first_seen ? info.first_seen->ToIso() : "-"},
        {"last seen", info.last_seen ? info.last_seen->ToIso() : "-"},
    };
    return AlignColumns(rows);
  }
  internal::JsonBuffer buffer;
  JsonWriter w(buffer);
  internal::InitJsonWriter(&w);
  w.StartObject();
  JsonKey(w, "id");
  JsonString(w, e.id.value());
  JsonKey(w, "name");
  JsonString(w, e.name);
  JsonKey(w, "kind");
  JsonString(w, EntityKindName(e.kind));
  JsonKey(w, "titles");
  internal::JsonStringArray(w, e.titles);
  JsonKey(w, "aliases");
  internal::JsonStringArray(w, e.aliases);
  JsonKey(w, "mentions");
  w.Uint(e.mentions);
  JsonKey(w, "docs");
  w.StartArray();
  for (const DocId& d : e.docs) JsonString(w, d.value());
  w.EndArray();
  JsonKey(w, "events");
  w.Uint(info.event_count);
  JsonKey(w, "relations");
  w.Uint(info.relation_count);
  JsonKey(w, "first_seen");
  JsonOptionalDate(w, info.first_seen);
  JsonKey(w, "last_seen");
  JsonOptionalDate(w, info.last_seen);
  w.EndObject();
  return internal::JsonText(buffer);
}

std::string FormatRelations(const KnowledgeGraph& graph, const std::vector<size_t>& relations,
                            QueryFormat format) {
  const GraphData& data = graph.data();
  auto event_label = [&](const RelationRecord& r) -> std::string {
    if (!r.event) return "";
    std::optional<NodeId> node = graph.FindEvent(*r.event);
    return node ? data.events[graph.node_record(*node)].label : r.event->value();
  };
  if (format == QueryFormat::kText) {
    std::vector<std::vector<std::string>> rows = {
        {"DATE", "TYPE", "SOURCE", "TARGET", "STATUS", "SOURCES", "EVENT"}};
    for (size_t i : relations) {
      const RelationRecord& r = data.relations[i];
      rows.push_back({DateText(r.time), r.type, NameOf(graph, r.source), NameOf(graph, r.target),
                      std::string(EventStatusName(r.status)), std::to_string(r.sources.size()),
                      event_label(r)});
    }
    return AlignColumns(rows);
  }
  internal::JsonBuffer buffer;
  JsonWriter w(buffer);
  internal::InitJsonWriter(&w);
  w.StartObject();
  JsonKey(w, "relations");
  w.StartArray();
  for (size_t i : relations) {
    const RelationRecord& r = data.relations[i];
    w.StartObject();
    JsonKey(w, "id");
    JsonString(w, r.id.value());
    JsonKey(w, "type");
    JsonString(w, r.type);
    JsonKey(w, "source");
    JsonEntityRef(w, graph, r.source);
    JsonKey(w, "target");
    JsonEntityRef(w, graph, r.target);
    JsonKey(w, "time");
    internal::JsonTime(w, r.time);
    JsonKey(w, "status");
    JsonString(w, EventStatusName(r.status));
    JsonKey(w, "event");
    if (r.event) {
      w.StartObject();
      JsonKey(w, "id");
      JsonString(w, r.event->value());
      JsonKey(w, "label");
      JsonString(w, event_label(r));
      w.EndObject();
    } else {
      w.Null();
    }
    JsonKey(w, "sources");
    internal::JsonSources(w, r.sources);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return internal::JsonText(buffer);
}

std::string FormatTimeline(const KnowledgeGraph& graph, const std::vector<size_t>& events,
                           QueryFormat format) {
  const GraphData& data = graph.data();
  if (format == QueryFormat::kText) {
    std::vector<std::vector<std::string>> rows = {
        {"DATE", "PRECISION", "TYPE", "STATUS", "EVENT", "PLACE", "PARTICIPANTS"}};
    for (size_t i : events) {
      const EventRecord& e = data.events[i];
      std::vector<std::string> names;
      for (const ParticipantRecord& p : e.participants) names.push_back(NameOf(graph, p.entity));
      rows.push_back({DateText(e.time),
                      e.time ? std::string(PrecisionName(e.time->precision)) : "-", e.type,
                      std::string(EventStatusName(e.status)), e.label,
                      e.place ? NameOf(graph, *e.place) : "-", Join(names)});
    }
    return AlignColumns(rows);
  }
  internal::JsonBuffer buffer;
  JsonWriter w(buffer);
  internal::InitJsonWriter(&w);
  w.StartObject();
  JsonKey(w, "events");
  w.StartArray();
  const auto name_of = [&graph](const EntityId& id) { return NameOf(graph, id); };
  for (size_t i : events) {
    internal::JsonTimelineEvent(w, data.events[i], name_of, /*with_confidence=*/false);
  }
  w.EndArray();
  w.EndObject();
  return internal::JsonText(buffer);
}

std::string FormatPath(const KnowledgeGraph& graph, size_t from, const std::vector<PathHop>& hops,
                       QueryFormat format) {
  const GraphData& data = graph.data();
  auto hop_text = [&](const PathHop& hop) {
    std::string text = hop.label + " (" + DateText(hop.time) + ")";
    if (hop.event) text += ": " + data.events[*hop.event].label;
    return text;
  };
  if (format == QueryFormat::kText) {
    std::string out = data.entities[from].name + "\n";
    for (const PathHop& hop : hops) {
      out += "  └─ " + hop_text(hop) + "\n" + data.entities[hop.to].name + "\n";
    }
    out += std::to_string(hops.size()) + (hops.size() == 1 ? " hop\n" : " hops\n");
    return out;
  }
  internal::JsonBuffer buffer;
  JsonWriter w(buffer);
  internal::InitJsonWriter(&w);
  w.StartObject();
  JsonKey(w, "length");
  w.Uint64(hops.size());
  JsonKey(w, "entities");
  w.StartArray();
  JsonEntityRef(w, graph, data.entities[from].id);
  for (const PathHop& hop : hops) JsonEntityRef(w, graph, data.entities[hop.to].id);
  w.EndArray();
  JsonKey(w, "hops");
  w.StartArray();
  for (const PathHop& hop : hops) {
    w.StartObject();
    JsonKey(w, "from");
    JsonString(w, data.entities[hop.from].id.value());
    JsonKey(w, "to");
    JsonString(w, data.entities[hop.to].id.value());
    JsonKey(w, "label");
    JsonString(w, hop.label);
    JsonKey(w, "relation");
    if (hop.relation) {
      JsonString(w, data.relations[*hop.relation].id.value());
    } else {
      w.Null();
    }
    JsonKey(w, "event");
    if (hop.event) {
      w.StartObject();
      JsonKey(w, "id");
      JsonString(w, data.events[*hop.event].id.value());
      JsonKey(w, "label");
      JsonString(w, data.events[*hop.event].label);
      w.EndObject();
    } else {
      w.Null();
    }
    JsonKey(w, "time");
    internal::JsonTime(w, hop.time);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return internal::JsonText(buffer);
}

std::string FormatNeighbors(const KnowledgeGraph& graph, const std::vector<NeighborRow>& rows,
                            QueryFormat format) {
  const GraphData& data = graph.data();
  if (format == QueryFormat::kText) {
    std::vector<std::vector<std::string>> table = {{"HOPS", "NAME", "KIND", "LINKS"}};
    for (const NeighborRow& row : rows) {
      const EntityRecord& e = data.entities[row.entity];
      table.push_back({std::to_string(row.distance), e.name, std::string(EntityKindName(e.kind)),
                       std::to_string(row.links)});
    }
    return AlignColumns(table);
  }
  internal::JsonBuffer buffer;
  JsonWriter w(buffer);
  internal::InitJsonWriter(&w);
  w.StartObject();
  JsonKey(w, "neighbors");
  w.StartArray();
  for (const NeighborRow& row : rows) {
    const EntityRecord& e = data.entities[row.entity];
    w.StartObject();
    JsonKey(w, "id");
    JsonString(w, e.id.value());
    JsonKey(w, "name");
    JsonString(w, e.name);
    JsonKey(w, "kind");
    JsonString(w, EntityKindName(e.kind));
    JsonKey(w, "hops");
    w.Uint(row.distance);
    JsonKey(w, "links");
    w.Uint(row.links);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return internal::JsonText(buffer);
}

std::string FormatTop(const KnowledgeGraph& graph, RankBy by, const std::vector<RankRow>& rows,
                      QueryFormat format) {
  const GraphData& data = graph.data();
  auto score_text = [&](double score) {
    if (by != RankBy::kBetweenness) return std::to_string(static_cast<int64_t>(score));
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", score);
    return std::string(buffer);
  };
  if (format == QueryFormat::kText) {
    std::vector<std::vector<std::string>> table = {
        {"RANK", "NAME", "KIND", std::string(RankByName(by))}};
    for (size_t i = 0; i < rows.size(); ++i) {
      const EntityRecord& e = data.entities[rows[i].entity];
      table.push_back({std::to_string(i + 1), e.name, std::string(EntityKindName(e.kind)),
                       score_text(rows[i].score)});
    }
    return AlignColumns(table);
  }
  internal::JsonBuffer buffer;
  JsonWriter w(buffer);
  internal::InitJsonWriter(&w);
  w.StartObject();
  JsonKey(w, "by");
  JsonString(w, RankByName(by));
  JsonKey(w, "entities");
  w.StartArray();
  for (size_t i = 0; i < rows.size(); ++i) {
    const EntityRecord& e = data.entities[rows[i].entity];
    w.StartObject();
    JsonKey(w, "rank");
    w.Uint64(i + 1);
    JsonKey(w, "id");
    JsonString(w, e.id.value());
    JsonKey(w, "name");
    JsonString(w, e.name);
    JsonKey(w, "kind");
    JsonString(w, EntityKindName(e.kind));
    JsonKey(w, "score");
    w.Double(rows[i].score);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return internal::JsonText(buffer);
}

}  // namespace eventgraph
