// SPDX-License-Identifier: Apache-2.0
#include "core/timex_tagger.h"

namespace eventgraph {
namespace internal {
struct TimexRules {};
}  // namespace internal

TimexTagger::TimexTagger(std::unique_ptr<internal::TimexRules> rules) : rules_(std::move(rules)) {}
TimexTagger::TimexTagger(TimexTagger&&) noexcept = default;
TimexTagger& TimexTagger::operator=(TimexTagger&&) noexcept = default;
TimexTagger::~TimexTagger() = default;

Result<TimexTagger> TimexTagger::Create(std::string_view) {
  return TimexTagger(std::make_unique<internal::TimexRules>());
}

std::vector<Timex> TimexTagger::Tag(const Document&, const std::vector<Token>&,
                                    const std::vector<Sentence>&, const std::optional<CivilDate>&,
                                    Diagnostics*) const {
  return {};
}
}  // namespace eventgraph
