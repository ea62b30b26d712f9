// SPDX-License-Identifier: Apache-2.0
// Benchmarks tokenizing + sentence splitting + timex tagging (TimexTagger with normalization):
// MB/s, tokens/s, timexes and documents/s on one core; then tagging alone over tokens and
// sentences prepared beforehand (the issue 7 target: >= 70 MB/s).
//
// Input, in order of preference: --input PATH... (anything ReadCorpus reads), else
// ../shared/news/reuters21578.jsonl beside the source tree (19,043 real articles), else
// samples/ replicated to --size-mb (default 16). Each document is tokenized over its body and
// split into sentences; the best of --runs passes (default 3) is reported, so one-off
// interference from the other core does not count. MB are 10^6 bytes of document body.
//
// Documents are tagged against their own DCT (the Reuters JSONL carries one).
//
//   build-release/bench/timex_bench            full run
//   build-release/bench/timex_bench --smoke    about 1 MB, one pass (CI)

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "core/diagnostics.h"
#include "core/file_source.h"
#include "core/sentence_splitter.h"
#include "core/text.h"
#include "core/timex_tagger.h"
#include "core/token.h"
#include "core/tokenizer.h"
#include "export/corpus_reader.h"

namespace eventgraph {
namespace {

constexpr const char* kUsage =
    "usage: timex_bench [--smoke] [--runs N] [--size-mb N] [--input PATH...]\n";

struct BenchOptions {
  bool smoke = false;
  int runs = 3;
  double size_mb = 16.0;
  std::vector<std::string> inputs;
};

struct Totals {
  uint64_t documents = 0;
  uint64_t bytes = 0;
  uint64_t tokens = 0;
  uint64_t sentences = 0;
  uint64_t timexes = 0;
};

// Parses argv; returns false (after printing usage) on a bad argument.
bool ParseArgs(int argc, char** argv, BenchOptions* options) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--smoke") {
      options->smoke = true;
    } else if (arg == "--runs" && has_value) {
      options->runs = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--size-mb" && has_value) {
      options->size_mb = std::max(0.001, std::atof(argv[++i]));
    } else if (arg == "--input" && has_value) {
      options->inputs.emplace_back(argv[++i]);
    } else if (arg == "--help" || arg == "-h") {
      std::cout << kUsage;
      std::exit(0);
    } else {
      std::cerr << "timex_bench: bad argument '" << arg << "'\n" << kUsage;
      return false;
    }
  }
  if (options->smoke) {
    options->runs = 1;
    options->size_mb = std::min(options->size_mb, 1.0);
  }
  return true;
}

// CPU time of this thread: unlike wall time it does not grow when other processes share the
// cores, so MB/s "on one core" stays comparable on a busy machine.
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

uint64_t BodyBytes(const std::vector<Document>& documents) {
  uint64_t bytes = 0;
  for (const Document& document : documents) bytes += document.body().size();
  return bytes;
}

// Loads the benchmark input and says where it came from in *description.
std::vector<Document> LoadInput(const BenchOptions& options, std::string* description) {
  std::vector<std::string> inputs = options.inputs;
  bool replicate = false;
  if (inputs.empty()) {
    const std::string reuters = EVENTGRAPH_SOURCE_DIR "/../shared/news/reuters21578.jsonl";
    std::error_code ec;
    if (std::filesystem::is_regular_file(reuters, ec)) {
      inputs.push_back(reuters);
      *description = "reuters21578.jsonl";
    } else {
      inputs.push_back(EVENTGRAPH_SOURCE_DIR "/samples");
      replicate = true;
      *description = "samples/ replicated";
    }
  } else {
    *description = inputs.front() + (inputs.size() > 1 ? " (and more)" : "");
  }
  Diagnostics diagnostics(false);
  DiskFileSource files;
  Corpus corpus = ReadCorpus(inputs, CorpusOptions{}, files, nullptr, &diagnostics);
  std::vector<Document> documents = std::move(corpus.documents);
  if (documents.empty()) return documents;

  const auto limit = static_cast<uint64_t>(options.size_mb * 1e6);
  if (replicate) {
    // Copies of the samples with distinct ids until the body bytes reach the target size.
    const std::vector<Document> originals = documents;
    uint64_t bytes = BodyBytes(documents);
    for (size_t copy = 1; bytes < limit; ++copy) {
      for (const Document& original : originals) {
        Document document(original.id() + "#" + std::to_string(copy), original.path(),
                          original.text());
        document.set_body(original.body());
        document.set_dct(original.dct(), original.dct_source());
        bytes += document.body().size();
        documents.push_back(std::move(document));
      }
    }
  } else if (options.smoke) {
    // A prefix of a real corpus.
    uint64_t bytes = 0;
    size_t keep = 0;
    while (keep < documents.size() && bytes < limit) bytes += documents[keep++].body().size();
    documents.resize(keep);
  }
  return documents;
}

}  // namespace
}  // namespace eventgraph

int main(int argc, char** argv) {
  using eventgraph::Document;
  eventgraph::BenchOptions options;
  if (!eventgraph::ParseArgs(argc, argv, &options)) return 2;

  eventgraph::Result<eventgraph::Tokenizer> tokenizer = eventgraph::Tokenizer::Create("");
  eventgraph::Result<eventgraph::SentenceSplitter> splitter =
      eventgraph::SentenceSplitter::Create("");
  eventgraph::Result<eventgraph::TimexTagger> tagger = eventgraph::TimexTagger::Create("");
  if (!tokenizer.ok() || !splitter.ok() || !tagger.ok()) {
    std::cerr << "timex_bench: "
              << (!tokenizer.ok()  ? tokenizer.status()
                  : !splitter.ok() ? splitter.status()
                                   : tagger.status())
                     .ToString()
              << "\n";
    return 1;
  }

  std::string description;
  const std::vector<Document> documents = eventgraph::LoadInput(options, &description);
  if (documents.empty()) {
    std::cerr << "timex_bench: no documents in the input (" << description << ")\n";
    return 1;
  }

  eventgraph::Totals totals;
  double best_seconds = 0.0;
  double best_cpu_seconds = 0.0;
  for (int run = 0; run < options.runs; ++run) {
    eventgraph::Totals pass;
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = eventgraph::ThreadCpuSeconds();
    for (const Document& document : documents) {
      const std::vector<eventgraph::Token> tokens = tokenizer->Tokenize(document, document.body());
      const std::vector<eventgraph::Sentence> sentences = splitter->Split(document.text(), tokens);
      eventgraph::Diagnostics diagnostics(false);
      const std::vector<eventgraph::Timex> timexes =
          tagger->Tag(document, tokens, sentences, document.dct(), &diagnostics);
      pass.timexes += timexes.size();
      ++pass.documents;
      pass.bytes += document.body().size();
      pass.tokens += tokens.size();
      pass.sentences += sentences.size();
    }
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    const double cpu = eventgraph::ThreadCpuSeconds() - cpu_start;
    if (run == 0 || elapsed.count() < best_seconds) best_seconds = elapsed.count();
    if (run == 0 || cpu < best_cpu_seconds) best_cpu_seconds = cpu;
    totals = pass;
  }

  // Tagging alone: the tokens and sentences of every document prepared once, then only Tag()
  // timed (best of the same number of passes).
  std::vector<std::vector<eventgraph::Token>> all_tokens;
  std::vector<std::vector<eventgraph::Sentence>> all_sentences;
  all_tokens.reserve(documents.size());
  all_sentences.reserve(documents.size());
  for (const Document& document : documents) {
    all_tokens.push_back(tokenizer->Tokenize(document, document.body()));
    all_sentences.push_back(splitter->Split(document.text(), all_tokens.back()));
  }
  double best_tag_cpu_seconds = 0.0;
  for (int run = 0; run < options.runs; ++run) {
    uint64_t timexes = 0;
    const double cpu_start = eventgraph::ThreadCpuSeconds();
    for (size_t d = 0; d < documents.size(); ++d) {
      eventgraph::Diagnostics diagnostics(false);
      timexes +=
          tagger
              ->Tag(documents[d], all_tokens[d], all_sentences[d], documents[d].dct(), &diagnostics)
              .size();
    }
    const double cpu = eventgraph::ThreadCpuSeconds() - cpu_start;
    if (run == 0 || cpu < best_tag_cpu_seconds) best_tag_cpu_seconds = cpu;
    if (timexes != totals.timexes) {
      std::cerr << "timex_bench: tagging alone found " << timexes << " timexes, not "
                << totals.timexes << "\n";
      return 1;
    }
  }

  const double seconds = std::max(best_seconds, 1e-9);
  std::printf("timex_bench: tokenize + split + tag timexes, %s%s, best of %d run(s)\n",
              description.c_str(), options.smoke ? " (smoke)" : "", options.runs);
  std::printf("  documents %llu, %.2f MB, %llu tokens, %llu sentences, %llu timexes, %.3f s\n",
              static_cast<unsigned long long>(totals.documents),
              static_cast<double>(totals.bytes) / 1e6,
              static_cast<unsigned long long>(totals.tokens),
              static_cast<unsigned long long>(totals.sentences),
              static_cast<unsigned long long>(totals.timexes), seconds);
  std::printf("  %.1f MB/s of CPU time (%.3f s)\n",
              static_cast<double>(totals.bytes) / 1e6 / std::max(best_cpu_seconds, 1e-9),
              best_cpu_seconds);
  std::printf("  tagging alone: %.1f MB/s of CPU time (%.3f s)\n",
              static_cast<double>(totals.bytes) / 1e6 / std::max(best_tag_cpu_seconds, 1e-9),
              best_tag_cpu_seconds);
  std::printf("  %.1f MB/s  %.0f tokens/s  %.0f documents/s (wall)\n",
              static_cast<double>(totals.bytes) / 1e6 / seconds,
              static_cast<double>(totals.tokens) / seconds,
              static_cast<double>(totals.documents) / seconds);
  return 0;
}
