// SPDX-License-Identifier: Apache-2.0
#include "core/lexicon.h"

#include <catch2/catch.hpp>

namespace eventgraph {
namespace {

TEST_CASE("Lexicon: parses keys and TAB fields, skipping comments", "[core][lexicon]") {
  auto lex = Lexicon::Parse("m.txt", "# header\naug\t8\n\njan\t1\n");
  REQUIRE(lex.ok());
  CHECK(lex->size() == 2);
  REQUIRE(lex->Find("aug") != nullptr);
  CHECK(lex->Find("aug")->fields == std::vector<std::string>{"8"});
  CHECK(lex->Find("aug")->line == 2);
  CHECK_FALSE(lex->Contains("feb"));
}

TEST_CASE("Lexicon: reports duplicates and bad UTF-8 with file and line", "[core][lexicon]") {
  auto dup = Lexicon::Parse("m.txt", "a\nb\na\n");
  REQUIRE_FALSE(dup.ok());
  CHECK(dup.status().message() == "m.txt:3:1: duplicate entry 'a'");
  auto bad = Lexicon::Parse("m.txt", "a\nb\xFF\n");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message() == "m.txt:2:2: invalid UTF-8");
}

TEST_CASE("Lexicon: loads compiled-in files and reports unknown ones", "[core][lexicon]") {
  auto months = Lexicon::Load("month_names.txt", "");
  REQUIRE(months.ok());
  CHECK(months->Find("august")->fields[0] == "8");
  auto missing = Lexicon::Load("no_such_list.txt", "");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == StatusCode::kNotFound);
}

}  // namespace
}  // namespace eventgraph
