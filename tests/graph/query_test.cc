// SPDX-License-Identifier: Apache-2.0
#include "graph/query.h"

#include <catch2/catch.hpp>

#include "tests/graph_fixture.h"

namespace eventgraph {
namespace {

const std::string& NameOf(const KnowledgeGraph& graph, size_t entity) {
  return graph.data().entities[entity].name;
}

TEST_CASE("QueryEntity: reports counts and first/last seen", "[graph][query]") {
  KnowledgeGraph graph(testing::MakeSummitGraph());
  Result<EntityInfo> info = QueryEntity(graph, "mercer");
  REQUIRE(info.ok());
  CHECK(NameOf(graph, info->entity) == "Jonathan Mercer");
  CHECK(info->event_count == 4);
  CHECK(info->relation_count == 4);
  REQUIRE(info->first_seen.has_value());
  CHECK(info->first_seen->ToIso() == "2018-07-16");
  CHECK(info->last_seen->ToIso() == "2025-08-15");
  CHECK(QueryEntity(graph, "Nobody Known").status().code() == StatusCode::kNotFound);
}

TEST_CASE("QueryRelations: lists the 2018 and 2025 meetings in order", "[graph][query]") {
  KnowledgeGraph graph(testing::MakeSummitGraph());
  const GraphData& data = graph.data();
  RelationQuery query;
  query.a = "Jonathan Mercer";
  query.b = "Aleksandr Volkov";
  Result<std::vector<size_t>> rows = QueryRelations(graph, query);
  REQUIRE(rows.ok());
  REQUIRE(rows->size() == 2);
  CHECK(data.relations[(*rows)[0]].time->value == "2018-07-16");
  CHECK(data.relations[(*rows)[1]].time->value == "2025-08-15");

  SECTION("B in either direction and the reverse query agree") {
    std::swap(query.a, query.b);
    Result<std::vector<size_t>> reverse = QueryRelations(graph, query);
    REQUIRE(reverse.ok());
    CHECK(*reverse == *rows);
  }
  SECTION("--from narrows by date") {
    query.range = *ParseDateRange("2020", "");
    Result<std::vector<size_t>> later = QueryRelations(graph, query);
    REQUIRE(later.ok());
    REQUIRE(later->size() == 1);
    CHECK(data.relations[(*later)[0]].time->value == "2025-08-15");
  }
  SECTION("all relations of A sort undated last") {
    query.b.clear();
    query.a = "Mercer";
    Result<std::vector<size_t>> all = QueryRelations(graph, query);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 4);
    CHECK(data.relations[(*all)[0]].time->value == "2018-07-16");
    CHECK(data.relations[(*all)[1]].time->value == "2025-02-28");
    CHECK(data.relations[(*all)[2]].time->value == "2025-08-15");
    CHECK(data.relations[(*all)[3]].type == "blamed");
    CHECK_FALSE(data.relations[(*all)[3]].time.has_value());
  }
  SECTION("--type filters") {
    query.b.clear();
    query.a = "Mercer";
    query.type = "blamed";
    CHECK(QueryRelations(graph, query)->size() == 1);
  }
}

TEST_CASE("QueryPath: finds the shortest chain with events and dates", "[graph][query]") {
  KnowledgeGraph graph(testing::MakeSummitGraph());
  const GraphData& data = graph.data();
  Result<std::vector<PathHop>> path = QueryPath(graph, "Mikhail Orlov", "Oksana Hrytsenko");
  REQUIRE(path.ok());
  REQUIRE(path->size() == 2);
  CHECK(NameOf(graph, (*path)[0].from) == "Mikhail Orlov");
  CHECK(NameOf(graph, (*path)[0].to) == "Jonathan Mercer");
  CHECK(NameOf(graph, (*path)[1].to) == "Oksana Hrytsenko");
  // Orlov–Mercer share only the Anchorage summit; Mercer–Hrytsenko met in the Oval Office.
  REQUIRE((*path)[0].event.has_value());
  CHECK(data.events[*(*path)[0].event].label == "Mercer and Volkov hold a summit in Anchorage");
  CHECK((*path)[0].time->value == "2025-08-15");
  CHECK((*path)[1].label == "met");
  CHECK((*path)[1].time->value == "2025-02-28");

  SECTION("the most recent dated link represents a pair") {
    Result<std::vector<PathHop>> hop = QueryPath(graph, "Mercer", "Volkov");
    REQUIRE(hop.ok());
    REQUIRE(hop->size() == 1);
    CHECK((*hop)[0].label == "met");
    CHECK((*hop)[0].time->value == "2025-08-15");
  }
  SECTION("unconnected entities are NotFound") {
    Result<std::vector<PathHop>> none = QueryPath(graph, "Mercer", "Russia");
    REQUIRE_FALSE(none.ok());
    CHECK(none.status().message() == "no path between 'Jonathan Mercer' and 'Russia'");
  }
  SECTION("a path to itself is empty") { CHECK(QueryPath(graph, "Mercer", "Mercer")->empty()); }
}

TEST_CASE("QueryNeighbors: lists entities within K hops", "[graph][query]") {
  KnowledgeGraph graph(testing::MakeSummitGraph());
  Result<std::vector<NeighborRow>> one = QueryNeighbors(graph, "Oksana Hrytsenko", 1);
  REQUIRE(one.ok());
  REQUIRE(one->size() == 1);
  CHECK(NameOf(graph, (*one)[0].entity) == "Jonathan Mercer");
  CHECK((*one)[0].links == 3);  // met, blamed, the Oval Office meeting

  Result<std::vector<NeighborRow>> two = QueryNeighbors(graph, "Oksana Hrytsenko", 2);
  REQUIRE(two.ok());
  REQUIRE(two->size() == 3);
  CHECK(NameOf(graph, (*two)[1].entity) == "Aleksandr Volkov");
  CHECK((*two)[1].distance == 2);
  CHECK(NameOf(graph, (*two)[2].entity) == "Mikhail Orlov");
}

TEST_CASE("TopEntities: ranks by betweenness, degree and mentions", "[graph][query]") {
  KnowledgeGraph graph(testing::MakeSummitGraph());
  std::vector<RankRow> between = TopEntities(graph, RankBy::kBetweenness, 3);
  REQUIRE(between.size() == 3);
  CHECK(NameOf(graph, between[0].entity) == "Jonathan Mercer");
  CHECK(between[0].score == Approx(2.0));  // Hrytsenko–Volkov and Hrytsenko–Orlov pass through

  std::vector<RankRow> degree = TopEntities(graph, RankBy::kDegree, 2);
  CHECK(NameOf(graph, degree[0].entity) == "Jonathan Mercer");
  CHECK(degree[0].score == Approx(3.0));

  std::vector<RankRow> mentions = TopEntities(graph, RankBy::kMentions, 100);
  CHECK(mentions.size() == graph.data().entities.size());
  CHECK(NameOf(graph, mentions[0].entity) == "Jonathan Mercer");
  CHECK(NameOf(graph, mentions[1].entity) == "Aleksandr Volkov");

  CHECK(ParseRankBy("betweenness") == RankBy::kBetweenness);
  CHECK_FALSE(ParseRankBy("pagerank").has_value());
}

}  // namespace
}  // namespace eventgraph
