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

// Removes the event and relation mentions that `docs` reported from `graph`; events and relations
// left without mentions go too. Entities and document records stay: they do not depend on the
// DCT.
void DropMentionsOf(const std::set<DocId>& docs, GraphData* graph) {
  auto of = [&](const SourceRef& s) { return docs.count(s.doc) != 0; };
  std::erase_if(graph->events, [&](EventRecord& e) {
    if (e.mentions.empty()) return false;  // a record without mentions cannot be split
    std::erase_if(e.mentions, [&](const EventMentionRecord& m) {
      return !m.sources.empty() && of(m.sources.front());
    });
    return e.mentions.empty();
  });
  std::erase_if(graph->relations, [&](RelationRecord& r) {
    if (r.mentions.empty()) return false;
    std::erase_if(r.mentions, [&](const RelationMentionRecord& m) { return of(m.source); });
    return r.mentions.empty();
  });
}

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

GraphData BuildCorpusGraph(const Pipeline& pipeline, std::vector<Document> documents,
                           const CorpusBuildOptions& options, Diagnostics* diagnostics,
                           StageStats* stats) {
  const size_t n = documents.size();
  std::vector<GraphData> parts(n);
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
  // Times the merges (and the undated documents redone between them) under "merge".
  const auto start = std::chrono::steady_clock::now();
  GraphData graph = MergeCorpusGraphs(pipeline, std::move(parts));
  if (stats) {
    StageStats::Entry& entry = stats->stages["merge"];
    ++entry.calls;
    entry.items += graph.events.size() + graph.entities.size();
    entry.time += std::chrono::steady_clock::now() - start;
  }
  return graph;
}

bool NeedsPipelineToMerge(const std::vector<GraphData>& parts) {
  for (const GraphData& part : parts) {
    for (const DocumentRecord& d : part.documents) {
      if (!d.text.empty()) return true;
    }
  }
  return false;
}

GraphData MergeCorpusGraphs(const Pipeline& pipeline, std::vector<GraphData> parts) {
  std::map<DocId, DocumentRecord> texts;
  std::set<DocId> stale;
  for (const GraphData& part : parts) {
    for (const DocumentRecord& d : part.documents) {
      if (d.text.empty()) continue;
      texts.emplace(d.id, d);
      if (d.date_source == DctSource::kInferred) stale.insert(d.id);
    }
  }
  if (texts.empty()) return MergeGraphData(std::move(parts));
  // Mentions extracted with a DCT an earlier merge inferred: back to the undated extraction.
  if (!stale.empty()) {
    for (GraphData& part : parts) DropMentionsOf(stale, &part);
    for (const DocId& id : stale) parts.push_back(Reextract(pipeline, texts.at(id), std::nullopt));
  }
  GraphData merged = MergeGraphData(parts);
  std::set<DocId> redo;
  std::map<DocId, CivilDate> dates;
  for (const DocumentRecord& d : InferredDocuments(merged)) {
    if (d.date && texts.count(d.id) != 0) {
      redo.insert(d.id);
      dates[d.id] = *d.date;
    }
  }
  if (redo.empty()) return merged;
  for (GraphData& part : parts) DropMentionsOf(redo, &part);
  for (const DocId& id : redo) parts.push_back(Reextract(pipeline, texts.at(id), dates.at(id)));
  return MergeGraphData(std::move(parts));
}

}  // namespace eventgraph
