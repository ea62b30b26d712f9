// SPDX-License-Identifier: Apache-2.0
#include "export/exporter.h"

#include <catch2/catch.hpp>

#include "tests/golden_file.h"
#include "tests/graph_fixture.h"

namespace eventgraph {
namespace {

TEST_CASE("ExportFormats: lists every format sorted by name", "[export][exporter]") {
  const std::vector<ExportFormat>& formats = ExportFormats();
  std::vector<std::string> names;
  for (const ExportFormat& f : formats) {
    names.emplace_back(f.name);
    CHECK_FALSE(f.summary.empty());
    CHECK(f.write != nullptr);
  }
  CHECK(names == std::vector<std::string>{"csv", "cytoscape", "dot", "gexf", "graphml", "jgf",
                                          "json", "svg", "timeline-json", "timeline-svg",
                                          "timelinejs", "vis-timeline"});
  CHECK(FindExportFormat("dot") == &formats[2]);
  CHECK(FindExportFormat("png") == nullptr);
}

TEST_CASE("ExportFormats: every format matches its golden file", "[export][exporter][golden]") {
  const GraphData graph = testing::MakeSummitGraph();
  ExportOptions options;
  for (const ExportFormat& format : ExportFormats()) {
    INFO(format.name);
    Result<std::vector<ExportFile>> files = format.write(graph, options);
    REQUIRE(files.ok());
    REQUIRE_FALSE(files->empty());
    for (const ExportFile& file : *files) {
      const std::string name = file.name.empty()
                                   ? "summit" + std::string(format.extension)
                                   : "summit-" + std::string(format.name) + "/" + file.name;
      const std::string relative = "export/" + std::string(format.name) + "/" + name;
      CHECK(testing::CompareWithGolden(relative, file.contents) == "");
    }
  }
}

TEST_CASE("ExportFormats: writes byte-identical output twice", "[export][exporter]") {
  const GraphData graph = testing::MakeSummitGraph();
  ExportOptions options;
  for (const ExportFormat& format : ExportFormats()) {
    INFO(format.name);
    Result<std::vector<ExportFile>> first = format.write(graph, options);
    Result<std::vector<ExportFile>> second = format.write(graph, options);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(*first == *second);
  }
}

TEST_CASE("ExportFormats: handles an empty graph", "[export][exporter]") {
  ExportOptions options;
  for (const ExportFormat& format : ExportFormats()) {
    INFO(format.name);
    Result<std::vector<ExportFile>> files = format.write(GraphData{}, options);
    REQUIRE(files.ok());
    CHECK_FALSE(files->front().contents.empty());
  }
}

TEST_CASE("ExportFormats: reports unknown timeline actors", "[export][exporter]") {
  ExportOptions options;
  options.actors = {"Nobody Atall"};
  for (const char* name : {"timeline-svg", "timelinejs", "vis-timeline"}) {
    INFO(name);
    Result<std::vector<ExportFile>> files =
        FindExportFormat(name)->write(testing::MakeSummitGraph(), options);
    REQUIRE_FALSE(files.ok());
    CHECK(files.status().code() == StatusCode::kNotFound);
  }
}

}  // namespace
}  // namespace eventgraph
