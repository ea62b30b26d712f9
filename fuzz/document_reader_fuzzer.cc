// SPDX-License-Identifier: Apache-2.0
// Fuzzes ReadCorpus: the input is read once as a text file (date headers, datelines, encodings)
// and once as JSONL on the stdin stream. Checks that every document it returns is valid UTF-8
// with its body inside its text and a DCT that exists (or is partial), and that reading never
// fails as a whole.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <unistd.h>

#include "core/check.h"
#include "core/diagnostics.h"
#include "core/text.h"
#include "export/corpus_reader.h"
#include "fuzz/fuzz_util.h"

namespace eventgraph {
namespace {

// One file per process, so parallel fuzzing jobs (-jobs=N) do not share it.
const std::string& TempTextPath() {
  static const std::string* const kPath = [] {
    std::error_code ec;
    std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
    if (ec) dir = "/tmp";
    return new std::string(
        (dir / ("eventgraph_document_reader_fuzzer_" + std::to_string(getpid()) + ".txt"))
            .string());
  }();
  return *kPath;
}

void CheckCorpus(const Corpus& corpus) {
  for (const Document& document : corpus.documents) {
    const std::string& text = document.text();
    EVENTGRAPH_CHECK(FindInvalidUtf8(text) == std::string::npos);
    EVENTGRAPH_CHECK(FuzzSpanInside(document.body(), text.size()));
    EVENTGRAPH_CHECK(!document.id().empty());
    if (document.dct().has_value() && document.dct()->complete()) {
      EVENTGRAPH_CHECK(IsValidDate(*document.dct()));
    }
    EVENTGRAPH_CHECK(document.dct().has_value() == (document.dct_source() != DctSource::kNone));
  }
}

}  // namespace
}  // namespace eventgraph

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > eventgraph::kFuzzMaxInputBytes) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  eventgraph::CorpusOptions options;

  // As a text file.
  const std::string& path = eventgraph::TempTextPath();
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    EVENTGRAPH_CHECK(out.good());
  }
  eventgraph::Diagnostics text_diagnostics(false);
  const eventgraph::Corpus text_corpus =
      eventgraph::ReadCorpus({path}, options, nullptr, &text_diagnostics);
  eventgraph::CheckCorpus(text_corpus);
  EVENTGRAPH_CHECK(text_corpus.documents.size() + text_corpus.skipped <= 1);

  // As JSONL on stdin, with a default DCT for lines without a date.
  options.default_dct = eventgraph::CivilDate{2025, 8, 16};
  std::istringstream stream{std::string(bytes)};
  eventgraph::Diagnostics jsonl_diagnostics(false);
  const eventgraph::Corpus jsonl_corpus =
      eventgraph::ReadCorpus({"-"}, options, &stream, &jsonl_diagnostics);
  eventgraph::CheckCorpus(jsonl_corpus);
  return 0;
}
