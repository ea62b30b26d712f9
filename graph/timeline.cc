// SPDX-License-Identifier: Apache-2.0
// Timeline ordering and filtering. Day arithmetic uses Howard Hinnant's days_from_civil
// algorithm (public domain), written out so graph/ needs no date library.
#include "graph/timeline.h"

#include <algorithm>
#include <charconv>
#include <string_view>
#include <unordered_map>

#include "graph/name_match.h"

namespace eventgraph {
namespace {

int32_t DaysInMonth(int32_t year, int32_t month) {
  static constexpr int32_t kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && leap) return 29;
  return kDays[month - 1];
}

// Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" (also with an "XXXX" year: then nullopt).
std::optional<CivilDate> ParsePrefix(std::string_view text) {
  auto number = [&](size_t pos, size_t len, int32_t* out) {
    if (text.size() < pos + len) return false;
    for (size_t i = pos; i < pos + len; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
    }
    return std::from_chars(text.data() + pos, text.data() + pos + len, *out).ec == std::errc();
  };
  CivilDate d;
  if (!number(0, 4, &d.year)) return std::nullopt;
  if (text.size() == 4) return d;
  if (text.size() < 7 || text[4] != '-' || !number(5, 2, &d.month) || d.month < 1 || d.month > 12) {
    return std::nullopt;
  }
  if (text.size() == 7 || text[7] != '-') return d;
  if (!number(8, 2, &d.day) || d.day < 1 || d.day > DaysInMonth(d.year, d.month)) {
    d.day = 0;
  }
  return d;
}

CivilDate FirstDay(CivilDate d) {
  if (d.month == 0) d.month = 1;
  if (d.day == 0) d.day = 1;
  return d;
}

CivilDate LastDay(CivilDate d) {
  if (d.month == 0) d.month = 12;
  if (d.day == 0) d.day = DaysInMonth(d.year, d.month);
  return d;
}

}  // namespace

int64_t DaysFromCivil(const CivilDate& date) {
  const int64_t m = date.month;
  const int64_t y = date.year - (m <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t days) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t doe = days - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return CivilDate{static_cast<int32_t>(y), static_cast<int32_t>(m), static_cast<int32_t>(d)};
}

std::optional<DayInterval> TimeInterval(const std::optional<TimeValue>& time) {
  if (!time || !time->known()) return std::nullopt;
  if (time->begin.complete() && time->end.complete() && IsValidDate(time->begin) &&
      IsValidDate(time->end) && time->begin <= time->end) {
    return DayInterval{time->begin, time->end};
  }
  std::optional<CivilDate> prefix = ParsePrefix(time->value);
  if (!prefix) return std::nullopt;
  return DayInterval{FirstDay(*prefix), LastDay(*prefix)};
}

bool DateRange::Overlaps(const std::optional<TimeValue>& time) const {
  if (unbounded()) return true;
  std::optional<DayInterval> interval = TimeInterval(time);
  if (!interval) return false;
  if (from && interval->last < *from) return false;
  if (to && *to < interval->first) return false;
  return true;
}

Result<DateRange> ParseDateRange(std::string_view from, std::string_view to) {
  DateRange range;
  for (int end = 0; end < 2; ++end) {
    std::string_view text = end == 0 ? from : to;
    if (text.empty()) continue;
    std::optional<CivilDate> d = ParsePrefix(text);
    const bool exact_size = text.size() == 4 || text.size() == 7 || text.size() == 10;
    if (!d || !exact_size || (text.size() == 10 && d->day == 0)) {
      return Status::InvalidArgument("invalid date '" + std::string(text) +
                                     "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    }
    if (end == 0) {
      range.from = FirstDay(*d);
    } else {
      range.to = LastDay(*d);
    }
  }
  if (range.from && range.to && *range.to < *range.from) {
    return Status::InvalidArgument("empty date range: --from " + std::string(from) +
                                   " is after --to " + std::string(to));
  }
  return range;
}

bool EventTimeLess(const EventRecord& a, const EventRecord& b) {
  std::optional<DayInterval> x = TimeInterval(a.time);
  std::optional<DayInterval> y = TimeInterval(b.time);
  if (x.has_value() != y.has_value()) return x.has_value();
  if (x && y) {
    if (x->first != y->first) return x->first < y->first;
    if (x->last != y->last) return x->last < y->last;
  }
  return a.id < b.id;
}

Result<std::vector<size_t>> QueryTimeline(const KnowledgeGraph& graph, const TimelineQuery& query) {
  const GraphData& data = graph.data();
  std::vector<EntityId> actors;
  for (const std::string& name : query.actors) {
    Result<size_t> found = FindEntityByName(data, name);
    if (!found.ok()) return found.status();
    actors.push_back(data.entities[*found].id);
  }
  // The place and every place inside it (walk parents upwards from each event's place).
  std::optional<EntityId> place;
  if (!query.place.empty()) {
    Result<size_t> found = FindEntityByName(data, query.place);
    if (!found.ok()) return found.status();
    place = data.entities[*found].id;
  }
  auto in_place = [&](const std::optional<EntityId>& event_place) {
    std::optional<EntityId> current = event_place;
    for (size_t depth = 0; current && depth < 16; ++depth) {
      if (*current == *place) return true;
      std::optional<NodeId> node = graph.FindEntity(*current);
      if (!node) return false;
      current = data.entities[graph.node_record(*node)].parent;
    }
    return false;
  };
  std::vector<size_t> out;
  for (size_t i = 0; i < data.events.size(); ++i) {
    const EventRecord& event = data.events[i];
    if (!query.type.empty() && event.type != query.type) continue;
    if (place && !in_place(event.place)) continue;
    if (!actors.empty()) {
      bool any = false;
      for (const ParticipantRecord& p : event.participants) {
        any = any || std::find(actors.begin(), actors.end(), p.entity) != actors.end();
      }
      if (!any) continue;
    }
    const bool dated = TimeInterval(event.time).has_value();
    if (!dated && (!query.include_undated || !query.range.unbounded())) continue;
    if (dated && !query.range.Overlaps(event.time)) continue;
    out.push_back(i);
  }
  std::sort(out.begin(), out.end(),
            [&](size_t a, size_t b) { return EventTimeLess(data.events[a], data.events[b]); });
  return out;
}

std::vector<uint32_t> EventCounts(const GraphData& graph) {
  // Counted per participant id first: a few thousand participations, where an index of every
  // entity (30k on Reuters) cost a string copy each.
  std::unordered_map<std::string_view, uint32_t> per_id;
  for (const EventRecord& event : graph.events) {
    for (const ParticipantRecord& p : event.participants) ++per_id[p.entity.value()];
  }
  std::vector<uint32_t> counts(graph.entities.size(), 0);
  if (per_id.empty()) return counts;
  for (size_t i = 0; i < graph.entities.size(); ++i) {
    auto it = per_id.find(graph.entities[i].id.value());
    if (it != per_id.end()) counts[i] = it->second;
  }
  return counts;
}

Result<std::vector<size_t>> SelectTimelineActors(const GraphData& graph,
                                                 const std::vector<std::string>& names,
                                                 size_t limit) {
  std::vector<size_t> out;
  if (!names.empty()) {
    for (const std::string& name : names) {
      Result<size_t> found = FindEntityByName(graph, name);
      if (!found.ok()) return found.status();
      if (std::find(out.begin(), out.end(), *found) == out.end()) out.push_back(*found);
    }
    return out;
  }
  const std::vector<uint32_t> counts = EventCounts(graph);
  for (size_t i = 0; i < graph.entities.size(); ++i) {
    if (graph.entities[i].kind != EntityKind::kPlace && counts[i] > 0) out.push_back(i);
  }
  std::sort(out.begin(), out.end(), [&](size_t a, size_t b) {
    if (counts[a] != counts[b]) return counts[a] > counts[b];
    const EntityRecord& x = graph.entities[a];
    const EntityRecord& y = graph.entities[b];
    if (x.mentions != y.mentions) return x.mentions > y.mentions;
    if (x.name != y.name) return x.name < y.name;
    return x.id < y.id;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace eventgraph
