// SPDX-License-Identifier: Apache-2.0
#include "core/event_extractor.h"

#include <catch2/catch.hpp>

#include "core/pipeline.h"
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

AnnotationBuilder World(const std::string& text, const std::string& dct = "2024-03-02") {
  return testing::TestWorld(text, dct);
}

std::string Run(const AnnotationBuilder& b) {
  Annotations a = b.Build();
  a.events = Extractor().Extract(a, nullptr);
  return DumpEvents(a);
}

struct Row {
  const char* name;
  AnnotationBuilder builder;
  const char* expected;
};

void CheckRows(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    SECTION(row.name) { CHECK(Run(row.builder) == row.expected); }
  }
}

TEST_CASE("EventExtractor: finds participants in grammatical and positional relations",
          "[core][event]") {
  CheckRows({
      {"subject and object", World("Biden met Xi in Beijing."),
       "meeting occurred - @Beijing [Joe Biden/participant, Xi Jinping/participant]\n"},
      {"a verb after 'and' has the first verb's subject, not the name before 'and'",
       World("NATO denied that Scholz had met Xi and accused Iran. Biden will travel to Paris "
             "to meet Macron, and will visit Beijing. The chancellor will travel to Paris to "
             "meet Modi, and will visit Spain."),
       "meeting occurred - [Olaf Scholz/participant, Xi Jinping/participant]\n"
       "accusation occurred - [NATO/agent, Iran/patient]\n"
       "visit planned - @Paris [Joe Biden/agent]\n"
       "meeting planned - [Joe Biden/participant, Emmanuel Macron/participant]\n"
       "visit planned - @Beijing [Joe Biden/agent]\n"
       "meeting planned - [Narendra Modi/participant]\n"
       "visit planned - [Spain/patient]\n"},
      {"a meeting in the opening phrase is the main clause subject's",
       World("At a meeting with Xi, Biden said trade would grow. At a dinner with Modi, officials "
             "spoke."),
       "meeting occurred - [Xi Jinping/participant, Joe Biden/participant]\n"},
      {"a pronoun subject of a light verb is the previous sentence's subject",
       World("Scholz arrived in Paris. He held talks with Macron."),
       "visit occurred - @Paris [Olaf Scholz/agent]\n"
       "meeting occurred - [Olaf Scholz/participant, Emmanuel Macron/participant]\n"},
      {"a subordinate clause's own subject takes part in its event, not the sentence's",
       World("Biden spoke on Friday after Scholz called off a summit with Macron. Modi, after "
             "talks with Xi, left."),
       "meeting negated - [Emmanuel Macron/participant, Olaf Scholz/participant]\n"
       "meeting occurred - [Xi Jinping/participant, Narendra Modi/participant]\n"},
      {"the words of a partner's title before the name",
       World("Biden held talks with Germany's economy minister Scholz.")
           .Title("Olaf Scholz", "Germany's economy minister"),
       "meeting occurred - [Joe Biden/participant, Olaf Scholz/participant]\n"},
      {"acquisitions: a company bought, not wheat; the seller takes part",
       World("Apple Inc agreed to buy Shazam Ltd from Spain. France will buy wheat. Apple "
             "completed its acquisition of Beats Corp. Beats Corp, acquired by Apple in May, "
             "grew. Shazam Ltd agreed to be acquired by Apple.")
           .Entity("Apple Inc", EntityKind::kOrganization, {"Apple Inc", "Apple"})
           .Entity("Shazam Ltd", EntityKind::kOrganization, {"Shazam Ltd"})
           .Entity("Beats Corp", EntityKind::kOrganization, {"Beats Corp"})
           .Timex("May", "2023-05"),
       "acquisition planned - [Apple Inc/agent, Shazam Ltd/patient, Spain/participant]\n"
       "acquisition occurred - [Apple Inc/agent, Beats Corp/patient]\n"
       "acquisition occurred 2023-05 [Beats Corp/patient, Apple Inc/agent]\n"
       "acquisition planned - [Shazam Ltd/patient, Apple Inc/agent]\n"},
      {"bought a company is an acquisition; bought wheat from a country a transfer",
       World("Beats Corp bought Shazam Ltd from Apple Inc for cash. Iran bought wheat from China.")
           .Entity("Apple Inc", EntityKind::kOrganization, {"Apple Inc", "Apple"})
           .Entity("Shazam Ltd", EntityKind::kOrganization, {"Shazam Ltd"})
           .Entity("Beats Corp", EntityKind::kOrganization, {"Beats Corp"}),
       "acquisition occurred - [Beats Corp/agent, Shazam Ltd/patient, Apple Inc/participant]\n"
       "transfer occurred - [Iran/patient, China/agent]\n"},
      {"a letter of intent to acquire; the previously-announced acquisition",
       World("Apple Inc said it has signed a letter of intent to acquire Shazam Ltd for cash. "
             "Beats Corp said it has completed the previously-announced acquisition of NATO.")
           .Entity("Apple Inc", EntityKind::kOrganization, {"Apple Inc", "Apple"})
           .Entity("Shazam Ltd", EntityKind::kOrganization, {"Shazam Ltd"})
           .Entity("Beats Corp", EntityKind::kOrganization, {"Beats Corp"}),
       "acquisition planned - [Apple Inc/agent, Shazam Ltd/patient]\n"
       "acquisition occurred - [Beats Corp/agent, NATO/patient]\n"},
      {"agreed in principle to buy; a base verb after 'and' shares the infinitive",
       World("Apple Inc said it agreed in principle to buy Shazam Ltd for cash. Biden plans to "
             "visit Beijing and meet Xi.")
           .Entity("Apple Inc", EntityKind::kOrganization, {"Apple Inc", "Apple"})
           .Entity("Shazam Ltd", EntityKind::kOrganization, {"Shazam Ltd"}),
       "acquisition planned - [Apple Inc/agent, Shazam Ltd/patient]\n"
       "visit planned - @Beijing [Joe Biden/agent]\n"
       "meeting planned - [Joe Biden/participant, Xi Jinping/participant]\n"},
      {"what was agreed to comes later, with its own partner",
       World("Scholz and Macron agreed on Monday to hold a summit with Modi in May.")
           .Timex("Monday", "2024-02-26")
           .Timex("May", "2024-05"),
       "agreement occurred 2024-02-26 [Olaf Scholz/participant, Emmanuel Macron/participant]\n"
       "meeting planned 2024-05 [Narendra Modi/participant, Olaf Scholz/participant]\n"},
      {"an invitation needs someone invited; 'can' is uncertain, 'Can' in a name is not",
       World("France invited offers for a tender. Scholz invited Macron. Biden can meet Xi. "
             "American Can sold NATO."),
       "invitation occurred - [Olaf Scholz/agent, Emmanuel Macron/patient]\n"
       "meeting uncertain - [Joe Biden/participant, Xi Jinping/participant]\n"
       "transfer occurred - [NATO/patient]\n"},
      {"convicted, sentenced and arrested are legal actions; host is a meeting",
       World("A jury convicted Scholz. Police arrested Modi. Biden will host Xi and Macron in "
             "Beijing. Iran deepened ties with China, hosting Scholz in Damascus."),
       "legal_action occurred - [Olaf Scholz/patient]\n"
       "legal_action occurred - [Narendra Modi/patient]\n"
       "meeting planned - @Beijing [Joe Biden/participant, Xi Jinping/participant, Emmanuel "
       "Macron/participant]\n"
       "meeting occurred - @Damascus [Iran/participant, Olaf Scholz/participant]\n"},
      {"a place after 'of' in a phrase that 'in' or 'on' opens",
       World("Scholz met Macron on the outskirts of Paris. Iran attacked Israel in the Mawasi "
             "area of southern Damascus. Biden met Xi in a show of strength for California."),
       "meeting occurred - @Paris [Olaf Scholz/participant, Emmanuel Macron/participant]\n"
       "attack occurred - @Damascus [Iran/agent, Israel/patient]\n"
       "meeting occurred - [Joe Biden/participant, Xi Jinping/participant]\n"},
      {"fired dozens of rockets at northern Israel",
       World("Iran fired dozens of rockets at northern Israel."),
       "attack occurred - [Iran/agent, Israel/patient]\n"},
      {"a place in the phrase that opens the sentence, not where a report was made",
       World("In Paris on Monday, Scholz met Macron. In Beijing, Biden said Xi had met Modi.")
           .Timex("Monday", "2024-02-26"),
       "meeting occurred 2024-02-26 @Paris [Olaf Scholz/participant, Emmanuel "
       "Macron/participant]\n"
       "meeting occurred - [Xi Jinping/participant, Narendra Modi/participant]\n"},
      {"fired or launched weapons at a target is an attack",
       World("Iran fired missiles at Israel. Israel launched drones into Iran. China fired two "
             "missiles into the sea. NATO fired its spokesman."),
       "attack occurred - [Iran/agent, Israel/patient]\n"
       "attack occurred - [Israel/agent, Iran/patient]\n"},
      {"an offensive is an attack; a charm offensive is none",
       World("Israel launched an offensive against Iran. NATO began a charm offensive."),
       "attack occurred - [Israel/agent, Iran/patient]\n"},
      {"a participle after a comma takes the sentence's subject",
       World("NATO criticized France, accusing Iran of lying."),
       "criticism occurred - [NATO/agent, France/patient]\n"
       "accusation occurred - [NATO/agent, Iran/patient]\n"},
      {"fined", World("NATO fined France."),
       "legal_action occurred - [NATO/agent, France/patient]\n"},
      {"a headline list of clauses: each verb its own subject",
       World("NATO fines France, China sues Iran"),
       "legal_action occurred - [NATO/agent, France/patient]\n"
       "legal_action occurred - [China/agent, Iran/patient]\n"},
      {"what is signed is placed with the signing, not another event after a preposition",
       World("China and Iran signed an agreement in Beijing. Biden came for talks with Xi since "
             "a meeting with Macron in Paris."),
       "signing occurred - @Beijing [China/participant, Iran/participant]\n"
       "meeting occurred - [Xi Jinping/participant, Joe Biden/participant]\n"
       "meeting occurred - @Paris [Emmanuel Macron/participant, Joe Biden/participant]\n"},
      {"a body that meets meets as one; one that speaks does not",
       World("NATO met in Paris. NATO spoke."), "meeting occurred - @Paris [NATO/participant]\n"},
      {"arrived in a place is a visit; arrived at a decision is none",
       World("Biden arrived in Beijing. Xi arrived at a decision."),
       "visit occurred - @Beijing [Joe Biden/agent]\n"},
      {"welcomed: a person welcomes a person",
       World("Xi welcomed Biden in Beijing. Macron welcomed the decision. Scholz welcomed "
             "Modi's decision."),
       "greeting occurred - @Beijing [Xi Jinping/agent, Joe Biden/patient]\n"},
      {"an infinitive after a trip takes the traveller",
       World("Biden flew to Paris to meet Macron. Scholz will stop in Paris to meet officials."),
       "meeting planned - [Joe Biden/participant, Emmanuel Macron/participant]\n"},
      {"received: a person receives a person", World("Biden received Xi in Beijing."),
       "meeting occurred - @Beijing [Joe Biden/participant, Xi Jinping/participant]\n"},
      {"received: not a thing, nor with persons only on one side",
       World("Biden received a letter from Xi. Macron and Scholz received criticism."), ""},
      {"talks between X and Y", World("Talks between Scholz and Macron took place in Paris."),
       "meeting occurred - @Paris [Olaf Scholz/participant, Emmanuel Macron/participant]\n"},
      {"a place that speaks is no event's place",
       World("Scholz spoke by phone with Macron, the Elysee Palace said."),
       "call occurred - [Olaf Scholz/participant, Emmanuel Macron/participant]\n"},
      {"travel, trips and ceasefires are events too",
       World("Scholz will travel to Paris on Monday. Macron and Modi agreed a ceasefire.")
           .Timex("Monday", "2024-03-04"),
       "visit planned 2024-03-04 @Paris [Olaf Scholz/agent]\n"
       "agreement occurred - [Emmanuel Macron/participant, Narendra Modi/participant]\n"},
      {"a name after a comma that a verb follows starts a new clause",
       World("Scholz hosts Macron, Modi calls Xi."),
       "meeting occurred - [Olaf Scholz/participant, Emmanuel Macron/participant]\n"
       "call occurred - [Narendra Modi/participant, Xi Jinping/participant]\n"},
      {"an apposition between the subject and the verb",
       World("Macron, France's president, met Xi."),
       "meeting occurred - [Emmanuel Macron/participant, Xi Jinping/participant]\n"},
      {"the three leaders: the group of the last meeting",
       World("Biden hosted Macron and Scholz. The three leaders agreed on a plan."),
       "meeting occurred - [Joe Biden/participant, Emmanuel Macron/participant, Olaf "
       "Scholz/participant]\n"
       "agreement occurred - [Joe Biden/participant, Emmanuel Macron/participant, Olaf "
       "Scholz/participant]\n"},
      {"a list through commas needs an and", World("Scholz, Macron and Modi met Xi."),
       "meeting occurred - [Olaf Scholz/participant, Emmanuel Macron/participant, Narendra "
       "Modi/participant, Xi Jinping/participant]\n"},
      {"calls between two names is a verb; calls one a thing is no call",
       World("Modi calls Xi. Biden calls Macron a friend."),
       "call occurred - [Narendra Modi/participant, Xi Jinping/participant]\n"},
      {"an infinitive takes the subject of the verb that governs it",
       World("Scholz wants to meet Xi. Macron urged Modi to visit Paris. Biden told Macron he "
             "expects to meet Xi."),
       "meeting planned - [Olaf Scholz/participant, Xi Jinping/participant]\n"
       "visit planned - @Paris [Narendra Modi/agent]\n"
       "meeting planned - [Joe Biden/participant, Xi Jinping/participant]\n"},
      {"called his counterpart phones; called his meeting names",
       World("Scholz called his French counterpart Macron. Modi called his meeting with Xi "
             "useful."),
       "call occurred - [Olaf Scholz/participant, Emmanuel Macron/participant]\n"
       "meeting occurred - [Narendra Modi/participant, Xi Jinping/participant]\n"},
      {"the target after on: sanctions and attacks, not the topic of talks",
       World("France imposed new sanctions on China. Talks on China ended."),
       "legal_action occurred - [France/agent, China/patient]\n"},
      {"X's meeting with Y", World("Scholz's meeting with Xi in Beijing was long."),
       "meeting occurred - @Beijing [Olaf Scholz/participant, Xi Jinping/participant]\n"},
      {"X and Y held a summit",
       World("German Chancellor Olaf Scholz and his French counterpart Emmanuel Macron on "
             "Tuesday held a long summit in Paris, as the two leaders sought common ground.")
           .Timex("Tuesday", "2024-02-27"),
       "meeting occurred 2024-02-27 @Paris [Olaf Scholz/participant, Emmanuel "
       "Macron/participant]\n"},
      {"light verbs that complete an event noun: reached, paid, completed, sealed, struck",
       World("France and China reached a deal. Modi paid a visit to Beijing. Israel and Iran "
             "completed a prisoner exchange. Spain and Germany sealed a pact."),
       "agreement occurred - [France/participant, China/participant]\n"
       "visit occurred - @Beijing [Narendra Modi/agent]\n"
       "exchange occurred - [Israel/participant, Iran/participant]\n"
       "agreement occurred - [Spain/participant, Germany/participant]\n"},
      {"struck a deal is no attack, struck a country is",
       World("France and China struck a trade deal. Israel struck Iran."),
       "agreement occurred - [France/participant, China/participant]\n"
       "attack occurred - [Israel/agent, Iran/patient]\n"},
      {"X, along with A and B, conferred",
       World("Xi and Biden, along with Blinken and Wang Yi, conferred at the Filoli Estate in "
             "San Francisco, California."),
       "meeting occurred - @Filoli Estate<San Francisco<California [Xi Jinping/participant, Joe "
       "Biden/participant, Antony Blinken/companion, Wang Yi/companion]\n"},
      {"A and B joined X",
       World("Biden met Xi on Wednesday. Blinken and Sullivan joined Biden, while Wang Yi and "
             "Cai Qi accompanied Xi.")
           .Timex("Wednesday", "2023-11-15"),
       "meeting occurred 2023-11-15 [Joe Biden/participant, Xi Jinping/participant]\n"
       "meeting occurred 2023-11-15 [Joe Biden/participant, Antony Blinken/companion, Jake "
       "Sullivan/companion] ->0\n"
       "meeting occurred 2023-11-15 [Xi Jinping/participant, Wang Yi/companion, Cai "
       "Qi/companion] ->0\n"},
      {"travellers to the talks take part",
       World("French President Emmanuel Macron, Indian Prime Minister Narendra Modi and Scholz "
             "flew to Paris for the talks, which ended late."),
       "meeting occurred - @Paris [Emmanuel Macron/participant, Narendra Modi/participant, Olaf "
       "Scholz/participant]\n"},
      {"no traveller, no participant", World("Money for the talks came from Paris."), ""},
      {"the meeting also included A; B; C",
       World("Biden met Xi. The meeting also included US Secretary of State Antony Blinken; "
             "Biden's national security adviser, Jake Sullivan; and Chinese foreign minister "
             "Wang Yi."),
       "meeting occurred - [Joe Biden/participant, Xi Jinping/participant]\n"
       "meeting occurred - [Antony Blinken/participant, Jake Sullivan/participant, Wang "
       "Yi/participant] ->0\n"},
      {"a place of an earlier clause is not the event's",
       World("Macron praised the talks with Scholz in Paris and said that Iran attacked Israel."),
       "praise occurred - [Emmanuel Macron/agent]\n"
       "meeting occurred - @Paris [Olaf Scholz/participant, Emmanuel Macron/participant]\n"
       "attack occurred - [Iran/agent, Israel/patient]\n"},
      {"passive with by", World("Macron was greeted by Scholz in Paris."),
       "greeting occurred - @Paris [Emmanuel Macron/patient, Olaf Scholz/agent]\n"},
      {"the giver of a purchase is the agent",
       World("The United States bought Louisiana in 1803 from France.").Timex("1803", "1803"),
       "transfer occurred 1803 @Louisiana [United States/patient, France/agent]\n"},
      {"weapons of a country attack", World("Israeli jets struck Iran."),
       "attack occurred - [Israel/agent, Iran/patient]\n"},
      {"the two leaders",
       World("Scholz had a phone call with Modi. The two leaders spoke at length."),
       "call occurred - [Olaf Scholz/participant, Narendra Modi/participant]\n"
       "meeting occurred - [Olaf Scholz/participant, Narendra Modi/participant]\n"},
      {"a noun with its relative clause",
       World("Scholz recalled a March 1 Elysee Palace meeting in which Macron berated Modi.")
           .Timex("March 1", "2024-03-01"),
       "criticism occurred 2024-03-01 @Elysee Palace [Emmanuel Macron/agent, Narendra "
       "Modi/patient]\n"
       "meeting occurred 2024-03-01 @Elysee Palace [Emmanuel Macron/participant, Narendra "
       "Modi/participant]\n"},
      {"the two leaders named before any event",
       World("Scholz stood beside Macron at a news conference. The two leaders met for two "
             "hours."),
       "meeting occurred - [Olaf Scholz/participant, Emmanuel Macron/participant]\n"},
      {"they and the leaders take the latest pair",
       World("Scholz and Modi spoke by phone. Later they met in Paris. The leaders last spoke by "
             "telephone in 2022.")
           .Timex("2022", "2022"),
       "call occurred - [Olaf Scholz/participant, Narendra Modi/participant]\n"
       "meeting occurred - @Paris [Olaf Scholz/participant, Narendra Modi/participant]\n"
       "call occurred 2022 [Olaf Scholz/participant, Narendra Modi/participant]\n"},
      {"the meeting with X opening a sentence is the previous subject's",
       World("Modi said on Sunday that ties would survive. The meeting with Scholz and Macron "
             "collapsed.")
           .Timex("Sunday", "2024-03-03"),
       "meeting occurred - [Olaf Scholz/participant, Emmanuel Macron/participant, Narendra "
       "Modi/participant]\n"},
      {"X's meeting with Y opening a sentence names its own parties",
       World("Modi said on Sunday that ties would survive. Biden's meeting with Scholz "
             "collapsed.")
           .Timex("Sunday", "2024-03-03"),
       "meeting occurred - [Joe Biden/participant, Olaf Scholz/participant]\n"},
  });
}

TEST_CASE("EventExtractor: rejects triggers without a participant in relation", "[core][event]") {
  CheckRows({
      {"a meeting nobody held", World("A second meeting is possible, officials said."), ""},
      {"spoke of", World("Macron spoke of the need for unity."), ""},
      {"called it productive", World("Scholz called his meeting productive."),
       "meeting occurred - [Olaf Scholz/participant]\n"},
      {"areas of agreement", World("Scholz hailed wide areas of agreement with Macron."),
       "praise occurred - [Olaf Scholz/agent]\n"},
      {"was met with skepticism", World("The plan was met with skepticism from Spain."), ""},
      {"a call for restraint is a demand", World("Scholz renewed his call for restraint."), ""},
      {"calls for a ceasefire", World("Macron's calls for a ceasefire in Gaza went unheeded."), ""},
      {"a heart attack is no attack", World("Modi's heart attack shocked India."), ""},
      {"a registration statement is a filing",
       World("Siemens filed a registration statement with regulators in Germany."), ""},
      {"travel before an industry noun is no trip",
       World("NATO cut travel expenditures. Biden cut travel services to Beijing."), ""},
      {"someone's call with no one called is an appeal",
       World("NATO voted against Scholz's call. Biden's call with Xi was long. The call by "
             "Modi at the meeting for new rules failed."),
       "call occurred - [Joe Biden/participant, Xi Jinping/participant]\n"},
      {"a call with Xi is still a call", World("Scholz held a call with Xi."),
       "call occurred - [Olaf Scholz/participant, Xi Jinping/participant]\n"},
      {"a unit called X names it",
       World("Siemens formed a unit called Siemens Mobility in Germany."), ""},
      {"a comma and called names it", World("The fund, called Paris Growth, opened."), ""},
      {"a name calls the thing", World("Siemens calls the device Orbit."), ""},
      {"an actor, a comma and called phones", World("Scholz, in a rare move, called Xi."),
       "call occurred - [Olaf Scholz/participant, Xi Jinping/participant]\n"},
      {"formation of a venture called a person-like name names it",
       World("Siemens completed formation of a joint venture called Olaf Scholz."), ""},
      {"a game called a person-like name names it",
       World("Siemens sold a game called Olaf Scholz."), ""},
      {"would soon call a titled person phones",
       World("Scholz said he would soon call French President Emmanuel Macron."),
       "call planned - [Olaf Scholz/participant, Emmanuel Macron/participant]\n"},
      {"the leader called a titled person phones",
       World("The chancellor called French President Emmanuel Macron."),
       "call occurred - [Emmanuel Macron/participant]\n"},
      {"meeting a deadline is no meeting", World("Siemens failed to meet the deadline."), ""},
      {"meeting demands is no meeting",
       World("France moved to meet German demands for faster growth."), ""},
      {"meeting a person's demands is no meeting", World("Scholz met Macron's demands."), ""},
      {"meeting a person is a meeting", World("Scholz met Macron on the terms of the deal."),
       "meeting occurred - [Olaf Scholz/participant, Emmanuel Macron/participant]\n"},
      {"talked over the telephone is a call",
       World("Scholz said he talked with Macron over the telephone."),
       "call occurred - [Olaf Scholz/participant, Emmanuel Macron/participant]\n"},
      {"spoke to X by phone is a call",
       World("Scholz spoke to Xi by phone on Monday.").Timex("Monday", "2024-02-26"),
       "call occurred 2024-02-26 [Olaf Scholz/participant, Xi Jinping/participant]\n"},
      {"attacking a practice is criticism", World("Scholz attacked the practice of secret talks."),
       "criticism occurred - [Olaf Scholz/agent]\n"},
      {"attacking Macron's plans is still about Macron", World("Scholz attacked Macron's reform."),
       "criticism occurred - [Olaf Scholz/agent, Emmanuel Macron/patient]\n"},
      {"workers striking a plant is a labor strike",
       World("Siemens workers struck the plant in Germany."), ""},
      {"union members, an acronym and struck is a labor strike",
       World("Members of the Siemens Workers Union, SWU, struck the plant in Germany."), ""},
      {"a missile struck a town is still an attack", World("Iran struck a town in Israel."),
       "attack occurred - @Israel [Iran/agent]\n"},
      {"a count before the target's modifier; the country after the object places the attack",
       World("Israel struck more than a dozen Iranian targets in southern Spain."),
       "attack occurred - @Spain [Israel/agent, Iran/patient]\n"},
      {"thank God is no praise", World("Thank God, Scholz was available."), ""},
      {"sold out is no transfer", World("Siemens trains were sold out in Germany."), ""},
      {"a call to act is an appeal", World("Scholz's call to resign angered Macron."), ""},
      {"the president called Xi phones",
       World("The president called Xi on Monday.").Timex("Monday", "2024-02-26"),
       "call occurred 2024-02-26 [Xi Jinping/participant]\n"},
      {"a call to Xi phones", World("Scholz's call to Xi lasted an hour."),
       "call occurred - [Olaf Scholz/participant, Xi Jinping/participant]\n"},
      {"bought himself time", World("Macron bought himself more time."), ""},
      {"a meeting mentioned after three days after is background",
       World("Scholz flew in on Monday, three days after Macron met Modi. During a break in "
             "the meeting he called Xi.")
           .Timex("Monday", "2024-02-26")
           .Timex("three days", "P3D"),
       "meeting occurred 2024-02-23 [Emmanuel Macron/participant, Narendra Modi/participant]\n"
       "call occurred 2024-02-26 [Olaf Scholz/participant, Xi Jinping/participant]\n"},
  });
}

TEST_CASE("EventExtractor: tells occurred, planned, negated and uncertain events apart",
          "[core][event]") {
  CheckRows({
      {"arranging a meeting plans it",
       World("Scholz began arranging a meeting between Macron and Modi."),
       "meeting planned - [Emmanuel Macron/participant, Narendra Modi/participant]\n"},
      {"no ceasefire after the talks leaves the talks",
       World("No ceasefire was announced after his talks with Macron, Scholz said."),
       "meeting occurred - [Emmanuel Macron/participant, Olaf Scholz/participant]\n"},
      {"a denied plan is negated, and the report's date is not the meeting's",
       World("Macron has no plans to meet Xi, Scholz said on Monday. Modi refused to call Biden.")
           .Timex("Monday", "2024-02-26"),
       "meeting negated - [Emmanuel Macron/participant, Xi Jinping/participant]\n"
       "call negated - [Narendra Modi/participant, Joe Biden/participant]\n"},
      {"any attack is not known to have happened",
       World("An official was unaware of any attack against French ships."),
       "attack uncertain - [France/patient]\n"},
      {"a noun after an infinitive is planned", World("Scholz tried to reach agreement with Modi."),
       "agreement planned - [Narendra Modi/participant, Olaf Scholz/participant]\n"},
      {"honoring an agreement is not planning it",
       World("Scholz urged Modi to honor the agreement with Macron."),
       "agreement occurred - [Emmanuel Macron/participant, Olaf Scholz/participant]\n"},
      {"recommended sanctions are planned", World("Scholz recommended sanctions against Iran."),
       "legal_action planned - [Iran/patient]\n"},
      {"led to talks is no infinitive", World("The crisis led to talks between Scholz and Modi."),
       "meeting occurred - [Olaf Scholz/participant, Narendra Modi/participant]\n"},
      {"will call", World("Macron will call Scholz."),
       "call planned - [Emmanuel Macron/participant, Olaf Scholz/participant]\n"},
      {"would soon call: the speaker is the pronoun", World("Scholz said he would soon call Xi."),
       "call planned - [Olaf Scholz/participant, Xi Jinping/participant]\n"},
      {"he: the previous sentence's subject",
       World("Macron spoke in Paris on the economy. He criticized Xi."),
       "criticism occurred - [Emmanuel Macron/agent, Xi Jinping/patient]\n"},
      {"he after a clause without persons",
       World("Biden flew home. During a break in the talks he telephoned Xi."),
       "call occurred - [Joe Biden/participant, Xi Jinping/participant]\n"},
      {"he: not when the previous person follows a preposition",
       World("In talks with Macron, officials spoke. He criticized Xi."),
       "meeting occurred - [Emmanuel Macron/participant]\n"
       "criticism occurred - [Xi Jinping/patient]\n"},
      {"him: the previous sentence's person",
       World("It was Modi's first trip to Paris. Macron greeted him at the airport."),
       "visit occurred - @Paris [Narendra Modi/agent]\n"
       "greeting occurred - [Emmanuel Macron/agent, Narendra Modi/patient]\n"},
      {"him: not the subject itself", World("Macron spoke. Macron greeted him warmly."),
       "greeting occurred - [Emmanuel Macron/agent]\n"},
      {"he: the one person named before it in its sentence",
       World("Biden is expected to travel to Paris, where he will meet Macron."),
       "visit planned - @Paris [Joe Biden/agent]\n"
       "meeting planned - [Joe Biden/participant, Emmanuel Macron/participant]\n"},
      {"he: not when a person stands before the pronoun",
       World("Macron spoke. Beside Scholz he criticized Xi."),
       "criticism occurred - [Xi Jinping/patient]\n"},
      {"ready to meet", World("In Berlin, Scholz said he was ready to meet Modi."),
       "meeting planned - [Olaf Scholz/participant, Narendra Modi/participant]\n"},
      {"told reporters that he", World("Macron told reporters that he had met Xi."),
       "meeting occurred - [Emmanuel Macron/participant, Xi Jinping/participant]\n"},
      {"it: an organization or country that spoke",
       World("NATO said it signed an agreement with France. China said on Monday it had imposed "
             "sanctions on Israel.")
           .Timex("Monday", "2024-02-26"),
       "signing occurred - [NATO/participant, France/participant]\n"
       "agreement occurred - [France/participant, NATO/participant]\n"
       "legal_action occurred - [China/agent, Israel/patient]\n"},
      {"any verb of saying names the speaker of a pronoun",
       World("Israel announced it had launched an offensive against Iran. Scholz confirmed he "
             "had met Macron."),
       "attack occurred - [Israel/agent, Iran/patient]\n"
       "meeting occurred - [Olaf Scholz/participant, Emmanuel Macron/participant]\n"},
      {"it: whoever was told", World("China told Germany it would sign an agreement with Iran."),
       "signing planned - [China/participant, Iran/participant]\n"
       "agreement planned - [Iran/participant, China/participant]\n"},
      {"it never stands for a person (the agreement takes the speaker as a two-party noun)",
       World("Macron said it would sign an agreement with Xi."),
       "agreement planned - [Xi Jinping/participant, Emmanuel Macron/participant]\n"},
      {"two speakers leave the pronoun open", World("Macron and Scholz said he would call Xi."),
       "call planned - [Xi Jinping/participant]\n"},
      {"not on the agenda", World("Macron said a three-way meeting with Xi was not on the agenda."),
       "meeting negated - [Xi Jinping/participant]\n"},
      {"a two-party meeting takes the speaker",
       World("Macron said a meeting with Xi was not on the table."),
       "meeting negated - [Xi Jinping/participant, Emmanuel Macron/participant]\n"},
      {"a possible future meeting", World("Macron proposed a possible future meeting with Xi."),
       "meeting planned - [Xi Jinping/participant, Emmanuel Macron/participant]\n"},
      {"a second summit", World("Biden wants a second summit with Xi."),
       "meeting planned - [Xi Jinping/participant, Joe Biden/participant]\n"},
      {"did not meet", World("Scholz did not meet Macron."),
       "meeting negated - [Olaf Scholz/participant, Emmanuel Macron/participant]\n"},
      {"a country's institution acts for it; a person's possession does not",
       World("Israel's military said it attacked Iran. Biden's plane attacked nothing."),
       "attack occurred - [Israel/agent, Iran/patient]\n"},
      {"a past day's event stays occurred after a modal",
       World("Iran would avenge Monday's Israeli raids on Iran.").Timex("Monday", "2024-02-26"),
       "attack occurred 2024-02-26 [Israel/agent, Iran/patient]\n"},
      {"called off, canceled, postponed",
       World("Biden called off talks with Xi. Scholz canceled his meeting with Macron. Modi "
             "postponed his visit to Beijing."),
       "meeting negated - [Xi Jinping/participant, Joe Biden/participant]\n"
       "meeting negated - [Olaf Scholz/participant, Emmanuel Macron/participant]\n"
       "visit planned - @Beijing [Narendra Modi/agent]\n"},
      {"no deal", World("Scholz reached no deal with Macron."),
       "agreement negated - [Olaf Scholz/participant, Emmanuel Macron/participant]\n"},
      {"might visit", World("Macron might visit Beijing."),
       "visit uncertain - @Beijing [Emmanuel Macron/agent]\n"},
      {"was not invited",
       World("Scholz met Macron in Paris. Modi, who was not invited to the meeting, criticized "
             "Macron."),
       "meeting occurred - @Paris [Olaf Scholz/participant, Emmanuel Macron/participant] "
       "-Narendra Modi\n"
       "invitation negated - [Narendra Modi/patient]\n"
       "meeting occurred - [] ->0\n"
       "criticism occurred - [Narendra Modi/agent, Emmanuel Macron/patient]\n"},
  });
}

TEST_CASE("EventExtractor: dates an event by the timex that modifies it", "[core][event]") {
  CheckRows({
      {"the date of a report is not the reported event's",
       World("Macron said on Friday that he had met Xi.").Timex("Friday", "2024-03-01"),
       "meeting occurred - [Emmanuel Macron/participant, Xi Jinping/participant]\n"},
      {"nor does it move to another trigger",
       World("Scholz spoke in Paris. Talks with Macron ended, and Xi said on Friday that he "
             "had called Biden.")
           .Timex("Friday", "2024-03-01"),
       "meeting occurred - [Emmanuel Macron/participant]\n"
       "call occurred - [Xi Jinping/participant, Joe Biden/participant]\n"},
      {"a partner after with is no sentence subject",
       World("The chancellor arrived for his first summit with a US president since a 2021 "
             "meeting with Biden in Paris.")
           .Timex("2021", "2021"),
       "meeting occurred - [United States/participant]\n"
       "meeting occurred 2021 @Paris [Joe Biden/participant]\n"},
      {"modifier inside the noun phrase",
       World("Scholz recalled the March 1 Elysee Palace meeting between Macron and Modi on "
             "Monday.")
           .Timex("March 1", "2024-03-01")
           .Timex("Monday", "2024-02-26"),
       "meeting occurred 2024-03-01 @Elysee Palace [Emmanuel Macron/participant, Narendra "
       "Modi/participant]\n"},
      {"a year modifier", World("Biden and Xi held a 2019 summit.").Timex("2019", "2019"),
       "meeting occurred 2019 [Joe Biden/participant, Xi Jinping/participant]\n"},
      {"a more precise neighbour refines",
       World("Scholz held talks with Macron on Tuesday (Feb 27).")
           .Timex("Tuesday", "2024-02")
           .Timex("Feb 27", "2024-02-27"),
       "meeting occurred 2024-02-27 [Olaf Scholz/participant, Emmanuel Macron/participant]\n"},
      {"each timex dates its nearest trigger",
       World("Biden met Xi after Iran attacked Israel in April 2024.", "2024-06-01")
           .Timex("April 2024", "2024-04"),
       "meeting occurred - [Joe Biden/participant, Xi Jinping/participant]\n"
       "attack occurred 2024-04 [Iran/agent, Israel/patient]\n"},
      {"since does not date",
       World("Biden and Xi held their first summit since 2019.").Timex("2019", "2019"),
       "meeting occurred - [Joe Biden/participant, Xi Jinping/participant]\n"},
      {"an anniversary's event is years back: the ordinal gives the year",
       World("Israel marked the second anniversary of Iran's attack on Israel on Saturday.")
           .Timex("Saturday", "2024-03-02"),
       "attack occurred 2022 [Iran/agent, Israel/patient]\n"},
      {"an anniversary without an ordinal leaves its event undated",
       World("Scholz met Macron on Monday. They marked the anniversary of Iran's attack on "
             "Israel.")
           .Timex("Monday", "2024-02-26"),
       "meeting occurred 2024-02-26 [Olaf Scholz/participant, Emmanuel Macron/participant]\n"
       "attack occurred - [Iran/agent, Israel/patient]\n"},
      {"a noun phrase after since does not hold off a later date",
       World("Biden and Xi held their first summit since the Cold War on Thursday.")
           .Timex("Thursday", "2024-02-29"),
       "meeting occurred 2024-02-29 [Joe Biden/participant, Xi Jinping/participant]\n"},
      {"a clause after since does",
       World("Biden and Xi held their first summit since the war began in 2022.")
           .Timex("2022", "2022"),
       "meeting occurred - [Joe Biden/participant, Xi Jinping/participant]\n"},
      {"the lead's day over a later own-dated event when the lead's event was dropped",
       World("NATO agreed on Thursday to expand. Biden met Xi two days earlier. Scholz "
             "criticized Macron.")
           .Timex("Thursday", "2024-02-29")
           .Timex("two days earlier", "2024-02-27"),
       "meeting occurred 2024-02-27 [Joe Biden/participant, Xi Jinping/participant]\n"
       "criticism occurred 2024-02-29 [Olaf Scholz/agent, Emmanuel Macron/patient]\n"},
      {"a duration inside the object lets the clause's date through",
       World("Biden signed a 10-year pact with Modi on the sidelines of the summit on "
             "Thursday.")
           .Timex("10-year", "P10Y")
           .Timex("Thursday", "2024-02-29"),
       "signing occurred 2024-02-29 [Joe Biden/participant, Narendra Modi/participant]\n"
       "agreement occurred 2024-02-29 [Narendra Modi/participant, Joe Biden/participant]\n"},
      {"the main event time, not the DCT",
       World("Scholz met Macron on Monday in Paris. Macron greeted Modi warmly.")
           .Timex("Monday", "2024-02-26"),
       "meeting occurred 2024-02-26 @Paris [Olaf Scholz/participant, Emmanuel "
       "Macron/participant]\n"
       "greeting occurred 2024-02-26 [Emmanuel Macron/agent, Narendra Modi/patient]\n"},
      {"an explicitly past event is not dated by default",
       World("Scholz met Macron on Monday. Macron had previously praised Modi.")
           .Timex("Monday", "2024-02-26"),
       "meeting occurred 2024-02-26 [Olaf Scholz/participant, Emmanuel Macron/participant]\n"
       "praise occurred - [Emmanuel Macron/agent, Narendra Modi/patient]\n"},
      {"no time at all without one", World("Scholz met Macron."),
       "meeting occurred - [Olaf Scholz/participant, Emmanuel Macron/participant]\n"},
      {"a clause N days after the main event is dated from it",
       World("Macron visited Berlin on Monday, three days after Scholz met Modi in Paris.")
           .Timex("Monday", "2024-02-26")
           .Timex("three days", "P3D"),
       "visit occurred 2024-02-26 [Emmanuel Macron/agent]\n"
       "meeting occurred 2024-02-23 @Paris [Olaf Scholz/participant, Narendra "
       "Modi/participant]\n"},
      {"the clause's own day anchors the distance",
       World("Macron flew to Berlin on Monday, three days after Scholz met Modi.")
           .Timex("Monday", "2024-02-26")
           .Timex("three days", "P3D"),
       "meeting occurred 2024-02-23 [Olaf Scholz/participant, Narendra Modi/participant]\n"},
      {"the two leaders take the day of the event they came from",
       World("Scholz met Macron on Monday. Scholz spoke by phone with Modi on Friday. The two "
             "leaders agreed on a plan.")
           .Timex("Monday", "2024-02-26")
           .Timex("Friday", "2024-03-01"),
       "meeting occurred 2024-02-26 [Olaf Scholz/participant, Emmanuel Macron/participant]\n"
       "call occurred 2024-03-01 [Olaf Scholz/participant, Narendra Modi/participant]\n"
       "agreement occurred 2024-03-01 [Olaf Scholz/participant, Narendra Modi/participant]\n"},
      {"an after clause without a distance stays undated",
       World("Macron visited Berlin on Monday after Scholz met Modi in Paris.")
           .Timex("Monday", "2024-02-26"),
       "visit occurred 2024-02-26 [Emmanuel Macron/agent]\n"
       "meeting occurred - @Paris [Olaf Scholz/participant, Narendra Modi/participant]\n"},
      {"a verb shares the date its neighbour in the sentence took",
       World("Macron visited Berlin in December 2015 and met Scholz.")
           .Timex("December 2015", "2015-12"),
       "visit occurred 2015-12 [Emmanuel Macron/agent]\n"
       "meeting occurred 2015-12 [Emmanuel Macron/participant, Olaf Scholz/participant]\n"},
      {"a date before a relative clause dates the main verb too",
       World("Biden and Xi met in Paris in November 2023, where they agreed to resume talks.")
           .Timex("November 2023", "2023-11"),
       "meeting occurred 2023-11 @Paris [Joe Biden/participant, Xi Jinping/participant]\n"
       "agreement occurred 2023-11 [Joe Biden/participant, Xi Jinping/participant]\n"},
      {"a date inside a relative clause stays there",
       World("Scholz, who met Macron in 2019, praised Modi.").Timex("2019", "2019"),
       "meeting occurred 2019 [Olaf Scholz/participant, Emmanuel Macron/participant]\n"
       "praise occurred - [Olaf Scholz/agent, Narendra Modi/patient]\n"},
      {"a noun's date stays the noun's",
       World("Scholz accused Macron of breaking the 2019 accord with Modi.").Timex("2019", "2019"),
       "accusation occurred - [Olaf Scholz/agent, Emmanuel Macron/patient]\n"
       "agreement occurred 2019 [Narendra Modi/participant, Olaf Scholz/participant]\n"},
      {"a date after the article's is a plan's, not passed on",
       World("Scholz meets Modi in April and Scholz criticized Macron.").Timex("April", "2024-04"),
       "meeting planned 2024-04 [Olaf Scholz/participant, Narendra Modi/participant]\n"
       "criticism occurred - [Narendra Modi/agent, Olaf Scholz/agent, Emmanuel Macron/patient]\n"},
      {"since with a pronoun opens another time's clause",
       World("Scholz has criticized Macron since he took office in May.", "2024-06-01")
           .Timex("May", "2024-05"),
       "criticism occurred - [Olaf Scholz/agent, Emmanuel Macron/patient]\n"},
      {"a past verb's date after the article's is no date of it",
       World("Modi sold bonds due 2030 to Scholz.").Timex("2030", "2030"),
       "transfer occurred - [Narendra Modi/agent, Olaf Scholz/patient]\n"},
      {"a date before and a second verb closes the first verb's phrase",
       World("Scholz warned Modi in April 2023 and criticized Macron.")
           .Timex("April 2023", "2023-04"),
       "threat occurred 2023-04 [Olaf Scholz/agent, Narendra Modi/patient]\n"
       "criticism occurred 2023-04 [Olaf Scholz/agent, Emmanuel Macron/patient]\n"},
      {"a date that ends the clause dates the verb when a noun in it took the date",
       World("Scholz met Xi on the sidelines of the summit in Beijing last week.")
           .Timex("last week", "2024-02"),
       "meeting occurred 2024-02 [Olaf Scholz/participant, Xi Jinping/participant]\n"},
      {"not a deadline, nor for a verb yet to happen",
       World("Scholz criticized Macron by the end of the year. Scholz proposed that Modi meet "
             "Xi for talks in a letter on Monday.")
           .Timex("the end of the year", "2024")
           .Timex("Monday", "2024-02-26"),
       "criticism occurred - [Olaf Scholz/agent, Emmanuel Macron/patient]\n"
       "meeting occurred - [Narendra Modi/participant, Xi Jinping/participant]\n"},
      {"a date in a since clause after the trigger is the clause's",
       World("Macron's visit to Paris was his first since Scholz took office in December 2023.")
           .Timex("December 2023", "2023-12"),
       "visit occurred - @Paris [Emmanuel Macron/agent]\n"},
      {"nor across a report",
       World("Scholz praised Macron and said Modi met Xi in 2019.").Timex("2019", "2019"),
       "praise occurred - [Olaf Scholz/agent, Emmanuel Macron/patient]\n"
       "meeting occurred 2019 [Narendra Modi/participant, Xi Jinping/participant]\n"},
      {"the lead's date is the main time when no event claims it",
       World("Scholz said on Monday that the talks were useful, standing beside Macron after "
             "their first summit. The two leaders met for two hours.")
           .Timex("Monday", "2024-02-26"),
       "meeting occurred - [Olaf Scholz/participant, Emmanuel Macron/participant]\n"
       "meeting occurred 2024-02-26 [Olaf Scholz/participant, Emmanuel Macron/participant]\n"},
  });
}

TEST_CASE("EventExtractor: refers definite mentions back to known events", "[core][event]") {
  CheckRows({
      {"a conversation refers back to a call",
       World("Scholz and Modi spoke by phone. Both sides described the conversation as candid."),
       "call occurred - [Olaf Scholz/participant, Narendra Modi/participant]\n"
       "meeting occurred - [] ->0\n"},
      {"the summit",
       World("Biden met Xi in November 2023. The summit took place at the Filoli Estate in San "
             "Francisco.")
           .Timex("November 2023", "2023-11"),
       "meeting occurred 2023-11 [Joe Biden/participant, Xi Jinping/participant]\n"
       "meeting occurred 2023-11 @Filoli Estate<San Francisco [] ->0\n"},
      {"Friday's summit and the Paris meeting",
       World("Scholz met Macron in Paris. Friday's summit was long. The Paris meeting ended.",
             "2024-03-02")
           .Timex("Friday", "2024-03-01"),
       "meeting occurred 2024-03-01 @Paris [Olaf Scholz/participant, Emmanuel "
       "Macron/participant]\n"
       "meeting occurred 2024-03-01 [] ->0\n"
       "meeting occurred 2024-03-01 @Paris [] ->0\n"},
      {"the talks are the news of the day, not a background meeting months back",
       World("Biden hosted Xi in San Francisco on Friday. Biden met Xi in Beijing in June. Xi "
             "left after the talks.",
             "2023-11-18")
           .Timex("Friday", "2023-11-17")
           .Timex("June", "2023-06"),
       "meeting occurred 2023-11-17 @San Francisco [Joe Biden/participant, Xi "
       "Jinping/participant]\n"
       "meeting occurred 2023-06 @Beijing [Joe Biden/participant, Xi Jinping/participant]\n"
       "meeting occurred 2023-11-17 [] ->0\n"},
      {"the talks are not an aside's",
       World("Biden met Xi in Beijing. Earlier, Scholz met Modi in Paris. Macron condemned the "
             "talks."),
       "meeting occurred - @Beijing [Joe Biden/participant, Xi Jinping/participant]\n"
       "meeting occurred - @Paris [Olaf Scholz/participant, Narendra Modi/participant]\n"
       "criticism occurred - [Emmanuel Macron/agent]\n"
       "meeting occurred - [] ->0\n"},
      {"a different pair is a different meeting",
       World("Scholz met Modi. Scholz's meeting with Xi followed."),
       "meeting occurred - [Olaf Scholz/participant, Narendra Modi/participant]\n"
       "meeting occurred - [Olaf Scholz/participant, Xi Jinping/participant]\n"},
      {"a reference with a distant own date is a different meeting",
       World("Biden met Xi. Their 2019 summit in Paris was shorter.", "2023-11-16")
           .Timex("2019", "2019"),
       "meeting occurred - [Joe Biden/participant, Xi Jinping/participant]\n"
       "meeting occurred 2019 @Paris [Joe Biden/participant, Xi Jinping/participant]\n"},
      {"an indefinite mention is new", World("Biden met Xi. A summit with Modi followed."),
       "meeting occurred - [Joe Biden/participant, Xi Jinping/participant]\n"
       "meeting occurred - [Narendra Modi/participant]\n"},
      {"a repeated report of the same event is that event",
       World("Scholz met Macron in Paris on Friday. As agreed, Scholz met Macron in Paris on "
             "Friday.")
           .Timex("Friday", "2024-03-01", 0)
           .Timex("Friday", "2024-03-01", 1),
       "meeting occurred 2024-03-01 @Paris [Olaf Scholz/participant, Emmanuel "
       "Macron/participant]\n"
       "meeting occurred 2024-03-01 @Paris [Olaf Scholz/participant, Emmanuel "
       "Macron/participant] ->0\n"},
      {"the same pair on another day is another event",
       World("Scholz met Macron in Paris on Friday. Scholz met Macron in Paris on Monday.")
           .Timex("Friday", "2024-03-01")
           .Timex("Monday", "2024-02-26"),
       "meeting occurred 2024-03-01 @Paris [Olaf Scholz/participant, Emmanuel "
       "Macron/participant]\n"
       "meeting occurred 2024-02-26 @Paris [Olaf Scholz/participant, Emmanuel "
       "Macron/participant]\n"},
      {"the same day with another place or status is another event",
       World("Scholz met Macron in Paris on Friday. Scholz met Macron in Beijing on Friday. "
             "Scholz will meet Macron in Paris on Friday.")
           .Timex("Friday", "2024-03-01", 0)
           .Timex("Friday", "2024-03-01", 1)
           .Timex("Friday", "2024-03-08", 2),
       "meeting occurred 2024-03-01 @Paris [Olaf Scholz/participant, Emmanuel "
       "Macron/participant]\n"
       "meeting occurred 2024-03-01 @Beijing [Olaf Scholz/participant, Emmanuel "
       "Macron/participant]\n"
       "meeting planned 2024-03-08 @Paris [Olaf Scholz/participant, Emmanuel "
       "Macron/participant]\n"},
  });
}

TEST_CASE("EventExtractor: joins every repeat of one report to its first mention",
          "[core][event]") {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "Scholz met Macron in Paris on Friday. ";
  AnnotationBuilder b = World(text);
  for (int i = 0; i < 2000; ++i) b.Timex("Friday", "2024-03-01", i);
  Annotations a = b.Build();
  a.events = Extractor().Extract(a, nullptr);
  REQUIRE(a.events.size() == 2000);
  CHECK(a.events[0].corefers_to == -1);
  for (size_t k = 1; k < a.events.size(); ++k) REQUIRE(a.events[k].corefers_to == 0);
}

TEST_CASE("EventExtractor: gives every event provenance and confidence", "[core][event]") {
  Annotations a =
      World("Biden met Xi in Beijing on Wednesday.").Timex("Wednesday", "2023-11-15").Build();
  a.events = Extractor().Extract(a, nullptr);
  REQUIRE(a.events.size() == 1);
  const Event& e = a.events[0];
  CHECK(a.document.Slice(e.trigger) == "met");
  CHECK(e.sentence == 0);
  CHECK(e.rule == "verb");
  CHECK(e.timex == 0);
  CHECK(e.time.text == "Wednesday");
  CHECK(e.time.precision == Precision::kDay);
  // 0.5 for the trigger, 0.2 for two participants, 0.1 for the time, 0.05 for the place.
  CHECK(e.confidence == 0.85);
  REQUIRE(e.participants.size() == 2);
  CHECK(a.document.Slice(e.participants[0].span) == "Biden");
  // Without the place: exactly 0.8 (two decimals), not the 0.7999999999999999 the sum gives.
  Annotations b = World("Biden met Xi on Wednesday.").Timex("Wednesday", "2023-11-15").Build();
  b.events = Extractor().Extract(b, nullptr);
  REQUIRE(b.events.size() == 1);
  CHECK(b.events[0].confidence == 0.8);
}

TEST_CASE("EventExtractor: reports bad lexicon rows", "[core][event]") {
  Lexicon types = Lexicon::Load("event_types.txt", "").value();
  Lexicon cues = Lexicon::Load("event_cues.txt", "").value();
  Lexicon triggers =
      Lexicon::Parse("event_triggers.txt", "# test\nmet\tparty\tverb\t-\t-\t-\n").value();
  Result<EventExtractor> r = EventExtractor::Create(types, triggers, cues);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message() == "event_triggers.txt:2:1: unknown event type 'party'");
  Lexicon none =
      Lexicon::Parse("event_triggers.txt", "# test\ncall\tnone\tnoun\t-\t-\t-\n").value();
  Result<EventExtractor> single = EventExtractor::Create(types, none, cues);
  REQUIRE_FALSE(single.ok());
  CHECK(single.status().message() ==
        "event_triggers.txt:2:1: a 'none' row needs two or more words");
}

TEST_CASE("EventTypeTable: maps each type to CAMEO, PLOVER and a relation", "[core][event]") {
  EventTypeTable table = EventTypeTable::Load("").value();
  const EventTypeInfo* meeting = table.Find("meeting");
  REQUIRE(meeting != nullptr);
  CHECK(meeting->cameo_root == "04");
  CHECK(meeting->plover == "CONSULT");
  CHECK(meeting->relation == "met");
  CHECK(meeting->direction == RelationDirection::kSymmetric);
  const EventTypeInfo* attack = table.Find("attack");
  REQUIRE(attack != nullptr);
  CHECK(attack->cameo_root == "19");
  CHECK(attack->direction == RelationDirection::kForward);
  CHECK(table.Compatible("agreement", "signing"));
  CHECK_FALSE(table.Compatible("meeting", "call"));
  CHECK(table.Find("party") == nullptr);
  for (const EventTypeInfo& info : table.types()) {
    CHECK(info.cameo_root.size() == 2);
    CHECK_FALSE(info.plover.empty());
  }
}

// Through the whole pipeline, as the splitter and tagger see a wire dateline: its date is the
// article's, not the date of the event the sentence reports.
TEST_CASE("EventExtractor: takes no event's date from a wire dateline", "[core][event]") {
  Result<Pipeline> pipeline = Pipeline::Create(PipelineOptions());
  REQUIRE(pipeline.ok());
  Document document("d", "d.txt",
                    "Leaders meet at the retreat\n\nCAMP DAVID, Maryland, Aug 19 (Eventgraph "
                    "Wire) - U.S. President Joe Biden hosted Japanese Prime Minister Fumio "
                    "Kishida and South Korean President Yoon Suk Yeol at Camp David on "
                    "Friday, the first summit of the three leaders.\n");
  document.set_dct(CivilDate{2023, 8, 19}, DctSource::kOption);
  Annotations a = pipeline->Process(std::move(document), nullptr, nullptr);
  REQUIRE(!a.events.empty());
  for (const Event& e : a.events) {
    INFO(e.type << " " << e.time.text);
    CHECK(e.time.value != "2023-08-19");
  }
}

// A company bought at the very end of a document: the token after its name is past the end of
// the tokens. Memory there (left by an earlier, longer token vector, as a worker thread's
// documents leave it) was read as a possessive "'s", which made "purchased X" a transfer in
// some runs of `build --jobs 2` and an acquisition in others.
TEST_CASE("EventExtractor: reads nothing past the last token", "[core][event]") {
  AnnotationBuilder builder = World("Apple Inc said it purchased Beats Corp.")
                                  .Entity("Apple Inc", EntityKind::kOrganization, {"Apple Inc"})
                                  .Entity("Beats Corp", EntityKind::kOrganization, {"Beats Corp"});
  const std::string expected = "acquisition occurred - [Apple Inc/agent, Beats Corp/patient]\n";
  REQUIRE(Run(builder) == expected);
  Annotations a = builder.Build();
  // A possessive token left in the vector's storage right after its end.
  Token phantom = a.tokens.back();
  phantom.flags |= kTokenPossessive;
  a.tokens.reserve(a.tokens.size() + 1);
  a.tokens.push_back(phantom);
  a.tokens.pop_back();
  a.events = Extractor().Extract(a, nullptr);
  CHECK(DumpEvents(a) == expected);
}

}  // namespace
}  // namespace eventgraph
