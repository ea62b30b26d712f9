// SPDX-License-Identifier: Apache-2.0
// Helpers for graph tests: one document's graph from TestWorld sentences.
#ifndef EVENTGRAPH_TESTS_GRAPH_GRAPH_TEST_UTIL_H_
#define EVENTGRAPH_TESTS_GRAPH_GRAPH_TEST_UTIL_H_

#include <string>

#include "core/event_extractor.h"
#include "core/relation_extractor.h"
#include "graph/graph_builder.h"
#include "tests/core/annotation_builder.h"

namespace eventgraph::testing {

/// Runs the event and relation extractors over `builder`'s annotations and builds the
/// document's graph.
inline GraphData DocumentGraph(const AnnotationBuilder& builder) {
  static const EventExtractor kEvents = EventExtractor::Create("").value();
  static const RelationExtractor kRelations = RelationExtractor::Create("").value();
  Annotations a = builder.Build();
  a.events = kEvents.Extract(a, nullptr);
  a.relations = kRelations.Extract(a, nullptr);
  return BuildDocumentGraph(a);
}

}  // namespace eventgraph::testing

#endif  // EVENTGRAPH_TESTS_GRAPH_GRAPH_TEST_UTIL_H_
