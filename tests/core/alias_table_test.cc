// SPDX-License-Identifier: Apache-2.0
#include "core/alias_table.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <unistd.h>

#include "core/pipeline.h"
#include "tests/test_util.h"

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

TEST_CASE("AliasTable: parses the JSON form like the TSV form", "[core][entity]") {
  auto table = AliasTable::ParseJson("a.json",
                                     "{\"aliases\": [\n"
                                     "  {\"canonical\": \"International Criminal Court\",\n"
                                     "   \"aliases\": [\"ICC\", \"the Hague court\"],\n"
                                     "   \"kind\": \"organization\"},\n"
                                     "  {\"canonical\": \"Donald Trump\", \"forbidden\": "
                                     "[\"Donald Trump Jr.\"], \"kind\": \"person\"},\n"
                                     "  {\"canonical\": \"Ky\\u0069v\", \"aliases\": [\"Kiev\", "
                                     "\"!Kyyiv\"]}\n"
                                     "]}\n");
  REQUIRE(table.ok());
  REQUIRE(table.value().entries().size() == 3);
  const AliasEntry& icc = table.value().entries()[0];
  CHECK(icc.canonical == "International Criminal Court");
  CHECK(icc.aliases == std::vector<std::string>{"ICC", "the Hague court"});
  CHECK(icc.kind == EntityKind::kOrganization);
  CHECK(icc.line == 2);
  CHECK(table.value().Find("icc") == &icc);
  const AliasEntry& kyiv = table.value().entries()[2];
  CHECK(kyiv.canonical == "Kyiv");  // "\u0069" decoded
  CHECK(kyiv.kind == std::nullopt);
  CHECK(kyiv.forbidden == std::vector<std::string>{"Kyyiv"});  // "!" in aliases forbids
  CHECK(table.value().Forbids("Donald Trump", "Donald Trump Jr."));
  CHECK_FALSE(table.value().Forbids("Donald Trump", "Kyiv"));
  // A bare array of entries is the same table.
  auto bare =
      AliasTable::ParseJson("b.json", "[{\"canonical\": \"Kyiv\", \"aliases\": [\"Kiev\"]}]");
  REQUIRE(bare.ok());
  CHECK(bare.value().Find("kiev") != nullptr);
}

TEST_CASE("AliasTable: reports bad JSON with file, line and column", "[core][entity]") {
  struct Row {
    const char* content;
    const char* message;
  };
  const Row rows[] = {
      {"[{\"canonical\": \"A\" \"kind\": \"person\"}]", "a.json:1:20: expected ',' or '}'"},
      {"[\n  {\"canonical\": \"A\",\n   \"kind\": \"persn\"}]",
       "a.json:3:12: unknown kind 'persn'"},
      {"[{\"canonical\": \"A\", \"alias\": [\"B\"]}]",
       "a.json:1:21: unknown member 'alias' (expected canonical, aliases, forbidden, kind)"},
      {"[{\"aliases\": [\"B\"]}]", "a.json:1:2: missing member \"canonical\""},
      {"[{\"canonical\": \"A\", \"aliases\": \"B\"}]", "a.json:1:32: expected an array of strings"},
      {"[{\"canonical\": \"A\", \"aliases\": [\"B\"]},\n {\"canonical\": \"C\", \"aliases\": "
       "[\"b\"]}]",
       "a.json:2:2: 'b' already appears on line 1"},
      {"{\"entities\": []}", "a.json:1:2: unknown member 'entities' (expected \"aliases\")"},
      {"[{\"canonical\": \"A\\x\"}]", "a.json:1:18: invalid escape"},
      {"[{\"canonical\": \"A}]", "a.json:1:16: unterminated string"},
      {"[{\"canonical\": \"...\"}]", "a.json:1:16: empty canonical name"},
      {"[1]", "a.json:1:2: expected an entry object"},
      {"[] x", "a.json:1:4: unexpected text after the JSON value"},
  };
  for (const Row& row : rows) {
    INFO(row.content);
    auto table = AliasTable::ParseJson("a.json", row.content);
    REQUIRE_FALSE(table.ok());
    CHECK(table.status().message() == row.message);
  }
}

TEST_CASE("AliasTable: Parse and Load tell JSON from TSV by the content", "[core][entity]") {
  CHECK(AliasTable::Parse("x", "# comment\nKyiv\tKiev\n").value().Find("kiev") != nullptr);
  CHECK(AliasTable::Parse("x", "\n  [{\"canonical\": \"Kyiv\", \"aliases\": [\"Kiev\"]}]")
            .value()
            .Find("kiev") != nullptr);
  const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                    ("eventgraph_alias_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "a.json") << "{\"aliases\": [\n  {\"canonical\": \"Kyiv\", \"kind\": 7}]}\n";
  auto loaded = AliasTable::Load((dir / "a.json").string());
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().message() == (dir / "a.json").string() + ":2:33: expected a string");
  std::filesystem::remove_all(dir);
}

// The end-to-end effect of both formats: "BTC" in one article and "Big Tech Corp" in another get
// one key (a forced merge); "Mary Tamm" and "Mari Tamm", which the spelling rules would join,
// keep apart (a forbidden merge).
TEST_CASE("AliasTable: TSV and JSON tables force and forbid merges through the pipeline",
          "[core][entity]") {
  const std::string tsv =
      "# canonical\taliases\tkind\n"
      "Big Tech Corp\tBTC\torganization\n"
      "Mari Tamm\t!Mary Tamm\tperson\n";
  const std::string json =
      "{\"aliases\": [\n"
      "  {\"canonical\": \"Big Tech Corp\", \"aliases\": [\"BTC\"], \"kind\": \"organization\"},\n"
      "  {\"canonical\": \"Mari Tamm\", \"forbidden\": [\"Mary Tamm\"], \"kind\": \"person\"}\n"
      "]}\n";
  auto key_of = [](const Pipeline& pipeline, const std::string& text, const std::string& name) {
    Diagnostics diagnostics;
    Annotations a =
        pipeline.Process(testing::MakeTestDocument(text, "2024-03-05"), &diagnostics, nullptr);
    for (const Entity& e : a.entities) {
      if (e.name == name) return e.key;
    }
    return std::string("<no entity '" + name + "'>");
  };
  const std::string first =
      "Big Tech Corp said on Tuesday it would build a factory. Mari Tamm, a company "
      "spokeswoman, said it would open next year.";
  const std::string second =
      "The plant will employ 500 people, BTC said in a statement. Mary Tamm, an analyst, "
      "called it good news.";
  Result<Pipeline> plain = Pipeline::Create(PipelineOptions{});
  REQUIRE(plain.ok());
  CHECK(key_of(plain.value(), second, "BTC") != key_of(plain.value(), first, "Big Tech Corp"));
  CHECK(key_of(plain.value(), second, "Mary Tamm") == key_of(plain.value(), first, "Mari Tamm"));
  for (const auto& [name, content] : {std::pair{"a.tsv", tsv}, std::pair{"a.json", json}}) {
    INFO(name);
    Result<AliasTable> table = AliasTable::Parse(name, content);
    REQUIRE(table.ok());
    PipelineOptions options;
    options.aliases = std::make_shared<const AliasTable>(std::move(table).value());
    Result<Pipeline> pipeline = Pipeline::Create(options);
    REQUIRE(pipeline.ok());
    // The canonical's key, without its legal form (legal_forms.txt).
    CHECK(key_of(pipeline.value(), second, "BTC") == "big tech");
    CHECK(key_of(pipeline.value(), first, "Big Tech Corp") == "big tech");
    CHECK(key_of(pipeline.value(), second, "Mary Tamm") !=
          key_of(pipeline.value(), first, "Mari Tamm"));
  }
}

TEST_CASE("AliasTable: a listed institution name keeps the table's key, not its country's",
          "[core][entity]") {
  // Without the table "Finance Ministry" is keyed with its article or country; a user who lists
  // it decides what it is.
  Result<AliasTable> table =
      AliasTable::Parse("a.tsv", "Japanese Finance Ministry\tFinance Ministry\torganization\n");
  REQUIRE(table.ok());
  PipelineOptions options;
  options.aliases = std::make_shared<const AliasTable>(std::move(table).value());
  Result<Pipeline> pipeline = Pipeline::Create(options);
  REQUIRE(pipeline.ok());
  Diagnostics diagnostics;
  Annotations a = pipeline->Process(
      testing::MakeTestDocument("The Finance Ministry said the yen was weak.", "2024-03-05"),
      &diagnostics, nullptr);
  bool found = false;
  for (const Entity& e : a.entities) {
    if (e.name != "Finance Ministry") continue;
    found = true;
    CHECK(e.key == "japanese finance ministry");
  }
  CHECK(found);
}

}  // namespace
}  // namespace eventgraph
