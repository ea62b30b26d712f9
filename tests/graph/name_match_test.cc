// SPDX-License-Identifier: Apache-2.0
#include "graph/name_match.h"

#include <catch2/catch.hpp>

#include "tests/graph_fixture.h"

namespace eventgraph {
namespace {

TEST_CASE("FoldName: folds case, diacritics and punctuation", "[graph][name_match]") {
  struct Row {
    const char* input;
    const char* folded;
  };
  const Row rows[] = {
      {"Jonathan Mercer", "jonathan mercer"},
      {"  Jonathan   MERCER ", "jonathan mercer"},
      {"Zoë Łukasiewicz-Müller", "zoe lukasiewicz muller"},
      {"Volkov’s", "volkovs"},
      {"U.S.", "u s"},
      {"Straße", "strasse"},
      {"Путин", "путин"},
      {"\xff"
       "Bad",
       "bad"},
      {"", ""},
  };
  for (const Row& row : rows) {
    INFO(row.input);
    CHECK(FoldName(row.input) == row.folded);
  }
}

TEST_CASE("EditDistance: counts code point edits", "[graph][name_match]") {
  CHECK(EditDistance("kitten", "sitting") == 3);
  CHECK(EditDistance("", "abc") == 3);
  CHECK(EditDistance("zoë", "zoe") == 1);
  CHECK(EditDistance("same", "same") == 0);
}

TEST_CASE("FindEntityByName: resolves names, aliases and last names", "[graph][name_match]") {
  GraphData graph = testing::MakeSummitGraph();
  auto name_of = [&](const char* query) {
    Result<size_t> found = FindEntityByName(graph, query);
    REQUIRE(found.ok());
    return graph.entities[*found].name;
  };
  CHECK(name_of("Jonathan Mercer") == "Jonathan Mercer");
  CHECK(name_of("jonathan  mercer") == "Jonathan Mercer");
  CHECK(name_of("President Mercer") == "Jonathan Mercer");
  CHECK(name_of("Alexander Volkov") == "Aleksandr Volkov");
  CHECK(name_of("zoe lukasiewicz-muller") == "Zoë Łukasiewicz-Müller");
  CHECK(name_of("U.S.") == "United States");
  CHECK(name_of("Oval Office") == "White House");
  CHECK(name_of("hrytsenko") == "Oksana Hrytsenko");
}

TEST_CASE("FindEntityByName: suggests the closest names for unknown ones", "[graph][name_match]") {
  GraphData graph = testing::MakeSummitGraph();
  Result<size_t> found = FindEntityByName(graph, "Jonathon Merser");
  REQUIRE_FALSE(found.ok());
  CHECK(found.status().code() == StatusCode::kNotFound);
  CHECK(found.status().message().rfind(
            "no entity named 'Jonathon Merser'; closest: Jonathan Mercer, ", 0) == 0);
}

}  // namespace
}  // namespace eventgraph
