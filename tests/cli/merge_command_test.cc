// SPDX-License-Identifier: Apache-2.0
#include "cli/merge_command.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <unistd.h>

#include "export/json_writer.h"
#include "graph/merge.h"
#include "tests/graph/graph_test_util.h"

namespace eventgraph {
namespace {

using testing::DocumentGraph;
using testing::TestWorld;

std::string TempDir() {
  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              ("eventgraph_merge_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  return dir.string();
}

void WriteText(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

std::string ReadText(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

int Run(const std::vector<std::string>& args, std::string* out_text, std::string* err_text) {
  std::istringstream in;
  std::ostringstream out;
  std::ostringstream err;
  int code = RunMergeCommand(args, in, out, err);
  *out_text = out.str();
  *err_text = err.str();
  return code;
}

TEST_CASE("eventgraph merge: merges shards into the graph of one build", "[cli][merge]") {
  const std::string dir = TempDir();
  GraphData a =
      DocumentGraph(TestWorld("Biden met Xi on Wednesday in San Francisco.", "2023-11-16", "a.txt")
                        .Timex("Wednesday", "2023-11-15"));
  GraphData b = DocumentGraph(
      TestWorld("Xi and Biden held talks in California on Wednesday.", "2023-11-16", "b.txt")
          .Timex("Wednesday", "2023-11-15"));
  WriteText(dir + "/a.json", WriteGraphJson(a));
  WriteText(dir + "/b.json", WriteGraphJson(b));
  std::string out;
  std::string err;
  REQUIRE(Run({dir + "/b.json", dir + "/a.json", "-o", dir + "/all.json", "--explain-merges"}, &out,
              &err) == 0);
  const std::string merged = ReadText(dir + "/all.json");
  CHECK(merged == WriteGraphJson(MergeGraphData({a, b})));
  CHECK(err.find("shared participants Joe Biden, Xi Jinping") != std::string::npos);
  REQUIRE(Run({dir + "/a.json", dir + "/b.json", "-o", "-"}, &out, &err) == 0);
  CHECK(out == merged);
  std::filesystem::remove_all(dir);
}

TEST_CASE("eventgraph merge: refuses another schema and bad usage", "[cli][merge]") {
  const std::string dir = TempDir();
  WriteText(dir + "/v2.json", "{\"schema\": \"eventgraph.graph/2\", \"documents\": []}\n");
  std::string out;
  std::string err;
  CHECK(Run({dir + "/v2.json", "-o", dir + "/all.json"}, &out, &err) == 1);
  CHECK(err.find("unsupported schema 'eventgraph.graph/2'") != std::string::npos);
  CHECK(err.find("nothing written") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir + "/all.json"));
  CHECK(Run({dir + "/missing.json", "-o", dir + "/all.json"}, &out, &err) == 1);
  CHECK(Run({dir + "/v2.json"}, &out, &err) == 2);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace eventgraph
