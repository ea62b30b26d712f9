// SPDX-License-Identifier: Apache-2.0
#include "export/svg_timeline_writer.h"

#include <map>
#include <regex>

#include <catch2/catch.hpp>

#include "core/text.h"
#include "tests/graph_fixture.h"
#include "tests/xml_check.h"

namespace eventgraph {
namespace {

struct Label {
  double begin = 0;
  double end = 0;
  std::string text;
};

size_t CodePoints(const std::string& text) {
  size_t n = 0;
  for (size_t pos = 0; pos < text.size(); ++n) {
    const size_t length = Utf8SequenceLength(text, pos);
    pos += length == 0 ? 1 : length;
  }
  return n;
}

// Event labels by baseline y, with their x extent at the writer's 6.4 px per code point.
std::map<std::string, std::vector<Label>> EventLabels(const std::string& svg) {
  static const std::regex kGroup(
      R"re(<g class="event"[^>]*>[\s\S]*?<text x="([-0-9.]+)" y="([-0-9.]+)"([^>]*)>([^<]*)</text>)re");
  std::map<std::string, std::vector<Label>> rows;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), kGroup); it != std::sregex_iterator();
       ++it) {
    const double x = std::stod((*it)[1]);
    const double width = 6.4 * static_cast<double>(CodePoints((*it)[4]));
    const bool end_anchor = (*it)[3].str().find("text-anchor=\"end\"") != std::string::npos;
    rows[(*it)[2]].push_back(
        Label{end_anchor ? x - width : x, end_anchor ? x : x + width, (*it)[4]});
  }
  return rows;
}

TEST_CASE("WriteSvgTimeline: draws a well-formed timeline with lanes, axis, break and legend",
          "[export][timeline_svg]") {
  Result<std::string> svg = WriteSvgTimeline(testing::MakeSummitGraph(), SvgTimelineOptions{});
  REQUIRE(svg.ok());
  testing::XmlSummary xml = testing::ParseXml(*svg);
  REQUIRE(xml.error == "");
  CHECK(xml.root == "svg");
  for (const char* text :
       {"Jonathan Mercer", "Aleksandr Volkov", "Other", "1867", "2018", "2025", "Jul", "≈150 yr",
        "≈6 yr", "Legend", "month precision", "year precision", "1 undated event not shown"}) {
    INFO(text);
    CHECK(xml.text.find(text) != std::string::npos);
  }
  // Markup in labels is escaped, so it shows as text.
  CHECK(xml.text.find("criticizes <script> Ltd") != std::string::npos);
  // Each dated event appears once per lane it belongs to: Helsinki in Mercer's and Volkov's.
  CHECK(xml.attributes["g@class"] == 13);
}

TEST_CASE("WriteSvgTimeline: never overlaps labels in a row", "[export][timeline_svg]") {
  for (size_t people : {size_t{0}, size_t{5}, size_t{40}}) {
    INFO(people);
    const GraphData data =
        people == 0 ? testing::MakeSummitGraph() : testing::MakeLargeGraph(people);
    Result<std::string> svg = WriteSvgTimeline(data, SvgTimelineOptions{});
    REQUIRE(svg.ok());
    REQUIRE(testing::ParseXml(*svg).error == "");
    for (auto& [y, labels] : EventLabels(*svg)) {
      std::sort(labels.begin(), labels.end(),
                [](const Label& a, const Label& b) { return a.begin < b.begin; });
      for (size_t i = 1; i < labels.size(); ++i) {
        INFO(labels[i - 1].text << " / " << labels[i].text << " at y=" << y);
        CHECK(labels[i - 1].end <= labels[i].begin);
      }
    }
  }
}

TEST_CASE("WriteSvgTimeline: draws the lanes asked for", "[export][timeline_svg]") {
  SvgTimelineOptions options;
  options.actors = {"Russia", "Oval Office"};
  Result<std::string> svg = WriteSvgTimeline(testing::MakeSummitGraph(), options);
  REQUIRE(svg.ok());
  testing::XmlSummary xml = testing::ParseXml(*svg);
  CHECK(xml.text.find("Russia") != std::string::npos);
  CHECK(xml.text.find("White House") != std::string::npos);
  CHECK(xml.text.find("Jonathan Mercer\n") == std::string::npos);
  options.actors = {"Nobody"};
  CHECK(WriteSvgTimeline(testing::MakeSummitGraph(), options).status().code() ==
        StatusCode::kNotFound);
}

TEST_CASE("WriteSvgTimeline: draws an empty graph", "[export][timeline_svg]") {
  Result<std::string> svg = WriteSvgTimeline(GraphData{}, SvgTimelineOptions{});
  REQUIRE(svg.ok());
  CHECK(testing::ParseXml(*svg).error == "");
}

}  // namespace
}  // namespace eventgraph
