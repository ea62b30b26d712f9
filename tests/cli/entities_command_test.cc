// SPDX-License-Identifier: Apache-2.0
#include "cli/entities_command.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

namespace eventgraph {
namespace {

TEST_CASE("RunEntitiesCommand: prints entities of stdin JSONL as JSON Lines", "[cli][entity]") {
  std::istringstream in(
      "{\"id\":\"a\",\"date\":\"2025-08-16\",\"text\":\"Kenyan President Ann Otieno visited "
      "Nairobi. Mr Otieno's rival stayed home.\"}\n");
  std::ostringstream out;
  std::ostringstream err;
  CHECK(RunEntitiesCommand({"-"}, in, out, err) == 0);
  const std::string text = out.str();
  CHECK(text.find("{\"doc\":\"a\",\"name\":\"Ann Otieno\",\"kind\":\"person\"") == 0);
  CHECK(text.find("\"titles\":[\"Kenyan President\"]") != std::string::npos);
  CHECK(text.find("\"name\":\"Nairobi\",\"kind\":\"place\"") != std::string::npos);
  CHECK(text.find("mentions_detail") == std::string::npos);
}

TEST_CASE("RunEntitiesCommand: explains merges and applies an alias file", "[cli][entity]") {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / "eventgraph_entities_command_test";
  std::filesystem::create_directories(dir);
  const std::string aliases = (dir / "aliases.tsv").string();
  std::ofstream(aliases) << "# canonical\taliases\tkind\nAnn W. Otieno\tAnn Otieno\tperson\n";
  std::istringstream in(
      "{\"id\":\"b\",\"text\":\"Kenyan President Ann Otieno spoke. Otieno left.\"}\n");
  std::ostringstream out;
  std::ostringstream err;
  CHECK(RunEntitiesCommand({"--explain", "--aliases", aliases, "-"}, in, out, err) == 0);
  const std::string text = out.str();
  INFO(text << err.str());
  CHECK(text.find("\"key\":\"an w otieno\"") != std::string::npos);
  CHECK(text.find("\"resolution\":\"surname: 'otieno' is the last name of 'Ann Otieno'\"") !=
        std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("RunEntitiesCommand: reports usage and unreadable alias files", "[cli][entity]") {
  std::istringstream in;
  std::ostringstream out;
  std::ostringstream err;
  CHECK(RunEntitiesCommand({}, in, out, err) == 2);
  CHECK(RunEntitiesCommand({"--bogus", "x"}, in, out, err) == 2);
  std::ostringstream err2;
  CHECK(RunEntitiesCommand({"--aliases", "/nonexistent/a.tsv", "-"}, in, out, err2) == 1);
  CHECK(err2.str() == "eventgraph entities: /nonexistent/a.tsv: cannot open alias file\n");
}

}  // namespace
}  // namespace eventgraph
