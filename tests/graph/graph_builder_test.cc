// SPDX-License-Identifier: Apache-2.0
#include "graph/graph_builder.h"

#include <catch2/catch.hpp>

#include "core/event_extractor.h"
#include "core/relation_extractor.h"
#include "graph/merge.h"
#include "tests/graph/graph_test_util.h"

namespace eventgraph {
namespace {

using testing::DocumentGraph;
using testing::TestWorld;

const EntityRecord* FindEntity(const GraphData& g, const std::string& name) {
  for (const EntityRecord& e : g.entities) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

TEST_CASE("GraphBuilder: turns one document's annotations into records with provenance",
          "[graph][builder]") {
  GraphData g = DocumentGraph(
      TestWorld("Biden met Xi on Wednesday at the Filoli Estate in San Francisco. The summit was "
                "long.",
                "2023-11-16", "a.txt")
          .Timex("Wednesday", "2023-11-15"));
  REQUIRE(g.documents.size() == 1);
  CHECK(g.documents[0].id == DocId("a.txt"));
  CHECK(g.documents[0].date == CivilDate{2023, 11, 16});
  CHECK(g.documents[0].sentences.size() == 2);

  const EntityRecord* biden = FindEntity(g, "Joe Biden");
  REQUIRE(biden != nullptr);
  CHECK(biden->id == MakeEntityId(EntityKind::kPerson, "joe biden"));
  CHECK(biden->docs == std::vector<DocId>{DocId("a.txt")});
  const EntityRecord* sf = FindEntity(g, "San Francisco");
  REQUIRE(sf != nullptr);
  CHECK(sf->parent == MakeEntityId(EntityKind::kPlace, "california"));

  REQUIRE(g.events.size() == 1);
  const EventRecord& e = g.events[0];
  CHECK(e.type == "meeting");
  CHECK(e.id.value().rfind("evt:", 0) == 0);
  REQUIRE(e.time);
  CHECK(e.time->value == "2023-11-15");
  REQUIRE(e.place);
  CHECK(*e.place == FindEntity(g, "Filoli Estate")->id);
  CHECK(e.participants.size() == 2);
  REQUIRE(e.sources.size() == 2);  // "met" and its reference "The summit"
  CHECK(e.sources[0].doc == DocId("a.txt"));
  CHECK(e.sources[0].text == "met");
  CHECK(e.sources[1].text == "summit");
  CHECK(e.sources[1].sentence == 1);
  REQUIRE(e.mentions.size() == 1);
  CHECK(e.mentions[0].place_chain.size() == 2);  // Filoli Estate in San Francisco
  CHECK(e.label == "meeting: Joe Biden, Xi Jinping in Filoli Estate, 2023-11-15");

  REQUIRE(g.relations.size() == 1);
  const RelationRecord& r = g.relations[0];
  CHECK(r.type == "met");
  CHECK(r.symmetric);
  CHECK(r.event == e.id);
  REQUIRE(r.time);
  CHECK(r.time->value == "2023-11-15");
  REQUIRE(r.sources.size() == 1);
  CHECK(r.sources[0].text == "met");
  CHECK(r.source < r.target);
}

TEST_CASE("GraphBuilder: a chain takes the time a mention's own timex gives over the main time",
          "[graph][builder]") {
  // "met" has no date and takes the article's main time (Tuesday, the call's); its reference
  // "The meeting with Xi on Wednesday" dates it to the same precision, and wins.
  GraphData g = DocumentGraph(TestWorld("Biden met Xi. Scholz called Macron on Tuesday. "
                                        "Biden's meeting with Xi on Wednesday was long.",
                                        "2024-03-02", "a.txt")
                                  .Timex("Tuesday", "2024-02-27")
                                  .Timex("Wednesday", "2024-02-28"));
  const EntityRecord* xi = FindEntity(g, "Xi Jinping");
  REQUIRE(xi != nullptr);
  const EventRecord* meeting = nullptr;
  for (const EventRecord& e : g.events) {
    for (const ParticipantRecord& p : e.participants) {
      if (p.entity == xi->id) meeting = &e;
    }
  }
  REQUIRE(meeting != nullptr);
  CHECK(meeting->sources.size() == 2);
  REQUIRE(meeting->time);
  CHECK(meeting->time->value == "2024-02-28");
}

TEST_CASE("GraphBuilder: builds the same records on every run", "[graph][builder]") {
  auto build = [] {
    return DocumentGraph(
        TestWorld("Iran attacked Israel in April 2024. Scholz met Macron.", "2024-05-01", "b.txt")
            .Timex("April 2024", "2024-04"));
  };
  GraphData a = build();
  GraphData b = build();
  CHECK(a == b);
  CHECK(a.events.size() == 2);
}

TEST_CASE("BuildDocumentAtoms: moving the annotations in gives the same atoms as copying",
          "[graph][builder]") {
  // Two entities share an id (same kind and key) only by accident of the recognizer; the
  // per-document count of the shared id sums both.
  static const EventExtractor kEvents = EventExtractor::Create("").value();
  static const RelationExtractor kRelations = RelationExtractor::Create("").value();
  Annotations a = TestWorld("Biden met Xi at the Filoli Estate in San Francisco. Biden thanked Xi.",
                            "2023-11-16", "c.txt")
                      .Build();
  a.events = kEvents.Extract(a, nullptr);
  a.relations = kRelations.Extract(a, nullptr);
  REQUIRE(a.entities.size() >= 2);
  Entity twin = a.entities[0];
  twin.mention_count = 5;
  a.entities.push_back(twin);
  const GraphData copied = BuildDocumentAtoms(a);
  const GraphData moved = BuildDocumentAtoms(std::move(a));
  CHECK(copied == moved);
  REQUIRE(moved.entities.size() >= 3);
  CHECK(moved.entities.front().id == moved.entities.back().id);
  CHECK(moved.entities.back().doc_mentions ==
        std::vector<uint32_t>{moved.entities.front().mentions + 5});
  CHECK(moved.entities.front().doc_mentions == moved.entities.back().doc_mentions);
  CHECK_FALSE(moved.events.empty());
}

}  // namespace
}  // namespace eventgraph
