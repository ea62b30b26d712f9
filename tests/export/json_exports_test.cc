// SPDX-License-Identifier: Apache-2.0
// Structure of the JSON exports: JGF v2 required fields (json-graph-schema_v2.json), Cytoscape.js
// elements, TimelineJS3 events, vis-timeline items/groups, timeline.json order.
#include <set>

#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include "export/cytoscape_writer.h"
#include "export/jgf_writer.h"
#include "export/timeline_json_writer.h"
#include "export/timelinejs_writer.h"
#include "export/vis_timeline_writer.h"
#include "graph/timeline.h"
#include "tests/graph_fixture.h"

namespace eventgraph {
namespace {

rapidjson::Document Parse(const std::string& json) {
  rapidjson::Document doc;
  doc.Parse(json.c_str(), json.size());
  REQUIRE_FALSE(doc.HasParseError());
  return doc;
}

// The JGF v2 schema sets additionalProperties: false on graph, node and edge objects.
void CheckOnlyKeys(const rapidjson::Value& object, const std::set<std::string>& allowed) {
  for (auto it = object.MemberBegin(); it != object.MemberEnd(); ++it) {
    INFO(it->name.GetString());
    CHECK(allowed.count(it->name.GetString()) == 1);
  }
}

TEST_CASE("WriteJgf: satisfies the JGF v2 schema's required fields", "[export][jgf]") {
  const GraphData data = testing::MakeSummitGraph();
  rapidjson::Document doc = Parse(WriteJgf(data));
  REQUIRE(doc.IsObject());
  REQUIRE(doc.HasMember("graph"));
  const rapidjson::Value& graph = doc["graph"];
  REQUIRE(graph.IsObject());
  CHECK(graph["directed"].IsBool());
  CheckOnlyKeys(doc, {"graph"});
  CheckOnlyKeys(graph, {"id", "label", "directed", "type", "metadata", "nodes", "edges"});
  REQUIRE(graph["nodes"].IsObject());  // v2: nodes are a map keyed by id
  REQUIRE(graph["edges"].IsArray());
  const KnowledgeGraph kg{GraphData(data)};
  CHECK(graph["nodes"].MemberCount() == kg.node_count());
  CHECK(graph["edges"].Size() == kg.edge_count());
  for (auto it = graph["nodes"].MemberBegin(); it != graph["nodes"].MemberEnd(); ++it) {
    CHECK(it->value.IsObject());
    CHECK(it->value["label"].IsString());
    CHECK(it->value["metadata"].IsObject());
    CheckOnlyKeys(it->value, {"label", "metadata"});
  }
  std::set<std::string> edge_ids;
  for (const rapidjson::Value& edge : graph["edges"].GetArray()) {
    REQUIRE(edge["source"].IsString());  // required by the schema
    REQUIRE(edge["target"].IsString());
    CHECK(graph["nodes"].HasMember(edge["source"].GetString()));
    CHECK(graph["nodes"].HasMember(edge["target"].GetString()));
    CHECK(edge["metadata"]["sources"].IsArray());
    CHECK(edge["metadata"].HasMember("time"));
    edge_ids.insert(edge["id"].GetString());
    CheckOnlyKeys(edge, {"id", "source", "target", "relation", "directed", "label", "metadata"});
    CHECK(edge["directed"].IsBool());
  }
  CHECK(edge_ids.size() == kg.edge_count());
}

TEST_CASE("WriteCytoscapeJson: gives every element a data.id and carries attributes",
          "[export][cytoscape]") {
  const GraphData data = testing::MakeSummitGraph();
  rapidjson::Document doc = Parse(WriteCytoscapeJson(data));
  const rapidjson::Value& elements = doc["elements"];
  std::set<std::string> ids;
  std::set<std::string> node_ids;
  for (const rapidjson::Value& node : elements["nodes"].GetArray()) {
    REQUIRE(node["data"]["id"].IsString());
    CHECK(ids.insert(node["data"]["id"].GetString()).second);
    node_ids.insert(node["data"]["id"].GetString());
    CHECK(node["data"].HasMember("kind"));
    if (std::string(node["data"]["kind"].GetString()) == "entity") {
      CHECK(node["data"]["aliases"].IsArray());
      CHECK(node["data"]["mentions"].IsUint());
    } else {
      CHECK(node["data"]["sources"].IsArray());
      CHECK(node["data"].HasMember("time"));
    }
  }
  for (const rapidjson::Value& edge : elements["edges"].GetArray()) {
    REQUIRE(edge["data"]["id"].IsString());
    CHECK(ids.insert(edge["data"]["id"].GetString()).second);
    CHECK(node_ids.count(edge["data"]["source"].GetString()) == 1);
    CHECK(node_ids.count(edge["data"]["target"].GetString()) == 1);
  }
  CHECK(node_ids.size() == data.entities.size() + data.events.size());
}

TEST_CASE("WriteTimelineJs: writes TimelineJS3 events with partial dates", "[export][timelinejs]") {
  Result<std::string> json = WriteTimelineJs(testing::MakeSummitGraph(), ExportOptions{});
  REQUIRE(json.ok());
  rapidjson::Document doc = Parse(*json);
  const rapidjson::Value& events = doc["events"];
  REQUIRE(events.Size() == 7);  // the undated event is left out
  std::set<std::string> ids;
  for (const rapidjson::Value& e : events.GetArray()) {
    CHECK(e["start_date"]["year"].IsInt());
    CHECK(e["text"]["headline"].IsString());
    CHECK(ids.insert(e["unique_id"].GetString()).second);
    CHECK(std::string(e["unique_id"].GetString()).find(':') == std::string::npos);
  }
  // 1867 is year precision: year only plus a display date.
  const rapidjson::Value& purchase = events[0];
  CHECK(purchase["start_date"]["year"].GetInt() == 1867);
  CHECK_FALSE(purchase["start_date"].HasMember("month"));
  CHECK(std::string(purchase["start_date"]["display_date"].GetString()) == "1867");
  // The naval exercise is an interval.
  CHECK(events[2]["end_date"]["day"].GetInt() == 20);
  // Markup in names is escaped for TimelineJS's HTML rendering.
  CHECK(json->find("&lt;script&gt;") != std::string::npos);
  CHECK(json->find("<script>") == std::string::npos);
}

TEST_CASE("WriteVisTimeline: writes items that point at groups", "[export][vis_timeline]") {
  Result<std::string> json = WriteVisTimeline(testing::MakeSummitGraph(), ExportOptions{});
  REQUIRE(json.ok());
  rapidjson::Document doc = Parse(*json);
  std::set<std::string> groups;
  for (const rapidjson::Value& g : doc["groups"].GetArray()) groups.insert(g["id"].GetString());
  CHECK(groups.count("other") == 1);
  std::set<std::string> ids;
  for (const rapidjson::Value& item : doc["items"].GetArray()) {
    CHECK(ids.insert(item["id"].GetString()).second);
    CHECK(groups.count(item["group"].GetString()) == 1);
    const std::string type = item["type"].GetString();
    CHECK((type == "point" || type == "range"));
    CHECK(item.HasMember("end") == (type == "range"));
    CHECK(item["start"].IsString());
    CHECK(item["content"].IsString());
    CHECK(item["sources"].Size() >= 1);
  }
}

TEST_CASE("WriteTimelineJson: lists events in time order with names", "[export][timeline_json]") {
  const GraphData data = testing::MakeSummitGraph();
  rapidjson::Document doc = Parse(WriteTimelineJson(data));
  CHECK(std::string(doc["schema"].GetString()) == "eventgraph.timeline/1");
  const rapidjson::Value& events = doc["events"];
  REQUIRE(events.Size() == data.events.size());
  CHECK(std::string(events[0]["time"]["value"].GetString()) == "1867");
  CHECK(std::string(events[0]["place"]["name"].GetString()) == "Alaska");
  CHECK(events[events.Size() - 1]["time"].IsNull());
  for (const rapidjson::Value& e : events.GetArray()) {
    CHECK(e["source_count"].GetUint() == e["sources"].Size());
    for (const rapidjson::Value& p : e["participants"].GetArray()) CHECK(p["name"].IsString());
  }
}

TEST_CASE("WriteTimelineJson: writes null bounds for a time without a year, like graph.json",
          "[export][timeline_json]") {
  GraphData data = testing::MakeSummitGraph();
  REQUIRE_FALSE(data.events.empty());
  // "in February" in an undated article: month known, year not (begin/end years are 0).
  data.events[0].time = TimeValue{"XXXX-02", Precision::kMonth, {0, 2, 1}, {0, 2, 28}, "February"};
  rapidjson::Document doc = Parse(WriteTimelineJson(data));
  bool found = false;
  for (const rapidjson::Value& e : doc["events"].GetArray()) {
    if (e["time"].IsNull() || std::string(e["time"]["value"].GetString()) != "XXXX-02") continue;
    found = true;
    CHECK(e["time"]["begin"].IsNull());
    CHECK(e["time"]["end"].IsNull());
    CHECK(std::string(e["time"]["precision"].GetString()) == "month");
  }
  CHECK(found);
}

}  // namespace
}  // namespace eventgraph
