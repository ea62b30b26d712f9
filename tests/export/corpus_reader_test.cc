// SPDX-License-Identifier: Apache-2.0
#include "export/corpus_reader.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <unistd.h>

#include "tests/test_util.h"

namespace eventgraph {
namespace {

using testing::MemoryFileSource;

std::vector<std::string> Messages(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const Diagnostic& item : d.items()) out.push_back(item.ToString());
  return out;
}

TEST_CASE("ReadCorpus: reads directories recursively in sorted order", "[export][corpus]") {
  MemoryFileSource fs;
  fs.AddFile("in/b.txt", "Date: 2025-08-16\nSecond.");
  fs.AddFile("in/a.txt", "First.");
  fs.AddFile("in/sub/c.txt", "Third.");
  fs.AddFile("in/notes.md", "ignored");
  Diagnostics diags;
  Corpus c = ReadCorpus({"in"}, {}, fs, nullptr, &diags);
  REQUIRE(c.documents.size() == 3);
  CHECK(c.documents[0].id() == "a.txt");
  CHECK(c.documents[1].id() == "b.txt");
  CHECK(c.documents[2].id() == "sub/c.txt");
  CHECK(c.documents[1].dct()->ToIso() == "2025-08-16");
  CHECK(c.skipped == 0);
  CHECK(diags.empty());
}

TEST_CASE("ReadCorpus: skips broken JSONL lines and keeps the rest", "[export][corpus]") {
  MemoryFileSource fs;
  fs.AddFile("c.jsonl",
             "{\"id\": \"a\", \"date\": \"2025-08-16\", \"title\": \"T\", \"text\": \"One.\"}\n"
             "{\"id\": \"b\", \"text\": \"Two.\"\n"
             "\n"
             "{\"id\": \"c\", \"date\": \"2025-02-30\", \"text\": \"Three.\"}\n"
             "{\"id\": \"d\"}\n"
             "{\"id\": 7, \"text\": \"Four.\"}\n");
  Diagnostics diags;
  Corpus c = ReadCorpus({"c.jsonl"}, {}, fs, nullptr, &diags);
  REQUIRE(c.documents.size() == 3);
  CHECK(c.documents[0].id() == "a");
  CHECK(c.documents[0].title() == "T");
  CHECK(c.documents[1].id() == "c");
  CHECK_FALSE(c.documents[1].dct().has_value());
  CHECK(c.documents[2].id() == "7");
  CHECK(c.skipped == 2);
  CHECK(Messages(diags) ==
        std::vector<std::string>{
            "c.jsonl:2:27: error: malformed JSON: Missing a comma or '}' after an object member.; "
            "skipped",
            "c.jsonl:4: warning: document 'c': impossible date '2025-02-30'; ignored",
            "c.jsonl:5:1: error: no \"text\" field; skipped"});
}

TEST_CASE("CorpusStream: reads a JSONL file on disk line by line as ReadCorpus reads it whole",
          "[export][corpus]") {
  const std::string content =
      "{\"id\": \"a\", \"date\": \"2025-08-16\", \"title\": \"T\", \"text\": \"One.\"}\r\n"
      "{\"id\": \"b\", \"text\": \"Two.\"\n"
      "\n"
      "{\"id\": \"a\", \"text\": \"Again.\"}\n"
      "{\"id\": 7, \"text\": \"Four.\"}";  // no final newline
  const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                    ("eventgraph_corpus_stream_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "c.jsonl").string();
  std::ofstream(path, std::ios::binary) << content;
  MemoryFileSource memory;
  memory.AddFile(path, content);
  Diagnostics whole_diags;
  Corpus whole = ReadCorpus({path}, {}, memory, nullptr, &whole_diags);
  DiskFileSource disk;
  Diagnostics stream_diags;
  CorpusStream stream({path, "-"}, {}, disk, nullptr, &stream_diags);
  std::vector<Document> streamed;
  Document d;
  while (stream.Next(&d)) streamed.push_back(std::move(d));
  CHECK_FALSE(stream.Next(&d));  // stays at the end
  std::filesystem::remove_all(dir);
  REQUIRE(streamed.size() == 3);
  REQUIRE(whole.documents.size() == 3);
  for (size_t i = 0; i < streamed.size(); ++i) {
    CHECK(streamed[i].id() == whole.documents[i].id());
    CHECK(streamed[i].text() == whole.documents[i].text());
    CHECK(streamed[i].title() == whole.documents[i].title());
  }
  CHECK(streamed[1].id() == "a#2");
  CHECK(stream.skipped() == 1);
  CHECK(whole.skipped == 1);
  CHECK(Messages(stream_diags) == Messages(whole_diags));
}

TEST_CASE("ReadCorpus: reports unreadable, missing and empty inputs", "[export][corpus]") {
  MemoryFileSource fs;
  fs.AddFile("d/ok.txt", "Fine text.");
  fs.AddFile("d/empty.txt", "");
  fs.AddFile("d/locked.txt", "x");
  fs.FailRead("d/locked.txt");
  Diagnostics diags;
  Corpus c = ReadCorpus({"d", "nope.txt"}, {}, fs, nullptr, &diags);
  REQUIRE(c.documents.size() == 1);
  CHECK(c.documents[0].id() == "ok.txt");
  CHECK(c.skipped == 3);
  CHECK(Messages(diags) ==
        std::vector<std::string>{"d/empty.txt: error: empty document; skipped",
                                 "d/locked.txt: error: injected read error; skipped",
                                 "nope.txt: error: no such file or directory; skipped"});
}

TEST_CASE("ReadCorpus: reports encoding problems of JSONL lines as before in-place parsing",
          "[export][corpus]") {
  // Valid lines are parsed in place, the others by the validating parse: both give the same
  // documents and diagnostics as the validating parse alone.
  MemoryFileSource fs;
  static constexpr char kLines[] =
      "\xEF\xBB\xBF{\"id\": \"bom\", \"text\": \"Talks began.\"}\n"
      "{\"id\": \"bad\", \"text\": \"A \xFF byte.\"}\n"
      "{\"id\": \"low\", \"text\": \"A \\uDC00 escape.\"}\n"
      "{\"id\": \"nul\", \"text\": \"A \0 byte.\"}\n"
      "{\"id\": \"esc\", \"text\": \"Caf\\u00e9\\n\\ud83d\\ude00 \\\"q\\\".\"}\r\n";
  fs.AddFile("e.jsonl", std::string(kLines, sizeof(kLines) - 1));
  Diagnostics diags;
  Corpus c = ReadCorpus({"e.jsonl"}, {}, fs, nullptr, &diags);
  REQUIRE(c.documents.size() == 3);
  CHECK(c.documents[0].id() == "bom");
  CHECK(c.documents[0].text() == "Talks began.");
  CHECK(c.documents[1].id() == "low");
  CHECK(c.documents[1].text() == "A \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD escape.");
  CHECK(c.documents[2].id() == "esc");
  CHECK(c.documents[2].text() == "Caf\xC3\xA9\n\xF0\x9F\x98\x80 \"q\".");
  CHECK(c.skipped == 2);
  CHECK(Messages(diags) ==
        std::vector<std::string>{
            "e.jsonl:2:26: error: malformed JSON: Invalid encoding in string.; skipped",
            "e.jsonl:3: warning: document 'low': invalid UTF-8 in text; repaired 3 bytes as U+FFFD",
            "e.jsonl:4:26: error: malformed JSON: Missing a closing quotation mark in string.; "
            "skipped"});
}

TEST_CASE("ReadCorpus: takes each JSONL field from the first top-level member of its name",
          "[export][corpus]") {
  // The fields as the DOM lookups found them before the SAX handler: the first member of a
  // name, not one inside a nested value; ids from numbers; null as absent (text present).
  MemoryFileSource fs;
  fs.AddFile("f.jsonl",
             "{\"id\": \"dup\", \"text\": \"First.\", \"text\": \"Second.\", \"title\": \"T\", "
             "\"title\": 5}\n"
             "{\"id\": \"nested\", \"meta\": {\"text\": \"inside\"}, \"list\": [[1], {\"a\": 2}]}\n"
             "{\"id\": \"null\", \"text\": null, \"date\": null, \"dct\": \"1987-03-02\"}\n"
             "{\"id\": 18446744073709551615, \"text\": \"Big.\"}\n"
             "{\"id\": -42, \"text\": \"Negative.\"}\n"
             "{\"id\": 1.5e3, \"text\": \"Double.\"}\n"
             "{\"id\": true, \"text\": \"Bool.\"}\n"
             "[\"an\", \"array\"]\n"
             "{\"id\": \"d\", \"date\": \"\", \"dct\": \"1987-04-02\", \"x\": [[[]]], "
             "\"text\": \"Dct.\"}\n");
  Diagnostics diags;
  Corpus c = ReadCorpus({"f.jsonl"}, {}, fs, nullptr, &diags);
  REQUIRE(c.documents.size() == 5);
  CHECK(c.documents[0].id() == "dup");
  CHECK(c.documents[0].text() == "First.");
  CHECK(c.documents[0].title() == "T");
  CHECK(c.documents[1].id() == "1.84467e+19");
  CHECK(c.documents[2].id() == "-42");
  CHECK(c.documents[3].id() == "1500");
  CHECK(c.documents[4].id() == "d");
  CHECK(c.documents[4].dct()->ToIso() == "1987-04-02");
  CHECK(c.skipped == 4);
  CHECK(Messages(diags) ==
        std::vector<std::string>{"f.jsonl:2:1: error: no \"text\" field; skipped",
                                 "f.jsonl:3: error: empty article text; skipped",
                                 "f.jsonl:7:1: error: field \"id\" is not a string; skipped",
                                 "f.jsonl:8:1: error: expected a JSON object; skipped"});
}

TEST_CASE("ReadCorpus: reads JSONL from stdin and renames duplicate ids", "[export][corpus]") {
  MemoryFileSource fs;
  std::istringstream in("{\"id\": \"x\", \"text\": \"A.\"}\n{\"id\": \"x\", \"text\": \"B.\"}\n");
  Diagnostics diags;
  Corpus c = ReadCorpus({"-"}, {}, fs, &in, &diags);
  REQUIRE(c.documents.size() == 2);
  CHECK(c.documents[1].id() == "x#2");
  CHECK(Messages(diags) == std::vector<std::string>{
                               "<stdin>:2: warning: duplicate document id 'x'; renamed to 'x#2'"});
}

TEST_CASE("ReadCorpus: applies --dct to undated documents only", "[export][corpus]") {
  MemoryFileSource fs;
  fs.AddFile("a.txt", "Undated.");
  fs.AddFile("b.txt", "Date: 2024-01-01\nDated.");
  CorpusOptions options;
  options.default_dct = CivilDate{2025, 8, 16};
  Corpus c = ReadCorpus({"a.txt", "b.txt"}, options, fs, nullptr, nullptr);
  REQUIRE(c.documents.size() == 2);
  CHECK(c.documents[0].dct()->ToIso() == "2025-08-16");
  CHECK(c.documents[0].dct_source() == DctSource::kOption);
  CHECK(c.documents[1].dct()->ToIso() == "2024-01-01");
}

}  // namespace
}  // namespace eventgraph

namespace eventgraph {
namespace {

TEST_CASE("ReadCorpus: loads the five seed articles, four dated by header and one undated",
          "[export][corpus][shared]") {
  const std::string shared = testing::SharedDir();
  if (shared.empty()) {
    WARN("../shared absent; skipped");
    return;
  }
  DiskFileSource fs;
  Diagnostics diags;
  Corpus c = ReadCorpus({shared + "/corpus/seeds"}, {}, fs, nullptr, &diags);
  REQUIRE(c.documents.size() == 5);
  CHECK(c.skipped == 0);
  CHECK(diags.empty());
  int dated = 0;
  for (const Document& d : c.documents) {
    if (d.dct() && d.dct()->ToIso() == "2025-08-16" && d.dct_source() == DctSource::kHeader) {
      ++dated;
    } else {
      CHECK(d.id() == "004_7aec41e7a7560202.txt");
      CHECK_FALSE(d.dct().has_value());
    }
  }
  CHECK(dated == 4);
}

}  // namespace
}  // namespace eventgraph
