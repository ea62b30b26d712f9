// SPDX-License-Identifier: Apache-2.0
// Queries run on the entity projection of the knowledge graph: an undirected graph over entities
// where two entities are linked when a relation joins them or when both take part in one event.
// Each projected edge keeps its evidence (relations first, then shared events), so a path hop
// can name the event and date. Places linked only as an event's place are not linked to its
// participants: "Trump met Putin in Anchorage" links Trump–Putin, not Trump–Anchorage.
#include "graph/query.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>

#include "graph/name_match.h"

namespace eventgraph {
namespace {

struct Link {
  std::optional<size_t> relation;
  std::optional<size_t> event;
};

using EntityGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// The entity projection: a Boost graph plus the links behind each (sorted) entity pair.
struct Projection {
  EntityGraph graph;
  std::map<std::pair<size_t, size_t>, std::vector<Link>> links;  // key: (min, max)

  const std::vector<Link>& LinksOf(size_t a, size_t b) const {
    static const std::vector<Link> kNone;
    auto it = links.find({std::min(a, b), std::max(a, b)});
    return it == links.end() ? kNone : it->second;
  }
};

Projection Project(const KnowledgeGraph& kg) {
  const GraphData& data = kg.data();
  Projection p;
  p.graph = EntityGraph(data.entities.size());
  auto entity_index = [&](const EntityId& id) -> std::optional<size_t> {
    std::optional<NodeId> node = kg.FindEntity(id);
    if (!node) return std::nullopt;
    return kg.node_record(*node);
  };
  for (size_t r = 0; r < data.relations.size(); ++r) {
    auto s = entity_index(data.relations[r].source);
    auto t = entity_index(data.relations[r].target);
    if (!s || !t || *s == *t) continue;
    p.links[{std::min(*s, *t), std::max(*s, *t)}].push_back(Link{r, std::nullopt});
  }
  for (size_t e = 0; e < data.events.size(); ++e) {
    std::vector<size_t> members;
    for (const ParticipantRecord& participant : data.events[e].participants) {
      if (auto i = entity_index(participant.entity)) members.push_back(*i);
    }
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    for (size_t x = 0; x < members.size(); ++x) {
      for (size_t y = x + 1; y < members.size(); ++y) {
        p.links[{members[x], members[y]}].push_back(Link{std::nullopt, e});
      }
    }
  }
  // std::map iteration gives a deterministic edge order, hence deterministic BFS trees.
  for (const auto& [pair, links] : p.links) boost::add_edge(pair.first, pair.second, p.graph);
  return p;
}

std::optional<size_t> FindEventIndex(const KnowledgeGraph& kg, const std::optional<EventId>& id) {
  if (!id) return std::nullopt;
  std::optional<NodeId> node = kg.FindEvent(*id);
  if (!node) return std::nullopt;
  return kg.node_record(*node);
}

// The hop for a pair: the most recent dated relation, else the most recent dated event, else the
// first link.
PathHop MakeHop(const KnowledgeGraph& kg, const Projection& p, size_t from, size_t to) {
  const GraphData& data = kg.data();
  PathHop hop;
  hop.from = from;
  hop.to = to;
  std::optional<DayInterval> best;
  bool best_is_relation = false;
  bool chosen = false;
  for (const Link& link : p.LinksOf(from, to)) {
    const std::optional<TimeValue>& time =
        link.relation ? data.relations[*link.relation].time : data.events[*link.event].time;
    std::optional<DayInterval> interval = TimeInterval(time);
    const bool is_relation = link.relation.has_value();
    bool take = !chosen;
    if (chosen && interval) {
      if (!best || (is_relation && !best_is_relation)) {
        take = true;
      } else if (is_relation == best_is_relation && best->first < interval->first) {
        take = true;
      }
    }
    if (!take) continue;
    chosen = true;
    best = interval;
    best_is_relation = is_relation;
    hop.relation = link.relation;
    hop.time = time;
    if (link.relation) {
      const RelationRecord& relation = data.relations[*link.relation];
      hop.label = relation.type;
      hop.event = FindEventIndex(kg, relation.event);
      if (!hop.time && hop.event) hop.time = data.events[*hop.event].time;
    } else {
      hop.event = link.event;
      hop.label = data.events[*link.event].type;
    }
  }
  return hop;
}

void TimeBounds(const std::optional<TimeValue>& time, std::optional<CivilDate>* first,
                std::optional<CivilDate>* last) {
  std::optional<DayInterval> interval = TimeInterval(time);
  if (!interval) return;
  if (!*first || interval->first < **first) *first = interval->first;
  if (!*last || **last < interval->last) *last = interval->last;
}

// BFS distances from `start` (unreached: max).
std::vector<uint32_t> Distances(const Projection& p, size_t start,
                                std::vector<size_t>* predecessors) {
  const size_t n = boost::num_vertices(p.graph);
  std::vector<uint32_t> distance(n, std::numeric_limits<uint32_t>::max());
  predecessors->assign(n, n);
  distance[start] = 0;
  (*predecessors)[start] = start;
  boost::breadth_first_search(
      p.graph, start,
      boost::visitor(boost::make_bfs_visitor(std::make_pair(
          boost::record_distances(distance.data(), boost::on_tree_edge()),
          boost::record_predecessors(predecessors->data(), boost::on_tree_edge())))));
  return distance;
}

}  // namespace

Result<EntityInfo> QueryEntity(const KnowledgeGraph& graph, std::string_view name) {
  const GraphData& data = graph.data();
  Result<size_t> found = FindEntityByName(data, name);
  if (!found.ok()) return found.status();
  EntityInfo info;
  info.entity = *found;
  const EntityId& id = data.entities[*found].id;
  for (const EventRecord& event : data.events) {
    for (const ParticipantRecord& p : event.participants) {
      if (p.entity != id) continue;
      ++info.event_count;
      TimeBounds(event.time, &info.first_seen, &info.last_seen);
      break;
    }
  }
  for (const RelationRecord& relation : data.relations) {
    if (relation.source != id && relation.target != id) continue;
    ++info.relation_count;
    TimeBounds(relation.time, &info.first_seen, &info.last_seen);
  }
  return info;
}

Result<std::vector<size_t>> QueryRelations(const KnowledgeGraph& graph,
                                           const RelationQuery& query) {
  const GraphData& data = graph.data();
  Result<size_t> a = FindEntityByName(data, query.a);
  if (!a.ok()) return a.status();
  std::optional<EntityId> b;
  if (!query.b.empty()) {
    Result<size_t> found = FindEntityByName(data, query.b);
    if (!found.ok()) return found.status();
    b = data.entities[*found].id;
  }
  const EntityId& a_id = data.entities[*a].id;
  std::vector<size_t> out;
  for (size_t r = 0; r < data.relations.size(); ++r) {
    const RelationRecord& relation = data.relations[r];
    const bool has_a = relation.source == a_id || relation.target == a_id;
    if (!has_a) continue;
    if (b) {
      const EntityId& other = relation.source == a_id ? relation.target : relation.source;
      if (other != *b) continue;
    }
    if (!query.type.empty() && relation.type != query.type) continue;
    if (!query.range.unbounded() && !query.range.Overlaps(relation.time)) continue;
    out.push_back(r);
  }
  std::sort(out.begin(), out.end(), [&](size_t x, size_t y) {
    std::optional<DayInterval> p = TimeInterval(data.relations[x].time);
    std::optional<DayInterval> q = TimeInterval(data.relations[y].time);
    if (p.has_value() != q.has_value()) return p.has_value();
    if (p && q && p->first != q->first) return p->first < q->first;
    if (p && q && p->last != q->last) return p->last < q->last;
    return data.relations[x].id < data.relations[y].id;
  });
  return out;
}

Result<std::vector<PathHop>> QueryPath(const KnowledgeGraph& graph, std::string_view a,
                                       std::string_view b) {
  const GraphData& data = graph.data();
  Result<size_t> from = FindEntityByName(data, a);
  if (!from.ok()) return from.status();
  Result<size_t> to = FindEntityByName(data, b);
  if (!to.ok()) return to.status();
  const Projection p = Project(graph);
  std::vector<size_t> predecessors;
  const std::vector<uint32_t> distance = Distances(p, *from, &predecessors);
  if (distance[*to] == std::numeric_limits<uint32_t>::max()) {
    return Status::NotFound("no path between '" + data.entities[*from].name + "' and '" +
                            data.entities[*to].name + "'");
  }
  std::vector<size_t> chain;
  for (size_t v = *to; v != *from; v = predecessors[v]) chain.push_back(v);
  chain.push_back(*from);
  std::reverse(chain.begin(), chain.end());
  std::vector<PathHop> hops;
  for (size_t i = 0; i + 1 < chain.size(); ++i) {
    hops.push_back(MakeHop(graph, p, chain[i], chain[i + 1]));
  }
  return hops;
}

Result<std::vector<NeighborRow>> QueryNeighbors(const KnowledgeGraph& graph, std::string_view name,
                                                uint32_t hops) {
  const GraphData& data = graph.data();
  Result<size_t> start = FindEntityByName(data, name);
  if (!start.ok()) return start.status();
  const Projection p = Project(graph);
  std::vector<size_t> predecessors;
  const std::vector<uint32_t> distance = Distances(p, *start, &predecessors);
  std::vector<NeighborRow> out;
  for (size_t v = 0; v < distance.size(); ++v) {
    if (v == *start || distance[v] == 0 || distance[v] > hops) continue;
    NeighborRow row;
    row.entity = v;
    row.distance = distance[v];
    for (auto [it, end] = boost::adjacent_vertices(v, p.graph); it != end; ++it) {
      if (distance[*it] + 1 == distance[v]) {
        row.links += static_cast<uint32_t>(p.LinksOf(v, *it).size());
      }
    }
    out.push_back(row);
  }
  std::sort(out.begin(), out.end(), [&](const NeighborRow& x, const NeighborRow& y) {
    if (x.distance != y.distance) return x.distance < y.distance;
    if (x.links != y.links) return x.links > y.links;
    const EntityRecord& ex = data.entities[x.entity];
    const EntityRecord& ey = data.entities[y.entity];
    if (ex.name != ey.name) return ex.name < ey.name;
    return ex.id < ey.id;
  });
  return out;
}

std::string_view RankByName(RankBy by) {
  switch (by) {
    case RankBy::kDegree:
      return "degree";
    case RankBy::kBetweenness:
      return "betweenness";
    case RankBy::kMentions:
      return "mentions";
  }
  return "degree";
}

std::optional<RankBy> ParseRankBy(std::string_view name) {
  for (RankBy by : {RankBy::kDegree, RankBy::kBetweenness, RankBy::kMentions}) {
    if (RankByName(by) == name) return by;
  }
  return std::nullopt;
}

std::vector<RankRow> TopEntities(const KnowledgeGraph& graph, RankBy by, size_t limit) {
  const GraphData& data = graph.data();
  const size_t n = data.entities.size();
  std::vector<double> score(n, 0.0);
  if (by == RankBy::kMentions) {
    for (size_t i = 0; i < n; ++i) score[i] = data.entities[i].mentions;
  } else {
    const Projection p = Project(graph);
    if (by == RankBy::kDegree) {
      for (size_t i = 0; i < n; ++i) score[i] = static_cast<double>(boost::degree(i, p.graph));
    } else {
      // Brandes over the linked entities only: Boost resets per-vertex state for every source,
      // so the many isolated entities of a large corpus made it O(V^2) (2.6 s on Reuters).
      // Isolated vertices lie on no shortest path and sources keep their relative order, so
      // the scores are the same.
      std::vector<size_t> linked;
      std::vector<size_t> compact(n, 0);
      for (size_t i = 0; i < n; ++i) {
        if (boost::degree(i, p.graph) == 0) continue;
        compact[i] = linked.size();
        linked.push_back(i);
      }
      EntityGraph core(linked.size());
      for (const auto& [pair, links] : p.links) {
        boost::add_edge(compact[pair.first], compact[pair.second], core);
      }
      std::vector<double> core_score(linked.size(), 0.0);
      boost::brandes_betweenness_centrality(
          core, boost::centrality_map(boost::make_iterator_property_map(
                    core_score.begin(), boost::get(boost::vertex_index, core))));
      for (size_t k = 0; k < linked.size(); ++k) score[linked[k]] = core_score[k];
    }
  }
  std::vector<RankRow> rows;
  for (size_t i = 0; i < n; ++i) rows.push_back(RankRow{i, score[i]});
  std::sort(rows.begin(), rows.end(), [&](const RankRow& x, const RankRow& y) {
    if (x.score != y.score) return x.score > y.score;
    const EntityRecord& ex = data.entities[x.entity];
    const EntityRecord& ey = data.entities[y.entity];
    if (ex.name != ey.name) return ex.name < ey.name;
    return ex.id < ey.id;
  });
  if (rows.size() > limit) rows.resize(limit);
  return rows;
}

}  // namespace eventgraph
