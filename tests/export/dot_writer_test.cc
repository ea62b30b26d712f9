// SPDX-License-Identifier: Apache-2.0
#include "export/dot_writer.h"

#include <memory>

#include <catch2/catch.hpp>
#include <graphviz/cgraph.h>

#include "tests/graph_fixture.h"

namespace eventgraph {
namespace {

struct Closer {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, Closer>;

std::string Attr(void* object, const char* name) {
  char* value = agget(object, const_cast<char*>(name));
  return value == nullptr ? "" : value;
}

TEST_CASE("WriteDot: parses back with cgraph with every node, edge and label", "[export][dot]") {
  const GraphData data = testing::MakeSummitGraph();
  Result<std::string> dot = WriteDot(data, DotOptions{});
  REQUIRE(dot.ok());
  GraphPtr g(agmemread(dot->c_str()));
  REQUIRE(g != nullptr);
  const KnowledgeGraph kg{GraphData(data)};
  CHECK(static_cast<size_t>(agnnodes(g.get())) == kg.node_count());
  CHECK(static_cast<size_t>(agnedges(g.get())) == kg.edge_count());
  for (const EntityRecord& e : data.entities) {
    INFO(e.name);
    Agnode_t* n = agnode(g.get(), const_cast<char*>(e.id.value().c_str()), 0);
    REQUIRE(n != nullptr);
    // Labels are escStrings: a literal backslash is written doubled.
    std::string expected;
    for (char c : e.name) expected += c == '\\' ? std::string("\\\\") : std::string(1, c);
    CHECK(Attr(n, "label") == expected);
    CHECK(Attr(n, "id") == e.id.value());
    CHECK(Attr(n, "eg_kind") == std::string(EntityKindName(e.kind)));
  }
}

TEST_CASE("WriteDot: escapes quotes, backslashes, markup and non-ASCII", "[export][dot]") {
  Result<std::string> dot = WriteDot(testing::MakeSummitGraph(), DotOptions{});
  REQUIRE(dot.ok());
  CHECK(dot->find(R"(label="The \"Quoted\" Party")") != std::string::npos);
  CHECK(dot->find(R"(label="C:\\Backslash Group")") != std::string::npos);
  CHECK(dot->find(R"(label="<script>alert(1)</script> Ltd")") != std::string::npos);
  CHECK(dot->find("label=\"Zoë Łukasiewicz-Müller\"") != std::string::npos);
}

TEST_CASE("WriteDot: shapes nodes by kind and styles planned events", "[export][dot]") {
  const GraphData data = testing::MakeSummitGraph();
  Result<std::string> dot = WriteDot(data, DotOptions{});
  REQUIRE(dot.ok());
  GraphPtr g(agmemread(dot->c_str()));
  REQUIRE(g != nullptr);
  auto node = [&](const std::string& id) {
    return agnode(g.get(), const_cast<char*>(id.c_str()), 0);
  };
  CHECK(Attr(node(testing::FixtureEntity(data, "Jonathan Mercer").value()), "shape") == "ellipse");
  CHECK(Attr(node(testing::FixtureEntity(data, "Russia").value()), "shape") == "doubleoctagon");
  CHECK(Attr(node(testing::FixtureEntity(data, "Anchorage").value()), "shape") == "house");
  for (const EventRecord& e : data.events) {
    Agnode_t* n = node(e.id.value());
    REQUIRE(n != nullptr);
    CHECK(Attr(n, "shape") == "box");
    const bool dashed = Attr(n, "style").find("dashed") != std::string::npos;
    CHECK(dashed == (e.status == EventStatus::kPlanned || e.status == EventStatus::kUncertain));
    CHECK(Attr(n, "eg_sources").find(e.sources[0].doc.value() + "#") == 0);
  }
}

TEST_CASE("WriteDot: clusters events per year on request", "[export][dot]") {
  DotOptions options;
  options.clusters_by_year = true;
  Result<std::string> dot = WriteDot(testing::MakeSummitGraph(), options);
  REQUIRE(dot.ok());
  GraphPtr g(agmemread(dot->c_str()));
  REQUIRE(g != nullptr);
  for (const char* year : {"cluster_1867", "cluster_2018", "cluster_2024", "cluster_2025"}) {
    INFO(year);
    Agraph_t* cluster = agsubg(g.get(), const_cast<char*>(year), 0);
    REQUIRE(cluster != nullptr);
    CHECK(agnnodes(cluster) > 0);
  }
  CHECK(agnnodes(agsubg(g.get(), const_cast<char*>("cluster_2025"), 0)) == 4);
}

}  // namespace
}  // namespace eventgraph
