// SPDX-License-Identifier: Apache-2.0
#include "cli/extract_command.h"

#include <sstream>

#include <CLI/CLI.hpp>

#include "cli/cli_options.h"
#include "core/debug_string.h"
#include "core/file_source.h"
#include "core/pipeline.h"
#include "export/atomic_file.h"
#include "export/corpus_reader.h"
#include "export/json_writer.h"
#include "graph/graph_builder.h"

namespace eventgraph {
namespace {

void Dump(const Annotations& a, std::ostream& out) {
  const std::string& text = a.document.text();
  out << "document " << a.document.id()
      << " dct=" << (a.document.dct() ? a.document.dct()->ToIso() : "none") << " ("
      << DctSourceName(a.document.dct_source()) << ")\n";
  for (const Sentence& s : a.sentences) out << "  sentence " << DebugString(s, text) << "\n";
  for (const Timex& t : a.timexes) out << "  timex " << DebugString(t, text) << "\n";
  for (const Mention& m : a.mentions) out << "  mention " << DebugString(m, text) << "\n";
  for (size_t i = 0; i < a.entities.size(); ++i) {
    out << "  entity " << i << " " << DebugString(a.entities[i]) << "\n";
  }
  for (const Event& e : a.events) out << "  event " << DebugString(e, text) << "\n";
}

}  // namespace

int RunExtractCommand(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                      std::ostream& err) {
  CLI::App app{
      "Extract each document on its own (the map step): one graph JSON line per "
      "document, to merge later with `eventgraph merge`.",
      "eventgraph extract"};
  std::vector<std::string> inputs;
  std::string output;
  std::string dct_text;
  std::string data_dir;
  std::string aliases_path;
  bool dump = false;
  app.add_option("inputs", inputs, "input files or directories (*.txt, *.jsonl), - for stdin")
      ->required();
  app.add_option("-o,--output", output, "write to FILE (atomically) instead of stdout");
  app.add_option("--dct", dct_text, "creation date YYYY-MM-DD for documents that have none");
  app.add_option("--data-dir", data_dir, "directory of lexicon files overriding the built-in ones");
  app.add_option("--aliases", aliases_path, kAliasesOptionHelp);
  app.add_flag("--dump", dump, "print every annotation as a DebugString line instead of JSON");
  if (auto code = ParseArgs(app, args, out, err)) return *code;

  CorpusOptions corpus_options;
  if (!ParseDctOption(dct_text, &corpus_options.default_dct, err)) return kExitUsage;
  PipelineOptions pipeline_options;
  pipeline_options.data_dir = data_dir;
  if (!LoadAliasesOption(aliases_path, "eventgraph", &pipeline_options.aliases, err))
    return kExitFailure;
  Result<Pipeline> pipeline = Pipeline::Create(pipeline_options);
  if (!pipeline.ok()) {
    err << "eventgraph: " << pipeline.status().message() << "\n";
    return kExitFailure;
  }
  Diagnostics diagnostics;
  DiskFileSource files;
  Corpus corpus = ReadCorpus(inputs, corpus_options, files, &in, &diagnostics);
  PrintDiagnostics(diagnostics, err);
  std::ostringstream buffer;
  std::ostream& sink = output.empty() ? out : buffer;
  size_t errors = 0;
  for (Document& doc : corpus.documents) {
    Diagnostics doc_diagnostics;
    Annotations a = pipeline->Process(std::move(doc), &doc_diagnostics, nullptr);
    PrintDiagnostics(doc_diagnostics, err);
    errors += doc_diagnostics.error_count();
    if (dump) {
      Dump(a, sink);
    } else {
      sink << WriteGraphJsonLine(BuildDocumentGraph(a));
    }
  }
  if (!output.empty()) {
    if (Status s = WriteFileAtomically(output, buffer.str()); !s.ok()) {
      err << "eventgraph: " << s.message() << "\n";
      return kExitFailure;
    }
  }
  return corpus.skipped > 0 || errors > 0 || diagnostics.error_count() > 0 ? kExitFailure : kExitOk;
}

}  // namespace eventgraph
