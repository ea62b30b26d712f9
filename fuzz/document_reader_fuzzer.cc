// SPDX-License-Identifier: Apache-2.0
// Fuzzes the document readers behind ReadCorpus, in memory: the input is read once as a text file
// (LoadDocument: encodings, date headers, datelines) and once as JSONL articles
// (ReadJsonlArticles). Checks that every document returned is valid UTF-8 with its body inside
// its text and a DCT that exists (or is partial), and that a rejected file says why.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/check.h"
#include "core/diagnostics.h"
#include "core/ingest.h"
#include "core/status.h"
#include "core/text.h"
#include "export/corpus_reader.h"
#include "fuzz/fuzz_util.h"

namespace eventgraph {
namespace {

void CheckDocument(const Document& document) {
  const std::string& text = document.text();
  EVENTGRAPH_CHECK(FindInvalidUtf8(text) == std::string::npos);
  EVENTGRAPH_CHECK(FuzzSpanInside(document.body(), text.size()));
  EVENTGRAPH_CHECK(!document.id().empty());
  if (document.dct().has_value() && document.dct()->complete()) {
    EVENTGRAPH_CHECK(IsValidDate(*document.dct()));
  }
  EVENTGRAPH_CHECK(document.dct().has_value() == (document.dct_source() != DctSource::kNone));
}

}  // namespace
}  // namespace eventgraph

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > eventgraph::kFuzzMaxInputBytes) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);

  // As a text file (what ReadCorpus does for *.txt), first without and then with --dct.
  eventgraph::IngestOptions ingest_options;
  for (int with_default = 0; with_default < 2; ++with_default) {
    if (with_default == 1) ingest_options.default_dct = eventgraph::CivilDate{2025, 8, 16};
    eventgraph::Diagnostics diagnostics(false);
    eventgraph::Result<eventgraph::Document> document = eventgraph::LoadDocument(
        "fuzz.txt", "fuzz/fuzz.txt", std::string(bytes), ingest_options, &diagnostics);
    if (document.ok()) {
      eventgraph::CheckDocument(document.value());
      if (with_default == 1) EVENTGRAPH_CHECK(document->dct().has_value());
    } else {
      EVENTGRAPH_CHECK(!document.status().message().empty());
    }
  }

  // As JSONL articles (*.jsonl files and stdin).
  eventgraph::CorpusOptions corpus_options;
  eventgraph::Corpus corpus;
  eventgraph::Diagnostics diagnostics(false);
  eventgraph::ReadJsonlArticles(bytes, "fuzz.jsonl", corpus_options, &corpus, &diagnostics);
  for (const eventgraph::Document& document : corpus.documents) {
    eventgraph::CheckDocument(document);
  }
  return 0;
}
