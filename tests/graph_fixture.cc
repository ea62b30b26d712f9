// SPDX-License-Identifier: Apache-2.0
#include "tests/graph_fixture.h"

#include <algorithm>
#include <cstdlib>

#include "graph/timeline.h"

namespace eventgraph::testing {
namespace {

TimeValue Day(int32_t y, int32_t m, int32_t d, std::string text) {
  CivilDate date{y, m, d};
  return TimeValue{date.ToIso(), Precision::kDay, date, date, std::move(text)};
}

TimeValue Range(CivilDate first, CivilDate last, std::string text) {
  return TimeValue{first.ToIso() + "/" + last.ToIso(), Precision::kDay, first, last,
                   std::move(text)};
}

TimeValue Month(int32_t y, int32_t m, std::string text) {
  CivilDate first{y, m, 1};
  CivilDate last = CivilFromDays(DaysFromCivil(CivilDate{m == 12 ? y + 1 : y, m % 12 + 1, 1}) - 1);
  return TimeValue{CivilDate{y, m, 0}.ToIso(), Precision::kMonth, first, last, std::move(text)};
}

TimeValue Year(int32_t y, std::string text) {
  return TimeValue{CivilDate{y, 0, 0}.ToIso(), Precision::kYear, CivilDate{y, 1, 1},
                   CivilDate{y, 12, 31}, std::move(text)};
}

EntityRecord Entity(const std::string& name, EntityKind kind, std::vector<std::string> aliases,
                    std::vector<std::string> titles, uint32_t mentions,
                    std::vector<std::string> docs) {
  EntityRecord e;
  e.key = name;
  e.id = EntityId("ent:" + StableHash(std::string(EntityKindName(kind)) + "|" + name));
  e.name = name;
  e.kind = kind;
  aliases.push_back(name);
  std::sort(aliases.begin(), aliases.end());
  aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
  e.aliases = std::move(aliases);
  std::sort(titles.begin(), titles.end());
  e.titles = std::move(titles);
  e.mentions = mentions;
  for (const std::string& d : docs) e.docs.push_back(DocId(d));
  std::sort(e.docs.begin(), e.docs.end());
  return e;
}

SourceRef Source(const std::string& doc, uint32_t sentence, uint32_t begin, std::string text) {
  return SourceRef{DocId(doc), sentence, Span{begin, begin + static_cast<uint32_t>(text.size())},
                   std::move(text)};
}

}  // namespace

EntityId FixtureEntity(const GraphData& graph, const std::string& name) {
  for (const EntityRecord& e : graph.entities) {
    if (e.name == name) return e.id;
  }
  std::abort();
}

GraphData MakeSummitGraph() {
  GraphData g;
  const std::string kHelsinki = "helsinki-2018.txt";
  const std::string kAnchorage = "anchorage-2025.txt";
  const std::string kOval = "oval-office-2025.txt";
  const std::string kHistory = "alaska-history.txt";
  auto doc = [&](const std::string& id, std::optional<CivilDate> date, DctSource source,
                 const std::string& title) {
    DocumentRecord d;
    d.id = DocId(id);
    d.path = "samples/" + id;
    d.title = title;
    d.date = date;
    d.date_source = source;
    d.sentences = {SentenceRecord{Span{0, 80}, SentenceKind::kBody}};
    g.documents.push_back(d);
  };
  doc(kHelsinki, CivilDate{2018, 7, 17}, DctSource::kHeader, "Mercer and Volkov meet in Helsinki");
  doc(kAnchorage, CivilDate{2025, 8, 16}, DctSource::kHeader, "Summit on the tarmac");
  doc(kOval, CivilDate{0, 3, 1}, DctSource::kDateline, "A tense Oval Office meeting");
  doc(kHistory, std::nullopt, DctSource::kNone, "");

  using K = EntityKind;
  g.entities = {
      Entity("Jonathan Mercer", K::kPerson, {"Mercer", "President Mercer"}, {"US President"}, 12,
             {kHelsinki, kAnchorage, kOval}),
      Entity("Aleksandr Volkov", K::kPerson, {"Alexander Volkov", "Volkov"}, {"Russian President"},
             10, {kHelsinki, kAnchorage}),
      Entity("Oksana Hrytsenko", K::kPerson, {"Hrytsenko"}, {"Ukrainian President"}, 5, {kOval}),
      Entity("Mikhail Orlov", K::kPerson, {"Orlov"}, {"Russian Foreign Minister"}, 3, {kAnchorage}),
      Entity("Zoë Łukasiewicz-Müller", K::kPerson, {"Łukasiewicz-Müller"}, {}, 2, {kOval}),
      Entity("United States", K::kCountry, {"U.S.", "US", "Washington"}, {}, 7,
             {kHistory, kAnchorage}),
      Entity("Russia", K::kCountry, {"Moscow"}, {}, 8, {kHistory, kAnchorage}),
      Entity("Ukraine", K::kCountry, {"Kyiv"}, {}, 4, {kOval}),
      Entity("Finland", K::kCountry, {}, {}, 1, {kHelsinki}),
      Entity("Helsinki", K::kPlace, {}, {}, 3, {kHelsinki}),
      Entity("Anchorage", K::kPlace, {}, {}, 6, {kAnchorage}),
      Entity("Alaska", K::kPlace, {}, {}, 4, {kAnchorage, kHistory}),
      Entity("White House", K::kPlace, {"Oval Office"}, {}, 2, {kOval}),
      Entity("The \"Quoted\" Party", K::kOrganization, {"Quoted Party"}, {}, 2, {kOval}),
      Entity("C:\\Backslash Group", K::kGroup, {}, {}, 1, {kHistory}),
      Entity("<script>alert(1)</script> Ltd", K::kOrganization, {}, {}, 1, {kOval}),
  };
  auto id = [&](const std::string& name) { return FixtureEntity(g, name); };
  for (EntityRecord& e : g.entities) {
    if (e.name == "Helsinki") e.parent = id("Finland");
    if (e.name == "Anchorage") e.parent = id("Alaska");
    if (e.name == "Alaska") e.parent = id("United States");
    if (e.name == "White House") e.parent = id("United States");
    if (e.kind == K::kCountry)
      e.iso_code = e.name == "Russia"    ? "RU"
                   : e.name == "Ukraine" ? "UA"
                   : e.name == "Finland" ? "FI"
                                         : "US";
    if (e.name == "Anchorage") {
      e.latitude = 61.2181;
      e.longitude = -149.9003;
      e.country = "US";
    }
  }

  using R = ParticipantRole;
  auto event = [&](const std::string& key, const std::string& type, const std::string& label,
                   std::optional<TimeValue> time, std::optional<std::string> place,
                   std::vector<std::pair<std::string, R>> participants, SourceRef source,
                   EventStatus status = EventStatus::kOccurred) {
    EventRecord e;
    e.id = EventId("evt:" + StableHash(key));
    e.type = type;
    e.label = label;
    e.status = status;
    e.time = std::move(time);
    if (place) e.place = id(*place);
    for (const auto& [name, role] : participants) e.participants.push_back({id(name), role});
    std::sort(e.participants.begin(), e.participants.end());
    e.confidence = 0.9;
    e.sources = {std::move(source)};
    g.events.push_back(e);
    return e.id;
  };
  const EventId helsinki =
      event("helsinki", "meeting", "Mercer meets Volkov in Helsinki", Day(2018, 7, 16, "on Monday"),
            "Helsinki", {{"Jonathan Mercer", R::kAgent}, {"Aleksandr Volkov", R::kPatient}},
            Source(kHelsinki, 0, 0, "Mercer met Volkov in Helsinki on Monday"));
  const EventId anchorage =
      event("anchorage", "meeting", "Mercer and Volkov hold a summit in Anchorage",
            Day(2025, 8, 15, "on Friday"), "Anchorage",
            {{"Jonathan Mercer", R::kAgent},
             {"Aleksandr Volkov", R::kPatient},
             {"Mikhail Orlov", R::kCompanion}},
            Source(kAnchorage, 1, 120, "Mercer hosted Volkov at a base in Anchorage on Friday"));
  const EventId oval =
      event("oval", "meeting", "Mercer receives Hrytsenko in the Oval Office",
            Day(2025, 2, 28, "on 28 February"), "White House",
            {{"Jonathan Mercer", R::kAgent}, {"Oksana Hrytsenko", R::kPatient}},
            Source(kOval, 0, 14, "Mercer received Hrytsenko in the Oval Office on 28 February"));
  const EventId purchase = event(
      "purchase", "transfer", "The United States buys Alaska from Russia", Year(1867, "in 1867"),
      "Alaska", {{"United States", R::kAgent}, {"Russia", R::kPatient}},
      Source(kHistory, 0, 0, "In 1867 the United States bought Alaska from Russia"));
  event("talks", "negotiation", "Ceasefire talks planned", Month(2025, 3, "in March"), std::nullopt,
        {{"Jonathan Mercer", R::kAgent}, {"Aleksandr Volkov", R::kPatient}},
        Source(kOval, 3, 300, "talks with Volkov are planned for March"), EventStatus::kPlanned);
  const EventId statement = event(
      "statement", "statement", "Łukasiewicz-Müller criticizes <script> Ltd",
      Day(2025, 3, 5, "on 5 March"), std::nullopt,
      {{"Zoë Łukasiewicz-Müller", R::kAgent},
       {"<script>alert(1)</script> Ltd", R::kPatient},
       {"The \"Quoted\" Party", R::kParticipant}},
      Source(kOval, 5, 410, "Zoë Łukasiewicz-Müller said \"no\" to <script>alert(1)</script> Ltd"));
  event("exercise", "exercise", "Naval exercise off Alaska",
        Range(CivilDate{2024, 9, 10}, CivilDate{2024, 9, 20}, "from 10 to 20 September"), "Alaska",
        {{"Russia", R::kAgent}, {"C:\\Backslash Group", R::kParticipant}},
        Source(kHistory, 2, 90, "C:\\Backslash Group watched the exercise"));
  event("undated", "visit", "Orlov visits Finland", std::nullopt, "Finland",
        {{"Mikhail Orlov", R::kAgent}}, Source(kHelsinki, 4, 200, "Orlov visited Finland"),
        EventStatus::kUncertain);

  auto relation = [&](const std::string& key, const std::string& type, const std::string& source,
                      const std::string& target, std::optional<EventId> ev,
                      std::optional<TimeValue> time, bool symmetric, SourceRef src) {
    RelationRecord r;
    r.id = RelationId("rel:" + StableHash(key));
    r.type = type;
    r.source = id(source);
    r.target = id(target);
    r.event = std::move(ev);
    r.symmetric = symmetric;
    r.time = std::move(time);
    r.sources = {std::move(src)};
    g.relations.push_back(r);
  };
  relation("met-2018", "met", "Jonathan Mercer", "Aleksandr Volkov", helsinki,
           Day(2018, 7, 16, "on Monday"), true,
           Source(kHelsinki, 0, 0, "Mercer met Volkov in Helsinki on Monday"));
  relation("met-2025", "met", "Aleksandr Volkov", "Jonathan Mercer", anchorage,
           Day(2025, 8, 15, "on Friday"), true,
           Source(kAnchorage, 1, 120, "Mercer hosted Volkov at a base in Anchorage on Friday"));
  relation("met-oval", "met", "Jonathan Mercer", "Oksana Hrytsenko", oval,
           Day(2025, 2, 28, "on 28 February"), true,
           Source(kOval, 0, 14, "Mercer received Hrytsenko in the Oval Office on 28 February"));
  relation("accompanied", "accompanied", "Mikhail Orlov", "Aleksandr Volkov", anchorage,
           Day(2025, 8, 15, "on Friday"), false,
           Source(kAnchorage, 2, 200, "Orlov accompanied Volkov"));
  relation("sold", "transferred", "Russia", "United States", purchase, Year(1867, "in 1867"), false,
           Source(kHistory, 0, 0, "In 1867 the United States bought Alaska from Russia"));
  relation("criticized", "criticized", "Zoë Łukasiewicz-Müller", "<script>alert(1)</script> Ltd",
           statement, Day(2025, 3, 5, "on 5 March"), false,
           Source(kOval, 5, 410, "Zoë Łukasiewicz-Müller said \"no\""));
  relation("blamed", "blamed", "Oksana Hrytsenko", "Jonathan Mercer", std::nullopt, std::nullopt,
           false, Source(kOval, 6, 500, "Hrytsenko blamed Mercer"));

  auto by_id = [](const auto& a, const auto& b) { return a.id < b.id; };
  std::sort(g.documents.begin(), g.documents.end(), by_id);
  std::sort(g.entities.begin(), g.entities.end(), by_id);
  std::sort(g.events.begin(), g.events.end(), by_id);
  std::sort(g.relations.begin(), g.relations.end(), by_id);
  return g;
}

GraphData MakeLargeGraph(size_t people) {
  GraphData g;
  DocumentRecord d;
  d.id = DocId("large.txt");
  d.path = "large.txt";
  g.documents.push_back(d);
  for (size_t i = 0; i < people; ++i) {
    EntityRecord e;
    e.name = "Person " + std::to_string(i);
    e.id = EntityId("ent:" + StableHash(e.name));
    e.key = e.name;
    e.aliases = {e.name};
    e.mentions = static_cast<uint32_t>(1 + (i * 7919) % 97);
    e.docs = {d.id};
    g.entities.push_back(e);
  }
  for (size_t i = 0; i < people; ++i) {
    for (size_t step = 1; step <= 2; ++step) {
      const size_t j = (i + step) % people;
      if (j == i) continue;
      EventRecord ev;
      ev.id = EventId("evt:" + StableHash(std::to_string(i) + "-" + std::to_string(j)));
      ev.type = "meeting";
      ev.label = g.entities[i].name + " meets " + g.entities[j].name;
      ev.time = Day(2000 + static_cast<int32_t>(i % 25), static_cast<int32_t>(1 + i % 12),
                    static_cast<int32_t>(1 + (i * step) % 28), "");
      ev.participants = {{g.entities[i].id, ParticipantRole::kAgent},
                         {g.entities[j].id, ParticipantRole::kPatient}};
      std::sort(ev.participants.begin(), ev.participants.end());
      ev.sources = {SourceRef{d.id, 0, Span{0, 1}, "x"}};
      g.events.push_back(ev);
    }
  }
  auto by_id = [](const auto& a, const auto& b) { return a.id < b.id; };
  std::sort(g.entities.begin(), g.entities.end(), by_id);
  std::sort(g.events.begin(), g.events.end(), by_id);
  return g;
}

}  // namespace eventgraph::testing
