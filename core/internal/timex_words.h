// SPDX-License-Identifier: Apache-2.0
// Private to core/: the timex tagger's word table, built once from the timex lexicons.
#ifndef EVENTGRAPH_CORE_INTERNAL_TIMEX_WORDS_H_
#define EVENTGRAPH_CORE_INTERNAL_TIMEX_WORDS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"
#include "core/timex_normalizer.h"

namespace eventgraph {
namespace internal {

/// What a lower-case word can be in a time expression (bit set: "may" is a month and a verb,
/// "second" an ordinal and a unit).
enum WordClass : uint32_t {
  kClassMonth = 1u << 0,
  kClassWeekday = 1u << 1,
  kClassCardinal = 1u << 2,
  kClassOrdinal = 1u << 3,
  kClassUnit = 1u << 4,
  kClassRelative = 1u << 5,
  kClassSeason = 1u << 6,
  kClassDayPart = 1u << 7,
  kClassClock = 1u << 8,       // noon, midnight
  kClassDayRef = 1u << 9,      // today, yesterday, tonight
  kClassReference = 1u << 10,  // now, recently
  kClassTimeZone = 1u << 11,
  kClassFuture = 1u << 12,           // will, 'll
  kClassSetWord = 1u << 13,          // daily, weekly
  kClassYearBlockBefore = 1u << 14,  // "page 1998", "$ 2000": the next number is no year
  kClassYearBlockAfter = 1u << 15,   // "2000 people": the previous number is no year
  kClassAmbiguous = 1u << 16,        // a month or weekday only next to a date (may, sat.)
  kClassStarter = 1u << 17,          // may begin an expression ("the", "every", "about")
  kClassOldEventNoun = 1u << 18,     // "war" in "the 3-1/2-year-old war"
};

/// Everything the lexicons say about one lower-case word.
struct WordInfo {
  uint32_t classes = 0;
  int32_t month = 0;
  int32_t weekday = 0;
  double cardinal = 0;
  int32_t ordinal = 0;
  TimeUnit unit = TimeUnit::kNone;
  int32_t unit_count = 1;  // "fortnight" = 2 weeks
  int32_t relative_offset = 0;
  int32_t day_offset = 0;
  int32_t clock_hour = -1;
  std::string season;
  std::string day_part;
  std::string reference;

  bool Is(uint32_t word_class) const { return (classes & word_class) != 0; }
};

/// A multi-word modifier ("the end of", "more than") or holiday ("christmas eve").
struct TimexPhrase {
  std::vector<std::string> words;
  std::string mod;        // TimeML mod for modifiers
  bool quantity = false;  // modifier of a quantity ("about two years") rather than a point
  int32_t month = 0;      // holidays
  int32_t day = 0;
};

struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

/// The immutable tables TimexTagger reads. Built by Load(); shared read-only between threads.
struct TimexRules {
  std::unordered_map<std::string, WordInfo, StringViewHash, std::equal_to<>> words;
  std::vector<TimexPhrase> modifiers;  // longest first
  std::vector<TimexPhrase> holidays;   // longest first

  /// The entry for a lower-case word, or nullptr.
  const WordInfo* Find(std::string_view word) const {
    auto it = words.find(word);
    return it == words.end() ? nullptr : &it->second;
  }

  /// Loads every timex lexicon from `data_dir` (empty: compiled in). Fails on a missing or
  /// malformed file, naming the file and line.
  static Result<TimexRules> Load(std::string_view data_dir);
};

/// Unit code of time_units.txt ("Y", "MIN", "WE"...) → unit; kNone when unknown.
TimeUnit ParseUnitCode(std::string_view code);

}  // namespace internal
}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_INTERNAL_TIMEX_WORDS_H_
