// SPDX-License-Identifier: Apache-2.0
#include "cli/merge_command.h"

#include <CLI/CLI.hpp>

#include "cli/cli_options.h"
#include "export/atomic_file.h"
#include "export/json_reader.h"
#include "export/json_writer.h"
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
  app.add_option("inputs", inputs, "graph.json files to merge")->required();
  app.add_option("-o,--output", output, "merged graph.json to write (- for stdout)")->required();
  app.add_flag("--explain-merges", explain, "print why each event merge happened to stderr");
  if (auto code = ParseArgs(app, args, out, err)) return *code;

  std::vector<GraphData> parts;
  parts.reserve(inputs.size());
  bool failed = false;
  for (const std::string& path : inputs) {
    Result<GraphData> graph = ReadGraphJsonFile(path);
    if (!graph.ok()) {
      err << "eventgraph: " << graph.status().message() << "\n";
      failed = true;
      continue;
    }
    parts.push_back(std::move(graph).value());
  }
  if (failed) {
    err << "eventgraph: merge: nothing written\n";
    return kExitFailure;
  }
  GraphData merged = MergeGraphData(std::move(parts));
  if (explain) err << FormatMergeRecords(merged);
  const std::string json = WriteGraphJson(merged);
  if (output == "-") {
    out << json;
    return out ? kExitOk : kExitFailure;
  }
  Status written = WriteFileAtomically(output, json);
  if (!written.ok()) {
    err << "eventgraph: " << written.message() << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace eventgraph
