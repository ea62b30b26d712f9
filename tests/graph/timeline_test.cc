// SPDX-License-Identifier: Apache-2.0
#include "graph/timeline.h"

#include <catch2/catch.hpp>

#include "tests/graph_fixture.h"

namespace eventgraph {
namespace {

std::vector<std::string> Labels(const KnowledgeGraph& graph, const std::vector<size_t>& events) {
  std::vector<std::string> out;
  for (size_t i : events) out.push_back(graph.data().events[i].label);
  return out;
}

TEST_CASE("DaysFromCivil: round-trips through CivilFromDays", "[graph][timeline]") {
  CHECK(DaysFromCivil(CivilDate{1970, 1, 1}) == 0);
  CHECK(DaysFromCivil(CivilDate{2000, 3, 1}) == 11017);
  CHECK(DaysFromCivil(CivilDate{1867, 3, 30}) < 0);
  for (int64_t d : {-50000, -1, 0, 59, 60, 11016, 20315}) {
    CHECK(DaysFromCivil(CivilFromDays(d)) == d);
  }
}

TEST_CASE("TimeInterval: derives days from partial values", "[graph][timeline]") {
  TimeValue year{"1867", Precision::kYear, {}, {}, ""};
  auto i = TimeInterval(year);
  REQUIRE(i.has_value());
  CHECK(i->first == CivilDate{1867, 1, 1});
  CHECK(i->last == CivilDate{1867, 12, 31});
  TimeValue month{"2024-02", Precision::kMonth, {}, {}, ""};
  CHECK(TimeInterval(month)->last == CivilDate{2024, 2, 29});
  CHECK_FALSE(TimeInterval(TimeValue{"XXXX-08", Precision::kMonth, {}, {}, ""}).has_value());
  CHECK_FALSE(TimeInterval(std::nullopt).has_value());
}

TEST_CASE("ParseDateRange: accepts year, month and day bounds", "[graph][timeline]") {
  Result<DateRange> r = ParseDateRange("2018", "2025-02");
  REQUIRE(r.ok());
  CHECK(*r->from == CivilDate{2018, 1, 1});
  CHECK(*r->to == CivilDate{2025, 2, 28});
  CHECK(ParseDateRange("", "2025-08-15")->to == CivilDate{2025, 8, 15});
  Result<DateRange> bad = ParseDateRange("2018-13", "");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message() == "invalid date '2018-13' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
  CHECK_FALSE(ParseDateRange("2025-02-30", "").ok());
  CHECK_FALSE(ParseDateRange("2025", "2018").ok());
}

TEST_CASE("QueryTimeline: orders events and applies filters", "[graph][timeline]") {
  KnowledgeGraph graph(testing::MakeSummitGraph());
  TimelineQuery query;
  Result<std::vector<size_t>> all = QueryTimeline(graph, query);
  REQUIRE(all.ok());
  REQUIRE(all->size() == graph.data().events.size());
  CHECK(Labels(graph, *all).front() == "The United States buys Alaska from Russia");
  CHECK(Labels(graph, *all).back() == "Orlov visits Finland");  // undated last

  SECTION("actor") {
    query.actors = {"Volkov"};
    CHECK(Labels(graph, *QueryTimeline(graph, query)) ==
          std::vector<std::string>{"Mercer meets Volkov in Helsinki", "Ceasefire talks planned",
                                   "Mercer and Volkov hold a summit in Anchorage"});
  }
  SECTION("place includes places inside it") {
    query.place = "Alaska";
    CHECK(Labels(graph, *QueryTimeline(graph, query)) ==
          std::vector<std::string>{"The United States buys Alaska from Russia",
                                   "Naval exercise off Alaska",
                                   "Mercer and Volkov hold a summit in Anchorage"});
  }
  SECTION("date range and type") {
    query.range = *ParseDateRange("2025-01", "2025-03");
    query.type = "meeting";
    CHECK(Labels(graph, *QueryTimeline(graph, query)) ==
          std::vector<std::string>{"Mercer receives Hrytsenko in the Oval Office"});
  }
  SECTION("unknown actor") {
    query.actors = {"Volkof"};
    Result<std::vector<size_t>> r = QueryTimeline(graph, query);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message().rfind("no entity named 'Volkof'; closest: ", 0) == 0);
  }
}

TEST_CASE("SelectTimelineActors: picks the most active non-place actors", "[graph][timeline]") {
  GraphData data = testing::MakeSummitGraph();
  Result<std::vector<size_t>> top = SelectTimelineActors(data, {}, 2);
  REQUIRE(top.ok());
  REQUIRE(top->size() == 2);
  CHECK(data.entities[(*top)[0]].name == "Jonathan Mercer");
  CHECK(data.entities[(*top)[1]].name == "Aleksandr Volkov");
  Result<std::vector<size_t>> named = SelectTimelineActors(data, {"Russia", "Orlov"}, 2);
  REQUIRE(named.ok());
  CHECK(data.entities[(*named)[0]].name == "Russia");
  CHECK(data.entities[(*named)[1]].name == "Mikhail Orlov");
}

}  // namespace
}  // namespace eventgraph
