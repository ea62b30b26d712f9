// SPDX-License-Identifier: Apache-2.0
// ResolveEntities: joins candidate mentions of one document into its entities. Private to core/.
#ifndef EVENTGRAPH_CORE_INTERNAL_ENTITY_RESOLVER_H_
#define EVENTGRAPH_CORE_INTERNAL_ENTITY_RESOLVER_H_

#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/entity.h"
#include "core/internal/entity_rules.h"
#include "core/text.h"
#include "core/token.h"

namespace eventgraph::internal {

/// Resolves `candidates` (from the recognizer's scan, any order; reordered and updated in place,
/// the caller reuses the vector) into mentions and entities of `document`, appending to `mentions`
/// (sorted by span) and `entities` (in order of first mention). Soft candidates that nothing
/// confirms are dropped. When `explanations` is not null, it receives one string per appended
/// mention, parallel to `mentions`: "new entity" or the rule and evidence that joined it ("surname:
/// 'putin' is the last name of 'Vladimir Putin'").
void ResolveEntities(const EntityRules& rules, const Document& document,
                     const std::vector<Token>& tokens, std::vector<Candidate>* candidates,
                     std::vector<Mention>* mentions, std::vector<Entity>* entities,
                     Diagnostics* diagnostics, std::vector<std::string>* explanations);

}  // namespace eventgraph::internal

#endif  // EVENTGRAPH_CORE_INTERNAL_ENTITY_RESOLVER_H_
