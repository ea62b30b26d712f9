// SPDX-License-Identifier: Apache-2.0
// Entity recognition throughput: MB/s of article text for the text layer (tokenizer + sentence
// splitter) and for entity recognition + resolution, measured separately on the same corpus.
//
//   entity_bench [CORPUS.jsonl | --input CORPUS.jsonl] [--smoke] [--runs N]
//
// Default corpus: ../shared/news/reuters21578.jsonl beside the checkout. --smoke processes the
// first 200 documents once (CI). --runs N (default 3) passes over the corpus N times and reports
// the best pass of each side (the machine is shared). Without a corpus it prints a note and
// exits 0. The target: recognition + resolution may cost at most as much time as the
// text layer (together, at most half the text layer's speed), so a ratio <= 1.0.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <limits>
#include <string>
#include <vector>

#include "core/entity_recognizer.h"
#include "core/file_source.h"
#include "core/sentence_splitter.h"
#include "core/tokenizer.h"
#include "export/corpus_reader.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

}  // namespace

int main(int argc, char** argv) {
  using namespace eventgraph;
  std::string path = EVENTGRAPH_SOURCE_DIR "/../shared/news/reuters21578.jsonl";
  bool smoke = false;
  int runs = 3;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--smoke") {
      smoke = true;
      runs = 1;
    } else if (arg == "--input" && i + 1 < argc) {  // as the other benches (scripts/bench.sh)
      path = argv[++i];
    } else if (arg == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else {
      path = arg;
    }
  }
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    std::cout << "entity_bench: no corpus at " << path << "; skipped\n";
    return 0;
  }
  Diagnostics diagnostics(false);
  auto load_begin = Clock::now();
  DiskFileSource files;
  Corpus corpus = ReadCorpus({path}, CorpusOptions{}, files, nullptr, &diagnostics);
  if (smoke && corpus.documents.size() > 200) corpus.documents.resize(200);
  auto load_end = Clock::now();

  auto setup_begin = Clock::now();
  Result<Tokenizer> tokenizer = Tokenizer::Create("");
  Result<SentenceSplitter> splitter = SentenceSplitter::Create("");
  Result<EntityRecognizer> recognizer = EntityRecognizer::Create("");
  auto setup_end = Clock::now();
  if (!tokenizer.ok() || !splitter.ok() || !recognizer.ok()) {
    std::cerr << "entity_bench: setup failed\n";
    return 1;
  }

  size_t bytes = 0;
  size_t tokens_total = 0;
  size_t mentions_total = 0;
  size_t entities_total = 0;
  Clock::duration best_text_time = Clock::duration::max();
  Clock::duration best_entity_time = Clock::duration::max();
  std::clock_t best_text_cpu = std::numeric_limits<std::clock_t>::max();
  std::clock_t best_entity_cpu = std::numeric_limits<std::clock_t>::max();
  for (int run = 0; run < runs; ++run) {
    bytes = 0;
    tokens_total = 0;
    mentions_total = 0;
    entities_total = 0;
    Clock::duration text_time{};
    Clock::duration entity_time{};
    // CPU time too: on a busy machine wall time measures the neighbours.
    std::clock_t text_cpu = 0;
    std::clock_t entity_cpu = 0;
    for (const Document& document : corpus.documents) {
      bytes += document.body().size();
      auto t0 = Clock::now();
      std::clock_t c0 = std::clock();
      std::vector<Token> tokens = tokenizer.value().Tokenize(document, document.body());
      std::vector<Sentence> sentences = splitter.value().Split(document.text(), tokens);
      auto t1 = Clock::now();
      std::clock_t c1 = std::clock();
      std::vector<Mention> mentions;
      std::vector<Entity> entities;
      recognizer.value().Recognize(document, tokens, sentences, {}, &mentions, &entities,
                                   &diagnostics);
      auto t2 = Clock::now();
      std::clock_t c2 = std::clock();
      text_time += t1 - t0;
      entity_time += t2 - t1;
      text_cpu += c1 - c0;
      entity_cpu += c2 - c1;
      tokens_total += tokens.size();
      mentions_total += mentions.size();
      entities_total += entities.size();
    }
    best_text_time = std::min(best_text_time, text_time);
    best_entity_time = std::min(best_entity_time, entity_time);
    best_text_cpu = std::min(best_text_cpu, text_cpu);
    best_entity_cpu = std::min(best_entity_cpu, entity_cpu);
  }
  const Clock::duration text_time = best_text_time;
  const Clock::duration entity_time = best_entity_time;
  const std::clock_t text_cpu = best_text_cpu;
  const std::clock_t entity_cpu = best_entity_cpu;
  const double mb = static_cast<double>(bytes) / 1e6;
  std::printf("corpus: %s (%zu documents, %.1f MB, %zu tokens; read in %.2f s)\n", path.c_str(),
              corpus.documents.size(), mb, tokens_total, Seconds(load_end - load_begin));
  std::printf("setup: recognizer + text layer %.3f s\n", Seconds(setup_end - setup_begin));
  const double text_cpu_s = static_cast<double>(text_cpu) / CLOCKS_PER_SEC;
  const double entity_cpu_s = static_cast<double>(entity_cpu) / CLOCKS_PER_SEC;
  std::printf("text layer (tokenizer + splitter): wall %.3f s, %.1f MB/s; cpu %.3f s, %.1f MB/s\n",
              Seconds(text_time), mb / Seconds(text_time), text_cpu_s, mb / text_cpu_s);
  std::printf(
      "entity recognition + resolution:   wall %.3f s, %.1f MB/s; cpu %.3f s, %.1f MB/s "
      "(%zu mentions, %zu entities)\n",
      Seconds(entity_time), mb / Seconds(entity_time), entity_cpu_s, mb / entity_cpu_s,
      mentions_total, entities_total);
  std::printf("best of %d runs\n", runs);
  std::printf(
      "ratio entity/text cpu time: %.2f (target <= 1.0: together at most half the text "
      "layer's speed)\n",
      entity_cpu_s / text_cpu_s);
  return 0;
}
