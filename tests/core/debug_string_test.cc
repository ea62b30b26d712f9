// SPDX-License-Identifier: Apache-2.0
#include "core/debug_string.h"

#include <catch2/catch.hpp>

#include "core/tokenizer.h"

namespace eventgraph {
namespace {

TEST_CASE("DebugString: dumps tokens with kind, span and flags", "[core][debug]") {
  const std::string text = "U.S. leaders\xE2\x80\x99 \"talks\"";
  const Tokenizer tokenizer = Tokenizer::Create("").value();
  auto tokens =
      tokenizer.Tokenize(std::string_view(text), Span{0, static_cast<uint32_t>(text.size())});
  std::vector<std::string> dumps;
  for (const Token& t : tokens) dumps.push_back(DebugString(t, text));
  CHECK(dumps == std::vector<std::string>{
                     "word \"U.S.\" [0,4) cap caps abbr nl para",
                     "word \"leaders\" [5,12)",
                     "punct \"\xE2\x80\x99\" [12,15) poss",
                     "punct \"\\\"\" [16,17)",
                     "word \"talks\" [17,22)",
                     "punct \"\\\"\" [22,23)",
                 });
}

TEST_CASE("DebugString: dumps timexes, mentions, entities and events", "[core][debug]") {
  const std::string text = "Putin met Roe on Friday.";
  Timex t{Span{17, 23}, 0, TimexType::kDate, "2025-08-15", Precision::kDay, {}, {}, "dct",
          "weekday",    ""};
  CHECK(DebugString(t, text) == "DATE \"Friday\" [17,23) 2025-08-15 day anchor=dct rule=weekday");
  Mention m{Span{0, 5}, 0, EntityKind::kPerson, MentionForm::kName, 1, false, "surname"};
  CHECK(DebugString(m, text) == "person \"Putin\" [0,5) name -> 1 rule=surname");
  Entity e;
  e.name = "Vladimir Putin";
  e.key = "vladimir putin";
  e.titles = {"Russian President"};
  CHECK(DebugString(e) ==
        "person \"Vladimir Putin\" key=vladimir putin titles=[Russian President]");
  Event ev;
  ev.type = "meeting";
  ev.trigger = Span{6, 9};
  ev.time.value = "2025-08-15";
  ev.time.precision = Precision::kDay;
  ev.participants = {{0, ParticipantRole::kAgent, Span{0, 5}}, {1, ParticipantRole::kPatient, {}}};
  CHECK(DebugString(ev, text) ==
        "meeting occurred \"met\" [6,9) time=2025-08-15 participants=[0:agent, 1:patient]");
}

}  // namespace
}  // namespace eventgraph
