// SPDX-License-Identifier: Apache-2.0
#include "cli/export_command.h"

#include <charconv>
#include <cstdint>
#include <filesystem>
#include <iomanip>
#include <optional>

#include <CLI/CLI.hpp>

#include "cli/cli_options.h"
#include "export/atomic_file.h"
#include "export/exporter.h"
#include "export/graph_filter.h"
#include "export/json_reader.h"

namespace eventgraph {
namespace {

void ListFormats(std::ostream& out) {
  for (const ExportFormat& f : ExportFormats()) {
    out << "  " << std::left << std::setw(14) << f.name << f.summary << "\n";
  }
}

std::vector<std::string> SplitCommas(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  for (char c : text) {
    if (c == ',') {
      if (!current.empty()) out.push_back(current);
      current.clear();
    } else if (!(current.empty() && c == ' ')) {
      current.push_back(c);
    }
  }
  while (!current.empty() && current.back() == ' ') current.pop_back();
  if (!current.empty()) out.push_back(current);
  return out;
}

// A non-negative decimal count ("200"); nullopt for anything else ("-1", "2x", "").
std::optional<size_t> ParseCount(const std::string& text) {
  size_t value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end) return std::nullopt;
  return value;
}

}  // namespace

int RunExportCommand(const std::vector<std::string>& args, std::istream& /*in*/, std::ostream& out,
                     std::ostream& err) {
  CLI::App app{"Export graph.json to another format (dot, svg, timeline-svg, gexf, ...).",
               "eventgraph export"};
  std::string graph_path;
  std::string format_name;
  std::string output;
  std::string from;
  std::string to;
  std::string actor;
  std::string type;
  std::string actors;
  std::string layout;
  uint32_t hops = 1;
  size_t node_limit = 120;
  size_t max_actors = 6;
  bool clusters = false;
  std::string isolated;
  bool list_formats = false;
  app.add_option("graph", graph_path, "graph.json written by `eventgraph build`");
  app.add_option("-f,--format", format_name, "output format (--list-formats)");
  app.add_option("-o,--output", output, "output file (a directory for csv); default stdout");
  app.add_option("--from", from, "keep events from this date (YYYY, YYYY-MM, YYYY-MM-DD)");
  app.add_option("--to", to, "keep events up to this date (inclusive)");
  app.add_option("--actor", actor, "keep the ego network of this actor");
  app.add_option("--hops", hops, "radius of the --actor ego network (default 1)");
  app.add_option("--type", type, "keep events and relations of this type");
  app.add_option("--actors", actors, "timeline lanes: comma-separated actor names");
  app.add_option("--max-actors", max_actors, "timeline lanes when --actors is absent (default 6)");
  app.add_option("--layout", layout, "svg: Graphviz layout engine (default dot, sfdp if large)");
  app.add_option("--node-limit", node_limit, "svg: draw at most this many nodes (default 120)");
  app.add_flag("--clusters", clusters, "dot/svg: cluster events by year");
  app.add_option("--isolated", isolated,
                 "dot: entities in no event or relation drawn at most, the most mentioned "
                 "first, or 'all' (default " +
                     std::to_string(kDefaultDotIsolatedLimit) + ")");
  app.add_flag("--list-formats", list_formats, "list the formats and exit");
  if (auto code = ParseArgs(app, args, out, err)) return *code;
  if (list_formats) {
    ListFormats(out);
    return kExitOk;
  }
  if (graph_path.empty() || format_name.empty()) {
    err << "eventgraph export: GRAPH.json and --format are required\n";
    return kExitUsage;
  }
  const ExportFormat* format = FindExportFormat(format_name);
  if (format == nullptr) {
    err << "eventgraph export: unknown format '" << format_name << "'; formats:\n";
    ListFormats(err);
    return kExitUsage;
  }
  if (format->extension.empty() && output.empty()) {
    err << "eventgraph export: --format " << format->name << " writes several files: give -o DIR\n";
    return kExitUsage;
  }
  size_t isolated_limit = kDefaultDotIsolatedLimit;
  if (isolated == "all") {
    isolated_limit = SIZE_MAX;
  } else if (!isolated.empty()) {
    std::optional<size_t> n = ParseCount(isolated);
    if (!n) {
      err << "eventgraph export: --isolated wants a count or 'all', not '" << isolated << "'\n";
      return kExitUsage;
    }
    isolated_limit = *n;
  }
  GraphFilter filter;
  Result<DateRange> range = ParseDateRange(from, to);
  if (!range.ok()) {
    err << "eventgraph export: " << range.status().message() << "\n";
    return kExitUsage;
  }
  filter.range = *range;
  filter.actor = actor;
  filter.hops = hops;
  filter.type = type;

  Result<GraphData> graph = ReadGraphJsonFile(graph_path);
  if (!graph.ok()) {
    err << "eventgraph export: " << graph.status().message() << "\n";
    return kExitFailure;
  }
  Result<GraphData> filtered = FilterGraph(*graph, filter);
  if (!filtered.ok()) {
    err << "eventgraph export: " << filtered.status().message() << "\n";
    return kExitFailure;
  }
  ExportOptions options;
  options.actors = SplitCommas(actors);
  options.max_actors = max_actors;
  options.svg_node_limit = node_limit;
  options.clusters_by_year = clusters;
  options.dot_isolated_limit = isolated_limit;
  options.layout = layout;
  Result<std::vector<ExportFile>> files = format->write(*filtered, options);
  if (!files.ok()) {
    err << "eventgraph export: " << files.status().message() << "\n";
    return kExitFailure;
  }
  if (output.empty() || output == "-") {
    for (const ExportFile& file : *files) out << file.contents;
    return kExitOk;
  }
  if (format->extension.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(output, ec);
    if (ec) {
      err << "eventgraph export: cannot create directory " << output << ": " << ec.message()
          << "\n";
      return kExitFailure;
    }
  }
  for (const ExportFile& file : *files) {
    const std::string path =
        file.name.empty() ? output : (std::filesystem::path(output) / file.name).string();
    Status written = WriteFileAtomically(path, file.contents);
    if (!written.ok()) {
      err << "eventgraph export: " << written.message() << "\n";
      return kExitFailure;
    }
  }
  return kExitOk;
}

}  // namespace eventgraph
