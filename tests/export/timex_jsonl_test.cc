// SPDX-License-Identifier: Apache-2.0
#include "export/timex_jsonl.h"

#include <catch2/catch.hpp>

namespace eventgraph {
namespace {

TEST_CASE("TimexJsonl: reads id, dct and text and ignores other fields", "[export][timex]") {
  Result<Document> document = ParseTimexJsonlLine(
      R"({"id": "d1", "file": "x.tml", "dct": "2025-08-16", "text": "Talks ended Friday.",)"
      R"( "timexes": []})",
      "in.jsonl", 3);
  REQUIRE(document.ok());
  CHECK(document->id() == "d1");
  CHECK(document->path() == "in.jsonl:3");
  CHECK(document->text() == "Talks ended Friday.");
  CHECK(document->dct() == CivilDate{2025, 8, 16});

  Result<Document> undated = ParseTimexJsonlLine(R"({"id": "d2", "text": "x"})", "in.jsonl", 4);
  REQUIRE(undated.ok());
  CHECK_FALSE(undated->dct().has_value());
}

TEST_CASE("TimexJsonl: reports bad lines with source and line", "[export][timex]") {
  struct Row {
    const char* line;
    const char* message;
  };
  const Row rows[] = {
      {R"({"id": "d1", "text": )", "in.jsonl:7:22: Invalid value."},
      {R"(["d1"])", "in.jsonl:7:1: expected a JSON object"},
      {R"({"text": "x"})", "in.jsonl:7:1: missing string field 'id'"},
      {R"({"id": "d1"})", "in.jsonl:7:1: missing string field 'text'"},
      {R"({"id": "d1", "text": "x", "dct": "16 Aug 2025"})",
       "in.jsonl:7:1: field 'dct' is not a YYYY-MM-DD date"},
  };
  for (const Row& row : rows) {
    INFO(row.line);
    Result<Document> document = ParseTimexJsonlLine(row.line, "in.jsonl", 7);
    REQUIRE_FALSE(document.ok());
    CHECK(document.status().message() == row.message);
  }
}

TEST_CASE("TimexJsonl: writes the te3_score system line with byte offsets", "[export][timex]") {
  Document document("d\"1", "p", "Caf\xC3\xA9 opened on Friday.");
  Timex friday;
  friday.span = Span{16, 22};  // "Caf\xC3\xA9" is 5 bytes
  friday.type = TimexType::kDate;
  friday.value = "2025-08-15";
  CHECK(FormatTimexJsonlLine(document, {friday}) ==
        R"({"id":"d\"1","timexes":[{"begin":16,"end":22,"text":"Friday","type":"DATE",)"
        R"("value":"2025-08-15"}]})");
  CHECK(FormatTimexJsonlLine(document, {}) == R"({"id":"d\"1","timexes":[]})");
}

}  // namespace
}  // namespace eventgraph
