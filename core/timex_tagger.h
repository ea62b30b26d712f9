// SPDX-License-Identifier: Apache-2.0
// TimexTagger: finds TIMEX3 expressions in a document and normalizes them against its DCT.
#ifndef EVENTGRAPH_CORE_TIMEX_TAGGER_H_
#define EVENTGRAPH_CORE_TIMEX_TAGGER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/status.h"
#include "core/text.h"
#include "core/timex.h"
#include "core/token.h"

namespace eventgraph {

namespace internal {
struct TimexRules;
}

/// Stage id "timex_tagger". Built once from its lexicons; Tag() keeps no state between calls and
/// may run on many threads at once. Movable, not copyable.
///
/// Tag() matches token sequences against a hand-written grammar (core/internal/timex_grammar.cc)
/// sentence by sentence and normalizes each match with NormalizeTimex(): against the DCT, or
/// against the previous resolved date for back-references ("the following day"). A sentence
/// with a future marker ("will") turns the news-mode past bias forward.
class TimexTagger {
 public:
  /// Loads the timex lexicons (month_names.txt, weekday_names.txt, number_words.txt,
  /// time_units.txt, ... see core/CMakeLists.txt) from `data_dir` (empty: compiled in). Fails
  /// with the file and line of a malformed entry.
  static Result<TimexTagger> Create(std::string_view data_dir);

  TimexTagger(TimexTagger&&) noexcept;
  TimexTagger& operator=(TimexTagger&&) noexcept;
  TimexTagger(const TimexTagger&) = delete;
  TimexTagger& operator=(const TimexTagger&) = delete;
  ~TimexTagger();

  /// Tags the document's body: the tokens of `sentences` (all tokens as one sentence when
  /// `sentences` is empty). `tokens` must come from the Tokenizer over document.text(). `dct`
  /// anchors relative expressions (nullopt: they stay unresolved,
  /// "XXXX-02", with anchor "dct"). Results are sorted by span and do not overlap.
  std::vector<Timex> Tag(const Document& document, const std::vector<Token>& tokens,
                         const std::vector<Sentence>& sentences,
                         const std::optional<CivilDate>& dct, Diagnostics* diagnostics) const;

 private:
  explicit TimexTagger(std::unique_ptr<internal::TimexRules> rules);
  std::unique_ptr<internal::TimexRules> rules_;
};

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_TIMEX_TAGGER_H_
