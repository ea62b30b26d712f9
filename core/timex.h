// SPDX-License-Identifier: Apache-2.0
// Timex: a TimeML TIMEX3 temporal expression with its normalized value and interval.
#ifndef EVENTGRAPH_CORE_TIMEX_H_
#define EVENTGRAPH_CORE_TIMEX_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/text.h"

namespace eventgraph {

/// TIMEX3 types. Stable: appear in JSON as "DATE", "TIME", "DURATION", "SET".
enum class TimexType : uint8_t { kDate, kTime, kDuration, kSet };
std::string_view TimexTypeName(TimexType type);

/// The grain of a value. Stable: appears in JSON ("century" ... "minute", "none").
enum class Precision : uint8_t {
  kNone,     // no calendar position: PRESENT_REF, durations, unresolved values
  kCentury,  // 19XX
  kDecade,   // 198X
  kYear,     // 2018
  kQuarter,  // 2025-Q3, and seasons 2025-SU
  kMonth,    // 2022-02
  kWeek,     // 2025-W32
  kDay,      // 2025-08-15
  kTime,     // 2025-08-15T14:30, 2025-08-15TMO
};
std::string_view PrecisionName(Precision precision);

/// A point or stretch of calendar time as events and the graph use it: an ISO 8601 value, its
/// precision and the days it covers. `text` is the expression it came from ("on Friday").
struct TimeValue {
  std::string value;  // "2025-08-15", "2022-02", "2018"; "" when unknown
  Precision precision = Precision::kNone;
  CivilDate begin;  // first day covered (complete when precision >= kYear and resolved)
  CivilDate end;    // last day covered, inclusive
  std::string text;

  bool known() const { return !value.empty() && precision != Precision::kNone; }
  friend bool operator==(const TimeValue&, const TimeValue&) = default;
};

/// One temporal expression. The span follows TimeML extents: the leading preposition stays
/// outside (`on [Friday]`). `value` is the TIMEX3 value; relative expressions without a DCT keep
/// an unresolved value ("XXXX-02", "XXXX-WXX-5") and name what they depend on in `anchor`.
struct Timex {
  Span span;
  uint32_t sentence = 0;  // index into Annotations::sentences
  TimexType type = TimexType::kDate;
  std::string value;  // "2025-08-15", "P3Y", "PRESENT_REF", "XXXX-02"
  Precision precision = Precision::kNone;
  std::optional<CivilDate> begin;  // interval covered by a DATE/TIME value, inclusive days
  std::optional<CivilDate> end;
  std::string anchor;  // "dct", "previous", "none", or "" for absolute values
  std::string rule;    // the rule id that fired, for --explain
  std::string mod;     // TIMEX3 mod: "APPROX", "START", "MID", "END", "BEFORE" or ""

  friend bool operator==(const Timex&, const Timex&) = default;
};

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_TIMEX_H_
