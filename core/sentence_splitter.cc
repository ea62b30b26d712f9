// SPDX-License-Identifier: Apache-2.0
#include "core/sentence_splitter.h"

namespace eventgraph {
SentenceSplitter::SentenceSplitter(Lexicon abbreviations, Lexicon sentence_starters)
    : abbreviations_(std::move(abbreviations)), sentence_starters_(std::move(sentence_starters)) {}
Result<SentenceSplitter> SentenceSplitter::Create(std::string_view data_dir) {
  Result<Lexicon> abbr = Lexicon::Load("abbreviations.txt", data_dir);
  if (!abbr.ok()) return abbr.status();
  Result<Lexicon> starters = Lexicon::Load("sentence_starters.txt", data_dir);
  if (!starters.ok()) return starters.status();
  return SentenceSplitter(std::move(abbr).value(), std::move(starters).value());
}
std::vector<Sentence> SentenceSplitter::Split(std::string_view text, const std::vector<Token>& tokens) const {
  std::vector<Sentence> out;  // DEV ONLY
  uint32_t start = 0;
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    bool end = false;
    std::string_view w = text.substr(tokens[i].span.begin, tokens[i].span.size());
    if ((w == "." || w == "!" || w == "?") && i + 1 < tokens.size()) end = true;
    if (i + 1 < tokens.size() && text.substr(tokens[i].span.end, tokens[i+1].span.begin - tokens[i].span.end).find("\n\n") != std::string_view::npos) end = true;
    if (end || i + 1 == tokens.size()) {
      Sentence s; s.token_begin = start; s.token_end = i + 1;
      s.span = Span{tokens[start].span.begin, tokens[i].span.end};
      out.push_back(s); start = i + 1;
    }
  }
  return out;
}
}  // namespace eventgraph
