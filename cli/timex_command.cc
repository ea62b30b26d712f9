// SPDX-License-Identifier: Apache-2.0
#include "cli/timex_command.h"

#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include <CLI/CLI.hpp>

#include "core/diagnostics.h"
#include "core/sentence_splitter.h"
#include "core/text.h"
#include "core/timex_tagger.h"
#include "core/tokenizer.h"
#include "export/timex_jsonl.h"

namespace eventgraph {
namespace {

struct TimexStages {
  Tokenizer tokenizer;
  SentenceSplitter splitter;
  TimexTagger tagger;
};

std::vector<Timex> TagDocument(const TimexStages& stages, const Document& document,
                               const std::optional<CivilDate>& default_dct,
                               Diagnostics* diagnostics) {
  std::vector<Token> tokens = stages.tokenizer.Tokenize(document, document.body());
  std::vector<Sentence> sentences = stages.splitter.Split(document.text(), tokens);
  std::optional<CivilDate> dct = document.dct() ? document.dct() : default_dct;
  return stages.tagger.Tag(document, tokens, sentences, dct, diagnostics);
}

bool LooksLikeJsonl(std::string_view input) {
  size_t first = input.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && input[first] == '{';
}

}  // namespace

int RunTimexCommand(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                    std::ostream& err) {
  CLI::App app{"Tag and normalize time expressions (TIMEX3)", "eventgraph timex"};
  std::string dct_text;
  std::string input_path = "-";
  app.add_option("--dct", dct_text, "Document creation time YYYY-MM-DD for input without one");
  app.add_option("input", input_path, "Text or JSONL file, or - for stdin");
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    app.parse(reversed);
  } catch (const CLI::ParseError& e) {
    return app.exit(e, out, err) == 0 ? 0 : 2;
  }
  std::optional<CivilDate> default_dct;
  if (!dct_text.empty()) {
    default_dct = ParseIsoDate(dct_text);
    if (!default_dct) {
      err << "eventgraph timex: --dct: expected YYYY-MM-DD, got '" << dct_text << "'\n";
      return 2;
    }
  }
  std::string input;
  if (input_path == "-") {
    std::ostringstream buffer;
    buffer << in.rdbuf();
    input = buffer.str();
  } else {
    std::ifstream file(input_path, std::ios::binary);
    if (!file) {
      err << input_path << ": cannot open\n";
      return 1;
    }
    std::ostringstream buffer;
    buffer << file.rdbuf();
    input = buffer.str();
  }
  Result<Tokenizer> tokenizer = Tokenizer::Create("");
  Result<SentenceSplitter> splitter = SentenceSplitter::Create("");
  Result<TimexTagger> tagger = TimexTagger::Create("");
  for (const Status& s : {tokenizer.status(), splitter.status(), tagger.status()}) {
    if (!s.ok()) {
      err << "eventgraph timex: " << s.message() << "\n";
      return 1;
    }
  }
  TimexStages stages{std::move(tokenizer).value(), std::move(splitter).value(),
                     std::move(tagger).value()};
  Diagnostics diagnostics(false);
  int status = 0;
  if (!LooksLikeJsonl(input)) {
    if (FindInvalidUtf8(input) != std::string::npos) {
      err << input_path << ": invalid UTF-8\n";
      return 1;
    }
    Document document(input_path, input_path, std::move(input));
    out << FormatTimexJsonlLine(document, TagDocument(stages, document, default_dct, &diagnostics))
        << "\n";
    return 0;
  }
  std::string_view rest(input);
  uint32_t line_number = 0;
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    Result<Document> document = ParseTimexJsonlLine(line, input_path, line_number);
    if (!document.ok()) {
      err << document.status().message() << "\n";
      status = 1;
      continue;
    }
    out << FormatTimexJsonlLine(*document,
                                TagDocument(stages, *document, default_dct, &diagnostics))
        << "\n";
  }
  return status;
}

}  // namespace eventgraph
