// SPDX-License-Identifier: Apache-2.0
#include "graph/knowledge_graph.h"

#include <catch2/catch.hpp>

#include "tests/graph_fixture.h"

namespace eventgraph {
namespace {

TEST_CASE("KnowledgeGraph: has a node per entity and event", "[graph][knowledge_graph]") {
  KnowledgeGraph graph(testing::MakeSummitGraph());
  const GraphData& data = graph.data();
  CHECK(graph.node_count() == data.entities.size() + data.events.size());
  for (size_t i = 0; i < data.entities.size(); ++i) {
    NodeId node = graph.EntityNode(i);
    CHECK(graph.node_kind(node) == NodeKind::kEntity);
    CHECK(graph.node_record(node) == i);
    CHECK(graph.FindEntity(data.entities[i].id) == node);
  }
  for (size_t j = 0; j < data.events.size(); ++j) {
    NodeId node = graph.EventNode(j);
    CHECK(graph.node_kind(node) == NodeKind::kEvent);
    CHECK(graph.node_record(node) == j);
    CHECK(graph.FindEvent(data.events[j].id) == node);
  }
  CHECK_FALSE(graph.FindEntity(EntityId("ent:missing")).has_value());
}

TEST_CASE("KnowledgeGraph: builds participation, place, relation and located_in edges",
          "[graph][knowledge_graph]") {
  KnowledgeGraph graph(testing::MakeSummitGraph());
  const GraphData& data = graph.data();
  size_t participants = 0;
  size_t places = 0;
  size_t parents = 0;
  for (const EventRecord& e : data.events) {
    participants += e.participants.size();
    if (e.place) ++places;
  }
  for (const EntityRecord& e : data.entities) {
    if (e.parent) ++parents;
  }
  REQUIRE(graph.edge_count() == participants + places + data.relations.size() + parents);

  std::vector<KnowledgeGraph::EdgeView> edges = graph.Edges();
  for (size_t i = 0; i < edges.size(); ++i) {
    const auto& e = edges[i];
    CHECK(e.id.value() == i);
    switch (e.kind) {
      case EdgeKind::kParticipatesIn:
        CHECK(graph.node_kind(e.source) == NodeKind::kEntity);
        CHECK(graph.node_kind(e.target) == NodeKind::kEvent);
        break;
      case EdgeKind::kTookPlaceIn:
        CHECK(graph.node_kind(e.source) == NodeKind::kEvent);
        CHECK(graph.node_kind(e.target) == NodeKind::kEntity);
        break;
      case EdgeKind::kRelation: {
        REQUIRE(e.relation >= 0);
        const RelationRecord& r = data.relations[static_cast<size_t>(e.relation)];
        CHECK(graph.FindEntity(r.source) == e.source);
        CHECK(graph.FindEntity(r.target) == e.target);
        break;
      }
      case EdgeKind::kLocatedIn:
        CHECK(data.entities[graph.node_record(e.source)].parent ==
              data.entities[graph.node_record(e.target)].id);
        break;
    }
  }
}

TEST_CASE("KnowledgeGraph: lists incident edges in id order", "[graph][knowledge_graph]") {
  KnowledgeGraph graph(testing::MakeSummitGraph());
  NodeId mercer = *graph.FindEntity(testing::FixtureEntity(graph.data(), "Jonathan Mercer"));
  std::vector<KnowledgeGraph::EdgeView> edges = graph.IncidentEdges(mercer);
  // 4 events (Helsinki, Anchorage, Oval Office, talks) + 4 relations (met x3, blamed).
  CHECK(edges.size() == 8);
  for (size_t i = 1; i < edges.size(); ++i) CHECK(edges[i - 1].id < edges[i].id);
  for (const auto& e : edges) CHECK((e.source == mercer || e.target == mercer));
}

TEST_CASE("KnowledgeGraph: skips references to unknown entities", "[graph][knowledge_graph]") {
  GraphData data = testing::MakeSummitGraph();
  data.relations[0].target = EntityId("ent:gone");
  const size_t before = KnowledgeGraph(testing::MakeSummitGraph()).edge_count();
  KnowledgeGraph graph(std::move(data));
  CHECK(graph.edge_count() == before - 1);
}

TEST_CASE("KnowledgeGraph: names edge kinds stably", "[graph][knowledge_graph]") {
  CHECK(EdgeKindName(EdgeKind::kParticipatesIn) == "participates_in");
  CHECK(EdgeKindName(EdgeKind::kTookPlaceIn) == "took_place_in");
  CHECK(EdgeKindName(EdgeKind::kRelation) == "relation");
  CHECK(EdgeKindName(EdgeKind::kLocatedIn) == "located_in");
}

}  // namespace
}  // namespace eventgraph
