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
std::vector<Sentence> SentenceSplitter::Split(std::string_view, const std::vector<Token>&) const {
  return {};
}
}  // namespace eventgraph
