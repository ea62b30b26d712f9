// SPDX-License-Identifier: Apache-2.0
// BuildCorpusGraph: runs the Pipeline over many documents (optionally on N threads) and merges
// the per-document graphs into one GraphData. Output does not depend on the thread count.
#ifndef EVENTGRAPH_GRAPH_CORPUS_BUILDER_H_
#define EVENTGRAPH_GRAPH_CORPUS_BUILDER_H_

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "core/diagnostics.h"
#include "core/pipeline.h"
#include "graph/knowledge_graph.h"
#include "graph/merge.h"

namespace eventgraph {

struct CorpusBuildOptions {
  /// Worker threads for per-document extraction; 0 = hardware concurrency. Default: 1.
  unsigned jobs = 1;
  /// Called after each finished document with (done, total), from worker threads (serialized).
  /// Default: none.
  std::function<void(size_t, size_t)> progress;
};

/// Yields the documents of a corpus in order, one per call, into `*document`; false when none
/// is left (and after that, on every later call). Called from one thread at a time.
using DocumentSource = std::function<bool(Document* document)>;

/// Processes the documents of `source` (`total` of them, 0 when unknown: only for the progress
/// callback) and returns the merged graph. Each document's graph is folded into the result as
/// soon as every earlier document is done, so memory holds the merged state, not every
/// document. Same result, diagnostics and stats as the vector overload.
GraphData BuildCorpusGraph(const Pipeline& pipeline, const DocumentSource& source, size_t total,
                           const CorpusBuildOptions& options, Diagnostics* diagnostics,
                           StageStats* stats);

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

/// MergeCorpusGraphs() one part at a time: Add() each part (consumed, so only the merged state
/// stays in memory), then Finish(). Add(a); Add(b); Finish(&p) == MergeCorpusGraphs(p, {a, b}).
class CorpusMerger {
 public:
  /// Adds `part` (consumed).
  void Add(GraphData part);

  /// Whether Finish() would process a document again (some part carried a document's text):
  /// then it needs a Pipeline, else it equals MergeGraphData() of the parts.
  bool needs_pipeline() const { return !texts_.empty(); }

  /// The merged graph, undated documents processed again by `pipeline` with their inferred DCT
  /// (none when `pipeline` is null). Leaves the merger empty.
  GraphData Finish(const Pipeline* pipeline);

 private:
  GraphMerger merger_;
  std::map<DocId, DocumentRecord> texts_;  // documents carrying their text, first record wins
  std::set<DocId> stale_;                  // of those, the ones an earlier merge re-dated
};

/// Whether MergeCorpusGraphs() would process any document of `parts` again (some document
/// carries its text); when not, it equals MergeGraphData() and needs no Pipeline.
bool NeedsPipelineToMerge(const std::vector<GraphData>& parts);

}  // namespace eventgraph

#endif  // EVENTGRAPH_GRAPH_CORPUS_BUILDER_H_
