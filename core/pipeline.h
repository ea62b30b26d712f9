// SPDX-License-Identifier: Apache-2.0
// Pipeline: runs every core stage over one document, in order, and returns its Annotations.
#ifndef EVENTGRAPH_CORE_PIPELINE_H_
#define EVENTGRAPH_CORE_PIPELINE_H_

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/entity.h"
#include "core/event.h"
#include "core/status.h"
#include "core/text.h"
#include "core/timex.h"
#include "core/token.h"

namespace eventgraph {

class AliasTable;

/// Everything the core stages found in one document. Indices in one vector refer into the
/// others (Mention::entity → entities, Event::timex → timexes, ...).
struct Annotations {
  Document document;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Timex> timexes;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<Event> events;
  std::vector<Relation> relations;
};

/// Options for Pipeline. Every field states its default.
struct PipelineOptions {
  /// Directory whose *.txt lexicons replace the compiled-in ones of the same name. Default: ""
  /// (compiled-in only). Never resolved against the working directory by the library.
  std::string data_dir;
  /// Stop after this stage: "sentence_splitter", "timex_tagger", "entity_recognizer",
  /// "event_extractor" or "" for all. Default: "" (all stages).
  std::string last_stage;
  /// User alias table (`--aliases FILE`) that forces or forbids entity merges. Default: none.
  std::shared_ptr<const AliasTable> aliases;
};

/// Per-stage counters and wall time, keyed by stage id (ninja METRIC_RECORD). Not thread-safe:
/// use one per thread and Merge().
struct StageStats {
  struct Entry {
    uint64_t calls = 0;
    uint64_t items = 0;  // tokens, sentences, timexes, ... produced
    uint64_t bytes = 0;  // input bytes seen
    std::chrono::nanoseconds time{0};
  };
  std::map<std::string, Entry> stages;

  void Merge(const StageStats& other);
};

namespace internal {
struct PipelineStages;
}

/// Holds one instance of each stage. Process() is const and keeps no state between calls, so one
/// Pipeline can serve concurrent documents. Movable, not copyable.
class Pipeline {
 public:
  static Result<Pipeline> Create(const PipelineOptions& options);

  Pipeline(Pipeline&&) noexcept;
  Pipeline& operator=(Pipeline&&) noexcept;
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;
  ~Pipeline();

  /// Runs the stages over `document` (whose text must be valid UTF-8). Odd input adds
  /// diagnostics; `stats` (optional) receives per-stage timings.
  Annotations Process(Document document, Diagnostics* diagnostics, StageStats* stats) const;

  const PipelineOptions& options() const { return options_; }

 private:
  Pipeline(PipelineOptions options, std::unique_ptr<internal::PipelineStages> stages);
  PipelineOptions options_;
  std::unique_ptr<internal::PipelineStages> stages_;
};

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_PIPELINE_H_
