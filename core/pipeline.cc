// SPDX-License-Identifier: Apache-2.0
// The one place that shows stage order: tokenizer → sentence_splitter → timex_tagger →
// entity_recognizer → event_extractor → relation_extractor. Each stage is timed by a scoped
// timer keyed by its stage id (for `eventgraph build --stats`).
#include "core/pipeline.h"

#include "core/entity_recognizer.h"
#include "core/event_extractor.h"
#include "core/relation_extractor.h"
#include "core/sentence_splitter.h"
#include "core/timex_tagger.h"
#include "core/tokenizer.h"

namespace eventgraph {

void StageStats::Merge(const StageStats& other) {
  for (const auto& [name, e] : other.stages) {
    Entry& mine = stages[name];
    mine.calls += e.calls;
    mine.items += e.items;
    mine.bytes += e.bytes;
    mine.time += e.time;
  }
}

namespace internal {

struct PipelineStages {
  Tokenizer tokenizer;
  SentenceSplitter splitter;
  TimexTagger timex_tagger;
  EntityRecognizer entity_recognizer;
  EventExtractor event_extractor;
  RelationExtractor relation_extractor;
};

}  // namespace internal

namespace {

// Adds the elapsed time of its scope to stats->stages[stage] (ninja METRIC_RECORD).
class ScopedStageTimer {
 public:
  ScopedStageTimer(StageStats* stats, const char* stage, uint64_t bytes)
      : stats_(stats), stage_(stage), bytes_(bytes), start_(std::chrono::steady_clock::now()) {}
  ScopedStageTimer(const ScopedStageTimer&) = delete;
  ScopedStageTimer& operator=(const ScopedStageTimer&) = delete;
  ~ScopedStageTimer() {
    if (stats_ == nullptr) return;
    StageStats::Entry& e = stats_->stages[stage_];
    ++e.calls;
    e.items += items_;
    e.bytes += bytes_;
    e.time += std::chrono::steady_clock::now() - start_;
  }
  void set_items(size_t items) { items_ = items; }

 private:
  StageStats* stats_;
  const char* stage_;
  uint64_t bytes_;
  uint64_t items_ = 0;
  std::chrono::steady_clock::time_point start_;
};

bool StopAfter(const PipelineOptions& options, std::string_view stage) {
  return options.last_stage == stage;
}

}  // namespace

Pipeline::Pipeline(PipelineOptions options, std::unique_ptr<internal::PipelineStages> stages)
    : options_(std::move(options)), stages_(std::move(stages)) {}
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;
Pipeline::~Pipeline() = default;

Result<Pipeline> Pipeline::Create(const PipelineOptions& options) {
  Result<Tokenizer> tokenizer = Tokenizer::Create(options.data_dir);
  if (!tokenizer.ok()) return tokenizer.status();
  Result<SentenceSplitter> splitter = SentenceSplitter::Create(options.data_dir);
  if (!splitter.ok()) return splitter.status();
  Result<TimexTagger> timex = TimexTagger::Create(options.data_dir);
  if (!timex.ok()) return timex.status();
  Result<EntityRecognizer> entities = EntityRecognizer::Create(options.data_dir, options.aliases);
  if (!entities.ok()) return entities.status();
  Result<EventExtractor> events = EventExtractor::Create(options.data_dir);
  if (!events.ok()) return events.status();
  Result<RelationExtractor> relations = RelationExtractor::Create(options.data_dir);
  if (!relations.ok()) return relations.status();
  auto stages = std::make_unique<internal::PipelineStages>(internal::PipelineStages{
      std::move(tokenizer).value(), std::move(splitter).value(), std::move(timex).value(),
      std::move(entities).value(), std::move(events).value(), std::move(relations).value()});
  return Pipeline(options, std::move(stages));
}

Annotations Pipeline::Process(Document document, Diagnostics* diagnostics,
                              StageStats* stats) const {
  Annotations a;
  a.document = std::move(document);
  const Document& doc = a.document;
  const uint64_t bytes = doc.body().size();
  {
    ScopedStageTimer timer(stats, "tokenizer", bytes);
    a.tokens = stages_->tokenizer.Tokenize(doc, doc.body());
    timer.set_items(a.tokens.size());
  }
  {
    ScopedStageTimer timer(stats, "sentence_splitter", bytes);
    a.sentences = stages_->splitter.Split(doc.text(), a.tokens);
    timer.set_items(a.sentences.size());
  }
  if (StopAfter(options_, "sentence_splitter")) return a;
  {
    ScopedStageTimer timer(stats, "timex_tagger", bytes);
    a.timexes = stages_->timex_tagger.Tag(doc, a.tokens, a.sentences, doc.dct(), diagnostics);
    timer.set_items(a.timexes.size());
  }
  if (StopAfter(options_, "timex_tagger")) return a;
  {
    ScopedStageTimer timer(stats, "entity_recognizer", bytes);
    stages_->entity_recognizer.Recognize(doc, a.tokens, a.sentences, a.timexes, &a.mentions,
                                         &a.entities, diagnostics);
    timer.set_items(a.mentions.size());
  }
  if (StopAfter(options_, "entity_recognizer")) return a;
  {
    ScopedStageTimer timer(stats, "event_extractor", bytes);
    a.events = stages_->event_extractor.Extract(a, diagnostics);
    timer.set_items(a.events.size());
  }
  if (StopAfter(options_, "event_extractor")) return a;
  {
    ScopedStageTimer timer(stats, "relation_extractor", bytes);
    a.relations = stages_->relation_extractor.Extract(a, diagnostics);
    timer.set_items(a.relations.size());
  }
  return a;
}

}  // namespace eventgraph
