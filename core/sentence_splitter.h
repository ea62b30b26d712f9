// SPDX-License-Identifier: Apache-2.0
// SentenceSplitter: groups tokens into sentences, headlines, bylines and datelines.
#ifndef EVENTGRAPH_CORE_SENTENCE_SPLITTER_H_
#define EVENTGRAPH_CORE_SENTENCE_SPLITTER_H_

#include <string_view>
#include <vector>

#include "core/lexicon.h"
#include "core/status.h"
#include "core/text.h"
#include "core/token.h"

namespace eventgraph {

/// Stage id "sentence_splitter". Stateless between calls; thread-safe. Copyable.
class SentenceSplitter {
 public:
  /// `abbreviations` as for Tokenizer; `sentence_starters` lists words that, after an
  /// abbreviation, begin a new sentence ("the", "but", "he").
  SentenceSplitter(Lexicon abbreviations, Lexicon sentence_starters);

  static Result<SentenceSplitter> Create(std::string_view data_dir);

  /// Splits `tokens` (from Tokenizer over `text`) into sentences covering every token once, in
  /// order.
  std::vector<Sentence> Split(std::string_view text, const std::vector<Token>& tokens) const;

 private:
  Lexicon abbreviations_;
  Lexicon sentence_starters_;
};

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_SENTENCE_SPLITTER_H_
