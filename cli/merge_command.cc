// SPDX-License-Identifier: Apache-2.0
#include "cli/merge_command.h"

#include <optional>

#include <CLI/CLI.hpp>

#include "cli/cli_options.h"
#include "core/pipeline.h"
#include "export/atomic_file.h"
#include "export/json_reader.h"
#include "export/json_writer.h"
#include "graph/corpus_builder.h"
#include "graph/merge.h"

namespace eventgraph {

int RunMergeCommand(const std::vector<std::string>& args, std::istream& /*in*/, std::ostream& out,
                    std::ostream& err) {
  CLI::App app{
      "Merge graph.json files (shards built separately) into one graph; the result is the same "
      "as one build over all their articles.",
      "eventgraph merge"};
  std::vector<std::string> inputs;
  std::string output;
  bool explain = false;
  std::string data_dir;
  app.add_option("inputs", inputs, "graph.json files to merge")->required();
  app.add_option("-o,--output", output, "merged graph.json to write (- for stdout)")->required();
  app.add_flag("--explain-merges", explain, "print why each event merge happened to stderr");
  app.add_option("--data-dir", data_dir,
                 "directory of lexicon files overriding the built-in ones (for undated documents "
                 "processed again with an inferred date; use the one given to extract)");
  if (auto code = ParseArgs(app, args, out, err)) return *code;

  // Each input's graphs are folded into the merger as soon as they are read, so memory holds
  // the merged state and one input, not every input.
  CorpusMerger merger;
  bool failed = false;
  for (const std::string& path : inputs) {
    // A graph.json, or the per-document lines of `eventgraph extract`.
    Result<std::string> bytes = ReadFile(path);
    Result<std::vector<GraphData>> graphs = bytes.ok()
                                                ? ReadGraphJsonParts(*bytes, path)
                                                : Result<std::vector<GraphData>>(bytes.status());
    if (!graphs.ok()) {
      err << "eventgraph: " << graphs.status().message() << "\n";
      failed = true;
      continue;
    }
    if (failed) continue;  // nothing is written: no need to merge
    for (GraphData& g : *graphs) merger.Add(std::move(g));
  }
  if (failed) {
    err << "eventgraph: merge: nothing written\n";
    return kExitFailure;
  }
  std::optional<Pipeline> pipeline;
  if (merger.needs_pipeline()) {
    // Undated documents that get an inferred date are processed again, as `build` does.
    PipelineOptions pipeline_options;
    pipeline_options.data_dir = data_dir;
    Result<Pipeline> created = Pipeline::Create(pipeline_options);
    if (!created.ok()) {
      err << "eventgraph: " << created.status().message() << "\n";
      return kExitFailure;
    }
    pipeline.emplace(std::move(created).value());
  }
  GraphData merged = merger.Finish(pipeline ? &*pipeline : nullptr);
  if (explain) err << FormatMergeRecords(merged);
  if (output == "-") {
    out << WriteGraphJson(merged);
    return out ? kExitOk : kExitFailure;
  }
  Status written = WriteGraphJsonFile(merged, output);
  if (!written.ok()) {
    err << "eventgraph: " << written.message() << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace eventgraph
