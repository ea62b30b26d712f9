// SPDX-License-Identifier: Apache-2.0
// Filtering works in two passes: decide which events and relations survive (date, type, ego),
// then keep the entities and documents they refer to, so the result is a consistent GraphData.
#include "export/graph_filter.h"

#include <set>
#include <unordered_map>

#include "graph/name_match.h"
#include "graph/query.h"

namespace eventgraph {

Result<GraphData> FilterGraph(const GraphData& graph, const GraphFilter& filter) {
  if (filter.empty()) return graph;
  std::optional<std::set<std::string>> ego;
  if (!filter.actor.empty()) {
    KnowledgeGraph kg{&graph};
    Result<size_t> start = FindEntityByName(graph, filter.actor);
    if (!start.ok()) return start.status();
    Result<std::vector<NeighborRow>> rows =
        QueryNeighbors(kg, graph.entities[*start].id.value(), filter.hops);
    if (!rows.ok()) return rows.status();
    ego.emplace();
    ego->insert(graph.entities[*start].id.value());
    for (const NeighborRow& row : *rows) ego->insert(graph.entities[row.entity].id.value());
  }
  auto in_ego = [&](const EntityId& id) { return !ego || ego->count(id.value()) > 0; };

  GraphData out;
  std::set<std::string> kept_entities;
  std::set<std::string> kept_events;
  std::set<std::string> kept_docs;
  auto cite = [&](const std::vector<SourceRef>& sources) {
    for (const SourceRef& s : sources) kept_docs.insert(s.doc.value());
  };
  for (const EventRecord& event : graph.events) {
    if (!filter.type.empty() && event.type != filter.type) continue;
    if (!filter.range.unbounded() && !filter.range.Overlaps(event.time)) continue;
    EventRecord copy = event;
    if (ego) {
      std::erase_if(copy.participants,
                    [&](const ParticipantRecord& p) { return !in_ego(p.entity); });
      if (copy.participants.empty()) continue;
    }
    for (const ParticipantRecord& p : copy.participants) kept_entities.insert(p.entity.value());
    if (copy.place) kept_entities.insert(copy.place->value());
    kept_events.insert(copy.id.value());
    cite(copy.sources);
    out.events.push_back(std::move(copy));
  }
  for (const RelationRecord& relation : graph.relations) {
    const bool event_kept = relation.event && kept_events.count(relation.event->value()) > 0;
    if (!filter.type.empty() && relation.type != filter.type && !event_kept) continue;
    if (!filter.range.unbounded() && !filter.range.Overlaps(relation.time)) continue;
    if (!in_ego(relation.source) || !in_ego(relation.target)) continue;
    RelationRecord copy = relation;
    // The relation's event was filtered away: keep the relation, drop the dangling reference.
    if (copy.event && !event_kept) copy.event.reset();
    kept_entities.insert(copy.source.value());
    kept_entities.insert(copy.target.value());
    cite(copy.sources);
    out.relations.push_back(std::move(copy));
  }
  if (ego && filter.type.empty() && filter.range.unbounded()) {
    for (const std::string& id : *ego) kept_entities.insert(id);
  }
  // Parent chains of kept places (Anchorage → Alaska → United States).
  std::unordered_map<std::string, const EntityRecord*> by_id;
  for (const EntityRecord& e : graph.entities) by_id.emplace(e.id.value(), &e);
  std::vector<std::string> pending(kept_entities.begin(), kept_entities.end());
  while (!pending.empty()) {
    std::string id = std::move(pending.back());
    pending.pop_back();
    auto it = by_id.find(id);
    if (it == by_id.end() || !it->second->parent) continue;
    if (kept_entities.insert(it->second->parent->value()).second) {
      pending.push_back(it->second->parent->value());
    }
  }
  for (const EntityRecord& entity : graph.entities) {
    if (kept_entities.count(entity.id.value()) == 0) continue;
    for (const DocId& d : entity.docs) kept_docs.insert(d.value());
    out.entities.push_back(entity);
  }
  for (const DocumentRecord& doc : graph.documents) {
    if (kept_docs.count(doc.id.value()) > 0) out.documents.push_back(doc);
  }
  return out;
}

}  // namespace eventgraph
