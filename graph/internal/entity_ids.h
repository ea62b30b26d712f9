// SPDX-License-Identifier: Apache-2.0
// Entity ids as numbers: MakeEntityId() in two steps, so graph/ code that only groups or orders
// ids compares 64-bit numbers instead of heap strings.
#ifndef EVENTGRAPH_GRAPH_INTERNAL_ENTITY_IDS_H_
#define EVENTGRAPH_GRAPH_INTERNAL_ENTITY_IDS_H_

#include <cstdint>
#include <string_view>

#include "core/entity.h"
#include "graph/ids.h"

namespace eventgraph::internal {

/// The hash MakeEntityId(kind, key) prints: FNV-1a of kind name + ":" + the ASCII-lower-cased
/// key. Ids order as their numbers do (16 hex digits of one length), so equal numbers mean equal
/// ids and `a < b` of numbers means `a < b` of ids.
uint64_t EntityIdNumber(EntityKind kind, std::string_view key);

/// "ent:" + `number` as 16 lower-case hex digits: EntityIdOfNumber(EntityIdNumber(k, key)) ==
/// MakeEntityId(k, key).
EntityId EntityIdOfNumber(uint64_t number);

}  // namespace eventgraph::internal

#endif  // EVENTGRAPH_GRAPH_INTERNAL_ENTITY_IDS_H_
