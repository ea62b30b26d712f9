// SPDX-License-Identifier: Apache-2.0
#include "graph/merge.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "export/json_writer.h"
#include "tests/graph/graph_test_util.h"

namespace eventgraph {
namespace {

using testing::DocumentGraph;
using testing::TestWorld;

// Reports of the Biden-Xi summit of 2023-11-15 in different wordings, and of other meetings.
GraphData DocA() {
  return DocumentGraph(TestWorld("Biden met Xi on Wednesday at the Filoli Estate in San Francisco.",
                                 "2023-11-16", "a.txt")
                           .Timex("Wednesday", "2023-11-15"));
}
GraphData DocB() {
  return DocumentGraph(TestWorld("Xi and Biden held talks in California on Wednesday. Blinken "
                                 "and Sullivan joined Biden.",
                                 "2023-11-16", "b.txt")
                           .Timex("Wednesday", "2023-11-15"));
}
GraphData DocC() {  // undated
  return DocumentGraph(
      TestWorld("Biden met Xi in San Francisco. Wang Yi accompanied Xi.", "", "c.txt"));
}
GraphData DocD() {  // another year
  return DocumentGraph(TestWorld("Biden met Xi in Beijing on Saturday.", "2019-06-30", "d.txt")
                           .Timex("Saturday", "2019-06-29"));
}
GraphData DocE() {  // the day before
  return DocumentGraph(TestWorld("Biden met Xi on Tuesday in Paris.", "2023-11-16", "e.txt")
                           .Timex("Tuesday", "2023-11-14"));
}
GraphData DocF() {  // other people
  return DocumentGraph(TestWorld("Scholz met Macron on Wednesday.", "2023-11-16", "f.txt")
                           .Timex("Wednesday", "2023-11-15"));
}
GraphData DocG() {  // the same day elsewhere
  return DocumentGraph(TestWorld("Biden met Xi on Wednesday in Beijing.", "2023-11-16", "g.txt")
                           .Timex("Wednesday", "2023-11-15"));
}

std::vector<GraphData> All() { return {DocA(), DocB(), DocC(), DocD(), DocE(), DocF(), DocG()}; }

std::set<std::string> DocsOf(const EventRecord& e) {
  std::set<std::string> docs;
  for (const SourceRef& s : e.sources) docs.insert(s.doc.value());
  return docs;
}

const EntityRecord& Entity(const GraphData& g, const std::string& name) {
  for (const EntityRecord& e : g.entities) {
    if (e.name == name) return e;
  }
  FAIL("no entity " << name);
  return g.entities.front();
}

const EventRecord* EventFrom(const GraphData& g, const std::string& doc) {
  for (const EventRecord& e : g.events) {
    if (DocsOf(e).count(doc) != 0) return &e;
  }
  return nullptr;
}

TEST_CASE("Merge: merges reports of one event across documents", "[graph][merge]") {
  GraphData g = MergeGraphData(All());
  const EventRecord* summit = EventFrom(g, "a.txt");
  REQUIRE(summit != nullptr);
  CHECK(DocsOf(*summit) == std::set<std::string>{"a.txt", "b.txt", "c.txt"});
  REQUIRE(summit->time);
  CHECK(summit->time->value == "2023-11-15");
  REQUIRE(summit->place);
  CHECK(*summit->place == Entity(g, "Filoli Estate").id);  // the most specific place
  std::set<std::string> names;
  for (const ParticipantRecord& p : summit->participants) {
    for (const EntityRecord& e : g.entities) {
      if (e.id == p.entity) names.insert(e.name);
    }
  }
  CHECK(names == std::set<std::string>{"Antony Blinken", "Jake Sullivan", "Joe Biden", "Wang Yi",
                                       "Xi Jinping"});
  CHECK(summit->merges.size() == 2);
  CHECK(summit->mentions.size() == 3);
  CHECK(g.entities.size() > 10);
  CHECK(Entity(g, "Joe Biden").docs.size() == 7);
}

TEST_CASE("Merge: raises the confidence of a merged event by whole hundredths", "[graph][merge]") {
  // 0.8 in each report (trigger, two participants, a time), + 0.05 for the second document:
  // exactly 0.85, not the 0.8500000000000001 the sum gives.
  std::vector<GraphData> parts;
  for (const char* path : {"p.txt", "q.txt"}) {
    parts.push_back(DocumentGraph(TestWorld("Biden met Xi on Wednesday.", "2023-11-16", path)
                                      .Timex("Wednesday", "2023-11-15")));
  }
  REQUIRE(parts[0].events.size() == 1);
  CHECK(parts[0].events[0].confidence == 0.8);
  const GraphData g = MergeGraphData(std::move(parts));
  REQUIRE(g.events.size() == 1);
  CHECK(DocsOf(g.events[0]) == std::set<std::string>{"p.txt", "q.txt"});
  CHECK(g.events[0].confidence == 0.85);
}

TEST_CASE("Merge: keeps events apart when time, place or participants disagree", "[graph][merge]") {
  GraphData g = MergeGraphData(All());
  const EventRecord* summit = EventFrom(g, "a.txt");
  for (const char* doc : {"d.txt", "e.txt", "f.txt", "g.txt"}) {
    INFO(doc);
    const EventRecord* other = EventFrom(g, doc);
    REQUIRE(other != nullptr);
    CHECK(other->id != summit->id);
    CHECK(DocsOf(*other).size() == 1);
  }
  CHECK(g.events.size() == 5);
}

TEST_CASE("Merge: keeps undated events apart that share one name and each name another",
          "[graph][merge]") {
  // Biden's meeting with Xi is not his meeting with Modi; Xi's second mention adds no one else
  // and joins the first.
  GraphData g = MergeGraphData({DocumentGraph(
      TestWorld("Biden met Xi in Paris. Biden also met Modi. Xi met Biden again.", "", "u.txt"))});
  REQUIRE(g.events.size() == 2);
  std::set<std::string> parties;
  for (const EventRecord& e : g.events) {
    std::string names;
    for (const ParticipantRecord& p : e.participants) {
      for (const EntityRecord& entity : g.entities) {
        if (entity.id == p.entity) names.append(entity.name).append(";");
      }
    }
    names.append(std::to_string(e.sources.size()));
    parties.insert(names);
  }
  CHECK(parties == std::set<std::string>{"Joe Biden;Narendra Modi;1", "Joe Biden;Xi Jinping;2"});
  // So do dated ones of one article: two meetings on the same Monday.
  GraphData dated = MergeGraphData({DocumentGraph(
      TestWorld("Biden met Xi on Monday. On Monday Biden also met Modi.", "2024-03-02", "v.txt")
          .Timex("Monday", "2024-02-26"))});
  CHECK(dated.events.size() == 2);
}

TEST_CASE("Merge: keeps events apart whose roles are reversed", "[graph][merge]") {
  // Israel's attack on Iran and Iran's on Israel, both in April: two attacks, in one article or
  // in two.
  GraphData one = MergeGraphData(
      {DocumentGraph(TestWorld("Israel attacked Iran in April. Iran attacked Israel in April.",
                               "2024-06-01", "r.txt")
                         .Timex("April", "2024-04"))});
  CHECK(one.events.size() == 2);
  GraphData two = MergeGraphData(
      {DocumentGraph(TestWorld("Israel attacked Iran in April.", "2024-06-01", "r1.txt")
                         .Timex("April", "2024-04")),
       DocumentGraph(TestWorld("Iran attacked Israel in April.", "2024-06-01", "r2.txt")
                         .Timex("April", "2024-04")),
       DocumentGraph(TestWorld("In April Israel attacked Iran.", "2024-06-01", "r3.txt")
                         .Timex("April", "2024-04"))});
  REQUIRE(two.events.size() == 2);
  CHECK(two.events[0].sources.size() + two.events[1].sources.size() == 3);
}

TEST_CASE("Merge: infers the date of an undated document from the events it shares",
          "[graph][merge]") {
  GraphData g = MergeGraphData(All());
  for (const DocumentRecord& d : g.documents) {
    if (d.id.value() != "c.txt") continue;
    CHECK(d.date == CivilDate{2023, 11, 16});
    CHECK(d.date_source == DctSource::kInferred);
  }
  std::vector<DocumentRecord> inferred = InferredDocuments(g);
  REQUIRE(inferred.size() == 1);
  CHECK(inferred[0].id == DocId("c.txt"));
}

TEST_CASE("Merge: gives the same bytes for any grouping and order of shards", "[graph][merge]") {
  const GraphData one = MergeGraphData(All());
  const std::string json = WriteGraphJson(one);
  auto merge = [](std::vector<GraphData> parts) { return MergeGraphData(std::move(parts)); };
  std::vector<GraphData> groupings;
  groupings.push_back(
      merge({merge({DocA(), DocB()}), merge({DocC(), DocD()}), merge({DocE(), DocF(), DocG()})}));
  groupings.push_back(
      merge({merge({DocG(), DocF(), DocE()}), merge({DocD(), DocC()}), merge({DocB(), DocA()})}));
  groupings.push_back(merge({DocC(), merge({DocA(), merge({DocG(), merge({DocB(), DocD()})})}),
                             merge({DocF(), DocE()})}));
  groupings.push_back(merge({merge({merge({DocA()}), merge({DocB(), DocC(), DocD()})}),
                             merge({DocE(), merge({DocF(), DocG()})})}));
  for (size_t i = 0; i < groupings.size(); ++i) {
    INFO("grouping " << i);
    CHECK(groupings[i].documents == one.documents);
    CHECK(groupings[i].entities == one.entities);
    CHECK(groupings[i].events == one.events);
    CHECK(groupings[i].relations == one.relations);
    CHECK(groupings[i] == one);
    CHECK(WriteGraphJson(groupings[i]) == json);
  }
  // Merging a graph with itself, or a shard again into the whole, changes nothing: a document
  // counts once (per-document mention counts), so re-merged articles are not counted twice.
  CHECK(merge({one, one}) == one);
  CHECK(WriteGraphJson(merge({one, DocB()})) == json);
  CHECK(WriteGraphJson(merge({merge({DocA(), DocB()}), merge({DocB(), DocC()}), one})) == json);
  const EntityRecord& biden = Entity(one, "Joe Biden");
  REQUIRE(biden.doc_mentions.size() == biden.docs.size());
  uint32_t sum = 0;
  for (uint32_t n : biden.doc_mentions) sum += n;
  CHECK(biden.mentions == sum);
}

TEST_CASE("Merge: makes an unconfirmed person a person when a document confirms it",
          "[graph][merge]") {
  // Alone, "Tarn Obeki said" shows no person evidence: an organization, keyed as a person.
  const GraphData bare =
      DocumentGraph(TestWorld("Tarn Obeki met Scholz in Paris.", "2024-06-02", "x.txt")
                        .Entity("Tarn Obeki", EntityKind::kPerson, {"Tarn Obeki"})
                        .Unconfirmed("Tarn Obeki"));
  const GraphData titled =
      DocumentGraph(TestWorld("Chief executive Tarn Obeki met Macron.", "2024-06-02", "y.txt")
                        .Entity("Tarn Obeki", EntityKind::kPerson, {"Tarn Obeki"}));
  const EntityRecord& alone = Entity(bare, "Tarn Obeki");
  CHECK(alone.kind == EntityKind::kOrganization);
  CHECK(alone.unconfirmed_person);
  const GraphData both = MergeGraphData({bare, titled});
  const EntityRecord& one = Entity(both, "Tarn Obeki");
  CHECK(one.kind == EntityKind::kPerson);
  CHECK(!one.unconfirmed_person);
  CHECK(one.docs.size() == 2);
  CHECK(one.id == Entity(titled, "Tarn Obeki").id);
  size_t named = 0;
  for (const EntityRecord& e : both.entities)
    named += e.name == "Tarn Obeki" ? size_t{1} : size_t{0};
  CHECK(named == 1);
  // In any order and grouping.
  CHECK(MergeGraphData({titled, bare}) == both);
  CHECK(MergeGraphData({MergeGraphData({bare}), MergeGraphData({titled, bare})}) == both);
}

// One document's record of the entity keyed `key`, named `name`.
GraphData NamedIn(const std::string& doc, const std::string& name, const std::string& key,
                  EntityKind kind) {
  GraphData g;
  DocumentRecord d;
  d.id = DocId(doc);
  d.path = doc;
  g.documents.push_back(d);
  EntityRecord e;
  e.id = MakeEntityId(kind, key);
  e.name = name;
  e.kind = kind;
  e.key = key;
  e.aliases = {name};
  e.mentions = 1;
  e.docs = {d.id};
  e.doc_mentions = {1};
  g.entities.push_back(e);
  return g;
}

TEST_CASE("Merge: names an entity by its fullest, best-cased form in any order", "[graph][merge]") {
  const auto org = EntityKind::kOrganization;
  struct Row {
    std::vector<std::string> names;
    std::string expected;
  };
  const std::vector<Row> rows = {
      {{"REUTERS", "Reuters"}, "Reuters"},     // a shouted dateline word
      {{"TExas", "TEXAS", "Texas"}, "Texas"},  // shift held too long, shouted
      {{"Exchange COmmission", "Exchange Commission"}, "Exchange Commission"},
      {{"OPEC", "Opec"}, "OPEC"},                      // a short acronym is no accident
      {{"Reagan", "RONALD REAGAN"}, "RONALD REAGAN"},  // the fuller form still wins
      {{"AMerica", "America"}, "America"},
  };
  for (const Row& row : rows) {
    INFO(row.expected);
    std::vector<GraphData> parts;
    for (size_t i = 0; i < row.names.size(); ++i) {
      parts.push_back(NamedIn("d" + std::to_string(i) + ".txt", row.names[i], "key", org));
    }
    const GraphData forward = MergeGraphData(parts);
    std::reverse(parts.begin(), parts.end());
    const GraphData backward = MergeGraphData(parts);
    REQUIRE(forward.entities.size() == 1);
    CHECK(forward.entities[0].name == row.expected);
    CHECK(backward == forward);
    CHECK(forward.entities[0].aliases.size() == row.names.size());
  }
}

TEST_CASE("Merge: sums mention counts when per-document counts are unknown", "[graph][merge]") {
  // A graph.json from before doc_mentions existed: counts can only be added up.
  GraphData a = DocA();
  GraphData b = DocB();
  for (GraphData* g : {&a, &b}) {
    for (EntityRecord& e : g->entities) e.doc_mentions.clear();
  }
  const GraphData merged = MergeGraphData({a, b});
  const EntityRecord& biden = Entity(merged, "Joe Biden");
  CHECK(biden.doc_mentions.empty());
  CHECK(biden.mentions == Entity(a, "Joe Biden").mentions + Entity(b, "Joe Biden").mentions);
}

TEST_CASE("Merge: stays associative when an undated report is ambiguous", "[graph][merge]") {
  // c.txt is undated and fits both the San Francisco summit and an unplaced meeting of the same
  // pair the day before, so it stays apart, and its date cannot be inferred, in every grouping.
  auto undated_pair = [] {
    return DocumentGraph(TestWorld("Biden met Xi on Tuesday.", "2023-11-16", "h.txt")
                             .Timex("Tuesday", "2023-11-14"));
  };
  auto merge = [](std::vector<GraphData> parts) { return MergeGraphData(std::move(parts)); };
  const GraphData one = merge({DocA(), DocB(), DocC(), undated_pair()});
  CHECK(merge({merge({DocB(), DocC()}), merge({DocA(), undated_pair()})}) == one);
  CHECK(merge({merge({undated_pair(), merge({DocC(), DocA()})}), DocB()}) == one);
  for (const DocumentRecord& d : one.documents) {
    if (d.id.value() == "c.txt") CHECK(d.date_source == DctSource::kNone);
  }
}

TEST_CASE("Merge: re-clusters records read without their mentions", "[graph][merge]") {
  GraphData a = DocA();
  GraphData b = DocB();
  for (GraphData* g : {&a, &b}) {
    for (EventRecord& e : g->events) e.mentions.clear();
    for (RelationRecord& r : g->relations) r.mentions.clear();
  }
  GraphData g = MergeGraphData({a, b});
  const EventRecord* summit = EventFrom(g, "a.txt");
  REQUIRE(summit != nullptr);
  CHECK(DocsOf(*summit) == std::set<std::string>{"a.txt", "b.txt"});
  bool met = false;
  for (const RelationRecord& r : g.relations)
    met = met || (r.type == "met" && r.event == summit->id);
  CHECK(met);
}

TEST_CASE("GraphMerger: adds parts one at a time to the bytes of MergeGraphData",
          "[graph][merge]") {
  GraphData c_without_mentions = DocC();
  for (EventRecord& e : c_without_mentions.events) e.mentions.clear();
  for (RelationRecord& r : c_without_mentions.relations) r.mentions.clear();
  std::vector<GraphData> parts = All();
  parts.push_back(c_without_mentions);
  const std::string batch = WriteGraphJson(MergeGraphData(parts));
  GraphMerger merger;
  for (const GraphData& part : parts) merger.Add(part);
  CHECK(WriteGraphJson(merger.Merged()) == batch);  // Merged() leaves the merger as it was
  CHECK(WriteGraphJson(merger.Finish()) == batch);
  CHECK(merger.Finish().events.empty());  // Finish() left it empty
}

TEST_CASE("GraphMerger: drops the mentions of documents as if never added", "[graph][merge]") {
  GraphData b_without_mentions = DocB();
  for (EventRecord& e : b_without_mentions.events) e.mentions.clear();
  for (RelationRecord& r : b_without_mentions.relations) r.mentions.clear();
  // a.txt's mentions go; b.txt's records without mentions cannot be split and stay.
  GraphData a_records_only = DocA();
  a_records_only.events.clear();
  a_records_only.relations.clear();
  const std::string expected =
      WriteGraphJson(MergeGraphData({a_records_only, b_without_mentions, DocE()}));
  GraphMerger merger;
  merger.Add(DocA());
  merger.Add(b_without_mentions);
  merger.Add(DocE());
  merger.DropMentionsOf({DocId("a.txt")});
  CHECK(WriteGraphJson(merger.Finish()) == expected);
}

TEST_CASE("MakeEntityId: is \"ent:\" + StableHash of kind and lower-cased key", "[graph][merge]") {
  // The reference the id was always defined by, against the hash with the kind's prefix
  // precomputed and the digits written eight at a time.
  const std::vector<std::string> keys = {"",     "joe biden", "Joe BIDEN",          "california",
                                         "u.s.", "Zürich AG", std::string(40, 'z'), "\x01\x7f\xff"};
  for (EntityKind kind : {EntityKind::kPerson, EntityKind::kOrganization, EntityKind::kCountry,
                          EntityKind::kPlace, EntityKind::kGroup}) {
    for (const std::string& key : keys) {
      std::string text = std::string(EntityKindName(kind)) + ":";
      for (char c : key) text += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      CHECK(MakeEntityId(kind, key).value() == "ent:" + StableHash(text));
    }
  }
}

TEST_CASE("FormatMergeRecords: says why each merge happened", "[graph][merge]") {
  GraphData g = MergeGraphData({DocA(), DocB()});
  std::string text = FormatMergeRecords(g);
  CHECK(text.find("meeting 2023-11-15: ") != std::string::npos);
  CHECK(text.find("time 2023-11-15 (day) ~ 2023-11-15 (day)") != std::string::npos);
  CHECK(text.find("place Filoli Estate in California") != std::string::npos);
  CHECK(text.find("shared participants Joe Biden, Xi Jinping") != std::string::npos);
  CHECK(FormatMergeRecords(MergeGraphData({DocA()})).empty());
}

}  // namespace
}  // namespace eventgraph
