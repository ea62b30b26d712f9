// SPDX-License-Identifier: Apache-2.0
#include "export/timelinejs_writer.h"

#include <algorithm>
#include <numeric>

#include "export/internal/json_util.h"
#include "export/internal/timeline_lanes.h"
#include "graph/timeline.h"

namespace eventgraph {
namespace {

constexpr const char* kMonthNames[] = {"January",   "February", "March",    "April",
                                       "May",       "June",     "July",     "August",
                                       "September", "October",  "November", "December"};

void WriteDate(internal::JsonWriter& w, const CivilDate& date, Precision precision) {
  using internal::JsonKey;
  w.StartObject();
  JsonKey(w, "year");
  w.Int(date.year);
  if (precision >= Precision::kMonth) {
    JsonKey(w, "month");
    w.Int(date.month);
  }
  if (precision >= Precision::kDay) {
    JsonKey(w, "day");
    w.Int(date.day);
  }
  if (precision < Precision::kDay) {
    JsonKey(w, "display_date");
    internal::JsonString(
        w, precision >= Precision::kMonth
               ? std::string(kMonthNames[date.month - 1]) + " " + std::to_string(date.year)
               : std::to_string(date.year));
  }
  w.EndObject();
}

}  // namespace

Result<std::string> WriteTimelineJs(const GraphData& graph, const ExportOptions& options) {
  Result<internal::TimelineLanes> lanes = internal::AssignLanes(graph, options);
  if (!lanes.ok()) return lanes.status();
  internal::RecordIndex index(graph);
  std::vector<size_t> order(graph.events.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return EventTimeLess(graph.events[a], graph.events[b]); });
  internal::JsonBuffer buffer;
  internal::JsonWriter w(buffer);
  internal::InitJsonWriter(&w);
  using internal::JsonKey;
  using internal::JsonString;
  w.StartObject();
  JsonKey(w, "title");
  w.StartObject();
  JsonKey(w, "text");
  w.StartObject();
  JsonKey(w, "headline");
  JsonString(w, "eventgraph timeline");
  JsonKey(w, "text");
  JsonString(w, std::to_string(graph.events.size()) + " events from " +
                    std::to_string(graph.documents.size()) + " documents");
  w.EndObject();
  w.EndObject();
  JsonKey(w, "events");
  w.StartArray();
  for (size_t i : order) {
    const EventRecord& e = graph.events[i];
    std::optional<DayInterval> interval = TimeInterval(e.time);
    if (!interval) continue;
    // Month and year precision keep their grain; day precision over several days is a span.
    Precision precision = e.time->precision >= Precision::kDay     ? Precision::kDay
                          : e.time->precision >= Precision::kMonth ? Precision::kMonth
                                                                   : Precision::kYear;
    w.StartObject();
    JsonKey(w, "unique_id");
    std::string unique_id = e.id.value();
    std::replace(unique_id.begin(), unique_id.end(), ':', '-');
    JsonString(w, unique_id);
    JsonKey(w, "start_date");
    WriteDate(w, interval->first, precision);
    if (precision == Precision::kDay && interval->first != interval->last) {
      JsonKey(w, "end_date");
      WriteDate(w, interval->last, precision);
    }
    JsonKey(w, "text");
    w.StartObject();
    JsonKey(w, "headline");
    JsonString(w, internal::HtmlEscape(e.label.empty() ? e.type : e.label));
    std::string text = "<p>";
    for (size_t p = 0; p < e.participants.size(); ++p) {
      if (p > 0) text += ", ";
      text += internal::HtmlEscape(index.EntityName(e.participants[p].entity)) + " (" +
              std::string(ParticipantRoleName(e.participants[p].role)) + ")";
    }
    if (e.place) text += " — in " + internal::HtmlEscape(index.EntityName(*e.place));
    text += "</p><p>" + std::string(EventStatusName(e.status)) + "; " +
            std::to_string(e.sources.size()) + (e.sources.size() == 1 ? " source" : " sources");
    for (const SourceRef& s : e.sources) {
      text += "<br>" + internal::HtmlEscape(s.doc.value()) + " sentence " +
              std::to_string(s.sentence) + " [" + std::to_string(s.span.begin) + "," +
              std::to_string(s.span.end) + "): “" + internal::HtmlEscape(s.text) + "”";
    }
    text += "</p>";
    JsonKey(w, "text");
    JsonString(w, text);
    w.EndObject();
    JsonKey(w, "group");
    const size_t lane = lanes->event_lanes[i].front();
    JsonString(w, lane < lanes->actors.size()
                      ? internal::HtmlEscape(graph.entities[lanes->actors[lane]].name)
                      : std::string("Other"));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return internal::JsonText(buffer);
}

}  // namespace eventgraph
