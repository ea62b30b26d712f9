// SPDX-License-Identifier: Apache-2.0
// Layout, in order:
//  1. Axis segments. Event intervals (in days) are sorted and merged; a gap longer than
//     break_after_days starts a new segment ("1867" | break | "2018-07" | "2024-09..2025-08").
//     Each segment is widened to whole months (whole years when it spans more than two years)
//     and gets axis width in proportion to its days, but never less than kMinSegmentWidth, so a
//     single day still has room. Breaks take kBreakWidth and show the skipped span ("≈150 yr").
//  2. Ticks per segment: month ticks and names when a month is at least kMinMonthLabel pixels
//     wide; year ticks every 1, 2, 5, 10... years so that labels are at least kMinYearLabel
//     pixels apart. Year labels that would collide with the previous one are skipped.
//  3. Lanes. Within a lane, items sorted by x are packed greedily into rows: an item takes the
//     first row whose last occupied pixel (marker or label) is left of its own extent. Labels sit
//     right of the marker, or left of it when they would run past the right edge. Text width is
//     estimated at kCharWidth per code point (wider for CJK), deliberately generous.
//  4. Legend: precision shapes, status, then one swatch per event type present.
#include "export/svg_timeline_writer.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>
#include <queue>
#include <set>
#include <utility>

#include "core/text.h"
#include "export/internal/style.h"
#include "export/internal/timeline_lanes.h"
#include "export/internal/xml_util.h"
#include "graph/timeline.h"

namespace eventgraph {
namespace {

using internal::Fixed1;
using internal::XmlEscape;

constexpr double kGutter = 190.0;  // lane names
constexpr double kRightMargin = 30.0;
constexpr double kTitleHeight = 34.0;
constexpr double kAxisHeight = 50.0;  // year row + month row + ticks
constexpr double kRowHeight = 22.0;
constexpr double kLanePadding = 8.0;
constexpr double kBreakWidth = 46.0;
constexpr double kMinSegmentWidth = 150.0;
constexpr double kMinMonthLabel = 26.0;
constexpr double kMinYearLabel = 44.0;
constexpr double kCharWidth = 6.4;  // 11px Helvetica, generous
constexpr double kLabelGap = 10.0;
constexpr size_t kMaxLabelChars = 48;

constexpr const char* kMonthAbbrev[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

enum class Shape { kDot, kInterval, kMonth, kYear };

struct Item {
  size_t event = 0;
  int64_t first = 0;  // days
  int64_t last = 0;
  Shape shape = Shape::kDot;
  double x0 = 0;  // marker extent
  double x1 = 0;
  std::string label;
  double label_width = 0;
  bool label_left = false;
  size_t row = 0;
};

struct Segment {
  int64_t first = 0;  // first day shown
  int64_t last = 0;   // last day shown
  double x = 0;
  double width = 0;

  double X(int64_t day) const {
    return x + static_cast<double>(day - first) * width / static_cast<double>(last - first + 1);
  }
  double DayWidth() const { return width / static_cast<double>(last - first + 1); }
};

double TextWidth(std::string_view text, double char_width) {
  double width = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t length = Utf8SequenceLength(text, pos);
    if (length == 0) {
      ++pos;
      continue;
    }
    size_t decoded = 0;
    const char32_t cp = DecodeUtf8(text, pos, &decoded);
    width += cp >= 0x1100 && cp <= 0xFFDC ? 2 * char_width : char_width;
    pos += length;
  }
  return width;
}

std::string Truncate(const std::string& text, size_t max_chars) {
  size_t pos = 0;
  size_t chars = 0;
  while (pos < text.size() && chars < max_chars) {
    size_t length = Utf8SequenceLength(text, pos);
    pos += length == 0 ? 1 : length;
    ++chars;
  }
  if (pos >= text.size()) return text;
  return text.substr(0, pos) + "…";
}

int64_t MonthStart(int64_t day) {
  CivilDate d = CivilFromDays(day);
  return DaysFromCivil(CivilDate{d.year, d.month, 1});
}
int64_t MonthEnd(int64_t day) {
  CivilDate d = CivilFromDays(day);
  CivilDate next = d.month == 12 ? CivilDate{d.year + 1, 1, 1} : CivilDate{d.year, d.month + 1, 1};
  return DaysFromCivil(next) - 1;
}
int64_t YearStart(int64_t day) { return DaysFromCivil(CivilDate{CivilFromDays(day).year, 1, 1}); }
int64_t YearEnd(int64_t day) { return DaysFromCivil(CivilDate{CivilFromDays(day).year, 12, 31}); }

std::vector<Segment> BuildSegments(const std::vector<Item>& items, const SvgTimelineOptions& o) {
  std::vector<std::pair<int64_t, int64_t>> spans;
  spans.reserve(items.size());
  for (const Item& item : items) spans.emplace_back(item.first, item.last);
  std::sort(spans.begin(), spans.end());
  std::vector<Segment> segments;
  for (const auto& [first, last] : spans) {
    if (segments.empty() || first - segments.back().last > o.break_after_days) {
      segments.push_back(Segment{first, last, 0, 0});
    } else {
      segments.back().last = std::max(segments.back().last, last);
    }
  }
  for (Segment& s : segments) {
    if (s.last - s.first > int64_t{2} * 366) {
      s.first = YearStart(s.first);
      s.last = YearEnd(s.last);
    } else {
      s.first = MonthStart(s.first);
      s.last = MonthEnd(s.last);
    }
  }
  // Widths: proportional to days, at least kMinSegmentWidth each.
  const double available =
      o.axis_width - kBreakWidth * static_cast<double>(segments.empty() ? 0 : segments.size() - 1);
  std::vector<bool> fixed(segments.size(), false);
  for (int pass = 0; pass < 8; ++pass) {
    double free_width = available;
    double free_days = 0;
    for (size_t i = 0; i < segments.size(); ++i) {
      if (fixed[i]) {
        free_width -= kMinSegmentWidth;
      } else {
        free_days += static_cast<double>(segments[i].last - segments[i].first + 1);
      }
    }
    bool changed = false;
    for (size_t i = 0; i < segments.size(); ++i) {
      if (fixed[i]) {
        segments[i].width = kMinSegmentWidth;
        continue;
      }
      const double days = static_cast<double>(segments[i].last - segments[i].first + 1);
      segments[i].width = free_days > 0 ? free_width * days / free_days : free_width;
      if (segments[i].width < kMinSegmentWidth) {
        fixed[i] = true;
        changed = true;
      }
    }
    if (!changed) break;
  }
  double x = kGutter;
  for (Segment& s : segments) {
    s.x = x;
    x += s.width + kBreakWidth;
  }
  return segments;
}

const Segment& SegmentOf(const std::vector<Segment>& segments, int64_t day) {
  for (const Segment& s : segments) {
    if (day <= s.last) return s;
  }
  return segments.back();
}

std::string GapText(int64_t days) {
  const double years = static_cast<double>(days) / 365.25;
  if (years >= 2) return "≈" + std::to_string(static_cast<int64_t>(std::lround(years))) + " yr";
  return "≈" + std::to_string(static_cast<int64_t>(std::lround(years * 12))) + " mo";
}

class SvgOut {
 public:
  void Line(double x1, double y1, double x2, double y2, std::string_view attrs) {
    out_ += "<line x1=\"" + Fixed1(x1) + "\" y1=\"" + Fixed1(y1) + "\" x2=\"" + Fixed1(x2) +
            "\" y2=\"" + Fixed1(y2) + "\" " + std::string(attrs) + "/>\n";
  }
  void Rect(double x, double y, double w, double h, std::string_view attrs) {
    out_ += "<rect x=\"" + Fixed1(x) + "\" y=\"" + Fixed1(y) + "\" width=\"" + Fixed1(w) +
            "\" height=\"" + Fixed1(h) + "\" " + std::string(attrs) + "/>\n";
  }
  void Text(double x, double y, std::string_view text, std::string_view attrs) {
    out_ += "<text x=\"" + Fixed1(x) + "\" y=\"" + Fixed1(y) + "\" " + std::string(attrs) + ">" +
            XmlEscape(text) + "</text>\n";
  }
  void Raw(std::string_view text) { out_ += text; }
  std::string& str() { return out_; }

 private:
  std::string out_;
};

void DrawMarker(SvgOut& svg, const Item& item, const EventRecord& e, double y) {
  const std::string fill = internal::EventTypeColor(e.type);
  const std::string stroke = internal::EventTypeStroke(e.type);
  const bool hollow = e.status == EventStatus::kPlanned || e.status == EventStatus::kUncertain;
  const std::string paint = "fill=\"" + (hollow ? std::string("#ffffff") : fill) + "\" stroke=\"" +
                            stroke + "\" stroke-width=\"1.5\"";
  switch (item.shape) {
    case Shape::kDot:
      svg.Raw("<circle cx=\"" + Fixed1((item.x0 + item.x1) / 2) + "\" cy=\"" + Fixed1(y) +
              "\" r=\"5.0\" " + paint + "/>\n");
      break;
    case Shape::kInterval:
      svg.Rect(item.x0, y - 5, item.x1 - item.x0, 10, paint + " rx=\"2\"");
      break;
    case Shape::kMonth:
      svg.Rect(item.x0, y - 5, item.x1 - item.x0, 10,
               "fill=\"url(#hatch)\" stroke=\"" + stroke + "\" stroke-width=\"1.5\" rx=\"2\"" +
                   (hollow ? " stroke-dasharray=\"3,2\"" : ""));
      break;
    case Shape::kYear:
      svg.Rect(item.x0, y - 5, item.x1 - item.x0, 10,
               "fill=\"" + fill + "\" fill-opacity=\"0.35\" stroke=\"" + stroke +
                   "\" stroke-width=\"1.5\" stroke-dasharray=\"5,3\" rx=\"2\"");
      break;
  }
}

}  // namespace

Result<std::string> WriteSvgTimeline(const GraphData& graph, const SvgTimelineOptions& options) {
  ExportOptions lane_options;
  lane_options.actors = options.actors;
  lane_options.max_actors = options.max_actors;
  Result<internal::TimelineLanes> lanes = internal::AssignLanes(graph, lane_options);
  if (!lanes.ok()) return lanes.status();

  // Items, one per dated event per lane.
  const size_t lane_count = lanes->actors.size() + 1;  // + Other
  std::vector<std::vector<Item>> lane_items(lane_count);
  std::vector<Item> all;
  size_t undated = 0;
  std::set<std::string> types;
  for (size_t i = 0; i < graph.events.size(); ++i) {
    const EventRecord& e = graph.events[i];
    std::optional<DayInterval> interval = TimeInterval(e.time);
    if (!interval) {
      ++undated;
      continue;
    }
    Item item;
    item.event = i;
    item.first = DaysFromCivil(interval->first);
    item.last = DaysFromCivil(interval->last);
    const Precision p = e.time->precision;
    item.shape = p >= Precision::kDay ? (item.first == item.last ? Shape::kDot : Shape::kInterval)
                 : p >= Precision::kMonth   ? Shape::kMonth
                 : p == Precision::kQuarter ? Shape::kMonth
                                            : Shape::kYear;
    item.label = Truncate(e.label.empty() ? e.type : e.label, kMaxLabelChars);
    item.label_width = TextWidth(item.label, kCharWidth);
    types.insert(e.type);
    all.push_back(item);
    for (size_t lane : lanes->event_lanes[i]) lane_items[lane].push_back(item);
  }

  SvgOut svg;
  const double right_edge = kGutter + options.axis_width;
  const double width = right_edge + kRightMargin;
  std::vector<Segment> segments = BuildSegments(all, options);

  // Place items in x and pack rows per lane.
  std::vector<size_t> lane_rows(lane_count, 0);
  for (size_t lane = 0; lane < lane_count; ++lane) {
    std::vector<Item>& items = lane_items[lane];
    for (Item& item : items) {
      const Segment& s = SegmentOf(segments, item.first);
      if (item.shape == Shape::kDot) {
        const double cx = s.X(item.first) + s.DayWidth() / 2;
        item.x0 = cx - 5;
        item.x1 = cx + 5;
      } else {
        item.x0 = s.X(item.first);
        item.x1 = std::max(s.X(item.last + 1), item.x0 + 6);
      }
      // Right of the marker if it fits, else left of it, else on the roomier side, truncated.
      const double room_right = width - 4 - (item.x1 + 4);
      const double room_left = item.x0 - 4 - kGutter;
      if (item.label_width > room_right) {
        item.label_left = item.label_width <= room_left || room_left > room_right;
        const double room = item.label_left ? room_left : room_right;
        if (item.label_width > room) {
          const auto chars = static_cast<size_t>(std::max(1.0, room / kCharWidth - 1));
          item.label = Truncate(item.label, chars);
          item.label_width = TextWidth(item.label, kCharWidth);
        }
      }
    }
    std::sort(items.begin(), items.end(), [&](const Item& a, const Item& b) {
      const double ax = a.label_left ? a.x0 - 4 - a.label_width : a.x0;
      const double bx = b.label_left ? b.x0 - 4 - b.label_width : b.x0;
      if (ax != bx) return ax < bx;
      return graph.events[a.event].id < graph.events[b.event].id;
    });
    // Each item takes the first row free at its start (its end plus the gap not beyond the
    // start), else a new row. The items come by start, so a row once free stays free until an
    // item takes it: the busy rows wait in a heap by the x where they come free, the free rows
    // in a heap by index (a scan of every row for every item was most of this writer's time).
    using BusyRow = std::pair<double, size_t>;  // (end + kLabelGap, row)
    std::priority_queue<BusyRow, std::vector<BusyRow>, std::greater<>> busy_rows;
    std::priority_queue<size_t, std::vector<size_t>, std::greater<>> free_rows;
    size_t row_count = 0;
    for (Item& item : items) {
      const double start = item.label_left ? item.x0 - 4 - item.label_width : item.x0;
      const double end = item.label_left ? item.x1 : item.x1 + 4 + item.label_width;
      while (!busy_rows.empty() && !(busy_rows.top().first > start)) {
        free_rows.push(busy_rows.top().second);
        busy_rows.pop();
      }
      size_t row = row_count;
      if (free_rows.empty()) {
        ++row_count;
      } else {
        row = free_rows.top();
        free_rows.pop();
      }
      busy_rows.emplace(end + kLabelGap, row);
      item.row = row;
    }
    lane_rows[lane] = std::max<size_t>(row_count, 1);
  }
  const bool show_other = lanes->has_other && !lane_items[lanes->other_lane()].empty();

  // Vertical layout.
  const double axis_y = kTitleHeight + kAxisHeight;
  std::vector<double> lane_top(lane_count, 0);
  double y = axis_y + 10;
  for (size_t lane = 0; lane < lane_count; ++lane) {
    if (lane == lanes->other_lane() && !show_other) continue;
    lane_top[lane] = y;
    y += static_cast<double>(lane_rows[lane]) * kRowHeight + 2 * kLanePadding;
  }
  const double lanes_bottom = y;
  const double legend_y = lanes_bottom + 28;
  const size_t swatch_rows = (types.size() + 5) / 6;
  const double height = legend_y + 30 + static_cast<double>(swatch_rows) * 20 + 24;

  svg.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  svg.Raw("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + Fixed1(width) + "\" height=\"" +
          Fixed1(height) + "\" viewBox=\"0 0 " + Fixed1(width) + " " + Fixed1(height) +
          "\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">\n");
  svg.Raw(
      "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
      "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
      "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#777777\" stroke-width=\"2.5\"/>"
      "</pattern></defs>\n");
  svg.Rect(0, 0, width, height, "fill=\"#ffffff\"");
  std::string subtitle = std::to_string(all.size()) + " dated events";
  if (!all.empty()) {
    subtitle += ", " + std::to_string(CivilFromDays(segments.front().first).year) + "–" +
                std::to_string(CivilFromDays(segments.back().last).year);
  }
  svg.Text(12, 22, options.title, "font-size=\"16\" font-weight=\"bold\"");
  svg.Text(12 + TextWidth(options.title, 9.6) + 12, 22, subtitle,
           "font-size=\"11\" fill=\"#555555\"");

  // Lane backgrounds and names.
  size_t shown_lane = 0;
  for (size_t lane = 0; lane < lane_count; ++lane) {
    if (lane == lanes->other_lane() && !show_other) continue;
    const double h = static_cast<double>(lane_rows[lane]) * kRowHeight + 2 * kLanePadding;
    svg.Rect(0, lane_top[lane], width, h,
             std::string("fill=\"") + (shown_lane++ % 2 == 0 ? "#f5f7fa" : "#ffffff") + "\"");
    const std::string name = lane < lanes->actors.size() ? graph.entities[lanes->actors[lane]].name
                                                         : std::string("Other");
    svg.Text(12, lane_top[lane] + kLanePadding + kRowHeight / 2 + 4, Truncate(name, 26),
             "font-weight=\"bold\" fill=\"#222222\"");
  }

  // Axis, ticks and grid per segment.
  for (size_t si = 0; si < segments.size(); ++si) {
    const Segment& s = segments[si];
    svg.Line(s.x, axis_y, s.x + s.width, axis_y, "stroke=\"#333333\" stroke-width=\"1.5\"");
    const double month_width = s.DayWidth() * 30.44;
    double last_year_label_end = -1e9;
    // Month ticks and names.
    if (month_width >= 6) {
      for (int64_t m = s.first; m <= s.last; m = MonthEnd(m) + 1) {
        const double x = s.X(m);
        const CivilDate d = CivilFromDays(m);
        svg.Line(x, axis_y, x, axis_y + 5, "stroke=\"#333333\"");
        if (month_width >= kMinMonthLabel) {
          svg.Text(x + month_width / 2, axis_y - 6, kMonthAbbrev[d.month - 1],
                   "font-size=\"9\" fill=\"#444444\" text-anchor=\"middle\"");
        }
      }
    }
    // Year ticks: step so labels are >= kMinYearLabel apart.
    const double year_width = s.DayWidth() * 365.25;
    int32_t step = 1;
    for (int32_t candidate : {1, 2, 5, 10, 20, 25, 50, 100, 200, 500}) {
      step = candidate;
      if (year_width * candidate >= kMinYearLabel) break;
    }
    const int32_t first_year = CivilFromDays(s.first).year;
    const int32_t last_year = CivilFromDays(s.last).year;
    for (int32_t year = first_year; year <= last_year; ++year) {
      const int64_t jan1 = DaysFromCivil(CivilDate{year, 1, 1});
      const bool at_start = year == first_year;
      if (!at_start && year % step != 0) continue;
      const double x = at_start ? s.x : s.X(jan1);
      if (jan1 >= s.first) {
        svg.Line(x, axis_y - 30, x, axis_y + 8, "stroke=\"#333333\"");
        svg.Line(x, axis_y + 8, x, lanes_bottom, "stroke=\"#dddddd\"");
      }
      const std::string label = std::to_string(year);
      const double label_width = TextWidth(label, 7.5);
      if (x + 3 >= last_year_label_end + 6 && x + 3 + label_width <= s.x + s.width + 4) {
        svg.Text(x + 3, axis_y - 20, label, "font-size=\"12\" font-weight=\"bold\"");
        last_year_label_end = x + 3 + label_width;
      }
    }
    // Break to the next segment.
    if (si + 1 < segments.size()) {
      const double bx = s.x + s.width + kBreakWidth / 2;
      svg.Rect(bx - 8, axis_y - 14, 16, lanes_bottom - axis_y + 14,
               "fill=\"#ffffff\" fill-opacity=\"0.85\"");
      for (double dx : {-4.0, 4.0}) {
        svg.Line(bx + dx - 5, axis_y + 8, bx + dx + 5, axis_y - 8,
                 "stroke=\"#333333\" stroke-width=\"1.5\"");
        svg.Line(bx + dx, axis_y + 8, bx + dx, lanes_bottom,
                 "stroke=\"#999999\" stroke-dasharray=\"2,3\"");
      }
      const std::string gap = GapText(segments[si + 1].first - s.last);
      const double gap_width = TextWidth(gap, 5.6) + 6;
      svg.Rect(bx - gap_width / 2, axis_y + 13, gap_width, 12,
               "fill=\"#ffffff\" stroke=\"#bbbbbb\" rx=\"3\"");
      svg.Text(bx, axis_y + 22, gap, "font-size=\"9\" fill=\"#555555\" text-anchor=\"middle\"");
    }
  }

  // Events.
  for (size_t lane = 0; lane < lane_count; ++lane) {
    if (lane == lanes->other_lane() && !show_other) continue;
    for (const Item& item : lane_items[lane]) {
      const EventRecord& e = graph.events[item.event];
      const double cy = lane_top[lane] + kLanePadding + static_cast<double>(item.row) * kRowHeight +
                        kRowHeight / 2;
      std::string tooltip = (e.label.empty() ? e.type : e.label) + "\n" + e.time->value + " (" +
                            std::string(PrecisionName(e.time->precision)) + "), " + e.type + ", " +
                            std::string(EventStatusName(e.status));
      for (const SourceRef& src : e.sources) {
        tooltip += "\n" + src.doc.value() + " sentence " + std::to_string(src.sentence) + " [" +
                   std::to_string(src.span.begin) + "," + std::to_string(src.span.end) + ")";
      }
      svg.Raw("<g class=\"event\" id=\"" + XmlEscape(e.id.value()) + "@" + std::to_string(lane) +
              "\"><title>" + XmlEscape(tooltip) + "</title>\n");
      DrawMarker(svg, item, e, cy);
      // A white halo keeps labels legible where they cross grid lines or a break.
      std::string attrs =
          "fill=\"#111111\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\"";
      if (e.status == EventStatus::kNegated) attrs += " text-decoration=\"line-through\"";
      if (item.label_left) {
        svg.Text(item.x0 - 4, cy + 4, item.label, attrs + " text-anchor=\"end\"");
      } else {
        svg.Text(item.x1 + 4, cy + 4, item.label, attrs);
      }
      svg.Raw("</g>\n");
    }
  }

  // Legend.
  double lx = 12;
  svg.Text(lx, legend_y, "Legend", "font-weight=\"bold\"");
  lx += 60;
  const double ly = legend_y - 4;
  auto legend_text = [&](const std::string& text) {
    svg.Text(lx, legend_y, text, "fill=\"#333333\"");
    lx += TextWidth(text, kCharWidth) + 22;
  };
  svg.Raw("<circle cx=\"" + Fixed1(lx + 5) + "\" cy=\"" + Fixed1(ly) +
          "\" r=\"5.0\" fill=\"#9ecae1\" stroke=\"#08519c\" stroke-width=\"1.5\"/>\n");
  lx += 16;
  legend_text("day");
  svg.Rect(lx, ly - 5, 26, 10, "fill=\"#9ecae1\" stroke=\"#08519c\" stroke-width=\"1.5\" rx=\"2\"");
  lx += 32;
  legend_text("interval");
  svg.Rect(lx, ly - 5, 26, 10,
           "fill=\"url(#hatch)\" stroke=\"#08519c\" stroke-width=\"1.5\" rx=\"2\"");
  lx += 32;
  legend_text("month precision");
  svg.Rect(lx, ly - 5, 26, 10,
           "fill=\"#9ecae1\" fill-opacity=\"0.35\" stroke=\"#08519c\" stroke-width=\"1.5\" "
           "stroke-dasharray=\"5,3\" rx=\"2\"");
  lx += 32;
  legend_text("year precision");
  svg.Raw("<circle cx=\"" + Fixed1(lx + 5) + "\" cy=\"" + Fixed1(ly) +
          "\" r=\"5.0\" fill=\"#ffffff\" stroke=\"#08519c\" stroke-width=\"1.5\"/>\n");
  lx += 16;
  legend_text("planned / uncertain");
  if (segments.size() > 1) {
    svg.Line(lx, ly + 6, lx + 5, ly - 6, "stroke=\"#333333\" stroke-width=\"1.5\"");
    svg.Line(lx + 6, ly + 6, lx + 11, ly - 6, "stroke=\"#333333\" stroke-width=\"1.5\"");
    lx += 18;
    legend_text("gap compressed");
  }
  size_t t = 0;
  for (const std::string& type : types) {
    const size_t column = t % 6;
    const size_t row = t / 6;
    const double sx = 72 + static_cast<double>(column) * 150;
    const double sy = legend_y + 22 + static_cast<double>(row) * 20;
    svg.Rect(sx, sy - 9, 12, 12,
             "fill=\"" + internal::EventTypeColor(type) + "\" stroke=\"" +
                 internal::EventTypeStroke(type) + "\"");
    svg.Text(sx + 18, sy + 1, Truncate(type, 20), "fill=\"#333333\"");
    ++t;
  }
  if (undated > 0) {
    svg.Text(12, height - 10,
             std::to_string(undated) + (undated == 1 ? " undated event" : " undated events") +
                 " not shown",
             "font-size=\"10\" fill=\"#777777\"");
  }
  svg.Raw("</svg>\n");
  return std::move(svg.str());
}

}  // namespace eventgraph
