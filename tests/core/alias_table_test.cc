// SPDX-License-Identifier: Apache-2.0
#include "core/alias_table.h"

#include <catch2/catch.hpp>

namespace eventgraph {
namespace {

TEST_CASE("AliasTable: parses canonical names, aliases, forbidden names and kinds",
          "[core][entity]") {
  auto table = AliasTable::ParseTsv("a.tsv",
                                    "# canonical\taliases\tkind\n"
                                    "\n"
                                    "International Criminal Court\tICC|the Hague court\t"
                                    "organization\n"
                                    "Donald Trump\t!Donald Trump Jr.\tperson\n"
                                    "Kyiv\tKiev\n");
  REQUIRE(table.ok());
  REQUIRE(table.value().entries().size() == 3);
  const AliasEntry& icc = table.value().entries()[0];
  CHECK(icc.canonical == "International Criminal Court");
  CHECK(icc.aliases == std::vector<std::string>{"ICC", "the Hague court"});
  CHECK(icc.kind == EntityKind::kOrganization);
  CHECK(icc.line == 3);
  CHECK(table.value().Find("icc") == &icc);
  CHECK(table.value().Find("kiev") == &table.value().entries()[2]);
  CHECK(table.value().entries()[2].kind == std::nullopt);
  CHECK(table.value().Find("moscow") == nullptr);
  CHECK(table.value().Forbids("Donald Trump", "Donald Trump Jr."));
  CHECK(table.value().Forbids("donald trump jr", "DONALD TRUMP"));
  CHECK_FALSE(table.value().Forbids("Donald Trump", "Kyiv"));
}

TEST_CASE("AliasTable: reports bad lines with file and line", "[core][entity]") {
  struct Row {
    const char* content;
    const char* message;
  };
  const Row rows[] = {
      {"A\tB\tpersn\n", "a.tsv:1:1: unknown kind 'persn'"},
      {"# x\nA\tB\tperson\tmore\n", "a.tsv:2:1: expected at most 3 fields"},
      {"A\tB\nC\tb\n", "a.tsv:2:1: 'b' already appears on line 1"},
      {"...\tB\n", "a.tsv:1:1: empty canonical name"},
  };
  for (const Row& row : rows) {
    auto table = AliasTable::ParseTsv("a.tsv", row.content);
    REQUIRE_FALSE(table.ok());
    CHECK(table.status().message() == row.message);
  }
}

TEST_CASE("AliasTable: reports an unreadable file", "[core][entity]") {
  auto table = AliasTable::LoadTsv("/nonexistent/aliases.tsv");
  REQUIRE_FALSE(table.ok());
  CHECK(table.status().message() == "/nonexistent/aliases.tsv: cannot open alias file");
}

}  // namespace
}  // namespace eventgraph
