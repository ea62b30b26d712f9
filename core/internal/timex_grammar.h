// SPDX-License-Identifier: Apache-2.0
// Private to core/: the timex grammar, matching token sequences (atoms) to TimexSpecs.
#ifndef EVENTGRAPH_CORE_INTERNAL_TIMEX_GRAMMAR_H_
#define EVENTGRAPH_CORE_INTERNAL_TIMEX_GRAMMAR_H_

#include <cstddef>
#include <vector>

#include "core/internal/timex_atoms.h"
#include "core/internal/timex_words.h"
#include "core/timex_normalizer.h"

namespace eventgraph {
namespace internal {

/// One grammar match: atoms [begin, end) and what they say.
struct GrammarMatch {
  size_t begin = 0;
  size_t end = 0;
  TimexSpec spec;
  const char* rule = "";
  bool point = false;     // a calendar point a modifier may precede ("early [next year]")
  bool quantity = false;  // starts with a quantity a modifier may precede ("about [two years]")
  bool deictic = false;   // "this X", "today", weekdays: may follow "earlier"/"later"
};

/// Classes of the words that may start a time expression: an atom with none of them, no digit
/// and no capitalized plural form ("Tuesdays") starts none (MatchTimexAt() returns false).
constexpr uint32_t kTimexStartClasses =
    kClassMonth | kClassWeekday | kClassCardinal | kClassOrdinal | kClassUnit | kClassRelative |
    kClassSeason | kClassDayPart | kClassClock | kClassDayRef | kClassReference | kClassSetWord |
    kClassStarter | kClassModifierStart | kClassDecade;

/// Finds the longest time expression starting at atoms[i] into *match. Returns false when none
/// does, leaving *match unspecified.
bool MatchTimexAt(const TimexRules& rules, const std::vector<Atom>& atoms, size_t i,
                  GrammarMatch* match);

}  // namespace internal
}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_INTERNAL_TIMEX_GRAMMAR_H_
