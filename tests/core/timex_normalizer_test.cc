// SPDX-License-Identifier: Apache-2.0
#include "core/timex_normalizer.h"

#include <catch2/catch.hpp>

namespace eventgraph {
namespace {

NormalizedValue Norm(const TimexSpec& spec, const std::optional<CivilDate>& dct,
                     Tense tense = Tense::kPast, const NormalizedValue* previous = nullptr) {
  NormalizeContext context;
  context.dct = dct;
  context.tense = tense;
  context.previous = previous;
  return NormalizeTimex(spec, context);
}

TimexSpec Weekday(int32_t weekday, Direction direction = Direction::kDefault) {
  TimexSpec spec;
  spec.weekday = weekday;
  spec.direction = direction;
  return spec;
}

TimexSpec Month(int32_t month, int32_t day = 0, Direction direction = Direction::kDefault) {
  TimexSpec spec;
  spec.month = month;
  spec.day = day;
  spec.direction = direction;
  return spec;
}

TimexSpec Relative(TimeUnit unit, int32_t offset) {
  TimexSpec spec;
  spec.kind = TimexSpecKind::kRelative;
  spec.unit = unit;
  spec.offset = offset;
  return spec;
}

TimexSpec Duration(TimeUnit unit, double amount, bool unknown = false) {
  TimexSpec spec;
  spec.kind = TimexSpecKind::kDuration;
  spec.type = TimexType::kDuration;
  spec.unit = unit;
  spec.amount = amount;
  spec.amount_unknown = unknown;
  return spec;
}

const CivilDate kSaturday{2025, 8, 16};  // ISO 2025-W33-6

TEST_CASE("TimexNormalizer: resolves weekdays with the past bias and direction words",
          "[core][timex]") {
  struct Row {
    TimexSpec spec;
    Tense tense;
    const char* value;
  };
  const Row rows[] = {
      {Weekday(5), Tense::kPast, "2025-08-15"},    // "on Friday" → the day before
      {Weekday(6), Tense::kPast, "2025-08-16"},    // "Saturday" on Saturday → that day
      {Weekday(1), Tense::kPast, "2025-08-11"},    // "Monday" → this week's Monday
      {Weekday(5), Tense::kFuture, "2025-08-22"},  // "will meet Friday"
      {Weekday(6), Tense::kFuture, "2025-08-16"},  // "will meet Saturday" on Saturday
      {Weekday(5, Direction::kPast), Tense::kPast, "2025-08-15"},    // "last Friday"
      {Weekday(6, Direction::kPast), Tense::kPast, "2025-08-09"},    // "last Saturday"
      {Weekday(5, Direction::kFuture), Tense::kPast, "2025-08-22"},  // "next Friday"
      {Weekday(3, Direction::kThis), Tense::kPast, "2025-08-13"},    // "this Wednesday"
  };
  for (const Row& row : rows) {
    INFO(row.value);
    CHECK(Norm(row.spec, kSaturday, row.tense).value == row.value);
  }
}

TEST_CASE("TimexNormalizer: picks the year of a month said without one", "[core][timex]") {
  struct Row {
    TimexSpec spec;
    Tense tense;
    const char* value;
  };
  const Row rows[] = {
      {Month(2), Tense::kPast, "2025-02"},         // "in February" in August → this year's
      {Month(12), Tense::kPast, "2024-12"},        // "in December" → last December
      {Month(10), Tense::kPast, "2025-10"},        // two months ahead: still this year
      {Month(2), Tense::kFuture, "2026-02"},       // "will ... in February"
      {Month(2, 28), Tense::kPast, "2025-02-28"},  // "February 28"
      {Month(7, 0, Direction::kPast), Tense::kPast, "2024-07"},    // "last July" (last month)
      {Month(3, 0, Direction::kPast), Tense::kPast, "2025-03"},    // "last March"
      {Month(9, 0, Direction::kFuture), Tense::kPast, "2025-09"},  // "next September"
      {Month(8, 0, Direction::kFuture), Tense::kPast, "2026-08"},  // "next August"
  };
  for (const Row& row : rows) {
    INFO(row.value);
    CHECK(Norm(row.spec, kSaturday, row.tense).value == row.value);
  }
  // "Jan. 2" late in the year is the coming January.
  CHECK(Norm(Month(1, 2), CivilDate{2025, 11, 20}).value == "2026-01-02");
}

TEST_CASE("TimexNormalizer: steps relative units with calendar arithmetic", "[core][timex]") {
  struct Row {
    TimexSpec spec;
    CivilDate dct;
    const char* value;
  };
  const Row rows[] = {
      {Relative(TimeUnit::kDay, -1), kSaturday, "2025-08-15"},
      {Relative(TimeUnit::kDay, 1), CivilDate{2024, 2, 28}, "2024-02-29"},  // leap year
      {Relative(TimeUnit::kDay, 1), CivilDate{2025, 2, 28}, "2025-03-01"},
      {Relative(TimeUnit::kWeek, -1), kSaturday, "2025-W32"},
      {Relative(TimeUnit::kWeek, 0), CivilDate{2021, 1, 3}, "2020-W53"},  // ISO year boundary
      {Relative(TimeUnit::kMonth, -1), CivilDate{2025, 1, 15}, "2024-12"},
      {Relative(TimeUnit::kQuarter, -1), CivilDate{2025, 2, 1}, "2024-Q4"},
      {Relative(TimeUnit::kYear, -3), kSaturday, "2022"},
      {Relative(TimeUnit::kYear, 1), kSaturday, "2026"},
      {Relative(TimeUnit::kDecade, -1), kSaturday, "201"},
  };
  for (const Row& row : rows) {
    INFO(row.value);
    CHECK(Norm(row.spec, row.dct).value == row.value);
  }
}

TEST_CASE("TimexNormalizer: gives intervals and precision", "[core][timex]") {
  NormalizedValue week = Norm(Relative(TimeUnit::kWeek, -1), kSaturday);
  CHECK(week.precision == Precision::kWeek);
  CHECK(week.begin == CivilDate{2025, 8, 4});
  CHECK(week.end == CivilDate{2025, 8, 10});

  TimexSpec weekend;
  weekend.weekend = true;
  NormalizedValue we = Norm(weekend, CivilDate{2025, 8, 13});  // a Wednesday: the last weekend
  CHECK(we.value == "2025-W32-WE");
  CHECK(we.begin == CivilDate{2025, 8, 9});

  TimexSpec february;
  february.year = 2024;
  february.month = 2;
  NormalizedValue feb = Norm(february, std::nullopt);
  CHECK(feb.value == "2024-02");
  CHECK(feb.end == CivilDate{2024, 2, 29});
  CHECK(feb.anchor.empty());

  TimexSpec winter;
  winter.year = 2024;
  winter.season = "WI";
  NormalizedValue wi = Norm(winter, std::nullopt);
  CHECK(wi.value == "2024-WI");
  CHECK(wi.precision == Precision::kQuarter);
  CHECK(wi.end == CivilDate{2025, 2, 28});

  TimexSpec quarter;
  quarter.year = 2025;
  quarter.quarter = 3;
  NormalizedValue q = Norm(quarter, std::nullopt);
  CHECK(q.value == "2025-Q3");
  CHECK(q.begin == CivilDate{2025, 7, 1});
  CHECK(q.end == CivilDate{2025, 9, 30});

  TimexSpec decade;
  decade.decade = 198;
  CHECK(Norm(decade, std::nullopt).value == "198");
  TimexSpec century;
  century.century = 19;
  NormalizedValue c = Norm(century, std::nullopt);
  CHECK(c.value == "19");
  CHECK(c.precision == Precision::kCentury);

  TimexSpec thanksgiving;  // the fourth Thursday of November
  thanksgiving.year = 2025;
  thanksgiving.month = 11;
  thanksgiving.weekday = 4;
  thanksgiving.nth = 4;
  CHECK(Norm(thanksgiving, std::nullopt).value == "2025-11-27");
  TimexSpec memorial = thanksgiving;  // the last Monday of May
  memorial.month = 5;
  memorial.weekday = 1;
  memorial.nth = -1;
  CHECK(Norm(memorial, std::nullopt).value == "2025-05-26");

  TimexSpec bad_day;
  bad_day.year = 2025;
  bad_day.month = 2;
  bad_day.day = 30;
  CHECK(Norm(bad_day, std::nullopt).value == "2025-02");  // no such day: the month
}

TEST_CASE("TimexNormalizer: writes durations, sets and references", "[core][timex]") {
  CHECK(Norm(Duration(TimeUnit::kYear, 3), kSaturday).value == "P3Y");
  CHECK(Norm(Duration(TimeUnit::kHour, 24), kSaturday).value == "PT24H");
  CHECK(Norm(Duration(TimeUnit::kYear, 3.5), kSaturday).value == "P3Y6M");
  CHECK(Norm(Duration(TimeUnit::kHour, 0.5), kSaturday).value == "PT30M");
  CHECK(Norm(Duration(TimeUnit::kDay, 1.5), kSaturday).value == "P1DT12H");
  CHECK(Norm(Duration(TimeUnit::kYear, 0, true), kSaturday).value == "PXY");
  CHECK(Norm(Duration(TimeUnit::kDecade, 2), kSaturday).value == "P20Y");
  CHECK(Norm(Duration(TimeUnit::kQuarter, 3), kSaturday).value == "P9M");
  CHECK(Norm(Duration(TimeUnit::kMinute, 5), kSaturday).precision == Precision::kNone);

  TimexSpec set;
  set.kind = TimexSpecKind::kSet;
  set.type = TimexType::kSet;
  set.weekday = 5;
  CHECK(Norm(set, kSaturday).value == "XXXX-WXX-5");
  set.day_part = "NI";
  CHECK(Norm(set, kSaturday).value == "XXXX-WXX-5TNI");

  TimexSpec ref;
  ref.kind = TimexSpecKind::kReference;
  ref.reference = "PAST_REF";
  CHECK(Norm(ref, kSaturday).value == "PAST_REF");
}

TEST_CASE("TimexNormalizer: leaves relative values unresolved without an anchor", "[core][timex]") {
  NormalizedValue feb = Norm(Month(2), std::nullopt);
  CHECK(feb.value == "XXXX-02");
  CHECK(feb.anchor == "dct");
  CHECK(feb.precision == Precision::kNone);
  CHECK(Norm(Weekday(5), std::nullopt).value == "XXXX-WXX-5");
  CHECK(Norm(Relative(TimeUnit::kDay, -1), std::nullopt).value == "XXXX-XX-XX");
  // A partial DCT (a dateline without a year) anchors nothing.
  CHECK(Norm(Month(2), CivilDate{0, 8, 16}).value == "XXXX-02");
}

TEST_CASE("TimexNormalizer: anchors back-references to the previous date", "[core][timex]") {
  TimexSpec following = Relative(TimeUnit::kDay, 1);
  following.from_previous = true;
  NormalizedValue previous;
  previous.value = "2025-03-03";
  previous.precision = Precision::kDay;
  previous.begin = CivilDate{2025, 3, 3};
  previous.end = previous.begin;
  NormalizedValue v = Norm(following, kSaturday, Tense::kPast, &previous);
  CHECK(v.value == "2025-03-04");
  CHECK(v.anchor == "previous");
  // A year-only previous date cannot anchor "the following day": the DCT does.
  previous.precision = Precision::kYear;
  CHECK(Norm(following, kSaturday, Tense::kPast, &previous).value == "2025-08-17");
}

}  // namespace
}  // namespace eventgraph
