// SPDX-License-Identifier: Apache-2.0
#include "cli/query_command.h"

#include <filesystem>
#include <sstream>

#include <catch2/catch.hpp>
#include <unistd.h>

#include "export/atomic_file.h"
#include "export/json_writer.h"
#include "tests/graph_fixture.h"

namespace eventgraph {
namespace {

namespace fs = std::filesystem;

// graph.json of the summit fixture in a fresh per-process directory.
std::string FixtureGraphPath() {
  static const std::string path = [] {
    fs::path dir =
        fs::temp_directory_path() / ("eventgraph_query_test_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string file = (dir / "graph.json").string();
    REQUIRE(WriteFileAtomically(file, WriteGraphJson(testing::MakeSummitGraph())).ok());
    return file;
  }();
  return path;
}

struct Outcome {
  int code = -1;
  std::string out;
  std::string err;
};

Outcome Query(std::vector<std::string> args) {
  args.insert(args.begin(), FixtureGraphPath());
  std::istringstream in;
  std::ostringstream out;
  std::ostringstream err;
  Outcome o;
  o.code = RunQueryCommand(args, in, out, err);
  o.out = out.str();
  o.err = err.str();
  return o;
}

TEST_CASE("RunQueryCommand: relations lists the 2018 and 2025 meetings in order", "[cli][query]") {
  Outcome o = Query({"relations", "Jonathan Mercer", "Aleksandr Volkov"});
  REQUIRE(o.code == 0);
  CHECK(o.out ==
        "DATE        TYPE  SOURCE            TARGET            STATUS    SOURCES  EVENT\n"
        "2018-07-16  met   Jonathan Mercer   Aleksandr Volkov  occurred  1        Mercer meets "
        "Volkov in Helsinki\n"
        "2025-08-15  met   Aleksandr Volkov  Jonathan Mercer   occurred  1        Mercer and "
        "Volkov hold a summit in Anchorage\n");
}

TEST_CASE("RunQueryCommand: answers every question as text and JSON", "[cli][query]") {
  const std::vector<std::vector<std::string>> questions = {
      {"entity", "mercer"},
      {"relations", "Volkov", "--from", "2020"},
      {"timeline", "--actor", "Volkov", "--actor", "Hrytsenko"},
      {"timeline", "--place", "Alaska", "--type", "meeting"},
      {"path", "Mikhail Orlov", "Oksana Hrytsenko"},
      {"neighbors", "Hrytsenko", "--hops", "2"},
      {"top", "--by", "betweenness", "-n", "3"},
  };
  for (const auto& question : questions) {
    INFO(question[0]);
    Outcome text = Query(question);
    CHECK(text.code == 0);
    CHECK(text.err.empty());
    CHECK_FALSE(text.out.empty());
    std::vector<std::string> with_json = question;
    with_json.push_back("--json");
    Outcome json = Query(with_json);
    CHECK(json.code == 0);
    REQUIRE_FALSE(json.out.empty());
    CHECK(json.out.front() == '{');
  }
}

TEST_CASE("RunQueryCommand: prints paths with events and dates", "[cli][query]") {
  Outcome o = Query({"path", "Orlov", "Hrytsenko"});
  REQUIRE(o.code == 0);
  CHECK(o.out ==
        "Mikhail Orlov\n"
        "  └─ meeting (2025-08-15): Mercer and Volkov hold a summit in Anchorage\n"
        "Jonathan Mercer\n"
        "  └─ met (2025-02-28): Mercer receives Hrytsenko in the Oval Office\n"
        "Oksana Hrytsenko\n"
        "2 hops\n");
}

TEST_CASE("RunQueryCommand: ranks by betweenness", "[cli][query]") {
  Outcome o = Query({"top", "--by", "betweenness", "-n", "2"});
  INFO(o.out);
  REQUIRE(o.code == 0);
  CHECK(o.out ==
        "RANK  NAME             KIND     betweenness\n"
        "1     Jonathan Mercer  person   2.00\n"
        "2     Russia           country  1.00\n");
}

TEST_CASE("RunQueryCommand: names the closest matches for unknown names", "[cli][query]") {
  Outcome o = Query({"entity", "Jonathon Merser"});
  CHECK(o.code == 1);
  CHECK(o.out.empty());
  CHECK(o.err.rfind("eventgraph query: no entity named 'Jonathon Merser'; closest: Jonathan "
                    "Mercer",
                    0) == 0);
}

TEST_CASE("RunQueryCommand: rejects bad usage with exit 2", "[cli][query]") {
  CHECK(Query({"frobnicate"}).code == 2);
  CHECK(Query({"path", "Mercer"}).code == 2);
  CHECK(Query({"relations", "Mercer", "--from", "2018-13"}).code == 2);
  CHECK(Query({"top", "--by", "pagerank"}).code == 2);
  std::istringstream in;
  std::ostringstream out;
  std::ostringstream err;
  CHECK(RunQueryCommand({}, in, out, err) == 2);
  CHECK(RunQueryCommand({"/nonexistent/graph.json", "top"}, in, out, err) == 1);
}

}  // namespace
}  // namespace eventgraph
