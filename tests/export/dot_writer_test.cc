// SPDX-License-Identifier: Apache-2.0
#include "export/dot_writer.h"

#include <algorithm>
#include <cstdint>
#include <memory>

#include <catch2/catch.hpp>
#include <graphviz/cgraph.h>

#include "export/internal/agraph_builder.h"
#include "graph/ids.h"
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

// Three persons who meet (MakeLargeGraph) and five entities in no event or relation: three
// persons mentioned 1, 5 and 3 times, the town of Hilltown (4) and its region Lakeland (0).
GraphData GraphWithIsolatedEntities() {
  GraphData g = testing::MakeLargeGraph(3);
  auto add = [&](const std::string& name, EntityKind kind, uint32_t mentions) {
    EntityRecord e;
    e.name = name;
    e.kind = kind;
    e.id = EntityId("ent:" + StableHash(name));
    e.key = name;
    e.aliases = {name};
    e.mentions = mentions;
    e.docs = {g.documents[0].id};
    g.entities.push_back(e);
    return e.id;
  };
  add("Loner One", EntityKind::kPerson, 1);
  add("Loner Five", EntityKind::kPerson, 5);
  add("Loner Three", EntityKind::kPerson, 3);
  const EntityId region = add("Lakeland", EntityKind::kPlace, 0);
  add("Hilltown", EntityKind::kPlace, 4);
  g.entities.back().parent = region;
  std::sort(g.entities.begin(), g.entities.end(),
            [](const EntityRecord& a, const EntityRecord& b) { return a.id < b.id; });
  return g;
}

bool HasNode(Agraph_t* g, const std::string& name) {
  return agnode(g, const_cast<char*>(name.c_str()), 0) != nullptr;
}

TEST_CASE("WriteDot: draws only the most mentioned isolated entities and says so",
          "[export][dot]") {
  const GraphData data = GraphWithIsolatedEntities();
  auto id = [&](const std::string& name) { return "ent:" + StableHash(name); };
  DotOptions options;
  options.isolated_limit = 2;
  Result<std::string> dot = WriteDot(data, options);
  REQUIRE(dot.ok());
  GraphPtr g(agmemread(dot->c_str()));
  REQUIRE(g != nullptr);
  // The three who meet, all their events, the two most mentioned loners, and Lakeland because
  // the drawn Hilltown lies in it.
  for (const EventRecord& e : data.events) CHECK(HasNode(g.get(), e.id.value()));
  for (const char* name :
       {"Person 0", "Person 1", "Person 2", "Loner Five", "Hilltown", "Lakeland"}) {
    INFO(name);
    CHECK(HasNode(g.get(), id(name)));
  }
  CHECK_FALSE(HasNode(g.get(), id("Loner One")));
  CHECK_FALSE(HasNode(g.get(), id("Loner Three")));
  CHECK(static_cast<size_t>(agnnodes(g.get())) == data.events.size() + 6);
  CHECK(agedge(g.get(), agnode(g.get(), const_cast<char*>(id("Hilltown").c_str()), 0),
               agnode(g.get(), const_cast<char*>(id("Lakeland").c_str()), 0), nullptr,
               0) != nullptr);
  CHECK(Attr(g.get(), "eg_isolated_omitted") == "2");
  CHECK(Attr(g.get(), "comment").find("left out: 2 entities") == 0);

  options.isolated_limit = 0;
  dot = WriteDot(data, options);
  REQUIRE(dot.ok());
  g.reset(agmemread(dot->c_str()));
  REQUIRE(g != nullptr);
  CHECK(static_cast<size_t>(agnnodes(g.get())) == data.events.size() + 3);
  CHECK(Attr(g.get(), "eg_isolated_omitted") == "5");
}

TEST_CASE("WriteDot: draws every entity when the isolated limit allows", "[export][dot]") {
  const GraphData data = GraphWithIsolatedEntities();
  DotOptions options;
  options.isolated_limit = SIZE_MAX;
  Result<std::string> all = WriteDot(data, options);
  REQUIRE(all.ok());
  GraphPtr g(agmemread(all->c_str()));
  REQUIRE(g != nullptr);
  CHECK(static_cast<size_t>(agnnodes(g.get())) == data.events.size() + data.entities.size());
  CHECK(all->find("eg_isolated_omitted") == std::string::npos);
  CHECK(all->find("comment") == std::string::npos);
  // Five isolated entities are within the default limit: the same file.
  Result<std::string> by_default = WriteDot(data, DotOptions{});
  REQUIRE(by_default.ok());
  CHECK(*by_default == *all);
}

TEST_CASE("DotEscString: escapes backslashes and newlines and drops carriage returns anywhere",
          "[export][dot]") {
  // Byte by byte, as the SSE2 scan must agree: every position of each special byte in strings
  // long enough for sixteen-byte blocks and their tails.
  auto reference = [](std::string_view text) {
    std::string out;
    for (char c : text) {
      if (c == '\\') {
        out += "\\\\";
      } else if (c == '\n') {
        out += "\\n";
      } else if (c != '\r') {
        out += c;
      }
    }
    return out;
  };
  for (size_t length :
       {size_t{0}, size_t{1}, size_t{15}, size_t{16}, size_t{17}, size_t{33}, size_t{40}}) {
    const std::string plain(length, 'a');
    CHECK(internal::DotEscString(plain) == plain);
    for (size_t pos = 0; pos < length; ++pos) {
      for (char special : {'\\', '\n', '\r', '\t'}) {
        std::string text = plain;
        text[pos] = special;
        text[length - 1 - pos] = '\\';
        CHECK(internal::DotEscString(text) == reference(text));
      }
    }
  }
  CHECK(internal::DotEscString("C:\\path\nnext\r") == "C:\\\\path\\nnext");
}

}  // namespace
}  // namespace eventgraph
