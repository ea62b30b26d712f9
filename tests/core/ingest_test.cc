// SPDX-License-Identifier: Apache-2.0
#include "core/ingest.h"

#include <catch2/catch.hpp>

#include "tests/test_util.h"

namespace eventgraph {
namespace {

Result<Document> Load(const std::string& bytes, Diagnostics* diags = nullptr,
                      IngestOptions options = {}) {
  return LoadDocument("doc.txt", "in/doc.txt", bytes, options, diags);
}

std::string Dct(const Document& doc) { return doc.dct() ? doc.dct()->ToIso() : "none"; }

TEST_CASE("LoadDocument: finds date headers of real news files", "[core][ingest]") {
  struct Row {
    const char* bytes;
    const char* dct;
    DctSource source;
    const char* body_start;
  };
  const Row rows[] = {
      {" date 2025-08-16 US President Dan Roe said", "2025-08-16", DctSource::kHeader,
       "US President"},
      {"Date: 2025-08-16\n\nThe talks ended.", "2025-08-16", DctSource::kHeader, "The talks"},
      {"Published: 3 March 2021\nLeaders met.", "2021-03-03", DctSource::kHeader, "Leaders met"},
      {"Published on March 3, 2021 at 10:00 GMT\nLeaders met.", "2021-03-03", DctSource::kHeader,
       "Leaders met"},
      {"Date: Sat, 16 Aug 2025 09:00:00 +0000\nText.", "2025-08-16", DctSource::kHeader, "Text."},
      {"Title: Summit ends\nUpdated: 2025-08-16T10:00:00Z\nText.", "2025-08-16", DctSource::kHeader,
       "Text."},
      {"Published reports say the talks failed.", "none", DctSource::kNone, "Published reports"},
      {"OSLO, Norway, Aug 16 (Wire) - Leaders met.", "XXXX-08-16", DctSource::kDateline, "OSLO"},
      {"LONDON, March 3, 2021 - Leaders met.", "2021-03-03", DctSource::kDateline, "LONDON"},
      {"No date anywhere here.", "none", DctSource::kNone, "No date"},
  };
  for (const Row& row : rows) {
    INFO(row.bytes);
    auto doc = Load(row.bytes);
    REQUIRE(doc.ok());
    CHECK(Dct(*doc) == row.dct);
    CHECK(doc->dct_source() == row.source);
    CHECK(doc->body_text().rfind(row.body_start, 0) == 0);
  }
  CHECK(Load("Title: Summit ends\nText.")->title() == "Summit ends");
}

TEST_CASE("LoadDocument: keeps offsets into the original file", "[core][ingest]") {
  auto doc = Load(" date 2025-08-16 Hello world");
  REQUIRE(doc.ok());
  CHECK(doc->body().begin == 17);
  CHECK(doc->text().substr(doc->body().begin, 5) == "Hello");
}

TEST_CASE("LoadDocument: --dct fills documents without a date", "[core][ingest]") {
  IngestOptions options;
  options.default_dct = CivilDate{2025, 1, 2};
  auto doc = Load("No date here.", nullptr, options);
  REQUIRE(doc.ok());
  CHECK(Dct(*doc) == "2025-01-02");
  CHECK(doc->dct_source() == DctSource::kOption);
  auto dated = Load("Date: 2025-08-16\nText.", nullptr, options);
  CHECK(Dct(*dated) == "2025-08-16");
}

TEST_CASE("LoadDocument: reports bad input with file and place", "[core][ingest]") {
  Diagnostics diags;
  SECTION("empty files are skipped") {
    auto doc = Load("  \n\n ", &diags);
    REQUIRE_FALSE(doc.ok());
    CHECK(doc.status().message() == "in/doc.txt: empty document; skipped");
  }
  SECTION("binary files are skipped") {
    auto doc = Load(std::string("ab\ncd\0ef", 8), &diags);
    REQUIRE_FALSE(doc.ok());
    CHECK(doc.status().message() ==
          "in/doc.txt:2:3: binary data (NUL byte); not a text document; skipped");
  }
  SECTION("invalid UTF-8 is repaired with a warning") {
    auto doc = Load("Caf\xE9 talks\nmore \xFF", &diags);
    REQUIRE(doc.ok());
    CHECK(FindInvalidUtf8(doc->text()) == std::string::npos);
    CHECK(doc->text() == "Caf\xEF\xBF\xBD talks\nmore \xEF\xBF\xBD");
    REQUIRE(diags.size() == 1);
    CHECK(diags.items()[0].ToString() ==
          "in/doc.txt:1:4: warning: invalid UTF-8; repaired 2 bytes as U+FFFD");
  }
  SECTION("impossible header dates are ignored with a warning") {
    auto doc = Load("Date: 2025-02-30\nText.", &diags);
    REQUIRE(doc.ok());
    CHECK(Dct(*doc) == "none");
    REQUIRE(diags.size() == 1);
    CHECK(diags.items()[0].ToString() ==
          "in/doc.txt:1:7: warning: impossible date '2025-02-30' in date header; ignored");
  }
}

TEST_CASE("LoadDocument: handles BOM, CRLF and UTF-16", "[core][ingest]") {
  auto bom = Load(
      "\xEF\xBB\xBF"
      "Date: 2025-08-16\r\n\r\nText.");
  REQUIRE(bom.ok());
  CHECK(Dct(*bom) == "2025-08-16");
  CHECK(bom->body_text() == "Text.");
  const std::string utf16(
      "\xFF\xFE"
      "H\0i\0",
      6);
  auto doc = Load(utf16);
  REQUIRE(doc.ok());
  CHECK(doc->text() == "Hi");
}

TEST_CASE("ParseDateText: accepts header date shapes and flags impossible dates",
          "[core][ingest]") {
  bool impossible = false;
  CHECK(ParseDateText("16 August 2025", &impossible) == CivilDate{2025, 8, 16});
  CHECK(ParseDateText("Aug. 16, 2025", &impossible) == CivilDate{2025, 8, 16});
  CHECK(ParseDateText("Saturday, August 16th, 2025", &impossible) == CivilDate{2025, 8, 16});
  CHECK_FALSE(ParseDateText("30 February 2025", &impossible));
  CHECK(impossible);
  CHECK_FALSE(ParseDateText("reports say", &impossible));
  CHECK_FALSE(impossible);
  CHECK(MonthFromName("Sept.") == 9);
  CHECK(MonthFromName("Mayday") == 0);
}

TEST_CASE("MakeDocument: builds JSONL articles with their date field", "[core][ingest]") {
  Diagnostics diags;
  auto doc = MakeDocument("a1", "c.jsonl", 4, "T", "OSLO, Aug 3 - Text.", "2025-08-16", {}, &diags);
  REQUIRE(doc.ok());
  CHECK(Dct(*doc) == "2025-08-16");
  CHECK(doc->path() == "c.jsonl:4");
  auto bad = MakeDocument("a2", "c.jsonl", 5, "", "Text.", "2025-13-01", {}, &diags);
  REQUIRE(bad.ok());
  CHECK(Dct(*bad) == "none");
  REQUIRE(diags.size() == 1);
  CHECK(diags.items()[0].ToString() ==
        "c.jsonl:5: warning: document 'a2': impossible date '2025-13-01'; ignored");
}

TEST_CASE("MakeDocument: checks UTF-8 unless the caller vouches for the text", "[core][ingest]") {
  // The corpus reader vouches for the text of a line it validated whole; the check is skipped
  // then, so a (wrongly) vouched-for bad byte stays as it is.
  Diagnostics diags;
  auto checked = MakeDocument("a1", "c.jsonl", 1, "", "A \xFF byte.", "", {}, &diags);
  REQUIRE(checked.ok());
  CHECK(checked->text() == "A \xEF\xBF\xBD byte.");
  CHECK(diags.size() == 1);
  IngestOptions vouched;
  vouched.text_is_valid_utf8 = true;
  auto trusted = MakeDocument("a2", "c.jsonl", 2, "", "A \xFF byte.", "", vouched, &diags);
  REQUIRE(trusted.ok());
  CHECK(trusted->text() == "A \xFF byte.");
  CHECK(diags.size() == 1);
}

}  // namespace
}  // namespace eventgraph
