// SPDX-License-Identifier: Apache-2.0
// DebugString(): canonical one-line dumps of core types for table-driven tests and
// `eventgraph extract --dump`. Stable: tests compare against these strings.
#ifndef EVENTGRAPH_CORE_DEBUG_STRING_H_
#define EVENTGRAPH_CORE_DEBUG_STRING_H_

#include <string>
#include <string_view>

#include "core/entity.h"
#include "core/event.h"
#include "core/timex.h"
#include "core/token.h"

namespace eventgraph {

/// `word "Putin" [4,9) cap`: kind, text, span and flags (cap, caps, abbr, poss, hyph, nl, para).
std::string DebugString(const Token& token, std::string_view text);
/// `body [0,42) "Leaders met in Oslo."`
std::string DebugString(const Sentence& sentence, std::string_view text);
/// `DATE "Friday" [3,9) 2025-08-15 day anchor=dct rule=weekday`
std::string DebugString(const Timex& timex, std::string_view text);
/// `person "Mr Putin" [0,8) name -> 2 rule=honorific`
std::string DebugString(const Mention& mention, std::string_view text);
/// `person "Vladimir Putin" key=vladimir putin titles=[Russian President] aliases=[Putin]`
std::string DebugString(const Entity& entity);
/// `meeting occurred "met" [6,9) time=2025-08-15 place=3 participants=[0:agent,1:patient]`
std::string DebugString(const Event& event, std::string_view text);

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_DEBUG_STRING_H_
