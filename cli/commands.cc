// SPDX-License-Identifier: Apache-2.0
// The command table and the core commands (build, help, version). Other commands live in
// cli/<name>_command.cc; each parses its own options with CLI11 and calls into the library.
#include "cli/commands.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iomanip>
#include <sstream>

#include <CLI/CLI.hpp>
#ifdef EVENTGRAPH_HAVE_MIMALLOC
#include <mimalloc.h>
#endif
#include <unistd.h>

#include "cli/cli_options.h"
#include "cli/entities_command.h"
#include "cli/export_command.h"
#include "cli/extract_command.h"
#include "cli/merge_command.h"
#include "cli/query_command.h"
#include "cli/timex_command.h"
#include "core/file_source.h"
#include "core/pipeline.h"
#include "export/atomic_file.h"
#include "export/corpus_reader.h"
#include "export/exporter.h"
#include "export/json_writer.h"
#include "graph/corpus_builder.h"
#include "graph/merge.h"

#ifndef EVENTGRAPH_VERSION
#define EVENTGRAPH_VERSION "0.0.0"
#endif

namespace eventgraph {

const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = {
      {"build", "read articles and write graph.json and friends to an output directory",
       RunBuildCommand},
      {"entities", "print the entities of each document as JSONL (--explain: why mentions merged)",
       RunEntitiesCommand},
      {"export", "write a graph.json in another format (dot, svg, timeline-svg, cytoscape, ...)",
       RunExportCommand},
      {"extract", "extract each document on its own: one graph JSON line per document (map step)",
       RunExtractCommand},
      {"help", "list the commands", RunHelpCommand},
      {"merge", "merge graph.json files or extract output into one graph (reduce step)",
       RunMergeCommand},
      {"query", "ask a graph.json about entities, relations, timelines, paths, neighbours",
       RunQueryCommand},
      {"timex", "tag and normalize time expressions (TIMEX3) in text or JSONL", RunTimexCommand},
      {"version", "print the version", RunVersionCommand},
  };
  return kCommands;
}

int RunEventgraph(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                  std::ostream& err) {
  if (args.empty()) {
    RunHelpCommand({}, in, err, err);
    return kExitUsage;
  }
  const std::string& name = args[0];
  if (name == "--help" || name == "-h") return RunHelpCommand({}, in, out, err);
  if (name == "--version") return RunVersionCommand({}, in, out, err);
  for (const Command& c : Commands()) {
    if (name == c.name)
      return c.run(std::vector<std::string>(args.begin() + 1, args.end()), in, out, err);
  }
  err << "eventgraph: unknown command '" << name << "'\n";
  RunHelpCommand({}, in, err, err);
  return kExitUsage;
}

int RunHelpCommand(const std::vector<std::string>& /*args*/, std::istream& /*in*/,
                   std::ostream& out, std::ostream& /*err*/) {
  out << "usage: eventgraph <command> [options]   (eventgraph <command> --help for details)\n\n"
      << "commands:\n";
  for (const Command& c : Commands()) {
    out << "  " << std::left << std::setw(10) << c.name << c.summary << "\n";
  }
  out << "\nexit status: 0 ok, 1 some input skipped or an output failed, 2 usage error\n";
  return kExitOk;
}

int RunVersionCommand(const std::vector<std::string>& /*args*/, std::istream& /*in*/,
                      std::ostream& out, std::ostream& /*err*/) {
  out << "eventgraph " << EVENTGRAPH_VERSION << "\n";
#ifdef EVENTGRAPH_HAVE_MIMALLOC
  // Calling into mimalloc also keeps it linked (and so replacing malloc) in every program.
  const int v = mi_version();  // 209 for 2.0.9
  out << "allocator: mimalloc " << v / 100 << "." << v / 10 % 10 << "." << v % 10 << "\n";
#else
  out << "allocator: system\n";
#endif
  return kExitOk;
}

namespace {

void PrintStats(const StageStats& stats, std::ostream& err) {
  err << "stage                 calls      items     time_ms     MB/s\n";
  for (const auto& [name, e] : stats.stages) {
    const double ms = std::chrono::duration<double, std::milli>(e.time).count();
    const double mbs = ms > 0 ? static_cast<double>(e.bytes) / 1e6 / (ms / 1e3) : 0.0;
    char line[160];
    std::snprintf(line, sizeof line, "%-20s %6llu %10llu %11.1f %8.1f\n", name.c_str(),
                  static_cast<unsigned long long>(e.calls),
                  static_cast<unsigned long long>(e.items), ms, mbs);
    err << line;
  }
}

// Adds the time since `start` to the row `name` of `stats`.
void AddStageTime(StageStats* stats, const std::string& name,
                  std::chrono::steady_clock::time_point start, size_t items) {
  StageStats::Entry& e = stats->stages[name];
  ++e.calls;
  e.items += items;
  e.time += std::chrono::steady_clock::now() - start;
}

}  // namespace

int RunBuildCommand(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                    std::ostream& err) {
  CLI::App app{
      "Read news articles (files, directories, JSONL, - for stdin) and write graph.json "
      "to OUTDIR.",
      "eventgraph build"};
  ExtractionOptions extraction;
  std::string out_dir;
  bool stats_flag = false;
  bool explain_merges = false;
  unsigned jobs = 1;
  AddExtractionOptions(app, &extraction);
  app.add_option("-o,--output", out_dir, "output directory (created if missing)")->required();
  app.add_option("-j,--jobs", jobs, "worker threads for extraction (0 = all cores)");
  app.add_flag("--stats", stats_flag, "print per-stage time and counts to stderr");
  app.add_flag("--explain-merges", explain_merges, "print why each event merge happened to stderr");
  std::vector<std::string> outputs = DefaultBuildOutputs();
  app.add_option("--outputs", outputs,
                 "export formats written beside graph.json, comma-separated, or none "
                 "(default timeline-json,dot,timeline-svg; see `eventgraph export --list-formats`)")
      ->delimiter(',');
  if (auto code = ParseArgs(app, args, out, err)) return *code;
  if (outputs.size() == 1 && outputs.front() == "none") outputs.clear();
  // graph.json is always written; "json" among the outputs would only write it twice.
  std::erase(outputs, std::string("json"));
  for (const std::string& name : outputs) {
    if (FindExportFormat(name) == nullptr) {
      err << "eventgraph build: --outputs: unknown format '" << name
          << "' (eventgraph export --list-formats lists them)\n";
      return kExitUsage;
    }
  }

  CorpusOptions corpus_options;
  std::optional<Pipeline> pipeline;
  if (auto code = SetUpExtraction(extraction, &corpus_options, &pipeline, err)) return *code;

  // The documents are read as the workers ask for them, so the corpus is never in memory whole;
  // read diagnostics are printed before the extraction's, as when reading came first.
  Diagnostics diagnostics;
  DiskFileSource files;
  const auto start = std::chrono::steady_clock::now();
  CorpusStream corpus(extraction.inputs, corpus_options, files, &in, &diagnostics);
  StageStats stats;
  StageStats::Entry read_stats;
  size_t total_bytes = 0;
  size_t document_count = 0;
  const DocumentSource source = [&](Document* document) {
    const auto read_start = std::chrono::steady_clock::now();
    const bool more = corpus.Next(document);
    if (more) {
      ++read_stats.items;
      ++document_count;
      total_bytes += document->text().size();
    }
    read_stats.time += std::chrono::steady_clock::now() - read_start;
    return more;
  };
  CorpusBuildOptions build_options;
  build_options.jobs = jobs;
  const bool tty = ::isatty(STDERR_FILENO) == 1 && &err == &std::cerr;
  if (tty) {
    build_options.progress = [&err](size_t done, size_t /*total: unknown while streaming*/) {
      if (done % 100 == 0) err << "\r[" << done << "] documents" << std::flush;
    };
  }
  Diagnostics build_diagnostics;
  GraphData graph = BuildCorpusGraph(*pipeline, source, 0, build_options, &build_diagnostics,
                                     stats_flag ? &stats : nullptr);
  if (tty && document_count >= 100) err << "\r[" << document_count << "] documents\n";
  read_stats.calls = 1;
  stats.stages["read"] = read_stats;
  PrintDiagnostics(diagnostics, err);
  PrintDiagnostics(build_diagnostics, err);
  if (explain_merges) err << FormatMergeRecords(graph);

  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) {
    err << "eventgraph: " << out_dir << ": cannot create directory: " << ec.message() << "\n";
    return kExitFailure;
  }
  const std::string graph_path = (std::filesystem::path(out_dir) / "graph.json").string();
  const auto json_start = std::chrono::steady_clock::now();
  if (Status s = WriteGraphJsonFile(graph, graph_path); !s.ok()) {
    err << "eventgraph: " << s.message() << "\n";
    return kExitFailure;
  }
  AddStageTime(&stats, "write:graph.json", json_start, 1);
  // The companions of graph.json (--outputs; by default timeline.json, graph.dot, timeline.svg),
  // made and written one format at a time so that only one is in memory.
  bool output_failed = false;
  for (const std::string& format : outputs) {
    Result<std::vector<ExportFile>> companions =
        WriteBuildOutputs(graph, {format}, stats_flag ? &stats : nullptr);
    if (!companions.ok()) {
      err << "eventgraph: " << companions.status().message() << "\n";
      output_failed = true;
      continue;
    }
    for (const ExportFile& file : *companions) {
      const std::filesystem::path path = std::filesystem::path(out_dir) / file.name;
      if (file.name.find('/') != std::string::npos) {
        std::filesystem::create_directories(path.parent_path(), ec);  // bundles: OUTDIR/csv/
      }
      const auto write_start = std::chrono::steady_clock::now();
      if (Status s = WriteFileAtomically(path.string(), file.contents); !s.ok()) {
        err << "eventgraph: " << s.message() << "\n";
        output_failed = true;
      }
      AddStageTime(&stats, "write:" + file.name, write_start, 1);
    }
  }
  if (stats_flag) {
    PrintStats(stats, err);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char line[200];
    std::snprintf(line, sizeof line,
                  "total: %zu documents, %.1f MB in %.3f s (%.1f MB/s); %zu entities, %zu events, "
                  "%zu relations\n",
                  document_count, static_cast<double>(total_bytes) / 1e6, seconds,
                  seconds > 0 ? static_cast<double>(total_bytes) / 1e6 / seconds : 0.0,
                  graph.entities.size(), graph.events.size(), graph.relations.size());
    err << line;
  }
  const bool failed = output_failed || corpus.skipped() > 0 || diagnostics.error_count() > 0 ||
                      build_diagnostics.error_count() > 0;
  if (corpus.skipped() > 0) {
    err << "eventgraph: " << corpus.skipped() << " input(s) skipped; " << document_count
        << " document(s) processed\n";
  }
  return failed ? kExitFailure : kExitOk;
}

}  // namespace eventgraph
