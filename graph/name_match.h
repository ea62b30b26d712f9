// SPDX-License-Identifier: Apache-2.0
// Name matching for queries and filters: folding (case, diacritics, punctuation), edit distance
// and entity lookup by any name or alias with "did you mean" suggestions.
#ifndef EVENTGRAPH_GRAPH_NAME_MATCH_H_
#define EVENTGRAPH_GRAPH_NAME_MATCH_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {

/// Folds a name for comparison: lower case, Latin diacritics removed, punctuation and runs of
/// space collapsed to one space, trimmed. "  Sergei  Lavrov's " → "sergei lavrovs"
/// (apostrophes join);
/// "Zelenskyy" stays "zelenskyy"; "Ÿ"/"É"/"ł" → "y"/"e"/"l". Other scripts are kept, lower-cased
/// for Cyrillic and Greek ("Путин" → "путин"). Invalid UTF-8 bytes are dropped.
std::string FoldName(std::string_view name);

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
