// SPDX-License-Identifier: Apache-2.0
// Query latency on a built graph: loads GRAPH.json once (timed separately, as `eventgraph query`
// pays it on every call), then times each query of `eventgraph query` on it, in milliseconds.
// The actors asked about are the two top entities by degree, so any corpus works.
//
//   query_bench GRAPH.json [--runs N]
//   query_bench --smoke          builds the samples/ graph in-process, one run each (CI)
//
// Each query runs N times (default 20; betweenness, which is O(V·E), once); the best time is
// reported.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "core/file_source.h"
#include "core/pipeline.h"
#include "export/corpus_reader.h"
#include "export/json_reader.h"
#include "graph/corpus_builder.h"
#include "graph/knowledge_graph.h"
#include "graph/query.h"
#include "graph/timeline.h"

namespace {

using Clock = std::chrono::steady_clock;

double Millis(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

// Best wall time of `runs` calls of `query`, in ms; `answers` gets the size of the last answer.
double Best(int runs, const std::function<size_t()>& query, size_t* answers) {
  double best = 1e300;
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    *answers = query();
    best = std::min(best, Millis(Clock::now() - start));
  }
  return best;
}

// The graph of samples/ (for --smoke without a graph file).
eventgraph::Result<eventgraph::GraphData> BuildSamplesGraph() {
  using namespace eventgraph;
  Result<Pipeline> pipeline = Pipeline::Create(PipelineOptions{});
  if (!pipeline.ok()) return pipeline.status();
  Diagnostics diagnostics(false);
  DiskFileSource files;
  Corpus corpus =
      ReadCorpus({EVENTGRAPH_SOURCE_DIR "/samples"}, CorpusOptions{}, files, nullptr, &diagnostics);
  return BuildCorpusGraph(*pipeline, std::move(corpus.documents), CorpusBuildOptions{},
                          &diagnostics, nullptr);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace eventgraph;
  std::string path;
  int runs = 20;
  bool smoke = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--smoke") {
      smoke = true;
      runs = 1;
    } else if (arg == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (!arg.empty() && arg[0] != '-') {
      path = arg;
    } else {
      std::cerr << "usage: query_bench GRAPH.json [--runs N] | query_bench --smoke\n";
      return 2;
    }
  }
  if (path.empty() && !smoke) {
    std::cerr << "usage: query_bench GRAPH.json [--runs N] | query_bench --smoke\n";
    return 2;
  }
  const auto load_start = Clock::now();
  Result<GraphData> data = path.empty() ? BuildSamplesGraph() : ReadGraphJsonFile(path);
  if (!data.ok()) {
    std::cerr << "query_bench: " << data.status().message() << "\n";
    return 1;
  }
  const double read_ms = Millis(Clock::now() - load_start);
  const auto graph_start = Clock::now();
  const KnowledgeGraph graph(std::move(data).value());
  const double graph_ms = Millis(Clock::now() - graph_start);
  const GraphData& g = graph.data();
  std::printf("graph: %zu entities, %zu events, %zu relations; %s %.1f ms, index %.1f ms\n",
              g.entities.size(), g.events.size(), g.relations.size(),
              path.empty() ? "built samples/ in" : "read", read_ms, graph_ms);

  const std::vector<RankRow> top = TopEntities(graph, RankBy::kDegree, 2);
  if (top.size() < 2) {
    std::printf("query_bench: fewer than two entities; nothing to ask\n");
    return 0;
  }
  const std::string a = g.entities[top[0].entity].name;
  const std::string b = g.entities[top[1].entity].name;
  std::printf("actors: A = %s, B = %s\n", a.c_str(), b.c_str());

  struct Row {
    std::string name;
    int runs;
    std::function<size_t()> query;
  };
  const std::vector<Row> rows = {
      {"entity A", runs, [&] { return QueryEntity(graph, a).ok() ? size_t{1} : size_t{0}; }},
      {"relations A", runs,
       [&] {
         Result<std::vector<size_t>> r = QueryRelations(graph, RelationQuery{a, "", "", {}});
         return r.ok() ? r->size() : 0;
       }},
      {"relations A B", runs,
       [&] {
         Result<std::vector<size_t>> r = QueryRelations(graph, RelationQuery{a, b, "", {}});
         return r.ok() ? r->size() : 0;
       }},
      {"timeline --actor A", runs,
       [&] {
         TimelineQuery q;
         q.actors = {a};
         Result<std::vector<size_t>> r = QueryTimeline(graph, q);
         return r.ok() ? r->size() : 0;
       }},
      {"timeline (all)", runs,
       [&] {
         Result<std::vector<size_t>> r = QueryTimeline(graph, TimelineQuery{});
         return r.ok() ? r->size() : 0;
       }},
      {"path A B", runs,
       [&] {
         Result<std::vector<PathHop>> r = QueryPath(graph, a, b);
         return r.ok() ? r->size() : 0;
       }},
      {"neighbors A --hops 2", runs,
       [&] {
         Result<std::vector<NeighborRow>> r = QueryNeighbors(graph, a, 2);
         return r.ok() ? r->size() : 0;
       }},
      {"top --by degree", runs, [&] { return TopEntities(graph, RankBy::kDegree, 10).size(); }},
      {"top --by mentions", runs, [&] { return TopEntities(graph, RankBy::kMentions, 10).size(); }},
      {"top --by betweenness", 1,
       [&] { return TopEntities(graph, RankBy::kBetweenness, 10).size(); }},
  };
  std::printf("%-24s %10s %8s\n", "query", "best ms", "answers");
  for (const Row& row : rows) {
    size_t answers = 0;
    const double ms = Best(row.runs, row.query, &answers);
    std::printf("%-24s %10.3f %8zu\n", row.name.c_str(), ms, answers);
  }
  return 0;
}
