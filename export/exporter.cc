// SPDX-License-Identifier: Apache-2.0
// Adapters from each writer's own signature to ExportWriter. Keep the table sorted by name.
#include "export/exporter.h"

#include <algorithm>
#include <chrono>
#include <string>
#include <utility>

#include "export/csv_writer.h"
#include "export/cytoscape_writer.h"
#include "export/dot_writer.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/jgf_writer.h"
#include "export/json_writer.h"
#include "export/svg_timeline_writer.h"
#include "export/svg_writer.h"
#include "export/timeline_json_writer.h"
#include "export/timelinejs_writer.h"
#include "export/vis_timeline_writer.h"

namespace eventgraph {
namespace {

using Files = Result<std::vector<ExportFile>>;

Files One(std::string contents) { return std::vector<ExportFile>{{"", std::move(contents)}}; }
Files One(Result<std::string> contents) {
  if (!contents.ok()) return contents.status();
  return One(std::move(contents).value());
}

Files Csv(const GraphData& g, const ExportOptions&) { return WriteNeo4jCsv(g); }
Files Cytoscape(const GraphData& g, const ExportOptions&) { return One(WriteCytoscapeJson(g)); }
Files Dot(const GraphData& g, const ExportOptions& o) {
  DotOptions options;
  options.clusters_by_year = o.clusters_by_year;
  options.isolated_limit = o.dot_isolated_limit;
  return One(WriteDot(g, options));
}
Files Gexf(const GraphData& g, const ExportOptions&) { return One(WriteGexf(g)); }
Files GraphMl(const GraphData& g, const ExportOptions&) { return One(WriteGraphMl(g)); }
Files Jgf(const GraphData& g, const ExportOptions&) { return One(WriteJgf(g)); }
Files Json(const GraphData& g, const ExportOptions&) { return One(WriteGraphJson(g)); }
Files Svg(const GraphData& g, const ExportOptions& o) {
  SvgOptions options;
  options.layout = o.layout;
  options.node_limit = o.svg_node_limit;
  options.clusters_by_year = o.clusters_by_year;
  return One(WriteSvg(g, options));
}
Files TimelineJson(const GraphData& g, const ExportOptions&) { return One(WriteTimelineJson(g)); }
Files TimelineJs(const GraphData& g, const ExportOptions& o) { return One(WriteTimelineJs(g, o)); }
Files TimelineSvg(const GraphData& g, const ExportOptions& o) {
  SvgTimelineOptions options;
  options.actors = o.actors;
  options.max_actors = o.max_actors;
  return One(WriteSvgTimeline(g, options));
}
Files VisTimeline(const GraphData& g, const ExportOptions& o) {
  return One(WriteVisTimeline(g, o));
}

}  // namespace

const std::vector<ExportFormat>& ExportFormats() {
  static const std::vector<ExportFormat> kFormats = {
      {"csv", "Neo4j neo4j-admin import CSVs (a directory)", "", Csv, "csv"},
      {"cytoscape", "Cytoscape.js elements JSON", ".cyjs", Cytoscape, "graph.cyjs"},
      {"dot", "Graphviz DOT (written with cgraph)", ".dot", Dot, "graph.dot"},
      {"gexf", "GEXF 1.3 with time intervals (Gephi)", ".gexf", Gexf, "graph.gexf"},
      {"graphml", "GraphML with typed attributes (yEd, Gephi, Cytoscape)", ".graphml", GraphMl,
       "graph.graphml"},
      {"jgf", "JSON Graph Format v2", ".json", Jgf, "graph.jgf.json"},
      {"json", "eventgraph graph.json (docs/graph-json.md)", ".json", Json, "graph.json"},
      {"svg", "graph drawing rendered with Graphviz", ".svg", Svg, "graph.svg"},
      {"timeline-json", "eventgraph timeline JSON (docs/timeline-json.md)", ".json", TimelineJson,
       "timeline.json"},
      {"timeline-svg", "timeline picture with swimlanes per actor", ".svg", TimelineSvg,
       "timeline.svg"},
      {"timelinejs", "TimelineJS3 JSON", ".json", TimelineJs, "timelinejs.json"},
      {"vis-timeline", "vis-timeline items and groups JSON", ".json", VisTimeline,
       "vis-timeline.json"},
  };
  return kFormats;
}

const ExportFormat* FindExportFormat(std::string_view name) {
  const std::vector<ExportFormat>& formats = ExportFormats();
  auto it = std::find_if(formats.begin(), formats.end(),
                         [&](const ExportFormat& f) { return f.name == name; });
  return it == formats.end() ? nullptr : &*it;
}

const std::vector<std::string>& DefaultBuildOutputs() {
  static const std::vector<std::string> kDefault = {"timeline-json", "dot", "timeline-svg"};
  return kDefault;
}

Result<std::vector<ExportFile>> WriteBuildOutputs(const GraphData& graph, StageStats* stats) {
  return WriteBuildOutputs(graph, DefaultBuildOutputs(), stats);
}

Result<std::vector<ExportFile>> WriteBuildOutputs(const GraphData& graph,
                                                  const std::vector<std::string>& formats,
                                                  StageStats* stats) {
  const ExportOptions options;
  std::vector<ExportFile> out;
  for (const std::string& name : formats) {
    const ExportFormat* format = FindExportFormat(name);
    if (format == nullptr) return Status::InvalidArgument("unknown export format '" + name + "'");
    const auto start = std::chrono::steady_clock::now();
    Result<std::vector<ExportFile>> files = format->write(graph, options);
    if (!files.ok()) return files.status();
    const std::string file_name(format->build_file);
    size_t bytes = 0;
    for (ExportFile& file : *files) {
      bytes += file.contents.size();
      // Bundles (csv) go into a directory named build_file; single files are named build_file.
      file.name = file.name.empty() ? file_name : file_name + "/" + file.name;
      out.push_back(std::move(file));
    }
    if (stats != nullptr) {
      StageStats::Entry& entry = stats->stages["export:" + file_name];
      ++entry.calls;
      entry.items += bytes;  // bytes written
      entry.time += std::chrono::steady_clock::now() - start;
    }
  }
  return out;
}

}  // namespace eventgraph
