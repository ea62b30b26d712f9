// SPDX-License-Identifier: Apache-2.0
#include "cli/entities_command.h"

#include <istream>
#include <memory>
#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/cli_options.h"
#include "core/alias_table.h"
#include "core/entity_recognizer.h"
#include "core/file_source.h"
#include "core/sentence_splitter.h"
#include "core/timex_tagger.h"
#include "core/tokenizer.h"
#include "export/corpus_reader.h"
#include "export/entity_jsonl.h"

namespace eventgraph {
namespace {

// Notes (such as an ambiguous surname) only with --explain; warnings and errors always.
void PrintDiagnostics(const Diagnostics& diagnostics, bool notes, std::ostream& err) {
  for (const Diagnostic& d : diagnostics.items()) {
    if (notes || d.severity != Severity::kNote) err << d.ToString() << '\n';
  }
}

}  // namespace

int RunEntitiesCommand(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                       std::ostream& err) {
  CLI::App app{"Print the entities of each document as JSON Lines.", "eventgraph entities"};
  std::vector<std::string> inputs;
  bool explain = false;
  std::string aliases_path;
  std::string data_dir;
  app.add_option("INPUT", inputs, "Text files, directories, .jsonl files or - for JSONL on stdin")
      ->required();
  app.add_flag("--explain", explain, "Show every mention and why it joined its entity");
  app.add_option("--aliases", aliases_path, kAliasesOptionHelp);
  app.add_option("--data-dir", data_dir, "Directory of lexicons replacing the compiled-in ones");
  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());
    app.parse(reversed);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e, out, err);
    return code == 0 ? 0 : 2;
  }

  std::shared_ptr<const AliasTable> aliases;
  if (!LoadAliasesOption(aliases_path, "eventgraph entities", &aliases, err)) return 1;
  Result<Tokenizer> tokenizer = Tokenizer::Create(data_dir);
  Result<SentenceSplitter> splitter = SentenceSplitter::Create(data_dir);
  Result<TimexTagger> tagger = TimexTagger::Create(data_dir);
  Result<EntityRecognizer> recognizer = EntityRecognizer::Create(data_dir, aliases);
  for (const Status& status :
       {tokenizer.status(), splitter.status(), tagger.status(), recognizer.status()}) {
    if (!status.ok()) {
      err << "eventgraph entities: " << status.message() << '\n';
      return 1;
    }
  }

  Diagnostics diagnostics;
  DiskFileSource files;
  Corpus corpus = ReadCorpus(inputs, CorpusOptions{}, files, &in, &diagnostics);
  PrintDiagnostics(diagnostics, true, err);
  const EntityJsonlOptions options{.explain = explain};
  for (const Document& document : corpus.documents) {
    Diagnostics doc_diagnostics;
    std::vector<Token> tokens = tokenizer.value().Tokenize(document, document.body());
    std::vector<Sentence> sentences = splitter.value().Split(document.text(), tokens);
    std::vector<Timex> timexes =
        tagger.value().Tag(document, tokens, sentences, document.dct(), &doc_diagnostics);
    std::vector<Mention> mentions;
    std::vector<Entity> entities;
    std::vector<std::string> explanations;
    recognizer.value().Recognize(document, tokens, sentences, timexes, &mentions, &entities,
                                 &doc_diagnostics, explain ? &explanations : nullptr);
    out << WriteEntitiesJsonl(document, mentions, entities, &explanations, options);
    PrintDiagnostics(doc_diagnostics, explain, err);
  }
  return corpus.skipped == 0 ? 0 : 1;
}

}  // namespace eventgraph
