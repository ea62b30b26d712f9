// SPDX-License-Identifier: Apache-2.0
// Work distribution: an atomic counter hands out document indices; each result goes to its own
// slot, so the merge sees documents in input order whatever the scheduling. Undated documents
// keep their text in their DocumentRecord: once merged with dated ones they may get an inferred
// DCT and are processed again with it, so "on Friday" resolves (MergeCorpusGraphs()). `build` and
// `merge` share that step, which is what makes extract + merge equal one build.
#include "graph/corpus_builder.h"

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include "graph/graph_builder.h"
#include "graph/merge.h"

namespace eventgraph {
namespace {

// The event and relation mentions of `record`'s document processed again with `dct` (or none).
GraphData Reextract(const Pipeline& pipeline, const DocumentRecord& record,
                    std::optional<CivilDate> dct) {
  Document document(record.id.value(), record.path, record.text);
  document.set_title(record.title);
  document.set_body(record.body);
  if (dct) document.set_dct(*dct, DctSource::kInferred);
  Diagnostics ignored(false);
  GraphData g = BuildDocumentGraph(pipeline.Process(std::move(document), &ignored, nullptr));
  GraphData out;
  out.events = std::move(g.events);
  out.relations = std::move(g.relations);
  return out;
}

}  // namespace

GraphData BuildCorpusGraph(const Pipeline& pipeline, const DocumentSource& source, size_t total,
                           const CorpusBuildOptions& options, Diagnostics* diagnostics,
                           StageStats* stats) {
  unsigned jobs = options.jobs == 0 ? std::thread::hardware_concurrency() : options.jobs;
  if (jobs == 0) jobs = 1;
  if (total != 0 && jobs > total) jobs = static_cast<unsigned>(total);
  const bool diagnose = diagnostics == nullptr || diagnostics->enabled();
  std::vector<StageStats> thread_stats(jobs);
  CorpusMerger merger;
  std::chrono::nanoseconds merge_time{0};

  // Documents are handed out in input order under `source_mutex`; finished ones wait in
  // `pending` until every earlier one is folded into `merger`, so the merge (and the order of
  // the diagnostics) sees document order whatever the scheduling.
  std::mutex source_mutex;
  size_t next_index = 0;
  bool exhausted = false;
  std::mutex pending_mutex;
  std::map<size_t, std::pair<GraphData, Diagnostics>> pending;
  size_t next_to_fold = 0;
  size_t done = 0;
  std::mutex fold_mutex;
  std::mutex progress_mutex;

  // Folds the finished documents that are next in order; a no-op when another thread folds.
  auto fold = [&](bool wait) {
    std::unique_lock<std::mutex> fold_lock(fold_mutex, std::defer_lock);
    if (wait) {
      fold_lock.lock();
    } else if (!fold_lock.try_lock()) {
      return;
    }
    while (true) {
      std::pair<GraphData, Diagnostics> item;
      {
        std::lock_guard<std::mutex> lock(pending_mutex);
        auto it = pending.find(next_to_fold);
        if (it == pending.end()) return;
        item = std::move(it->second);
        pending.erase(it);
        ++next_to_fold;
      }
      if (diagnostics) diagnostics->Append(item.second);
      const auto start = std::chrono::steady_clock::now();
      merger.Add(std::move(item.first));
      merge_time += std::chrono::steady_clock::now() - start;
    }
  };

  auto worker = [&](unsigned thread_index) {
    while (true) {
      Document document;
      size_t i = 0;
      {
        std::lock_guard<std::mutex> lock(source_mutex);
        if (exhausted || !source(&document)) {
          exhausted = true;
          break;
        }
        i = next_index++;
      }
      Diagnostics diags(diagnose);
      Annotations a = pipeline.Process(std::move(document), &diags,
                                       stats ? &thread_stats[thread_index] : nullptr);
      const auto graph_start = std::chrono::steady_clock::now();
      // Atoms, not BuildDocumentGraph(): the merger clusters them with all the others anyway.
      GraphData part = BuildDocumentAtoms(std::move(a));
      if (stats) {
        StageStats::Entry& entry = thread_stats[thread_index].stages["graph_build"];
        ++entry.calls;
        entry.items += part.events.size() + part.entities.size();
        entry.time += std::chrono::steady_clock::now() - graph_start;
      }
      a = Annotations();
      size_t finished = 0;
      {
        std::lock_guard<std::mutex> lock(pending_mutex);
        pending.emplace(i, std::make_pair(std::move(part), std::move(diags)));
        finished = ++done;
      }
      if (options.progress) {
        std::lock_guard<std::mutex> lock(progress_mutex);
        options.progress(finished, std::max(total, finished));
      }
      fold(false);
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
  fold(true);  // what a thread left behind when it lost the race for fold_mutex
  if (stats) {
    for (const StageStats& s : thread_stats) stats->Merge(s);
  }
  // Times the folds, the final merge and the undated documents redone in it under "merge".
  const auto start = std::chrono::steady_clock::now();
  GraphData graph = merger.Finish(&pipeline);
  if (stats) {
    StageStats::Entry& entry = stats->stages["merge"];
    ++entry.calls;
    entry.items += graph.events.size() + graph.entities.size();
    entry.time += merge_time + (std::chrono::steady_clock::now() - start);
  }
  return graph;
}

GraphData BuildCorpusGraph(const Pipeline& pipeline, std::vector<Document> documents,
                           const CorpusBuildOptions& options, Diagnostics* diagnostics,
                           StageStats* stats) {
  size_t next = 0;
  DocumentSource source = [&](Document* out) {
    if (next >= documents.size()) return false;
    *out = std::move(documents[next++]);
    return true;
  };
  return BuildCorpusGraph(pipeline, source, documents.size(), options, diagnostics, stats);
}

bool NeedsPipelineToMerge(const std::vector<GraphData>& parts) {
  for (const GraphData& part : parts) {
    for (const DocumentRecord& d : part.documents) {
      if (!d.text.empty()) return true;
    }
  }
  return false;
}

void CorpusMerger::Add(GraphData part) {
  for (const DocumentRecord& d : part.documents) {
    if (d.text.empty()) continue;
    texts_.emplace(d.id, d);
    if (d.date_source == DctSource::kInferred) stale_.insert(d.id);
  }
  merger_.Add(std::move(part));
}

GraphData CorpusMerger::Finish(const Pipeline* pipeline) {
  std::map<DocId, DocumentRecord> texts = std::move(texts_);
  std::set<DocId> stale = std::move(stale_);
  texts_.clear();
  stale_.clear();
  if (texts.empty() || pipeline == nullptr) return merger_.Finish();
  // Mentions extracted with a DCT an earlier merge inferred: back to the undated extraction.
  if (!stale.empty()) {
    merger_.DropMentionsOf(stale);
    for (const DocId& id : stale) merger_.Add(Reextract(*pipeline, texts.at(id), std::nullopt));
  }
  GraphData merged = merger_.Merged();
  std::set<DocId> redo;
  std::map<DocId, CivilDate> dates;
  for (const DocumentRecord& d : InferredDocuments(merged)) {
    if (d.date && texts.count(d.id) != 0) {
      redo.insert(d.id);
      dates[d.id] = *d.date;
    }
  }
  if (redo.empty()) {
    merger_ = GraphMerger();  // leaves the merger empty
    return merged;
  }
  merged = GraphData();
  merger_.DropMentionsOf(redo);
  for (const DocId& id : redo) merger_.Add(Reextract(*pipeline, texts.at(id), dates.at(id)));
  return merger_.Finish();
}

GraphData MergeCorpusGraphs(const Pipeline& pipeline, std::vector<GraphData> parts) {
  CorpusMerger merger;
  for (GraphData& part : parts) merger.Add(std::move(part));
  parts.clear();
  return merger.Finish(&pipeline);
}

}  // namespace eventgraph
