// SPDX-License-Identifier: Apache-2.0
// Work distribution: an atomic counter hands out document indices; each result goes to its own
// slot, so the merge sees documents in input order whatever the scheduling.
#include "graph/corpus_builder.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include "graph/graph_builder.h"
#include "graph/merge.h"

namespace eventgraph {

GraphData BuildCorpusGraph(const Pipeline& pipeline, std::vector<Document> documents,
                           const CorpusBuildOptions& options, Diagnostics* diagnostics,
                           StageStats* stats) {
  const size_t n = documents.size();
  std::vector<GraphData> parts(n);
  // Undated documents are kept aside: once merged with dated ones they may get an inferred DCT
  // and are processed again with it, so "on Friday" resolves (see InferredDocuments()).
  std::vector<std::pair<size_t, Document>> undated;
  for (size_t i = 0; i < n; ++i) {
    if (!documents[i].dct() || !documents[i].dct()->complete())
      undated.emplace_back(i, documents[i]);
  }
  std::vector<Diagnostics> diags(n, Diagnostics(diagnostics == nullptr || diagnostics->enabled()));
  unsigned jobs = options.jobs == 0 ? std::thread::hardware_concurrency() : options.jobs;
  if (jobs == 0) jobs = 1;
  if (jobs > n) jobs = static_cast<unsigned>(n == 0 ? 1 : n);
  std::vector<StageStats> thread_stats(jobs);
  std::atomic<size_t> next{0};
  std::atomic<size_t> done{0};
  std::mutex progress_mutex;

  auto worker = [&](unsigned thread_index) {
    while (true) {
      const size_t i = next.fetch_add(1);
      if (i >= n) break;
      Annotations a = pipeline.Process(std::move(documents[i]), &diags[i],
                                       stats ? &thread_stats[thread_index] : nullptr);
      const auto graph_start = std::chrono::steady_clock::now();
      parts[i] = BuildDocumentGraph(a);
      if (stats) {
        StageStats::Entry& entry = thread_stats[thread_index].stages["graph_build"];
        ++entry.calls;
        entry.items += parts[i].events.size() + parts[i].entities.size();
        entry.time += std::chrono::steady_clock::now() - graph_start;
      }
      const size_t finished = done.fetch_add(1) + 1;
      if (options.progress) {
        std::lock_guard<std::mutex> lock(progress_mutex);
        options.progress(finished, n);
      }
    }
  };
  if (jobs == 1) {
    worker(0);
  } else {
    std::vector<std::thread> threads;
    threads.reserve(jobs);
    for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker, t);
    for (std::thread& t : threads) t.join();
  }
  if (diagnostics) {
    for (const Diagnostics& d : diags) diagnostics->Append(d);
  }
  if (stats) {
    for (const StageStats& s : thread_stats) stats->Merge(s);
  }
  // Times the merges under "merge" (the second one only when undated documents were redone).
  auto merge = [stats](std::vector<GraphData> graphs) {
    const auto start = std::chrono::steady_clock::now();
    GraphData graph = MergeGraphs(std::move(graphs));
    if (stats) {
      StageStats::Entry& entry = stats->stages["merge"];
      ++entry.calls;
      entry.items += graph.events.size() + graph.entities.size();
      entry.time += std::chrono::steady_clock::now() - start;
    }
    return graph;
  };
  if (undated.empty()) return merge(std::move(parts));
  GraphData merged = merge(parts);
  std::vector<DocumentRecord> inferred = InferredDocuments(merged);
  if (inferred.empty()) return merged;
  bool reprocessed = false;
  for (auto& [index, document] : undated) {
    for (const DocumentRecord& record : inferred) {
      if (record.id.value() != document.id() || !record.date) continue;
      document.set_dct(*record.date, DctSource::kInferred);
      Diagnostics ignored(false);
      Annotations a = pipeline.Process(std::move(document), &ignored, nullptr);
      parts[index] = BuildDocumentGraph(a);
      reprocessed = true;
      break;
    }
  }
  return reprocessed ? merge(std::move(parts)) : merged;
}

}  // namespace eventgraph
