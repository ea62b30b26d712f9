// SPDX-License-Identifier: Apache-2.0
#include "cli/cli_options.h"

#include <algorithm>

#include <CLI/CLI.hpp>

namespace eventgraph {

std::optional<int> ParseArgs(CLI::App& app, const std::vector<std::string>& args, std::ostream& out,
                             std::ostream& err) {
  std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 consumes from the back
  try {
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    out << app.help();
    return kExitOk;
  } catch (const CLI::CallForAllHelp&) {
    out << app.help("", CLI::AppFormatMode::All);
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    err << app.get_name() << ": " << e.what() << "\n";
    err << "Run with --help for more information.\n";
    return kExitUsage;
  }
  return std::nullopt;
}

bool ParseDctOption(const std::string& text, std::optional<CivilDate>* dct, std::ostream& err) {
  if (text.empty()) return true;
  *dct = ParseIsoDate(text);
  if (!*dct) {
    err << "eventgraph: --dct: '" << text << "' is not a valid date (expected YYYY-MM-DD)\n";
    return false;
  }
  return true;
}

bool LoadAliasesOption(const std::string& path, std::string_view prefix,
                       std::shared_ptr<const AliasTable>* aliases, std::ostream& err) {
  if (path.empty()) return true;
  Result<AliasTable> table = AliasTable::Load(path);
  if (!table.ok()) {
    err << prefix << ": " << table.status().message() << '\n';
    return false;
  }
  *aliases = std::make_shared<const AliasTable>(std::move(table).value());
  return true;
}

void PrintDiagnostics(const Diagnostics& diagnostics, std::ostream& err) {
  for (const Diagnostic& d : diagnostics.items()) err << d.ToString() << "\n";
}

void AddExtractionOptions(CLI::App& app, ExtractionOptions* options) {
  app.add_option("inputs", options->inputs,
                 "input files or directories (*.txt, *.jsonl), - for stdin")
      ->required();
  app.add_option("--dct", options->dct_text,
                 "creation date YYYY-MM-DD for documents that have none");
  app.add_option("--data-dir", options->data_dir,
                 "directory of lexicon files overriding the built-in ones");
  app.add_option("--aliases", options->aliases_path, kAliasesOptionHelp);
}

std::optional<int> SetUpExtraction(const ExtractionOptions& options, CorpusOptions* corpus_options,
                                   std::optional<Pipeline>* pipeline, std::ostream& err) {
  if (!ParseDctOption(options.dct_text, &corpus_options->default_dct, err)) return kExitUsage;
  PipelineOptions pipeline_options;
  pipeline_options.data_dir = options.data_dir;
  if (!LoadAliasesOption(options.aliases_path, "eventgraph", &pipeline_options.aliases, err)) {
    return kExitFailure;
  }
  Result<Pipeline> created = Pipeline::Create(pipeline_options);
  if (!created.ok()) {
    err << "eventgraph: " << created.status().message() << "\n";
    return kExitFailure;
  }
  pipeline->emplace(std::move(created).value());
  return std::nullopt;
}

}  // namespace eventgraph
