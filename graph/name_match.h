// SPDX-License-Identifier: Apache-2.0
// Name matching for queries and filters: folding (case, diacritics, punctuation), edit distance
// and entity lookup by any name or alias with "did you mean" suggestions.
#ifndef EVENTGRAPH_GRAPH_NAME_MATCH_H_
#define EVENTGRAPH_GRAPH_NAME_MATCH_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/name_key.h"
#include "core/status.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {

// FoldName() (case, diacritics, punctuation) comes from core/name_key.h: one folding for
// entity keys and for query matching.

/// Levenshtein distance between two strings, counted in code points.
size_t EditDistance(std::string_view a, std::string_view b);

/// Finds the entity called `name`: its id, or an exact folded match of the name or an alias, then a
/// folded match of the last word of a person's name ("putin" → "Vladimir Putin") when it is
/// unique. Ties go to the entity with most mentions, then the smallest id. NotFound otherwise,
/// with the closest names by edit distance:
/// "no entity named 'Putn'; closest: Vladimir Putin, Pavel Puten".
Result<size_t> FindEntityByName(const GraphData& graph, std::string_view name);

/// Up to `limit` entity display names closest to `name` (edit distance over folded names and
/// aliases, then name order).
std::vector<std::string> ClosestEntityNames(const GraphData& graph, std::string_view name,
                                            size_t limit);

}  // namespace eventgraph

#endif  // EVENTGRAPH_GRAPH_NAME_MATCH_H_
