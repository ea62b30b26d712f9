// SPDX-License-Identifier: Apache-2.0
// Normalization of TimexSpecs to TIMEX3 values.
//
// Absolute fields are printed as they stand ("1998", "2022-02"). Everything else is placed
// against an anchor day: the DCT, or the previous resolved date in the text for expressions that
// refer back ("the following day"). Calendar fields without a year use the news-mode past bias:
// a news article mostly reports what happened, so "in February" in an August article is the
// February just past and "Friday" the Friday just past, unless the clause speaks of the future
// ("will meet on Friday") or a word says which way ("next Friday"). All calendar arithmetic
// (weekdays, ISO weeks, month lengths, leap years) goes through Howard Hinnant's date library.
#include "core/timex_normalizer.h"

#include <cmath>
#include <cstdio>

#include <date/date.h>
#include <date/iso_week.h>

namespace eventgraph {
namespace {

using date::days;
using date::sys_days;
using date::year_month_day;

year_month_day ToYmd(const CivilDate& d) {
  return year_month_day{date::year{d.year}, date::month{static_cast<unsigned>(d.month)},
                        date::day{static_cast<unsigned>(d.day)}};
}

CivilDate FromYmd(const year_month_day& ymd) {
  return CivilDate{static_cast<int32_t>(ymd.year()),
                   static_cast<int32_t>(static_cast<unsigned>(ymd.month())),
                   static_cast<int32_t>(static_cast<unsigned>(ymd.day()))};
}

CivilDate AddDays(const CivilDate& d, int32_t n) {
  return FromYmd(year_month_day{sys_days{ToYmd(d)} + days{n}});
}

// ISO weekday 1 (Monday) - 7 (Sunday).
int32_t IsoWeekday(const CivilDate& d) {
  return static_cast<int32_t>(date::weekday{sys_days{ToYmd(d)}}.iso_encoding());
}

int32_t LastDayOfMonth(int32_t year, int32_t month) {
  date::year_month_day_last last{date::year{year},
                                 date::month_day_last{date::month{static_cast<unsigned>(month)}}};
  return static_cast<int32_t>(static_cast<unsigned>(last.day()));
}

// Zero-padded decimal: Pad(7, 2) = "07", Pad(-44, 4) = "-0044". Hand-rolled: snprintf showed in
// profiles of tagging large corpora.
std::string Pad(int32_t n, int width) {
  char buf[16];
  int pos = 16;
  bool negative = n < 0;
  uint32_t v =
      negative ? static_cast<uint32_t>(-static_cast<int64_t>(n)) : static_cast<uint32_t>(n);
  do {
    buf[--pos] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0 && pos > 1);
  while (16 - pos < width && pos > 1) buf[--pos] = '0';
  if (negative) buf[--pos] = '-';
  return std::string(buf + pos, static_cast<size_t>(16 - pos));
}

// "YYYY-MM" or "YYYY-MM-DD" (day < 0: none) written in place when every field fits its width,
// the common case; else false. Same text as the Pad() concatenation, without its temporaries
// (DayValue() was a quarter of the normalizer's instructions).
bool WriteDate(int32_t year, int32_t month, int32_t day, std::string* out) {
  if (year < 0 || year > 9999 || month < 0 || month > 99 || day > 99) return false;
  char buf[10] = {static_cast<char>('0' + year / 1000),
                  static_cast<char>('0' + year / 100 % 10),
                  static_cast<char>('0' + year / 10 % 10),
                  static_cast<char>('0' + year % 10),
                  '-',
                  static_cast<char>('0' + month / 10),
                  static_cast<char>('0' + month % 10),
                  '-',
                  static_cast<char>('0' + (day < 0 ? 0 : day / 10)),
                  static_cast<char>('0' + (day < 0 ? 0 : day % 10))};
  out->assign(buf, day < 0 ? 7 : 10);
  return true;
}

NormalizedValue DayValue(const CivilDate& d) {
  NormalizedValue v;
  if (!WriteDate(d.year, d.month, d.day < 0 ? 100 : d.day, &v.value)) {
    v.value = Pad(d.year, 4) + "-" + Pad(d.month, 2) + "-" + Pad(d.day, 2);
  }
  v.precision = Precision::kDay;
  v.begin = d;
  v.end = d;
  return v;
}

NormalizedValue MonthValue(int32_t year, int32_t month) {
  NormalizedValue v;
  if (!WriteDate(year, month, -1, &v.value)) v.value = Pad(year, 4) + "-" + Pad(month, 2);
  v.precision = Precision::kMonth;
  v.begin = CivilDate{year, month, 1};
  v.end = CivilDate{year, month, LastDayOfMonth(year, month)};
  return v;
}

NormalizedValue YearValue(int32_t year) {
  NormalizedValue v;
  v.value = Pad(year, 4);
  v.precision = Precision::kYear;
  v.begin = CivilDate{year, 1, 1};
  v.end = CivilDate{year, 12, 31};
  return v;
}

NormalizedValue QuarterValue(int32_t year, int32_t quarter) {
  NormalizedValue v;
  v.value = Pad(year, 4) + "-Q" + std::to_string(quarter);
  v.precision = Precision::kQuarter;
  v.quarter = quarter;
  v.begin = CivilDate{year, quarter * 3 - 2, 1};
  v.end = CivilDate{year, quarter * 3, LastDayOfMonth(year, quarter * 3)};
  return v;
}

// Half-years "2024-H1" (January-June) and "2024-H2". The precision stays the year's (the
// enumeration has no half); the interval is the half's.
NormalizedValue HalfValue(int32_t year, int32_t half) {
  NormalizedValue v;
  v.value = Pad(year, 4) + "-H" + std::to_string(half);
  v.precision = Precision::kYear;
  v.begin = CivilDate{year, half * 6 - 5, 1};
  v.end = CivilDate{year, half * 6, half == 1 ? 30 : 31};
  return v;
}

// Meteorological seasons: spring March-May, summer June-August, fall September-November,
// winter December to February of the next year.
int32_t SeasonFirstMonth(std::string_view season) {
  if (season == "SP") return 3;
  if (season == "SU") return 6;
  if (season == "FA") return 9;
  return 12;
}

NormalizedValue SeasonValue(int32_t year, std::string_view season) {
  NormalizedValue v;
  v.value = Pad(year, 4) + "-" + std::string(season);
  v.precision = Precision::kQuarter;
  int32_t first = SeasonFirstMonth(season);
  v.begin = CivilDate{year, first, 1};
  int32_t last_month = first + 2;
  int32_t last_year = year;
  if (last_month > 12) {
    last_month -= 12;
    ++last_year;
  }
  v.end = CivilDate{last_year, last_month, LastDayOfMonth(last_year, last_month)};
  return v;
}

NormalizedValue WeekValue(const CivilDate& day_in_week, bool weekend) {
  iso_week::year_weeknum_weekday iso{sys_days{ToYmd(day_in_week)}};
  NormalizedValue v;
  v.value = Pad(static_cast<int32_t>(iso.year()), 4) + "-W" +
            Pad(static_cast<int32_t>(static_cast<unsigned>(iso.weeknum())), 2);
  v.precision = Precision::kWeek;
  sys_days monday{iso_week::year_weeknum_weekday{iso.year(), iso.weeknum(), iso_week::mon}};
  if (weekend) {
    v.value += "-WE";
    v.begin = FromYmd(year_month_day{monday + days{5}});
  } else {
    v.begin = FromYmd(year_month_day{monday});
  }
  v.end = FromYmd(year_month_day{monday + days{6}});
  return v;
}

NormalizedValue DecadeValue(int32_t decade) {
  NormalizedValue v;
  v.value = Pad(decade, 3);  // TimeML: "the 1990s" → "199"
  v.precision = Precision::kDecade;
  v.begin = CivilDate{decade * 10, 1, 1};
  v.end = CivilDate{decade * 10 + 9, 12, 31};
  return v;
}

NormalizedValue CenturyValue(int32_t century) {
  NormalizedValue v;
  v.value = Pad(century, 2);  // TimeML: "the 20th century" → "19"
  v.precision = Precision::kCentury;
  v.begin = CivilDate{century * 100, 1, 1};
  v.end = CivilDate{century * 100 + 99, 12, 31};
  return v;
}

// A clock time or part of day as a value suffix: "T14:30", "TNI", or "". Built with appends
// (GCC 12 -O3 warns falsely on `"T" + std::string`).
std::string TimeSuffix(const TimexSpec& spec) {
  std::string out;
  if (spec.hour >= 0) {
    out.push_back('T');
    out.append(Pad(spec.hour, 2));
    out.push_back(':');
    out.append(Pad(spec.minute < 0 ? 0 : spec.minute, 2));
  } else if (!spec.day_part.empty()) {
    out.push_back('T');
    out.append(spec.day_part);
  }
  return out;
}

// Appends the time of day to a day value: "2025-08-15T14:30", "2025-08-15TNI".
void AddTimeOfDay(const TimexSpec& spec, NormalizedValue* v) {
  std::string suffix = TimeSuffix(spec);
  if (suffix.empty()) return;
  v->value.append(suffix);
  v->precision = Precision::kTime;
}

std::string FormatAmount(double amount) {
  if (amount == std::floor(amount) && std::fabs(amount) < 1e15) {
    return std::to_string(static_cast<int64_t>(amount));
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", amount);
  return buf;
}

bool IsClockUnit(TimeUnit unit) {
  return unit == TimeUnit::kSecond || unit == TimeUnit::kMinute || unit == TimeUnit::kHour;
}

int32_t QuarterOf(const CivilDate& d) { return (d.month - 1) / 3 + 1; }

// The nth (or, for -1, the last) ISO weekday of a month: Thanksgiving 2025 = NthWeekday(2025,
// 11, 4, 4) = 2025-11-27.
CivilDate NthWeekday(int32_t year, int32_t month, int32_t weekday, int32_t nth) {
  date::weekday wd{static_cast<unsigned>(weekday % 7)};  // ISO 7 = Sunday = 0
  date::year_month ym{date::year{year}, date::month{static_cast<unsigned>(month)}};
  if (nth < 0) return FromYmd(year_month_day{sys_days{ym / date::weekday_last{wd}}});
  date::year_month_weekday ymw{ym.year(), ym.month(),
                               date::weekday_indexed{wd, static_cast<unsigned>(nth)}};
  return FromYmd(year_month_day{sys_days{ymw}});
}

// The precision a previous date needs to anchor a step of `unit`: "the following day" needs a
// day, "the following month" a month (a year-only date cannot anchor either).
Precision PrecisionOf(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::kSecond:
    case TimeUnit::kMinute:
    case TimeUnit::kHour:
    case TimeUnit::kDay:
    case TimeUnit::kWeekend:
      return Precision::kDay;
    case TimeUnit::kWeek:
      return Precision::kWeek;
    case TimeUnit::kMonth:
      return Precision::kMonth;
    case TimeUnit::kQuarter:
      return Precision::kQuarter;
    case TimeUnit::kYear:
      return Precision::kYear;
    case TimeUnit::kDecade:
    case TimeUnit::kCentury:
    case TimeUnit::kNone:
      break;
  }
  return Precision::kDecade;
}

// Placeholder values for expressions without an anchor: "XXXX-02", "XXXX-WXX-5".
NormalizedValue Unresolved(const TimexSpec& spec) {
  NormalizedValue v;
  v.anchor = "dct";
  if (spec.kind == TimexSpecKind::kRelative) {
    switch (spec.unit) {
      case TimeUnit::kDay:
        v.value = "XXXX-XX-XX";
        break;
      case TimeUnit::kWeek:
      case TimeUnit::kWeekend:
        v.value = "XXXX-WXX";
        break;
      case TimeUnit::kMonth:
        v.value = "XXXX-XX";
        break;
      case TimeUnit::kQuarter:
        v.value = "XXXX-QX";
        break;
      case TimeUnit::kDecade:
        v.value = "XXXX";
        break;
      default:
        v.value = "XXXX";
        break;
    }
    if (spec.unit == TimeUnit::kDay) v.value += TimeSuffix(spec);
    return v;
  }
  if (spec.month > 0) {
    v.value = "XXXX-" + Pad(spec.month, 2);
    if (spec.day > 0) {
      v.value.push_back('-');
      v.value.append(Pad(spec.day, 2));
    }
  } else if (spec.day > 0) {
    v.value = "XXXX-XX-" + Pad(spec.day, 2);
  } else if (spec.weekday > 0) {
    v.value = "XXXX-WXX-" + std::to_string(spec.weekday);
  } else if (spec.quarter > 0) {
    v.value = "XXXX-Q" + std::to_string(spec.quarter);
  } else if (!spec.season.empty()) {
    v.value = "XXXX-" + std::string(spec.season);
  } else {
    v.value = "XXXX-XX-XX";
  }
  v.value += TimeSuffix(spec);
  return v;
}

// Picks the year for a month (and day) said without one. Example: DCT 2025-08-16, month 2,
// past tense → 2025; month 12, past tense → 2024 (rejects the December still to come); month 2,
// "will" → 2026.
int32_t YearForMonth(const TimexSpec& spec, const CivilDate& anchor, Tense tense) {
  int32_t month_diff = spec.month - anchor.month;
  switch (spec.direction) {
    case Direction::kPast:  // "last February" in March is a year back; in May, this year's
      return month_diff < -1 ? anchor.year : anchor.year - 1;
    case Direction::kFuture:
      return month_diff > 0 ? anchor.year : anchor.year + 1;
    case Direction::kThis:
      return anchor.year;
    case Direction::kDefault:
      break;
  }
  if (tense == Tense::kFuture) return month_diff < 0 ? anchor.year + 1 : anchor.year;
  // "since [April]" in a March article: the April before it, not the coming one.
  if (tense == Tense::kMarkedPast) return month_diff > 0 ? anchor.year - 1 : anchor.year;
  if (month_diff > 2) return anchor.year - 1;
  // "Jan. 2" in a November article is the coming January, not the one ten months back.
  if (month_diff <= -10) return anchor.year + 1;
  return anchor.year;
}

// Resolves a weekday against the anchor day. Default past bias: "Friday" on Saturday 2025-08-16
// → 2025-08-15; on Friday itself → that day. "next Friday" → strictly after; "last Friday" →
// strictly before; "this Friday" → in the anchor's ISO week.
CivilDate DayForWeekday(const TimexSpec& spec, const CivilDate& anchor, Tense tense) {
  int32_t anchor_wd = IsoWeekday(anchor);
  int32_t back = (anchor_wd - spec.weekday + 7) % 7;     // days back to the weekday
  int32_t forward = (spec.weekday - anchor_wd + 7) % 7;  // days forward to it
  switch (spec.direction) {
    case Direction::kPast:
      return AddDays(anchor, back == 0 ? -7 : -back);
    case Direction::kFuture:
      return AddDays(anchor, forward == 0 ? 7 : forward);
    case Direction::kThis:
      return AddDays(anchor, spec.weekday - anchor_wd);
    case Direction::kDefault:
      break;
  }
  return AddDays(anchor, tense == Tense::kFuture ? forward : -back);
}

NormalizedValue NormalizeCalendar(const TimexSpec& spec, const std::optional<CivilDate>& anchor,
                                  Tense tense, const NormalizedValue* previous) {
  if (spec.century >= 0) return CenturyValue(spec.century);
  if (spec.decade >= 0) return DecadeValue(spec.decade);
  // Each branch returns its value: constructed in place, not moved into a local.
  if (spec.year != 0) {
    if (spec.month > 0 && spec.nth != 0 && spec.weekday > 0) {
      return DayValue(NthWeekday(spec.year, spec.month, spec.weekday, spec.nth));
    }
    if (spec.month > 0 && spec.day > 0) {
      CivilDate d{spec.year, spec.month, spec.day};
      if (!IsValidDate(d)) return MonthValue(spec.year, spec.month);
      NormalizedValue v = DayValue(d);
      AddTimeOfDay(spec, &v);
      return v;
    }
    if (spec.month > 0) return MonthValue(spec.year, spec.month);
    if (spec.quarter > 0) return QuarterValue(spec.year, spec.quarter);
    if (spec.half > 0) return HalfValue(spec.year, spec.half);
    if (spec.previous_granularity && previous != nullptr &&
        previous->precision == Precision::kQuarter && previous->quarter > 0) {
      return QuarterValue(spec.year, previous->quarter);  // "the 1988 period"
    }
    if (!spec.season.empty()) return SeasonValue(spec.year, spec.season);
    return YearValue(spec.year);
  }
  if (!anchor) return Unresolved(spec);
  const CivilDate& a = *anchor;
  if (spec.month > 0) {
    int32_t year = YearForMonth(spec, a, tense);
    if (spec.nth != 0 && spec.weekday > 0) {
      return DayValue(NthWeekday(year, spec.month, spec.weekday, spec.nth));
    }
    if (spec.day > 0) {
      CivilDate d{year, spec.month, spec.day};
      if (!IsValidDate(d)) return Unresolved(spec);
      NormalizedValue v = DayValue(d);
      AddTimeOfDay(spec, &v);
      return v;
    }
    return MonthValue(year, spec.month);
  }
  if (spec.day > 0 && spec.weekday == 0) {
    // "on the 15th": the anchor's month; the month before when that day is still to come in a
    // past clause, the month after when it is gone in a future one.
    int32_t year = a.year;
    int32_t month = a.month;
    if (spec.direction == Direction::kThis) {
      // "the 3rd of this month" names the anchor's month whatever the tense.
    } else if (tense != Tense::kFuture && spec.day > a.day) {
      if (--month == 0) month = 12, --year;
    } else if (tense == Tense::kFuture && spec.day < a.day) {
      if (++month == 13) month = 1, ++year;
    }
    CivilDate d{year, month, spec.day};
    if (!IsValidDate(d)) return Unresolved(spec);
    return DayValue(d);
  }
  if (spec.weekday > 0) {
    NormalizedValue v = DayValue(DayForWeekday(spec, a, tense));
    AddTimeOfDay(spec, &v);
    return v;
  }
  if (spec.quarter > 0) {
    int32_t current = QuarterOf(a);
    int32_t year = a.year;
    if (spec.direction == Direction::kPast) {
      if (spec.quarter >= current) --year;
    } else if (spec.direction == Direction::kFuture) {
      if (spec.quarter <= current) ++year;
    } else if (spec.direction == Direction::kDefault && tense != Tense::kFuture &&
               spec.quarter > current) {
      --year;
    }
    return QuarterValue(year, spec.quarter);
  }
  if (!spec.season.empty()) {
    int32_t year = a.year;
    NormalizedValue same = SeasonValue(year, spec.season);
    switch (spec.direction) {
      case Direction::kPast:
        if (*same.end >= a) --year;
        break;
      case Direction::kFuture:
        if (*same.begin <= a) ++year;
        break;
      case Direction::kThis:
        break;
      case Direction::kDefault:
        if (tense != Tense::kFuture && *same.begin > a) --year;
        if (tense == Tense::kFuture && *same.end < a) ++year;
        break;
    }
    return SeasonValue(year, spec.season);
  }
  if (spec.weekend) {
    // "the weekend": Saturday-Sunday of the anchor's week when the anchor is on it or the
    // clause speaks of the future, else the weekend before.
    int32_t wd = IsoWeekday(a);
    int32_t weeks = (wd < 6 && tense != Tense::kFuture) ? -1 : 0;
    return WeekValue(AddDays(a, weeks * 7), true);
  }
  if (spec.hour >= 0 || !spec.day_part.empty()) {
    NormalizedValue v = DayValue(a);
    AddTimeOfDay(spec, &v);
    return v;
  }
  return Unresolved(spec);
}

NormalizedValue NormalizeRelative(const TimexSpec& spec, const std::optional<CivilDate>& anchor,
                                  const NormalizedValue* previous) {
  if (!anchor) return Unresolved(spec);
  const CivilDate& a = *anchor;
  // Each case returns its value: constructed in place, not moved into a local.
  switch (spec.unit) {
    case TimeUnit::kSecond:
    case TimeUnit::kMinute:
    case TimeUnit::kHour:
    case TimeUnit::kDay: {
      int32_t n = spec.unit == TimeUnit::kDay ? spec.offset : 0;
      NormalizedValue v = DayValue(AddDays(a, n));
      AddTimeOfDay(spec, &v);
      return v;
    }
    case TimeUnit::kWeekend:
    case TimeUnit::kWeek:
      return WeekValue(AddDays(a, spec.offset * 7),
                       spec.weekend || spec.unit == TimeUnit::kWeekend);
    case TimeUnit::kMonth: {
      auto ym = date::year{a.year} / date::month{static_cast<unsigned>(a.month)} +
                date::months{spec.offset};
      return MonthValue(static_cast<int32_t>(ym.year()),
                        static_cast<int32_t>(static_cast<unsigned>(ym.month())));
    }
    case TimeUnit::kQuarter: {
      if (spec.from_previous) {
        // "the quarter": the quarter last spoken of, else the last one completed.
        if (previous != nullptr && previous->precision == Precision::kQuarter &&
            previous->quarter > 0 && previous->begin) {
          NormalizedValue v = QuarterValue(previous->begin->year, previous->quarter);
          v.anchor = "previous";
          return v;
        }
      }
      int32_t index = a.year * 4 + QuarterOf(a) - 1 + spec.offset - (spec.from_previous ? 1 : 0);
      int32_t year = index >= 0 ? index / 4 : -((-index + 3) / 4);  // floor division
      return QuarterValue(year, index - year * 4 + 1);
    }
    case TimeUnit::kYear: {
      int32_t year = a.year + spec.offset;
      if (spec.quarter > 0) return QuarterValue(year, spec.quarter);
      if (spec.month > 0) return MonthValue(year, spec.month);
      if (!spec.season.empty()) return SeasonValue(year, spec.season);
      if (spec.previous_granularity && spec.offset != 0 && previous != nullptr &&
          previous->precision == Precision::kQuarter && previous->quarter > 0) {
        // "a year earlier" after "the third quarter" means that quarter a year before.
        return QuarterValue(year, previous->quarter);
      }
      return YearValue(year);
    }
    case TimeUnit::kDecade:
      return DecadeValue(a.year / 10 + spec.offset);
    case TimeUnit::kCentury:
      return CenturyValue(a.year / 100 + spec.offset);
    case TimeUnit::kNone:
      return Unresolved(spec);
  }
  return NormalizedValue();
}

// "P3Y", "PT24H", "PXY"; fractions go to the next smaller unit as TimeML writes them
// ("2 1/2 years" → "P2Y6M", "half an hour" → "PT30M"); decades and centuries count years
// ("two decades" → "P20Y").
NormalizedValue NormalizeDuration(const TimexSpec& spec) {
  NormalizedValue v;
  TimeUnit unit = spec.unit;
  double amount = spec.amount;
  if (unit == TimeUnit::kDecade && !spec.amount_unknown) {
    unit = TimeUnit::kYear;
    amount *= 10;
  } else if (unit == TimeUnit::kQuarter && !spec.amount_unknown) {
    unit = TimeUnit::kMonth;  // ISO 8601 has no quarter designator: "three quarters" → P9M
    amount *= 3;
  } else if (unit == TimeUnit::kCentury && !spec.amount_unknown) {
    unit = TimeUnit::kYear;
    amount *= 100;
  }
  v.value = IsClockUnit(unit) ? "PT" : "P";
  if (spec.amount_unknown) {
    v.value += "X";
    v.value += DurationUnitCode(unit);
    return v;
  }
  double whole = std::floor(amount);
  double part = amount - whole;
  TimeUnit smaller = TimeUnit::kNone;
  int32_t per = 0;
  switch (unit) {
    case TimeUnit::kYear:
      smaller = TimeUnit::kMonth;
      per = 12;
      break;
    case TimeUnit::kDay:
      smaller = TimeUnit::kHour;
      per = 24;
      break;
    case TimeUnit::kHour:
      smaller = TimeUnit::kMinute;
      per = 60;
      break;
    case TimeUnit::kMinute:
      smaller = TimeUnit::kSecond;
      per = 60;
      break;
    default:
      break;
  }
  double sub = part * per;
  if (part > 0 && per > 0 && sub == std::floor(sub)) {
    if (whole > 0) {
      v.value += FormatAmount(whole);
      v.value += DurationUnitCode(unit);
    }
    if (unit == TimeUnit::kDay) v.value += "T";
    v.value += FormatAmount(sub);
    v.value += DurationUnitCode(smaller);
    return v;
  }
  v.value += FormatAmount(amount);
  v.value += DurationUnitCode(unit);
  return v;
}

NormalizedValue NormalizeSet(const TimexSpec& spec) {
  NormalizedValue v;
  if (spec.weekday > 0) {
    v.value = "XXXX-WXX-" + std::to_string(spec.weekday) + TimeSuffix(spec);
  } else if (spec.month > 0) {
    v.value = "XXXX-" + Pad(spec.month, 2);
    if (spec.day > 0) {
      v.value.push_back('-');
      v.value.append(Pad(spec.day, 2));
    }
  } else if (spec.unit != TimeUnit::kNone) {
    v.value = IsClockUnit(spec.unit) ? "PT" : "P";
    v.value += FormatAmount(spec.amount > 0 ? spec.amount : 1);
    v.value += DurationUnitCode(spec.unit);
  } else if (!spec.day_part.empty()) {
    v.value = "XXXX-XX-XX" + TimeSuffix(spec);
  } else {
    v.value = "XXXX-XX-XX";
  }
  return v;
}

}  // namespace

std::string_view DurationUnitCode(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::kSecond:
      return "S";
    case TimeUnit::kMinute:
      return "M";
    case TimeUnit::kHour:
      return "H";
    case TimeUnit::kDay:
      return "D";
    case TimeUnit::kWeekend:
      return "WE";
    case TimeUnit::kWeek:
      return "W";
    case TimeUnit::kMonth:
      return "M";
    case TimeUnit::kQuarter:
      return "Q";
    case TimeUnit::kYear:
      return "Y";
    case TimeUnit::kDecade:
      return "DE";
    case TimeUnit::kCentury:
      return "CE";
    case TimeUnit::kNone:
      break;
  }
  return "X";
}

NormalizedValue NormalizeTimex(const TimexSpec& spec, const NormalizeContext& context) {
  // The anchor day: the previous date for back-references, else the DCT.
  std::optional<CivilDate> anchor;
  std::string anchor_name;
  bool needs_anchor = spec.kind == TimexSpecKind::kRelative ||
                      (spec.kind == TimexSpecKind::kCalendar && spec.year == 0 && spec.decade < 0 &&
                       spec.century < 0);
  if (needs_anchor) {
    if (spec.from_previous && spec.unit != TimeUnit::kQuarter && context.previous != nullptr &&
        context.previous->begin && context.previous->precision >= PrecisionOf(spec.unit)) {
      anchor = context.previous->begin;
      anchor_name = "previous";
    } else if (context.dct && IsValidDate(*context.dct)) {
      anchor = context.dct;
      anchor_name = "dct";
    }
  }
  switch (spec.kind) {
    case TimexSpecKind::kCalendar:
    case TimexSpecKind::kRelative: {
      // Initialized by the call itself (both operands are prvalues), not moved into.
      NormalizedValue v = spec.kind == TimexSpecKind::kCalendar
                              ? NormalizeCalendar(spec, anchor, context.tense, context.previous)
                              : NormalizeRelative(spec, anchor, context.previous);
      if (v.anchor.empty()) v.anchor = anchor_name;
      return v;
    }
    case TimexSpecKind::kDuration:
      return NormalizeDuration(spec);
    case TimexSpecKind::kSet:
      return NormalizeSet(spec);
    case TimexSpecKind::kReference: {
      NormalizedValue v;
      v.value = std::string(spec.reference);
      v.anchor = "dct";
      return v;
    }
  }
  NormalizedValue v;  // not reached: every kind returns above
  v.anchor = anchor_name;
  return v;
}

}  // namespace eventgraph
