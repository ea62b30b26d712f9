// SPDX-License-Identifier: Apache-2.0
// Fuzzes the whole pipeline on one document: document → annotations → graph → graph.json. The
// first input byte picks the DCT; the rest is the text. Checks that every span of every stage
// lies inside the document, that indices between annotation vectors are in range, and that the
// graph's JSON reads back (ReadGraphJson) to the same GraphData.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/check.h"
#include "core/diagnostics.h"
#include "core/entity.h"
#include "core/event.h"
#include "core/pipeline.h"
#include "core/text.h"
#include "core/timex.h"
#include "core/token.h"
#include "export/json_reader.h"
#include "export/json_writer.h"
#include "fuzz/fuzz_util.h"
#include "graph/graph_builder.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {
namespace {

const Pipeline& SharedPipeline() {
  static const Pipeline* const kPipeline = [] {
    Result<Pipeline> pipeline = Pipeline::Create(PipelineOptions{});
    EVENTGRAPH_CHECK(pipeline.ok());
    return new Pipeline(std::move(pipeline).value());
  }();
  return *kPipeline;
}

}  // namespace
}  // namespace eventgraph

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using eventgraph::FuzzSpanInside;
  if (size == 0 || size > eventgraph::kFuzzMaxInputBytes / 4) return 0;
  eventgraph::Document document("fuzz", "fuzz.txt",
                                eventgraph::FuzzValidUtf8(std::string_view(
                                    reinterpret_cast<const char*>(data) + 1, size - 1)));
  document.set_dct(eventgraph::FuzzDct(data[0]), eventgraph::DctSource::kOption);
  const size_t text_size = document.text().size();
  eventgraph::Diagnostics diagnostics(false);
  const eventgraph::Annotations annotations =
      eventgraph::SharedPipeline().Process(std::move(document), &diagnostics, nullptr);

  EVENTGRAPH_CHECK(annotations.document.text().size() == text_size);
  for (const eventgraph::Token& token : annotations.tokens) {
    EVENTGRAPH_CHECK(FuzzSpanInside(token.span, text_size));
  }
  for (const eventgraph::Sentence& sentence : annotations.sentences) {
    EVENTGRAPH_CHECK(FuzzSpanInside(sentence.span, text_size));
    EVENTGRAPH_CHECK(sentence.token_end <= annotations.tokens.size());
  }
  for (const eventgraph::Timex& timex : annotations.timexes) {
    EVENTGRAPH_CHECK(FuzzSpanInside(timex.span, text_size));
    EVENTGRAPH_CHECK(timex.sentence < annotations.sentences.size());
  }
  const auto entity_count = static_cast<int64_t>(annotations.entities.size());
  const auto in_entities = [entity_count](int32_t index) {
    return index >= -1 && index < entity_count;
  };
  for (const eventgraph::Mention& mention : annotations.mentions) {
    EVENTGRAPH_CHECK(FuzzSpanInside(mention.span, text_size));
    EVENTGRAPH_CHECK(mention.sentence < annotations.sentences.size());
    EVENTGRAPH_CHECK(in_entities(mention.entity));
  }
  const auto event_count = static_cast<int64_t>(annotations.events.size());
  for (const eventgraph::Event& event : annotations.events) {
    EVENTGRAPH_CHECK(FuzzSpanInside(event.trigger, text_size));
    EVENTGRAPH_CHECK(event.sentence < annotations.sentences.size());
    EVENTGRAPH_CHECK(in_entities(event.place));
    EVENTGRAPH_CHECK(event.timex >= -1 &&
                     event.timex < static_cast<int64_t>(annotations.timexes.size()));
    EVENTGRAPH_CHECK(event.corefers_to >= -1 && event.corefers_to < event_count);
    EVENTGRAPH_CHECK(event.confidence >= 0.0 && event.confidence <= 1.0);
    for (const eventgraph::Participant& participant : event.participants) {
      EVENTGRAPH_CHECK(in_entities(participant.entity));
      EVENTGRAPH_CHECK(FuzzSpanInside(participant.span, text_size));
    }
  }
  for (const eventgraph::Relation& relation : annotations.relations) {
    EVENTGRAPH_CHECK(FuzzSpanInside(relation.span, text_size));
    EVENTGRAPH_CHECK(in_entities(relation.source) && in_entities(relation.target));
    EVENTGRAPH_CHECK(relation.event >= -1 && relation.event < event_count);
  }
  EVENTGRAPH_CHECK(diagnostics.empty());

  std::vector<eventgraph::GraphData> parts;
  parts.push_back(eventgraph::BuildDocumentGraph(annotations));
  const eventgraph::GraphData graph = eventgraph::MergeGraphs(std::move(parts));
  EVENTGRAPH_CHECK(graph.documents.size() == 1);
  const std::string json = eventgraph::WriteGraphJson(graph);
  const eventgraph::Result<eventgraph::GraphData> reread =
      eventgraph::ReadGraphJson(json, "pipeline_fuzzer.json");
  EVENTGRAPH_CHECK(reread.ok());
  EVENTGRAPH_CHECK(reread.value() == graph);
  return 0;
}
