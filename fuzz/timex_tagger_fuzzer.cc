// SPDX-License-Identifier: Apache-2.0
// Fuzzes TimexTagger::Tag over tokenized, split text. The first input byte picks the DCT (none,
// complete, partial, extreme); the rest is the document. Checks that timexes are sorted, do not
// overlap, lie inside the body and point at existing sentences.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/check.h"
#include "core/diagnostics.h"
#include "core/sentence_splitter.h"
#include "core/text.h"
#include "core/timex.h"
#include "core/timex_tagger.h"
#include "core/tokenizer.h"
#include "fuzz/fuzz_util.h"

namespace eventgraph {
namespace {

struct Stages {
  Tokenizer tokenizer;
  SentenceSplitter splitter;
  TimexTagger tagger;
};

const Stages& SharedStages() {
  static const Stages* const kStages = [] {
    Result<Tokenizer> tokenizer = Tokenizer::Create("");
    Result<SentenceSplitter> splitter = SentenceSplitter::Create("");
    Result<TimexTagger> tagger = TimexTagger::Create("");
    EVENTGRAPH_CHECK(tokenizer.ok() && splitter.ok() && tagger.ok());
    return new Stages{std::move(tokenizer).value(), std::move(splitter).value(),
                      std::move(tagger).value()};
  }();
  return *kStages;
}

}  // namespace
}  // namespace eventgraph

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > eventgraph::kFuzzMaxInputBytes) return 0;
  const std::optional<eventgraph::CivilDate> dct = eventgraph::FuzzDct(data[0]);
  eventgraph::Document document("fuzz", "fuzz.txt",
                                eventgraph::FuzzValidUtf8(std::string_view(
                                    reinterpret_cast<const char*>(data) + 1, size - 1)));
  document.set_dct(dct, eventgraph::DctSource::kOption);
  const eventgraph::Stages& stages = eventgraph::SharedStages();
  const std::vector<eventgraph::Token> tokens =
      stages.tokenizer.Tokenize(document, document.body());
  const std::vector<eventgraph::Sentence> sentences =
      stages.splitter.Split(document.text(), tokens);
  eventgraph::Diagnostics diagnostics(false);
  const std::vector<eventgraph::Timex> timexes =
      stages.tagger.Tag(document, tokens, sentences, dct, &diagnostics);
  uint32_t previous_end = document.body().begin;
  for (const eventgraph::Timex& timex : timexes) {
    EVENTGRAPH_CHECK(!timex.span.empty());
    EVENTGRAPH_CHECK(timex.span.begin >= previous_end);
    EVENTGRAPH_CHECK(document.body().Contains(timex.span));
    EVENTGRAPH_CHECK(timex.sentence < sentences.size());
    previous_end = timex.span.end;
  }
  EVENTGRAPH_CHECK(diagnostics.empty());
  return 0;
}
