// SPDX-License-Identifier: Apache-2.0
// TimexNormalizer: turns what a time expression says (a TimexSpec) into a TIMEX3 value anchored
// to the DCT or to the previous date in the text.
#ifndef EVENTGRAPH_CORE_TIMEX_NORMALIZER_H_
#define EVENTGRAPH_CORE_TIMEX_NORMALIZER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/text.h"
#include "core/timex.h"

namespace eventgraph {

/// Calendar and clock units. Keep in sync with the codes of core/data/time_units.txt.
enum class TimeUnit : uint8_t {
  kNone,
  kSecond,
  kMinute,
  kHour,
  kDay,
  kWeekend,
  kWeek,
  kMonth,
  kQuarter,
  kYear,
  kDecade,
  kCentury,
};

/// How an expression is anchored, read from its words.
enum class TimexSpecKind : uint8_t {
  kCalendar,   // calendar fields, missing ones from the anchor: "Feb. 28", "Friday", "1998"
  kRelative,   // `offset` units from the anchor: "last week", "three years ago", "yesterday"
  kDuration,   // `amount` units: "three years", "the past 24 hours", "3-1/2-year"
  kSet,        // a recurrence: "every Friday", "daily", "each July"
  kReference,  // PRESENT_REF, PAST_REF, FUTURE_REF: "now", "recently", "the future"
};

/// Which way an unanchored calendar expression leans ("last Friday", "next March").
enum class Direction : uint8_t {
  kDefault,  // news mode: the past unless the sentence speaks of the future
  kPast,     // "last Friday": strictly before the anchor
  kFuture,   // "next Friday": strictly after the anchor
  kThis,     // "this Friday", "this summer": in the anchor's week or year
};

/// The tense of the clause an expression sits in, used by the news-mode past bias. kPast is the
/// default (no future cue); kMarkedPast says the words leave no doubt that the time lies before
/// the anchor ("since [April]"), so even a month just ahead of the anchor is the past one. A
/// past-tense verb is no such proof: "securities pledged on [April 22]" and "shareholders
/// registered [June 2]" are participles of dates to come.
enum class Tense : uint8_t { kPast, kFuture, kMarkedPast };

/// What the words of a time expression say, before anchoring. Fields left at their defaults were
/// not said. A plain value type; the tagger fills it, the normalizer reads it.
struct TimexSpec {
  TimexSpecKind kind = TimexSpecKind::kCalendar;
  TimexType type = TimexType::kDate;
  // Calendar fields.
  int32_t year = 0;           // 1998; 0 = not said
  int32_t decade = -1;        // 198 for "the 1980s"
  int32_t century = -1;       // 19 for "the 20th century"
  int32_t month = 0;          // 1-12
  int32_t day = 0;            // 1-31
  int32_t weekday = 0;        // ISO 1 (Monday) - 7 (Sunday)
  int32_t nth = 0;            // with month and weekday: the nth weekday of the month, -1 the last
  int32_t quarter = 0;        // 1-4
  int32_t half = 0;           // 1-2: "the first half of 2024" → 2024-H1 (only with a year)
  std::string_view season;    // "SP", "SU", "FA", "WI"
  std::string_view day_part;  // "MO", "AF", "EV", "NI"
  int32_t hour = -1;          // 0-24
  int32_t minute = -1;        // 0-59
  bool weekend = false;       // "the weekend": the week value plus "-WE"
  Direction direction = Direction::kDefault;
  // kRelative: `offset` units of `unit` from the anchor; kDuration/kSet: `amount` units.
  TimeUnit unit = TimeUnit::kNone;
  int32_t offset = 0;
  double amount = 0;            // 3.5 for "3-1/2 years"
  bool amount_unknown = false;  // "several years" → PXY
  bool from_previous = false;   // anchored to the previous date in the text: "the following day"
  bool previous_granularity = false;  // "a year earlier" after "the third quarter" → that quarter
  std::string_view reference;         // kReference: "PRESENT_REF", "PAST_REF", "FUTURE_REF"
  std::string_view mod;               // TimeML mod: "START", "APPROX", ...
};

/// A TIMEX3 value with its precision and interval: what the normalizer produces.
struct NormalizedValue {
  std::string value;  // "2025-08-15", "P3Y", "XXXX-02"
  Precision precision = Precision::kNone;
  std::optional<CivilDate> begin;  // first day covered, for resolved DATE/TIME values
  std::optional<CivilDate> end;    // last day covered, inclusive
  std::string anchor;              // "dct", "previous", "none" or "" (absolute)
  int32_t quarter = 0;             // the quarter a kQuarter value names (for "a year earlier")

  friend bool operator==(const NormalizedValue&, const NormalizedValue&) = default;
};

/// What an expression is anchored to.
struct NormalizeContext {
  std::optional<CivilDate> dct;               // used only when complete and valid
  const NormalizedValue* previous = nullptr;  // last resolved DATE/TIME before this one, if any
  Tense tense = Tense::kPast;
};

/// Resolves `spec` against `context`. Pure; never fails: what cannot be resolved keeps X
/// placeholders ("XXXX-02", "XXXX-WXX-5") and names its anchor ("dct"). Thread-safe.
/// Examples with DCT Saturday 2025-08-16: weekday 5 → "2025-08-15"; relative week -1 →
/// "2025-W32"; month 2 → "2025-02"; duration 3 years → "P3Y".
NormalizedValue NormalizeTimex(const TimexSpec& spec, const NormalizeContext& context);

/// "Y", "M", "W", "D", "H", "M" (minute), "S", "Q", "DE", "CE"... the TimeML duration letter.
std::string_view DurationUnitCode(TimeUnit unit);

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_TIMEX_NORMALIZER_H_
