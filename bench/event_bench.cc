// SPDX-License-Identifier: Apache-2.0
// Event extraction throughput: MB/s of article text for EventExtractor::Extract alone, on
// annotations (tokens, sentences, timexes, entities) prepared beforehand by the pipeline.
//
//   event_bench [CORPUS.jsonl] [--smoke]
//
// Default corpus: ../shared/news/reuters21578.jsonl beside the checkout. --smoke processes the
// first 200 documents once (CI). Without a corpus it prints a note and exits 0. Reports the best
// of three passes, in CPU time (on a busy machine wall time measures the neighbours).
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "core/event_extractor.h"
#include "core/file_source.h"
#include "core/pipeline.h"
#include "export/corpus_reader.h"

int main(int argc, char** argv) {
  using namespace eventgraph;
  std::string path = EVENTGRAPH_SOURCE_DIR "/../shared/news/reuters21578.jsonl";
  bool smoke = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--smoke") {
      smoke = true;
    } else {
      path = arg;
    }
  }
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    std::cout << "event_bench: no corpus at " << path << "; skipped\n";
    return 0;
  }
  Diagnostics diagnostics(false);
  DiskFileSource files;
  Corpus corpus = ReadCorpus({path}, CorpusOptions{}, files, nullptr, &diagnostics);
  if (smoke && corpus.documents.size() > 200) corpus.documents.resize(200);
  PipelineOptions options;
  options.last_stage = "entity_recognizer";
  Result<Pipeline> pipeline = Pipeline::Create(options);
  Result<EventExtractor> extractor = EventExtractor::Create("");
  if (!pipeline.ok() || !extractor.ok()) {
    std::cerr << "event_bench: setup failed\n";
    return 1;
  }
  std::vector<Annotations> prepared;
  prepared.reserve(corpus.documents.size());
  size_t bytes = 0;
  for (Document& document : corpus.documents) {
    bytes += document.body().size();
    prepared.push_back(pipeline->Process(std::move(document), &diagnostics, nullptr));
  }
  double best = 0;
  size_t events = 0;
  for (int pass = 0; pass < (smoke ? 1 : 3); ++pass) {
    events = 0;
    const std::clock_t begin = std::clock();
    for (const Annotations& a : prepared) events += extractor->Extract(a, nullptr).size();
    const double seconds = static_cast<double>(std::clock() - begin) / CLOCKS_PER_SEC;
    best = pass == 0 ? seconds : std::min(best, seconds);
  }
  const double mb = static_cast<double>(bytes) / 1e6;
  std::printf("event_bench: %zu documents, %.1f MB, %zu events\n", prepared.size(), mb, events);
  std::printf("event_extractor  %8.1f ms cpu  %7.1f MB/s\n", best * 1e3,
              best > 0 ? mb / best : 0.0);
  return 0;
}
