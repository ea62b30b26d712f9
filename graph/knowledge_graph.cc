// SPDX-License-Identifier: Apache-2.0
// KnowledgeGraph construction. Vertices: entities first (vertex i = data.entities[i]), then
// events (vertex |entities| + j = data.events[j]). Edges are added in one fixed order, which is
// also their EdgeId order: for each event (in id order) its participation edges entity → event
// (participants in entity-id order), then its place edge event → place; then relation edges
// source → target in relation-id order; then located_in edges place → parent in entity order.
// References to unknown ids are skipped (the reader validated them; merges may drop entities).
#include "graph/knowledge_graph.h"

#include <algorithm>

#include "core/check.h"
#include "graph/internal/graph_topology.h"

namespace eventgraph {

std::string_view EdgeKindName(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::kParticipatesIn:
      return "participates_in";
    case EdgeKind::kTookPlaceIn:
      return "took_place_in";
    case EdgeKind::kRelation:
      return "relation";
    case EdgeKind::kLocatedIn:
      return "located_in";
  }
  return "relation";
}

namespace {

void AddEdge(internal::GraphTopology* topology, uint32_t source, uint32_t target,
             internal::EdgeData data) {
  data.id = static_cast<uint32_t>(topology->edges.size());
  auto [edge, added] = boost::add_edge(source, target, data, topology->graph);
  (void)added;  // vecS out-edge lists allow parallel edges: always added
  topology->edges.push_back(edge);
}

}  // namespace

KnowledgeGraph::KnowledgeGraph(GraphData data)
    : owned_(std::move(data)),
      data_(&owned_),
      topology_(std::make_unique<internal::GraphTopology>()) {
  BuildTopology();
}

KnowledgeGraph::KnowledgeGraph(const GraphData* data)
    : data_(data), topology_(std::make_unique<internal::GraphTopology>()) {
  BuildTopology();
}

void KnowledgeGraph::BuildTopology() {
  const GraphData& data = *data_;
  internal::GraphTopology& t = *topology_;
  const size_t entity_count = data.entities.size();
  t.entity_index.reserve(entity_count);
  t.event_index.reserve(data.events.size());
  for (size_t i = 0; i < entity_count; ++i) {
    boost::add_vertex(internal::NodeData{NodeKind::kEntity, static_cast<uint32_t>(i)}, t.graph);
    t.entity_index.emplace(data.entities[i].id.value(), static_cast<uint32_t>(i));
  }
  for (size_t j = 0; j < data.events.size(); ++j) {
    boost::add_vertex(internal::NodeData{NodeKind::kEvent, static_cast<uint32_t>(j)}, t.graph);
    t.event_index.emplace(data.events[j].id.value(), static_cast<uint32_t>(entity_count + j));
  }
  auto entity_vertex = [&t](const EntityId& id) -> std::optional<uint32_t> {
    auto it = t.entity_index.find(id.value());
    if (it == t.entity_index.end()) return std::nullopt;
    return it->second;
  };
  for (size_t j = 0; j < data.events.size(); ++j) {
    const EventRecord& event = data.events[j];
    const auto event_vertex = static_cast<uint32_t>(entity_count + j);
    std::vector<ParticipantRecord> participants = event.participants;
    std::sort(participants.begin(), participants.end());
    for (const ParticipantRecord& p : participants) {
      if (auto v = entity_vertex(p.entity)) {
        AddEdge(&t, *v, event_vertex, internal::EdgeData{0, EdgeKind::kParticipatesIn, -1, p.role});
      }
    }
    if (event.place) {
      if (auto v = entity_vertex(*event.place)) {
        AddEdge(&t, event_vertex, *v, internal::EdgeData{0, EdgeKind::kTookPlaceIn, -1, {}});
      }
    }
  }
  for (size_t r = 0; r < data.relations.size(); ++r) {
    const RelationRecord& relation = data.relations[r];
    auto s = entity_vertex(relation.source);
    auto d = entity_vertex(relation.target);
    if (s && d) {
      AddEdge(&t, *s, *d, internal::EdgeData{0, EdgeKind::kRelation, static_cast<int32_t>(r), {}});
    }
  }
  for (size_t i = 0; i < entity_count; ++i) {
    const EntityRecord& entity = data.entities[i];
    if (!entity.parent) continue;
    if (auto v = entity_vertex(*entity.parent); v && *v != i) {
      AddEdge(&t, static_cast<uint32_t>(i), *v,
              internal::EdgeData{0, EdgeKind::kLocatedIn, -1, {}});
    }
  }
}

// Moving the vectors keeps their elements where they are, so the topology's string_view keys
// into the records stay valid.
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&& other) noexcept
    : owned_(std::move(other.owned_)),
      data_(other.data_ == &other.owned_ ? &owned_ : other.data_),
      topology_(std::move(other.topology_)) {}

KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&& other) noexcept {
  if (this != &other) {
    owned_ = std::move(other.owned_);
    data_ = other.data_ == &other.owned_ ? &owned_ : other.data_;
    topology_ = std::move(other.topology_);
  }
  return *this;
}
KnowledgeGraph::~KnowledgeGraph() = default;

size_t KnowledgeGraph::node_count() const { return boost::num_vertices(topology_->graph); }
size_t KnowledgeGraph::edge_count() const { return topology_->edges.size(); }

NodeKind KnowledgeGraph::node_kind(NodeId node) const {
  EVENTGRAPH_CHECK(node.value() < node_count());
  return topology_->graph[node.value()].kind;
}

uint32_t KnowledgeGraph::node_record(NodeId node) const {
  EVENTGRAPH_CHECK(node.value() < node_count());
  return topology_->graph[node.value()].record;
}

std::optional<NodeId> KnowledgeGraph::FindEntity(const EntityId& id) const {
  auto it = topology_->entity_index.find(id.value());
  if (it == topology_->entity_index.end()) return std::nullopt;
  return NodeId(it->second);
}

std::optional<NodeId> KnowledgeGraph::FindEvent(const EventId& id) const {
  auto it = topology_->event_index.find(id.value());
  if (it == topology_->event_index.end()) return std::nullopt;
  return NodeId(it->second);
}

NodeId KnowledgeGraph::EntityNode(size_t entity_index) const {
  EVENTGRAPH_CHECK(entity_index < data_->entities.size());
  return NodeId(static_cast<uint32_t>(entity_index));
}

NodeId KnowledgeGraph::EventNode(size_t event_index) const {
  EVENTGRAPH_CHECK(event_index < data_->events.size());
  return NodeId(static_cast<uint32_t>(data_->entities.size() + event_index));
}

namespace {

KnowledgeGraph::EdgeView MakeView(const internal::Topology& g, const internal::Edge& e) {
  const internal::EdgeData& d = g[e];
  return KnowledgeGraph::EdgeView{EdgeId(d.id),
                                  NodeId(static_cast<uint32_t>(boost::source(e, g))),
                                  NodeId(static_cast<uint32_t>(boost::target(e, g))),
                                  d.kind,
                                  d.relation,
                                  d.role};
}

}  // namespace

std::vector<KnowledgeGraph::EdgeView> KnowledgeGraph::Edges() const {
  std::vector<EdgeView> out;
  out.reserve(topology_->edges.size());
  for (const internal::Edge& e : topology_->edges) out.push_back(MakeView(topology_->graph, e));
  return out;
}

std::vector<KnowledgeGraph::EdgeView> KnowledgeGraph::IncidentEdges(NodeId node) const {
  EVENTGRAPH_CHECK(node.value() < node_count());
  const internal::Topology& g = topology_->graph;
  std::vector<EdgeView> out;
  for (auto [it, end] = boost::out_edges(node.value(), g); it != end; ++it) {
    out.push_back(MakeView(g, *it));
  }
  for (auto [it, end] = boost::in_edges(node.value(), g); it != end; ++it) {
    if (boost::source(*it, g) == boost::target(*it, g)) continue;  // self-loop listed once
    out.push_back(MakeView(g, *it));
  }
  std::sort(out.begin(), out.end(),
            [](const EdgeView& a, const EdgeView& b) { return a.id < b.id; });
  return out;
}

}  // namespace eventgraph
