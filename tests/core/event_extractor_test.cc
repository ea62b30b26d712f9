// SPDX-License-Identifier: Apache-2.0
#include "core/event_extractor.h"

#include <catch2/catch.hpp>

#include "core/relation_extractor.h"
#include "tests/core/annotation_builder.h"

namespace eventgraph {
namespace {

using testing::AnnotationBuilder;
using testing::DumpEvents;

const EventExtractor& Extractor() {
  static const EventExtractor kExtractor = EventExtractor::Create("").value();
  return kExtractor;
}

// Leaders, countries and places of the examples (all written for these tests).
AnnotationBuilder World(const std::string& text, const std::string& dct = "2024-03-02") {
  AnnotationBuilder b(text, dct);
  b.Entity("Olaf Scholz", EntityKind::kPerson, {"Olaf Scholz", "Scholz"})
      .Entity("Emmanuel Macron", EntityKind::kPerson, {"Emmanuel Macron", "Macron"})
      .Entity("Xi Jinping", EntityKind::kPerson, {"Xi Jinping", "Xi"})
      .Entity("Joe Biden", EntityKind::kPerson, {"Joe Biden", "Biden"})
      .Entity("Antony Blinken", EntityKind::kPerson, {"Antony Blinken", "Blinken"})
      .Entity("Jake Sullivan", EntityKind::kPerson, {"Jake Sullivan", "Sullivan"})
      .Entity("Wang Yi", EntityKind::kPerson, {"Wang Yi"})
      .Entity("Cai Qi", EntityKind::kPerson, {"Cai Qi"})
      .Entity("Narendra Modi", EntityKind::kPerson, {"Narendra Modi", "Modi"})
      .Entity("Germany", EntityKind::kCountry, {"Germany"})
      .Entity("France", EntityKind::kCountry, {"France"})
      .Entity("China", EntityKind::kCountry, {"China"})
      .Entity("United States", EntityKind::kCountry, {"United States", "US", "U.S."})
      .Entity("Israel", EntityKind::kCountry, {"Israel"})
      .Entity("Iran", EntityKind::kCountry, {"Iran"})
      .Entity("Spain", EntityKind::kCountry, {"Spain"})
      .Entity("NATO", EntityKind::kOrganization, {"NATO"})
      .Entity("California", EntityKind::kPlace, {"California"}, "united states")
      .Entity("San Francisco", EntityKind::kPlace, {"San Francisco"}, "california")
      .Entity("Filoli Estate", EntityKind::kPlace, {"Filoli Estate"})
      .Entity("Paris", EntityKind::kPlace, {"Paris"}, "france")
      .Entity("Elysee Palace", EntityKind::kPlace, {"Elysee Palace"})
      .Entity("Beijing", EntityKind::kPlace, {"Beijing"}, "china")
      .Entity("Damascus", EntityKind::kPlace, {"Damascus"})
      .Entity("Louisiana", EntityKind::kPlace, {"Louisiana"})
      .Demonym("Germany", {"German"})
      .Demonym("France", {"French"})
      .Demonym("China", {"Chinese"})
      .Demonym("Israel", {"Israeli"})
      .Demonym("Iran", {"Iranian"});
  return b;
}

std::string Run(const AnnotationBuilder& b) {
  Annotations a = b.Build();
  a.events = Extractor().Extract(a, nullptr);
  return DumpEvents(a);
}

TEST_CASE("EventExtractor: scratch", "[core][event][.scratch]") {
  std::vector<AnnotationBuilder> cases = {
      World("German Chancellor Olaf Scholz and his French counterpart Emmanuel Macron on Tuesday "
            "held a long summit in Paris, as the two leaders sought common ground.")
          .Timex("Tuesday", "2024-02-27"),
      World("Scholz said that two hours of direct talks with Macron on Tuesday (Feb 27) did not "
            "yield an agreement on arms exports.")
          .Timex("Tuesday", "2024-02-27")
          .Timex("Feb 27", "2024-02-27"),
      World("Xi and Biden, along with Blinken and Wang Yi, conferred in a garden at the Filoli "
            "Estate in San Francisco, California in their first meeting since 2022.")
          .Timex("2022", "2022"),
      World("The meeting also included US Secretary of State Antony Blinken; Biden's national "
            "security adviser, Jake Sullivan; Chinese foreign minister Wang Yi; and Cai Qi."),
      World(
          "Biden met Xi in November 2023. The summit took place at the Filoli Estate in San "
          "Francisco. Blinken and Sullivan joined Biden, while Wang Yi and Cai Qi accompanied Xi.")
          .Timex("November 2023", "2023-11"),
      World("Macron will call Scholz next week. Scholz said he would soon call Xi. Macron might "
            "visit Beijing. No deal was reached between France and Germany.")
          .Timex("next week", "2024-03-04"),
      World("Israeli jets struck Iran in April 2024, and Iran attacked Israel days earlier. The "
            "French government criticized Israel.")
          .Timex("April 2024", "2024-04"),
      World(
          "Macron praised Scholz and suggested a possible future meeting in Beijing. \"Next "
          "time in Beijing,\" Xi replied. The United States bought Louisiana in 1803 from France.")
          .Timex("1803", "1803"),
      World("The Paris meeting between Scholz and Macron ended without a deal. Modi, who was not "
            "invited to the meeting, criticized Macron. Friday's summit in Paris was long.")
          .Timex("Friday", "2024-03-01"),
      World("Scholz had a phone call with Modi on Monday. The two leaders spoke for an hour. "
            "Scholz's meeting with Xi in Beijing followed a 2019 summit in Paris.")
          .Timex("Monday", "2024-02-26")
          .Timex("2019", "2019"),
  };
  for (const AnnotationBuilder& b : cases) WARN(Run(b));
}

}  // namespace
}  // namespace eventgraph
