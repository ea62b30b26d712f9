// SPDX-License-Identifier: Apache-2.0
// Adversarial inputs (issue 7): each gives a clear result or a clear error, in bounded time and
// memory, and never loses the other documents. The full-size variants (50 MB article) are tagged
// [.slow]; the default run uses the same shapes at a size that keeps sanitizer builds quick.
#include <sstream>

#include <catch2/catch.hpp>

#include "core/pipeline.h"
#include "export/corpus_reader.h"
#include "export/json_reader.h"
#include "export/json_writer.h"
#include "graph/corpus_builder.h"
#include "graph/graph_builder.h"
#include "tests/test_util.h"

namespace eventgraph {
namespace {

const Pipeline& SharedPipeline() {
  static const Pipeline pipeline = Pipeline::Create(PipelineOptions()).value();
  return pipeline;
}

std::string NewsText(size_t bytes) {
  const std::string paragraph =
      "President Ana Lind of Norway met Prime Minister Jon Berg in Oslo on Friday, March 3, "
      "2023. \xE2\x80\x9CWe agreed on many points,\xE2\x80\x9D Lind said, adding that the two "
      "would meet again next month.\n\n";
  std::string text;
  text.reserve(bytes + paragraph.size());
  while (text.size() < bytes) text += paragraph;
  return text;
}

void CheckValidAnnotations(const Annotations& a) {
  const uint32_t size = static_cast<uint32_t>(a.document.text().size());
  for (const Token& t : a.tokens) REQUIRE(t.span.end <= size);
  for (const Timex& t : a.timexes) REQUIRE(t.span.end <= size);
  for (const Mention& m : a.mentions) REQUIRE(m.span.end <= size);
  for (const Event& e : a.events) {
    for (const Participant& p : e.participants) {
      REQUIRE(p.entity < static_cast<int32_t>(a.entities.size()));
    }
  }
  // The per-document graph serializes and reads back.
  const std::string json = WriteGraphJson(BuildDocumentGraph(a));
  REQUIRE(ReadGraphJson(json, "doc.json").ok());
}

void ProcessBig(size_t bytes) {
  Document doc("big", "big.txt", NewsText(bytes));
  Annotations a = SharedPipeline().Process(std::move(doc), nullptr, nullptr);
  CHECK(a.sentences.size() > bytes / 200);
  CheckValidAnnotations(a);
}

TEST_CASE("Adversarial: a 5 MB single article is processed", "[regress][adversarial]") {
  ProcessBig(5'000'000);
}

TEST_CASE("Adversarial: a 50 MB single article is processed", "[regress][adversarial][.slow]") {
  ProcessBig(50'000'000);
}

TEST_CASE("Adversarial: a 10 MB line without spaces is one token", "[regress][adversarial]") {
  Document doc("line", "line.txt", std::string(10'000'000, 'a'));
  Annotations a = SharedPipeline().Process(std::move(doc), nullptr, nullptr);
  REQUIRE(a.tokens.size() == 1);
  CHECK(a.sentences.size() == 1);
  CheckValidAnnotations(a);
  Document digits("digits", "digits.txt", std::string(1'000'000, '7'));
  CheckValidAnnotations(SharedPipeline().Process(std::move(digits), nullptr, nullptr));
  Document punct("punct", "punct.txt", std::string(1'000'000, '.'));
  CheckValidAnnotations(SharedPipeline().Process(std::move(punct), nullptr, nullptr));
}

TEST_CASE("Adversarial: deeply nested and huge JSON are rejected or read, never crash",
          "[regress][adversarial]") {
  const std::string nested = std::string(1'000'000, '[') + std::string(1'000'000, ']');
  auto deep = ReadGraphJson(nested, "deep.json");
  REQUIRE_FALSE(deep.ok());
  CHECK(deep.status().message() == "deep.json: expected a JSON object");
  const std::string nested_object =
      "{\"schema\": \"eventgraph.graph/1\", \"documents\": " + std::string(200'000, '[') +
      std::string(200'000, ']') + "}";
  auto deep2 = ReadGraphJson(nested_object, "deep2.json");
  REQUIRE_FALSE(deep2.ok());
  CHECK(deep2.status().message() == "deep2.json: documents[0]: expected an object");
  GraphData huge;
  for (int i = 0; i < 100'000; ++i) {
    EntityRecord e;
    e.id = EntityId("ent:" + std::to_string(i));
    e.name = "Name \"" + std::to_string(i) + "\" <script>\\";
    huge.entities.push_back(e);
  }
  const std::string json = WriteGraphJson(huge);
  auto back = ReadGraphJson(json, "huge.json");
  REQUIRE(back.ok());
  CHECK(back->entities.size() == 100'000);
  CHECK(back->entities[7].name == "Name \"7\" <script>\\");
  testing::MemoryFileSource fs;
  fs.AddFile("nested.jsonl",
             std::string(100'000, '{') + "\n{\"id\": \"ok\", \"text\": \"Fine.\"}\n");
  Diagnostics diags;
  Corpus c = ReadCorpus({"nested.jsonl"}, {}, fs, nullptr, &diags);
  CHECK(c.documents.size() == 1);
  CHECK(c.skipped == 1);
}

TEST_CASE("Adversarial: 100k tiny documents build one graph", "[regress][adversarial]") {
  std::string jsonl;
  for (int i = 0; i < 100'000; ++i) {
    jsonl += "{\"id\": \"d" + std::to_string(i) + "\", \"date\": \"2025-08-16\", \"text\": \"Hi " +
             std::to_string(i) + ".\"}\n";
  }
  testing::MemoryFileSource fs;
  fs.AddFile("tiny.jsonl", jsonl);
  Corpus c = ReadCorpus({"tiny.jsonl"}, {}, fs, nullptr, nullptr);
  REQUIRE(c.documents.size() == 100'000);
  CorpusBuildOptions options;
  options.jobs = 2;
  GraphData g =
      BuildCorpusGraph(SharedPipeline(), std::move(c.documents), options, nullptr, nullptr);
  CHECK(g.documents.size() == 100'000);
}

TEST_CASE("Adversarial: NUL bytes, bad UTF-8, line endings, BOM and RTL text",
          "[regress][adversarial]") {
  testing::MemoryFileSource fs;
  fs.AddFile("in/overlong.txt", "Leaders \xC0\xAF met \xED\xA0\x80 in Oslo on Friday.");
  fs.AddFile("in/crlf.txt", "Date: 2025-08-16\r\n\r\nLeaders met.\r\nThey talked.\r\n\r\nEnd.");
  fs.AddFile("in/cr.txt", "Date: 2025-08-16\r\rLeaders met.\rThey talked.\r\rEnd.");
  fs.AddFile("in/bom.txt", "\xEF\xBB\xBFLeaders met.");
  fs.AddFile(
      "in/rtl.txt",
      "\xD7\x94\xD7\xA0\xD7\xA9\xD7\x99\xD7\x90 \xD7\xA0\xD7\xA4\xD7\x92\xD7\xA9. "
      "\xD8\xA7\xD9\x84\xD8\xB1\xD8\xA6\xD9\x8A\xD8\xB3 \xD8\xA7\xD8\xAC\xD8\xAA\xD9\x85\xD8\xB9.");
  fs.AddFile("in/nul.jsonl",
             "{\"id\": \"n\", \"text\": \"Leaders\\u0000met on Friday.\"}\n"
             "{\"id\": \"s\", \"text\": \"bad \\ud800 surrogate\"}\n"
             "{\"id\": \"r\", \"text\": \"raw \xFF byte\"}\n");
  Diagnostics diags;
  Corpus c = ReadCorpus({"in"}, {}, fs, nullptr, &diags);
  std::vector<std::string> ids;
  for (const Document& d : c.documents) ids.push_back(d.id());
  CHECK(ids ==
        std::vector<std::string>{"bom.txt", "cr.txt", "crlf.txt", "n", "overlong.txt", "rtl.txt"});
  CHECK(c.skipped == 2);  // the lone surrogate escape and the raw 0xFF byte in JSON
  for (Document& d : c.documents) {
    CHECK(FindInvalidUtf8(d.text()) == std::string::npos);
    const bool crlike = d.id() == "cr.txt" || d.id() == "crlf.txt";
    Annotations a = SharedPipeline().Process(std::move(d), nullptr, nullptr);
    CheckValidAnnotations(a);
    if (crlike) {
      CHECK(a.document.dct()->ToIso() == "2025-08-16");
      CHECK(a.sentences.size() == 3);
    }
  }
}

}  // namespace
}  // namespace eventgraph
