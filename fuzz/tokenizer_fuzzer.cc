// SPDX-License-Identifier: Apache-2.0
// Fuzzes Tokenizer::Tokenize over arbitrary text (made valid UTF-8). Checks that tokens are
// non-empty, in order, do not overlap, and lie inside the requested range.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/check.h"
#include "core/tokenizer.h"
#include "fuzz/fuzz_util.h"

namespace eventgraph {
namespace {

const Tokenizer& SharedTokenizer() {
  static const Tokenizer* const kTokenizer = [] {
    Result<Tokenizer> tokenizer = Tokenizer::Create("");
    EVENTGRAPH_CHECK(tokenizer.ok());
    return new Tokenizer(std::move(tokenizer).value());
  }();
  return *kTokenizer;
}

}  // namespace
}  // namespace eventgraph

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using eventgraph::Span;
  using eventgraph::Token;
  if (size > eventgraph::kFuzzMaxInputBytes) return 0;
  const std::string text =
      eventgraph::FuzzValidUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
  const Span range{0, static_cast<uint32_t>(text.size())};
  const std::vector<Token> tokens = eventgraph::SharedTokenizer().Tokenize(text, range);
  uint32_t previous_end = range.begin;
  for (const Token& token : tokens) {
    EVENTGRAPH_CHECK(!token.span.empty());
    EVENTGRAPH_CHECK(token.span.begin >= previous_end);
    EVENTGRAPH_CHECK(eventgraph::FuzzSpanInside(token.span, text.size()));
    previous_end = token.span.end;
  }
  // Tokenizing a sub-range must stay inside it (ingestion passes the body, not the whole text).
  if (text.size() >= 2) {
    const Span half{static_cast<uint32_t>(text.size() / 2), static_cast<uint32_t>(text.size())};
    if (eventgraph::Utf8SequenceLength(text, half.begin) != 0) {
      for (const Token& token : eventgraph::SharedTokenizer().Tokenize(text, half)) {
        EVENTGRAPH_CHECK(half.Contains(token.span));
      }
    }
  }
  return 0;
}
