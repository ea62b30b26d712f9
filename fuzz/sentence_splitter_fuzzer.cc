// SPDX-License-Identifier: Apache-2.0
// Fuzzes Tokenizer + SentenceSplitter. Checks the splitter's contract: sentences cover every
// token exactly once, in order, and each sentence span covers its tokens.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/check.h"
#include "core/sentence_splitter.h"
#include "core/tokenizer.h"
#include "fuzz/fuzz_util.h"

namespace eventgraph {
namespace {

struct Stages {
  Tokenizer tokenizer;
  SentenceSplitter splitter;
};

const Stages& SharedStages() {
  static const Stages* const kStages = [] {
    Result<Tokenizer> tokenizer = Tokenizer::Create("");
    Result<SentenceSplitter> splitter = SentenceSplitter::Create("");
    EVENTGRAPH_CHECK(tokenizer.ok() && splitter.ok());
    return new Stages{std::move(tokenizer).value(), std::move(splitter).value()};
  }();
  return *kStages;
}

}  // namespace
}  // namespace eventgraph

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using eventgraph::Sentence;
  using eventgraph::Token;
  if (size > eventgraph::kFuzzMaxInputBytes) return 0;
  const std::string text =
      eventgraph::FuzzValidUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
  const eventgraph::Stages& stages = eventgraph::SharedStages();
  const std::vector<Token> tokens =
      stages.tokenizer.Tokenize(text, eventgraph::Span{0, static_cast<uint32_t>(text.size())});
  const std::vector<Sentence> sentences = stages.splitter.Split(text, tokens);
  uint32_t next_token = 0;
  uint32_t previous_end = 0;
  for (const Sentence& sentence : sentences) {
    EVENTGRAPH_CHECK(sentence.token_begin == next_token);
    EVENTGRAPH_CHECK(sentence.token_end > sentence.token_begin);
    EVENTGRAPH_CHECK(sentence.token_end <= tokens.size());
    EVENTGRAPH_CHECK(sentence.span.begin >= previous_end);
    EVENTGRAPH_CHECK(eventgraph::FuzzSpanInside(sentence.span, text.size()));
    for (uint32_t i = sentence.token_begin; i < sentence.token_end; ++i) {
      EVENTGRAPH_CHECK(sentence.span.Contains(tokens[i].span));
    }
    next_token = sentence.token_end;
    previous_end = sentence.span.end;
  }
  EVENTGRAPH_CHECK(next_token == tokens.size());
  return 0;
}
