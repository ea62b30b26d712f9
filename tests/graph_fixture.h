// SPDX-License-Identifier: Apache-2.0
// A hand-made GraphData for graph and export tests. Invented people and facts: a 2018 summit in
// Helsinki and a 2025-08-15 summit in Anchorage between Jonathan Mercer and Aleksandr Volkov, a
// 2025-02-28 Oval Office meeting of Mercer and Oksana Hrytsenko, an 1867 purchase of Alaska, and
// entities whose names hold quotes, backslashes, <script> and non-ASCII letters.
#ifndef EVENTGRAPH_TESTS_GRAPH_FIXTURE_H_
#define EVENTGRAPH_TESTS_GRAPH_FIXTURE_H_

#include <cstddef>
#include <string>

#include "graph/knowledge_graph.h"

namespace eventgraph::testing {

/// The fixture described above; vectors sorted by id like graph.json.
GraphData MakeSummitGraph();

/// A synthetic graph with `people` persons, each meeting the next two on dated days, for size
/// guards and speed checks. Deterministic.
GraphData MakeLargeGraph(size_t people);

/// Id of the fixture entity named `name` (aborts when absent).
EntityId FixtureEntity(const GraphData& graph, const std::string& name);

}  // namespace eventgraph::testing

#endif  // EVENTGRAPH_TESTS_GRAPH_FIXTURE_H_
