// SPDX-License-Identifier: Apache-2.0
#include "export/entity_jsonl.h"

#include <catch2/catch.hpp>

namespace eventgraph {
namespace {

TEST_CASE("WriteEntitiesJsonl: writes one compact object per entity", "[export][entity]") {
  Document document("doc-1", "doc-1.txt", "Mr \"Putin\" spoke.");
  Entity putin;
  putin.name = "Vladimir \"Putin\"";
  putin.kind = EntityKind::kPerson;
  putin.key = "vladimir putin";
  putin.aliases = {"Putin"};
  putin.titles = {"Russian President"};
  putin.country = "RU";
  putin.mention_count = 1;
  Entity city;
  city.name = "Anchorage";
  city.kind = EntityKind::kPlace;
  city.key = "anchorage";
  city.country = "US";
  city.latitude = 61.25;
  city.longitude = -149.5;
  city.parent = "alaska";
  city.mention_count = 2;
  Mention mention;
  mention.span = Span{4, 9};
  mention.entity = 0;
  mention.rule = "honorific";
  std::vector<std::string> explanations = {"new entity"};

  std::string plain = WriteEntitiesJsonl(document, {mention}, {putin, city}, nullptr, {});
  CHECK(plain ==
        "{\"doc\":\"doc-1\",\"name\":\"Vladimir \\\"Putin\\\"\",\"kind\":\"person\","
        "\"key\":\"vladimir putin\",\"aliases\":[\"Putin\"],\"titles\":[\"Russian President\"],"
        "\"country\":\"RU\",\"mentions\":1,\"author\":false}\n"
        "{\"doc\":\"doc-1\",\"name\":\"Anchorage\",\"kind\":\"place\",\"key\":\"anchorage\","
        "\"aliases\":[],\"titles\":[],\"country\":\"US\",\"latitude\":61.25,"
        "\"longitude\":-149.5,\"parent\":\"alaska\",\"mentions\":2,\"author\":false}\n");

  std::string explained = WriteEntitiesJsonl(document, {mention}, {putin}, &explanations,
                                             EntityJsonlOptions{.explain = true});
  CHECK(explained.find("\"mentions_detail\":[{\"text\":\"Putin\",\"begin\":4,\"end\":9,"
                       "\"sentence\":0,\"form\":\"name\",\"rule\":\"honorific\","
                       "\"resolution\":\"new entity\"}]") != std::string::npos);
  CHECK(WriteEntitiesJsonl(document, {}, {}, nullptr, {}).empty());
}

}  // namespace
}  // namespace eventgraph
