// SPDX-License-Identifier: Apache-2.0
// Issue 7 regression: the libFuzzer build (clang, ASan) crashed with a heap-buffer-overflow in
// TimexRules::Load on its first seed input, "The summit ended on Friday; a second round is
// planned for next month." The cause was an ODR violation: core/event_extractor.cc and
// core/internal/timex_words.h each defined a different eventgraph::internal::WordInfo, so both
// unordered_maps shared one (wrongly sized) node allocation. GCC's link order hid it; clang's
// did not. Which duplicate the linker keeps depends on link order, so this test (run under
// CI's clang ASan build) can only catch such a clash when it reproduces; scripts/check_odr.sh
// rejects the clash itself in lint. The values check the input's behaviour, not the crash.

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/pipeline.h"
#include "export/json_reader.h"
#include "export/json_writer.h"
#include "graph/graph_builder.h"

namespace eventgraph {
namespace {

TEST_CASE("Pipeline: processes the input that crashed the libFuzzer build (ODR clash)",
          "[regress][issue7]") {
  Result<Pipeline> pipeline = Pipeline::Create(PipelineOptions());
  REQUIRE(pipeline.ok());
  Document document("fuzz", "fuzz.txt",
                    "The summit ended on Friday; a second round is planned for next month.\n");
  document.set_dct(CivilDate{2025, 8, 16}, DctSource::kOption);
  Annotations a = pipeline->Process(std::move(document), nullptr, nullptr);
  REQUIRE(a.timexes.size() == 2);
  CHECK(a.timexes[0].value == "2025-08-15");
  CHECK(a.timexes[1].value == "2025-09");
}

// The pipeline fuzzer's 10-minute run (issue 7) found a document dated in year 1 whose
// "December" resolved to "0000-12-29": year 0 means "unknown" in CivilDate, so graph.json wrote
// the interval as null and read back another graph. Such values now stay unresolved.
TEST_CASE("TimexTagger: leaves dates before year 1 unresolved (fuzzer finding)",
          "[regress][issue7]") {
  Result<Pipeline> pipeline = Pipeline::Create(PipelineOptions());
  REQUIRE(pipeline.ok());
  Document document("old", "old.txt", "The talks ended in December. They resumed last year.");
  document.set_dct(CivilDate{1, 1, 1}, DctSource::kOption);
  Annotations a = pipeline->Process(std::move(document), nullptr, nullptr);
  REQUIRE(a.timexes.size() == 2);
  for (const Timex& t : a.timexes) {
    INFO(t.value);
    CHECK(t.value.rfind("XXXX", 0) == 0);
    CHECK_FALSE(t.begin.has_value());
  }
  std::vector<GraphData> parts;
  parts.push_back(BuildDocumentGraph(a));
  const GraphData graph = MergeGraphs(std::move(parts));
  Result<GraphData> reread = ReadGraphJson(WriteGraphJson(graph), "old.json");
  REQUIRE(reread.ok());
  CHECK(reread.value() == graph);
}

// The rerun found the other end: a span ending in year 10000 ("10000-01-02"), which graph.json
// cannot read back either. Values past 9999 stay unresolved too.
TEST_CASE("TimexTagger: leaves dates after year 9999 unresolved (fuzzer finding)",
          "[regress][issue7]") {
  Result<Pipeline> pipeline = Pipeline::Create(PipelineOptions());
  REQUIRE(pipeline.ok());
  Document document("late", "late.txt", "They will meet again next year.");
  document.set_dct(CivilDate{9999, 12, 31}, DctSource::kOption);
  Annotations a = pipeline->Process(std::move(document), nullptr, nullptr);
  REQUIRE(a.timexes.size() == 1);
  CHECK(a.timexes[0].value.rfind("XXXX", 0) == 0);
  CHECK_FALSE(a.timexes[0].begin.has_value());
}

// CI's libFuzzer smoke run found "<42 digits> years ago": the amount (4e41) was cast to int32_t
// for the offset, undefined behaviour. An amount above a billion is no quantity of time, and an
// offset beyond 10,000 units is a past or future reference, so no cast can overflow.
TEST_CASE("TimexTagger: keeps huge amounts out of the calendar arithmetic (fuzzer finding)",
          "[regress][issue7]") {
  Result<Pipeline> pipeline = Pipeline::Create(PipelineOptions());
  REQUIRE(pipeline.ok());
  Document document("huge", "huge.txt",
                    "Batch 444444444444444444444444444444444444444444 years ago failed. "
                    "It began 999999999 centuries ago. It will last for 999999999 years. "
                    "It ends 20000 days from now.");
  document.set_dct(CivilDate{2025, 8, 16}, DctSource::kOption);
  Annotations a = pipeline->Process(std::move(document), nullptr, nullptr);
  std::vector<std::string> values;
  for (const Timex& t : a.timexes) {
    values.push_back(std::string(a.document.Slice(t.span)) + "=" + t.value);
  }
  CHECK(values == std::vector<std::string>{"999999999 centuries ago=PAST_REF",
                                           "999999999 years=P999999999Y",
                                           "20000 days from now=FUTURE_REF"});
}

// The graph_json fuzzer (10 minutes, 4.2 M runs) found a confidence written as
// 7.777777777777777e40 that came back as 7.777777777777778e40: RapidJSON parses numbers fast
// but up to a few units in the last place off unless asked for full precision, so a graph read
// and written again was not the graph written. The reader now parses with full precision.
TEST_CASE("ReadGraphJson: a number read back is the number written (fuzzer finding)",
          "[regress][issue7]") {
  for (const char* confidence : {"7.777777777777777e40", "0.1", "0.30000000000000004",
                                 "2.2250738585072014e-308", "1.7976931348623157e308"}) {
    INFO(confidence);
    const std::string json = std::string("{\"schema\":\"eventgraph.graph/1\",\n") +
                             "\"documents\":[],\"entities\":[],\"events\":[\n"
                             "{\"id\":\"evt:1\",\"type\":\"meeting\",\"status\":\"occurred\","
                             "\"confidence\":" +
                             confidence +
                             ",\"participants\":[],\"sources\":[]}\n],"
                             "\"relations\":[]}\n";
    Result<GraphData> first = ReadGraphJson(json, "in.json");
    REQUIRE(first.ok());
    const std::string written = WriteGraphJson(first.value());
    Result<GraphData> second = ReadGraphJson(written, "written.json");
    REQUIRE(second.ok());
    CHECK(WriteGraphJson(second.value()) == written);
    REQUIRE(first->events.size() == 1);
    CHECK(first->events[0].confidence == std::stod(confidence));
  }
}

// The graph_json fuzzer's next finding: an escaped lone surrogate ("\udF1b") in a string read
// fine, was written back as the bytes RapidJSON decoded it to (no UTF-8), and that output could
// not be read again. The reader now rejects such a string with its place.
TEST_CASE("ReadGraphJson: rejects an escaped unpaired surrogate (fuzzer finding)",
          "[regress][issue7]") {
  const std::string json =
      "{\"schema\":\"eventgraph.graph/1\",\n\"documents\":[{\"id\":\"a\\udF1bb\"}],"
      "\"entities\":[],\"events\":[],\"relations\":[]}\n";
  Result<GraphData> read = ReadGraphJson(json, "in.json");
  REQUIRE_FALSE(read.ok());
  CHECK(read.status().message().find("invalid UTF-8") != std::string::npos);
  // A surrogate pair is one character and reads fine.
  const std::string pair =
      "{\"schema\":\"eventgraph.graph/1\",\n\"documents\":[{\"id\":\"a\\ud83d\\ude00\"}],"
      "\"entities\":[],\"events\":[],\"relations\":[]}\n";
  Result<GraphData> ok = ReadGraphJson(pair, "pair.json");
  REQUIRE(ok.ok());
  REQUIRE(ok->documents.size() == 1);
}

}  // namespace
}  // namespace eventgraph
