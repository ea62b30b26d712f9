// SPDX-License-Identifier: Apache-2.0
#include "export/graph_filter.h"

#include <catch2/catch.hpp>

#include "tests/graph_fixture.h"

namespace eventgraph {
namespace {

std::vector<std::string> EntityNames(const GraphData& g) {
  std::vector<std::string> names;
  for (const EntityRecord& e : g.entities) names.push_back(e.name);
  std::sort(names.begin(), names.end());
  return names;
}

TEST_CASE("FilterGraph: keeps everything without filters", "[export][filter]") {
  const GraphData data = testing::MakeSummitGraph();
  Result<GraphData> out = FilterGraph(data, GraphFilter{});
  REQUIRE(out.ok());
  CHECK(*out == data);
}

TEST_CASE("FilterGraph: keeps events and relations in the date range", "[export][filter]") {
  GraphFilter filter;
  filter.range = *ParseDateRange("2025-02", "2025-03");
  Result<GraphData> out = FilterGraph(testing::MakeSummitGraph(), filter);
  REQUIRE(out.ok());
  std::vector<std::string> labels;
  for (const EventRecord& e : out->events) labels.push_back(e.label);
  std::sort(labels.begin(), labels.end());
  CHECK(labels == std::vector<std::string>{"Ceasefire talks planned",
                                           "Mercer receives Hrytsenko in the Oval Office",
                                           "Łukasiewicz-Müller criticizes <script> Ltd"});
  CHECK(out->relations.size() == 2);  // met (Oval Office), criticized; "blamed" is undated
  // The White House keeps its parent chain.
  const std::vector<std::string> names = EntityNames(*out);
  CHECK(std::find(names.begin(), names.end(), "United States") != names.end());
  CHECK(std::find(names.begin(), names.end(), "Finland") == names.end());
}

TEST_CASE("FilterGraph: keeps the ego network of an actor", "[export][filter]") {
  GraphFilter filter;
  filter.actor = "Oksana Hrytsenko";
  filter.hops = 1;
  Result<GraphData> one = FilterGraph(testing::MakeSummitGraph(), filter);
  REQUIRE(one.ok());
  for (const EventRecord& e : one->events) {
    for (const ParticipantRecord& p : e.participants) {
      const bool ego = p.entity == testing::FixtureEntity(*one, "Oksana Hrytsenko") ||
                       p.entity == testing::FixtureEntity(*one, "Jonathan Mercer");
      CHECK(ego);
    }
  }
  const std::vector<std::string> names = EntityNames(*one);
  CHECK(std::find(names.begin(), names.end(), "Aleksandr Volkov") == names.end());

  filter.hops = 2;
  Result<GraphData> two = FilterGraph(testing::MakeSummitGraph(), filter);
  REQUIRE(two.ok());
  const std::vector<std::string> wider = EntityNames(*two);
  CHECK(std::find(wider.begin(), wider.end(), "Aleksandr Volkov") != wider.end());
  CHECK(std::find(wider.begin(), wider.end(), "Mikhail Orlov") != wider.end());
  CHECK(std::find(wider.begin(), wider.end(), "Russia") == wider.end());
}

TEST_CASE("FilterGraph: keeps one event type", "[export][filter]") {
  GraphFilter filter;
  filter.type = "meeting";
  Result<GraphData> out = FilterGraph(testing::MakeSummitGraph(), filter);
  REQUIRE(out.ok());
  CHECK(out->events.size() == 3);
  // Relations of the type, and relations whose event has it (Orlov accompanied Volkov).
  for (const RelationRecord& r : out->relations) {
    INFO(r.type);
    CHECK((r.type == "met" || r.type == "accompanied"));
    CHECK(r.event.has_value());
  }
  filter.type = "met";
  Result<GraphData> relations = FilterGraph(testing::MakeSummitGraph(), filter);
  REQUIRE(relations.ok());
  CHECK(relations->events.empty());
  CHECK(relations->relations.size() == 3);
  for (const RelationRecord& r : relations->relations) CHECK_FALSE(r.event.has_value());
}

TEST_CASE("FilterGraph: reports unknown actors", "[export][filter]") {
  GraphFilter filter;
  filter.actor = "Volkof";
  Result<GraphData> out = FilterGraph(testing::MakeSummitGraph(), filter);
  REQUIRE_FALSE(out.ok());
  CHECK(out.status().message().rfind("no entity named 'Volkof'; closest: Aleksandr Volkov", 0) ==
        0);
}

}  // namespace
}  // namespace eventgraph
