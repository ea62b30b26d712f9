// SPDX-License-Identifier: Apache-2.0
// The export format registry: {name, summary, write} per format, so `eventgraph export` and
// `eventgraph help` list the formats from one table (ninja's Tool table).
#ifndef EVENTGRAPH_EXPORT_EXPORTER_H_
#define EVENTGRAPH_EXPORT_EXPORTER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/pipeline.h"
#include "core/status.h"
#include "export/dot_writer.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {

/// Options shared by the writers; each writer reads the fields it needs.
struct ExportOptions {
  /// Timeline lanes (timeline-svg, vis-timeline, timelinejs groups): actor names, resolved with
  /// FindEntityByName(). Default: empty = the top `max_actors` actors by event count.
  std::vector<std::string> actors;
  /// Lanes drawn when `actors` is empty. Default 6.
  size_t max_actors = 6;
  /// svg: above this many nodes, only the top entities by mentions (and their events) are drawn,
  /// and the picture says so. Default 120.
  size_t svg_node_limit = 120;
  /// dot: isolated entities (in no event, relation or containment) drawn at most, the most
  /// mentioned first; SIZE_MAX = all. Default kDefaultDotIsolatedLimit (200).
  size_t dot_isolated_limit = kDefaultDotIsolatedLimit;
  /// dot/svg: group event nodes into one cluster per year. Default false.
  bool clusters_by_year = false;
  /// svg: layout engine override ("dot", "sfdp", ...); "" = dot up to 60 nodes, sfdp above.
  std::string layout;
};

/// One output file. Single-file formats return one ExportFile with an empty `name` (written to
/// -o FILE or stdout); bundles (csv) return several, named relative to the output directory.
struct ExportFile {
  std::string name;
  std::string contents;
  friend bool operator==(const ExportFile&, const ExportFile&) = default;
};

using ExportWriter = Result<std::vector<ExportFile>> (*)(const GraphData& graph,
                                                         const ExportOptions& options);

/// A registered format. `extension` is the usual file suffix (".dot"), "" for a directory.
/// `build_file` is the name `eventgraph build --outputs` gives it in OUTDIR ("graph.dot"; the
/// directory name for bundles).
struct ExportFormat {
  std::string_view name;
  std::string_view summary;
  std::string_view extension;
  ExportWriter write;
  std::string_view build_file;
};

/// Every format, sorted by name. Stable names: they appear on the command line.
const std::vector<ExportFormat>& ExportFormats();

/// The format called `name`, or nullptr.
const ExportFormat* FindExportFormat(std::string_view name);

/// The formats `eventgraph build` writes beside graph.json by default: timeline-json, dot and
/// timeline-svg.
const std::vector<std::string>& DefaultBuildOutputs();

/// What `eventgraph build` writes beside graph.json: each of `formats` (registry names) with
/// default options, named by its ExportFormat::build_file ("graph.dot"; bundle files as
/// "csv/nodes.csv"), in the order given. InvalidArgument for an unknown name; Internal if
/// cgraph fails. With `stats`, each format's time is added under "export:<build_file>".
Result<std::vector<ExportFile>> WriteBuildOutputs(const GraphData& graph,
                                                  const std::vector<std::string>& formats,
                                                  StageStats* stats = nullptr);

/// WriteBuildOutputs() with DefaultBuildOutputs(): "timeline.json", "graph.dot" and
/// "timeline.svg" (default lanes), in that order.
Result<std::vector<ExportFile>> WriteBuildOutputs(const GraphData& graph,
                                                  StageStats* stats = nullptr);

}  // namespace eventgraph

#endif  // EVENTGRAPH_EXPORT_EXPORTER_H_
