// SPDX-License-Identifier: Apache-2.0
// Entities as JSON Lines for `eventgraph entities`: one object per entity of a document.
#ifndef EVENTGRAPH_EXPORT_ENTITY_JSONL_H_
#define EVENTGRAPH_EXPORT_ENTITY_JSONL_H_

#include <string>
#include <vector>

#include "core/entity.h"
#include "core/text.h"

namespace eventgraph {

/// Options for WriteEntitiesJsonl().
struct EntityJsonlOptions {
  /// Add "mentions_detail": every mention with its text, UTF-8 byte span, sentence, form, the
  /// rule that found it and, from `explanations`, the rule and evidence that joined it to its
  /// entity. Default: false.
  bool explain = false;
};

/// One line per entity of `document`, in entity order, each a compact JSON object ending in
/// '\n':
///   {"doc","name","kind","key","aliases":[],"titles":[],"country","iso_code","latitude",
///    "longitude","parent","mentions","author"}
/// Empty strings and absent coordinates are left out. `mentions` and `entities` are the
/// recognizer's output for `document` (Mention::entity indexes `entities`); `explanations` is
/// EntityRecognizer::Recognize()'s parallel list (may be null or empty). Deterministic.
std::string WriteEntitiesJsonl(const Document& document, const std::vector<Mention>& mentions,
                               const std::vector<Entity>& entities,
                               const std::vector<std::string>* explanations,
                               const EntityJsonlOptions& options);

}  // namespace eventgraph

#endif  // EVENTGRAPH_EXPORT_ENTITY_JSONL_H_
