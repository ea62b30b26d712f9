// SPDX-License-Identifier: Apache-2.0
// SVG, GraphML and GEXF parsed as XML (expat), with element counts checked against the graph.
#include <catch2/catch.hpp>

#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/svg_writer.h"
#include "tests/graph_fixture.h"
#include "tests/xml_check.h"

namespace eventgraph {
namespace {

TEST_CASE("WriteSvg: renders well-formed SVG with a group per node and edge", "[export][svg]") {
  const GraphData data = testing::MakeSummitGraph();
  Result<std::string> svg = WriteSvg(data, SvgOptions{});
  REQUIRE(svg.ok());
  testing::XmlSummary xml = testing::ParseXml(*svg);
  REQUIRE(xml.error == "");
  CHECK(xml.root == "svg");
  const KnowledgeGraph kg{GraphData(data)};
  auto count = [&](const std::string& needle) {
    size_t n = 0;
    for (size_t pos = svg->find(needle); pos != std::string::npos;
         pos = svg->find(needle, pos + 1)) {
      ++n;
    }
    return n;
  };
  CHECK(count("class=\"node\"") == kg.node_count());
  CHECK(count("class=\"edge\"") == kg.edge_count());
  CHECK(xml.text.find("<script>alert(1)</script> Ltd") != std::string::npos);
  CHECK(xml.text.find("Zoë Łukasiewicz-Müller") != std::string::npos);
  CHECK(xml.text.find("showing the top") == std::string::npos);
}

TEST_CASE("WriteSvg: above the node limit draws the top entities and says so", "[export][svg]") {
  const GraphData data = testing::MakeLargeGraph(200);  // 200 entities + 400 events
  std::string note;
  GraphData limited = LimitGraphForSvg(data, 60, &note);
  CHECK(limited.entities.size() + limited.events.size() <= 60);
  CHECK(limited.entities.size() >= 10);
  CHECK(note == "showing the top " + std::to_string(limited.entities.size()) +
                    " of 200 entities by mentions (node limit 60)");
  uint32_t min_kept = 1000;
  for (const EntityRecord& e : limited.entities) min_kept = std::min(min_kept, e.mentions);
  size_t better_dropped = 0;
  for (const EntityRecord& e : data.entities) {
    if (e.mentions > min_kept) ++better_dropped;
  }
  CHECK(better_dropped <= limited.entities.size());  // the kept ones are the top by mentions

  SvgOptions options;
  options.node_limit = 60;
  Result<std::string> svg = WriteSvg(data, options);
  REQUIRE(svg.ok());
  testing::XmlSummary xml = testing::ParseXml(*svg);
  REQUIRE(xml.error == "");
  CHECK(xml.text.find(note) != std::string::npos);
}

TEST_CASE("WriteSvg: uses sfdp for larger graphs", "[export][svg]") {
  SvgOptions options;
  options.force_directed_above = 10;
  Result<std::string> svg = WriteSvg(testing::MakeSummitGraph(), options);
  REQUIRE(svg.ok());
  CHECK(testing::ParseXml(*svg).error == "");
  SvgOptions bad;
  bad.layout = "no-such-engine";
  Result<std::string> failed = WriteSvg(testing::MakeSummitGraph(), bad);
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.status().code() == StatusCode::kInternal);
}

TEST_CASE("WriteGraphMl: writes typed keys, one node per record and every edge",
          "[export][graphml]") {
  const GraphData data = testing::MakeSummitGraph();
  Result<std::string> graphml = WriteGraphMl(data);
  REQUIRE(graphml.ok());
  testing::XmlSummary xml = testing::ParseXml(*graphml);
  REQUIRE(xml.error == "");
  CHECK(xml.root == "graphml");
  const KnowledgeGraph kg{GraphData(data)};
  CHECK(xml.elements["node"] == kg.node_count());
  CHECK(xml.elements["edge"] == kg.edge_count());
  CHECK(graphml->find(R"(attr.name="mentions" attr.type="int")") != std::string::npos);
  CHECK(graphml->find(R"(attr.name="confidence" attr.type="double")") != std::string::npos);
  CHECK(graphml->find(R"(attr.name="symmetric" attr.type="boolean")") != std::string::npos);
  CHECK(xml.text.find("The \"Quoted\" Party") != std::string::npos);
  CHECK(xml.text.find("oval-office-2025.txt#0[14,") != std::string::npos);
}

TEST_CASE("WriteGexf: writes GEXF 1.3 with interval spells from event dates", "[export][gexf]") {
  const GraphData data = testing::MakeSummitGraph();
  const std::string gexf = WriteGexf(data);
  testing::XmlSummary xml = testing::ParseXml(gexf);
  REQUIRE(xml.error == "");
  CHECK(xml.root == "gexf");
  CHECK(gexf.find(R"(timerepresentation="interval")") != std::string::npos);
  CHECK(gexf.find(R"(version="1.3")") != std::string::npos);
  const KnowledgeGraph kg{GraphData(data)};
  CHECK(xml.elements["node"] == kg.node_count());
  CHECK(xml.elements["edge"] == kg.edge_count());
  // Mercer's events: 2018-07-16, 2025-02-28, 2025-03 (month, adjacent: merged) and 2025-08-15.
  const std::string mercer = testing::FixtureEntity(data, "Jonathan Mercer").value();
  const size_t node = gexf.find("<node id=\"" + mercer + "\"");
  REQUIRE(node != std::string::npos);
  const std::string block = gexf.substr(node, gexf.find("</node>", node) - node);
  CHECK(block.find(R"(<spell start="2018-07-16" end="2018-07-16"/>)") != std::string::npos);
  CHECK(block.find(R"(<spell start="2025-02-28" end="2025-03-31"/>)") != std::string::npos);
  CHECK(block.find(R"(<spell start="2025-08-15" end="2025-08-15"/>)") != std::string::npos);
  CHECK(gexf.find(R"(<spell start="1867-01-01" end="1867-12-31"/>)") != std::string::npos);
  CHECK(gexf.find(R"(<spell start="2024-09-10" end="2024-09-20"/>)") != std::string::npos);
}

}  // namespace
}  // namespace eventgraph
