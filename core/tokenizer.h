// SPDX-License-Identifier: Apache-2.0
// Tokenizer: splits document text into words, numbers, punctuation and symbols with byte spans.
#ifndef EVENTGRAPH_CORE_TOKENIZER_H_
#define EVENTGRAPH_CORE_TOKENIZER_H_

#include <cstddef>
#include <vector>

#include "core/lexicon.h"
#include "core/status.h"
#include "core/text.h"
#include "core/token.h"

namespace eventgraph {

/// Stage id "tokenizer". Stateless between calls; one instance may serve many threads.
/// Copyable.
class Tokenizer {
 public:
  /// `abbreviations` lists words that keep their final period ("mr.", "u.s.", "jan.").
  explicit Tokenizer(Lexicon abbreviations);

  /// Loads abbreviations.txt from `data_dir` (empty: compiled in).
  static Result<Tokenizer> Create(std::string_view data_dir);

  /// Tokenizes document.text() within `range` (usually document.body()). Input must be valid
  /// UTF-8. Never fails; empty input gives no tokens.
  std::vector<Token> Tokenize(const Document& document, Span range) const;

  /// As above over a bare string (tests, benchmarks): spans are offsets into `text`.
  std::vector<Token> Tokenize(std::string_view text, Span range) const;

  const Lexicon& abbreviations() const { return abbreviations_; }

 private:
  Lexicon abbreviations_;
  size_t max_abbreviation_size_ = 0;  // bytes of the longest key: longer words are not looked up
  // Entry [first byte & 31] has bit (byte before the final '.' & 31) set for each key: "said."
  // (s, d) is not looked up, "Gen." (g, n) is. Both bytes folded to five bits, so case does not
  // matter.
  uint32_t abbreviation_ends_[32] = {};
};

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_TOKENIZER_H_
