// SPDX-License-Identifier: Apache-2.0
#include "cli/export_command.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <unistd.h>

#include "export/atomic_file.h"
#include "export/json_writer.h"
#include "tests/graph_fixture.h"

namespace eventgraph {
namespace {

namespace fs = std::filesystem;

fs::path TempDir(const std::string& name) {
  static int counter = 0;
  fs::path dir =
      fs::temp_directory_path() / ("eventgraph_export_cmd_" + std::to_string(::getpid()) + "_" +
                                   std::to_string(++counter) + "_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

struct Outcome {
  int code = -1;
  std::string out;
  std::string err;
};

Outcome Export(const std::vector<std::string>& args) {
  std::istringstream in;
  std::ostringstream out;
  std::ostringstream err;
  Outcome o;
  o.code = RunExportCommand(args, in, out, err);
  o.out = out.str();
  o.err = err.str();
  return o;
}

std::string WriteFixture(const fs::path& dir) {
  const std::string path = (dir / "graph.json").string();
  REQUIRE(WriteFileAtomically(path, WriteGraphJson(testing::MakeSummitGraph())).ok());
  return path;
}

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST_CASE("RunExportCommand: writes every format", "[cli][export]") {
  const fs::path dir = TempDir("all");
  const std::string graph = WriteFixture(dir);
  for (const char* format : {"dot", "svg", "timeline-svg", "timeline-json", "timelinejs",
                             "vis-timeline", "cytoscape", "jgf", "graphml", "gexf", "json"}) {
    INFO(format);
    const fs::path output = dir / (std::string(format) + ".out");
    Outcome o = Export({graph, "--format", format, "-o", output.string()});
    CHECK(o.code == 0);
    CHECK(o.err.empty());
    CHECK(fs::file_size(output) > 100);
  }
  Outcome csv = Export({graph, "--format", "csv", "-o", (dir / "neo4j").string()});
  CHECK(csv.code == 0);
  CHECK(fs::exists(dir / "neo4j" / "entities.csv"));
  CHECK(fs::exists(dir / "neo4j" / "relations.csv"));
}

TEST_CASE("RunExportCommand: applies filters before writing", "[cli][export]") {
  const fs::path dir = TempDir("filter");
  const std::string graph = WriteFixture(dir);
  Outcome o = Export({graph, "--format", "timeline-json", "--from", "2025", "--type", "meeting"});
  REQUIRE(o.code == 0);
  CHECK(o.out.find("Mercer and Volkov hold a summit in Anchorage") != std::string::npos);
  CHECK(o.out.find("Mercer receives Hrytsenko") != std::string::npos);
  CHECK(o.out.find("Helsinki\"") == std::string::npos);
  CHECK(o.out.find("buys Alaska") == std::string::npos);

  Outcome ego = Export({graph, "--format", "json", "--actor", "Hrytsenko", "--hops", "1"});
  REQUIRE(ego.code == 0);
  CHECK(ego.out.find("\"Jonathan Mercer\"") != std::string::npos);
  CHECK(ego.out.find("\"Mikhail Orlov\"") == std::string::npos);

  Outcome lanes = Export({graph, "--format", "vis-timeline", "--actors", "Russia, Orlov"});
  REQUIRE(lanes.code == 0);
  CHECK(lanes.out.find("\"content\": \"Russia\"") != std::string::npos);
  CHECK(lanes.out.find("\"content\": \"Mikhail Orlov\"") != std::string::npos);
  CHECK(lanes.out.find("\"content\": \"Jonathan Mercer\"") == std::string::npos);
}

TEST_CASE("RunExportCommand: --isolated bounds the entities drawn without edges", "[cli][export]") {
  const fs::path dir = TempDir("isolated");
  const std::string graph = WriteFixture(dir);
  Outcome all = Export({graph, "--format", "dot", "--isolated", "all"});
  Outcome none = Export({graph, "--format", "dot", "--isolated", "0"});
  Outcome by_default = Export({graph, "--format", "dot"});
  REQUIRE(all.code == 0);
  REQUIRE(none.code == 0);
  // The fixture's few isolated entities are within the default limit.
  CHECK(by_default.out == all.out);
  CHECK(all.out.find("label=Ukraine,") != std::string::npos);  // in no event or relation
  CHECK(none.out.find("label=Ukraine,") == std::string::npos);
  CHECK(none.out.find("eg_isolated_omitted=1,") != std::string::npos);
  CHECK(none.out.find("Jonathan Mercer") != std::string::npos);  // takes part in events
  Outcome bad = Export({graph, "--format", "dot", "--isolated", "-3"});
  CHECK(bad.code == 2);
  CHECK(bad.err == "eventgraph export: --isolated wants a count or 'all', not '-3'\n");
}

TEST_CASE("RunExportCommand: writes the same bytes twice", "[cli][export]") {
  const fs::path dir = TempDir("determinism");
  const std::string graph = WriteFixture(dir);
  for (const char* format : {"dot", "svg", "timeline-svg", "gexf", "graphml"}) {
    INFO(format);
    REQUIRE(Export({graph, "-f", format, "-o", (dir / "a").string()}).code == 0);
    REQUIRE(Export({graph, "-f", format, "-o", (dir / "b").string()}).code == 0);
    CHECK(Slurp(dir / "a") == Slurp(dir / "b"));
  }
}

TEST_CASE("RunExportCommand: reports errors with exit codes", "[cli][export]") {
  const fs::path dir = TempDir("errors");
  const std::string graph = WriteFixture(dir);
  Outcome unknown = Export({graph, "--format", "png"});
  CHECK(unknown.code == 2);
  CHECK(unknown.err.rfind("eventgraph export: unknown format 'png'; formats:\n", 0) == 0);
  CHECK(Export({graph, "--format", "csv"}).code == 2);
  CHECK(Export({graph, "--format", "dot", "--from", "May"}).code == 2);
  Outcome actor = Export({graph, "--format", "dot", "--actor", "Volkof"});
  CHECK(actor.code == 1);
  CHECK(actor.err.rfind("eventgraph export: no entity named 'Volkof'; closest: ", 0) == 0);
  CHECK(Export({(dir / "missing.json").string(), "--format", "dot"}).code == 1);
  Outcome list = Export({"--list-formats"});
  CHECK(list.code == 0);
  CHECK(list.out.find("timeline-svg") != std::string::npos);
}

}  // namespace
}  // namespace eventgraph
