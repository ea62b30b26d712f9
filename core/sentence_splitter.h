// SPDX-License-Identifier: Apache-2.0
// SentenceSplitter: groups tokens into sentences, headlines, bylines and datelines.
#ifndef EVENTGRAPH_CORE_SENTENCE_SPLITTER_H_
#define EVENTGRAPH_CORE_SENTENCE_SPLITTER_H_

#include <string>
#include <string_view>
#include <unordered_set>
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
  /// abbreviation, begin a new sentence ("the", "but", "he"); `legal_forms` (legal_forms.txt)
  /// the company forms after which any capitalized word but a title's first word
  /// (`title_words`, from titles.txt) begins one ("... bought Video Monitors Inc. Chrysler said").
  SentenceSplitter(Lexicon abbreviations, Lexicon sentence_starters, Lexicon legal_forms,
                   std::unordered_set<std::string> title_words);

  static Result<SentenceSplitter> Create(std::string_view data_dir);

  /// Splits `tokens` (from Tokenizer over `text`) into sentences covering every token once, in
  /// order.
  std::vector<Sentence> Split(std::string_view text, const std::vector<Token>& tokens) const;

 private:
  Lexicon abbreviations_;
  Lexicon sentence_starters_;
  Lexicon legal_forms_;
  std::unordered_set<std::string> title_words_;
};

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_SENTENCE_SPLITTER_H_
