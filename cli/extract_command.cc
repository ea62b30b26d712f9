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
  ExtractionOptions extraction;
  std::string output;
  bool dump = false;
  AddExtractionOptions(app, &extraction);
  app.add_option("-o,--output", output, "write to FILE (atomically) instead of stdout");
  app.add_flag("--dump", dump, "print every annotation as a DebugString line instead of JSON");
  if (auto code = ParseArgs(app, args, out, err)) return *code;

  CorpusOptions corpus_options;
  std::optional<Pipeline> pipeline;
  if (auto code = SetUpExtraction(extraction, &corpus_options, &pipeline, err)) return *code;
  Diagnostics diagnostics;
  DiskFileSource files;
  Corpus corpus = ReadCorpus(extraction.inputs, corpus_options, files, &in, &diagnostics);
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
