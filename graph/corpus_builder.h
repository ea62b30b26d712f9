// SPDX-License-Identifier: Apache-2.0
// BuildCorpusGraph: runs the Pipeline over many documents (optionally on N threads) and merges
// the per-document graphs into one GraphData. Output does not depend on the thread count.
#ifndef EVENTGRAPH_GRAPH_CORPUS_BUILDER_H_
#define EVENTGRAPH_GRAPH_CORPUS_BUILDER_H_

#include <functional>
#include <vector>

#include "core/diagnostics.h"
#include "core/pipeline.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {

struct CorpusBuildOptions {
  /// Worker threads for per-document extraction; 0 = hardware concurrency. Default: 1.
  unsigned jobs = 1;
  /// Called after each finished document with (done, total), from worker threads (serialized).
  /// Default: none.
  std::function<void(size_t, size_t)> progress;
};

/// Processes `documents` (consumed) and returns the merged graph. Diagnostics and stage stats of
/// all threads are appended in document order, so they are deterministic too.
GraphData BuildCorpusGraph(const Pipeline& pipeline, std::vector<Document> documents,
                           const CorpusBuildOptions& options, Diagnostics* diagnostics,
                           StageStats* stats);

/// Merges `parts` (per-document graphs of `eventgraph extract`, shards, earlier builds) the way
/// BuildCorpusGraph() merges its documents: MergeGraphData(), then each undated document that
/// gets an inferred DCT and carries its text (DocumentRecord::text) is processed again with that
/// DCT, its event and relation mentions replace the undated ones, and the parts are merged once
/// more. A document re-dated by an earlier merge is first processed again without a DCT, so the
/// inference is redone from the union of the evidence. The result is the same for any grouping
/// and order of the parts, and equals one build over all their documents.
GraphData MergeCorpusGraphs(const Pipeline& pipeline, std::vector<GraphData> parts);

/// Whether MergeCorpusGraphs() would process any document of `parts` again (some document
/// carries its text); when not, it equals MergeGraphData() and needs no Pipeline.
bool NeedsPipelineToMerge(const std::vector<GraphData>& parts);

}  // namespace eventgraph

#endif  // EVENTGRAPH_GRAPH_CORPUS_BUILDER_H_
