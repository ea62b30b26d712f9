// SPDX-License-Identifier: Apache-2.0
#include "export/csv_writer.h"

#include <algorithm>
#include <map>

#include <catch2/catch.hpp>

#include "tests/graph_fixture.h"

namespace eventgraph {
namespace {

size_t Lines(const std::string& text) {
  return static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
}

TEST_CASE("WriteNeo4jCsv: writes typed headers and one row per record", "[export][csv]") {
  const GraphData data = testing::MakeSummitGraph();
  std::vector<ExportFile> files = WriteNeo4jCsv(data);
  std::map<std::string, std::string> by_name;
  for (const ExportFile& f : files) by_name[f.name] = f.contents;
  REQUIRE(by_name.size() == 7);
  const std::string& entities = by_name["entities.csv"];
  CHECK(entities.rfind("id:ID(Entity),:LABEL,name,kind,aliases:string[],titles:string[],"
                       "mentions:int,",
                       0) == 0);
  CHECK(Lines(entities) == data.entities.size() + 1);
  CHECK(Lines(by_name["events.csv"]) == data.events.size() + 1);
  CHECK(Lines(by_name["relations.csv"]) == data.relations.size() + 1);
  CHECK(by_name["relations.csv"].rfind(":START_ID(Entity),:END_ID(Entity),:TYPE,", 0) == 0);
  CHECK(by_name["relations.csv"].find(",\"MET\",") != std::string::npos);
  CHECK(by_name["participates_in.csv"].find("\"PARTICIPATES_IN\"") != std::string::npos);
  // Quotes doubled, arrays joined by ';'.
  CHECK(entities.find(R"("The ""Quoted"" Party")") != std::string::npos);
  CHECK(entities.find(R"("Entity;Person")") != std::string::npos);
  CHECK(by_name["IMPORT.txt"].find("neo4j-admin database import full") != std::string::npos);
}

}  // namespace
}  // namespace eventgraph
