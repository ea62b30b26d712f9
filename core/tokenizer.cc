// SPDX-License-Identifier: Apache-2.0
#include "core/tokenizer.h"

namespace eventgraph {
Tokenizer::Tokenizer(Lexicon abbreviations) : abbreviations_(std::move(abbreviations)) {}
Result<Tokenizer> Tokenizer::Create(std::string_view data_dir) {
  Result<Lexicon> abbr = Lexicon::Load("abbreviations.txt", data_dir);
  if (!abbr.ok()) return abbr.status();
  return Tokenizer(std::move(abbr).value());
}
std::vector<Token> Tokenizer::Tokenize(const Document& document, Span range) const {
  return Tokenize(std::string_view(document.text()), range);
}
std::vector<Token> Tokenizer::Tokenize(std::string_view, Span) const { return {}; }
}  // namespace eventgraph
