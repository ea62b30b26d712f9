// SPDX-License-Identifier: Apache-2.0
// FindWireDateline(): the dateline that opens a wire story's first sentence, "CAMP DAVID,
// Maryland, Aug 19 (Reuters) -", as tokens. The entity recognizer takes its agency as the
// article's author; the event extractor takes its date as the article's, no event's.
#ifndef EVENTGRAPH_CORE_INTERNAL_WIRE_DATELINE_H_
#define EVENTGRAPH_CORE_INTERNAL_WIRE_DATELINE_H_

#include <cstdint>
#include <optional>

#include "core/token.h"

namespace eventgraph::internal {

struct WireDateline {
  uint32_t dash = 0;          // the dash token that ends the dateline
  uint32_t agency_begin = 0;  // the tokens in parentheses right before the dash ("Reuters"),
  uint32_t agency_end = 0;    // [agency_begin, agency_end); empty when there are none
};

/// The wire dateline at tokens[begin] when there is one: before a dash within the first 16
/// tokens, only capitalized words, numbers, commas and periods, and one group in parentheses
/// (the agency). `text` is the document text the tokens index. "Talks resumed with Acme Corp
/// (Nairobi Holdings) - a rival" has none (a lower-case word before the dash).
std::optional<WireDateline> FindWireDateline(std::string_view text, const Token* tokens,
                                             uint32_t begin, uint32_t end);

}  // namespace eventgraph::internal

#endif  // EVENTGRAPH_CORE_INTERNAL_WIRE_DATELINE_H_
