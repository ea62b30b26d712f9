// SPDX-License-Identifier: Apache-2.0
#include "core/relation_extractor.h"

#include <catch2/catch.hpp>

#include "core/event_extractor.h"
#include "tests/core/annotation_builder.h"

namespace eventgraph {
namespace {

using testing::TestWorld;

std::string Relations(const testing::AnnotationBuilder& b) {
  static const EventExtractor kEvents = EventExtractor::Create("").value();
  static const RelationExtractor kRelations = RelationExtractor::Create("").value();
  Annotations a = b.Build();
  a.events = kEvents.Extract(a, nullptr);
  a.relations = kRelations.Extract(a, nullptr);
  return testing::DumpRelations(a);
}

TEST_CASE("RelationExtractor: derives actor-to-actor relations from events", "[core][relation]") {
  struct Row {
    const char* name;
    testing::AnnotationBuilder builder;
    const char* expected;
  };
  std::vector<Row> rows = {
      {"met is symmetric", TestWorld("Biden met Xi on Wednesday.").Timex("Wednesday", "2023-11-15"),
       "met Xi Jinping <-> Joe Biden occurred 2023-11-15 e0\n"},
      {"attacked is directed",
       TestWorld("Iran attacked Israel in April 2024.", "2024-06-01")
           .Timex("April 2024", "2024-04"),
       "attacked Iran -> Israel occurred 2024-04 e0\n"},
      {"the trigger's relation", TestWorld("Scholz blamed Macron."),
       "blamed Olaf Scholz -> Emmanuel Macron occurred - e0\n"},
      {"a call", TestWorld("Scholz had a phone call with Modi."),
       "spoke_with Olaf Scholz <-> Narendra Modi occurred - e0\n"},
      {"companions accompany their leader",
       TestWorld("Biden met Xi. Blinken and Sullivan joined Biden."),
       "met Xi Jinping <-> Joe Biden occurred - e0\n"
       "accompanied Antony Blinken -> Joe Biden occurred - e0\n"
       "accompanied Jake Sullivan -> Joe Biden occurred - e0\n"},
      {"a planned call keeps its status", TestWorld("Macron will call Scholz."),
       "called Olaf Scholz <-> Emmanuel Macron planned - e0\n"},
      {"references add to their event",
       TestWorld("Biden met Xi on Wednesday. The meeting also included Blinken and Wang Yi.")
           .Timex("Wednesday", "2023-11-15"),
       "met Xi Jinping <-> Joe Biden occurred 2023-11-15 e0\n"
       "met Antony Blinken <-> Wang Yi occurred 2023-11-15 e0\n"},
      {"no relation for someone not present",
       TestWorld("Scholz met Macron. Modi, who was not invited to the meeting, stayed home."),
       "met Olaf Scholz <-> Emmanuel Macron occurred - e0\n"},
  };
  for (const Row& row : rows) {
    SECTION(row.name) { CHECK(Relations(row.builder) == row.expected); }
  }
}

}  // namespace
}  // namespace eventgraph
