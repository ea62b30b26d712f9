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
class TimexTagger {
 public:
  /// Loads the timex lexicons from `data_dir` (empty: compiled in).
  static Result<TimexTagger> Create(std::string_view data_dir);

  TimexTagger(TimexTagger&&) noexcept;
  TimexTagger& operator=(TimexTagger&&) noexcept;
  TimexTagger(const TimexTagger&) = delete;
  TimexTagger& operator=(const TimexTagger&) = delete;
  ~TimexTagger();

  /// Tags the document's body. `dct` anchors relative expressions (nullopt: they stay unresolved,
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
