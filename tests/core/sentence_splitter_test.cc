// SPDX-License-Identifier: Apache-2.0
#include "core/sentence_splitter.h"

#include <catch2/catch.hpp>

#include "core/ingest.h"
#include "core/tokenizer.h"
#include "tests/test_util.h"

namespace eventgraph {
namespace {

struct Split {
  std::vector<std::string> texts;
  std::vector<SentenceKind> kinds;
};

Split SplitText(const std::string& text) {
  static const Tokenizer tokenizer = Tokenizer::Create("").value();
  static const SentenceSplitter splitter = SentenceSplitter::Create("").value();
  auto tokens =
      tokenizer.Tokenize(std::string_view(text), Span{0, static_cast<uint32_t>(text.size())});
  Split out;
  for (const Sentence& s : splitter.Split(text, tokens)) {
    out.texts.push_back(text.substr(s.span.begin, s.span.size()));
    out.kinds.push_back(s.kind);
  }
  return out;
}

TEST_CASE("SentenceSplitter: splits news prose where a reader would", "[core][splitter]") {
  struct Row {
    const char* text;
    std::vector<std::string> sentences;
  };
  const Row rows[] = {
      {"The talks ended in a three-way format. U.S. Secretary of State Ann Lee joined them.",
       {"The talks ended in a three-way format.", "U.S. Secretary of State Ann Lee joined them."}},
      {"U.S. President Dan Roe spoke. He left.", {"U.S. President Dan Roe spoke.", "He left."}},
      {"They discussed Russia-U.S. cooperation in trade.",
       {"They discussed Russia-U.S. cooperation in trade."}},
      {"Gen. Mark Olsen met Mr. Park in Jan. 2024 in Oslo.",
       {"Gen. Mark Olsen met Mr. Park in Jan. 2024 in Oslo."}},
      // A legal form ends a company's name: a capitalized word after it starts a sentence,
      // unless it is another legal form or a title's first word.
      {"Acme said it bought Video Monitors Inc. Chrysler said it would wait.",
       {"Acme said it bought Video Monitors Inc.", "Chrysler said it would wait."}},
      {"Merrill Lynch and Co. Inc. said Texas Instruments Inc. President Jerry Junkins left.",
       {"Merrill Lynch and Co. Inc. said Texas Instruments Inc. President Jerry Junkins left."}},
      {"It happened in the U.S. The talks failed.",
       {"It happened in the U.S.", "The talks failed."}},
      {"\xE2\x80\x9CThere is no deal,\xE2\x80\x9D Lee said. \xE2\x80\x9CWe will talk.\xE2\x80\x9D "
       "Roe left.",
       {"\xE2\x80\x9CThere is no deal,\xE2\x80\x9D Lee said.",
        "\xE2\x80\x9CWe will talk.\xE2\x80\x9D", "Roe left."}},
      {"Is it over? he asked. Yes!", {"Is it over? he asked.", "Yes!"}},
      {"The line is\nwrapped by the wire. Next one.",
       {"The line is\nwrapped by the wire.", "Next one."}},
      {"Prices rose 3.5 pct. 12 banks agreed.", {"Prices rose 3.5 pct.", "12 banks agreed."}},
      // A middle initial keeps its period: no break before the family name.
      {"Karen J. Whitfield will lead the bank. Paul R. Ostrow retires.",
       {"Karen J. Whitfield will lead the bank.", "Paul R. Ostrow retires."}},
      // Not after lower case, not "I", and "The" still opens a sentence after an initial.
      {"Take vitamin C. Doctors agree.", {"Take vitamin C.", "Doctors agree."}},
      {"It ended World War I. Historians agree.", {"It ended World War I.", "Historians agree."}},
      {"They chose Plan B. The vote was close.", {"They chose Plan B.", "The vote was close."}},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(SplitText(row.text).texts == row.sentences);
  }
}

TEST_CASE("SentenceSplitter: marks headlines, bylines and datelines", "[core][splitter]") {
  const std::string text =
      "Leaders Meet In Oslo\n\nBy Jane Doe and Sam Poe\n\nOSLO, Norway, March 3 (Wire) - Two "
      "leaders met on Monday. They talked.\n\nWith assistance from Kim Ray.\n";
  Split s = SplitText(text);
  REQUIRE(s.texts.size() == 6);
  CHECK(s.kinds[0] == SentenceKind::kHeadline);
  CHECK(s.kinds[1] == SentenceKind::kByline);
  CHECK(s.kinds[2] == SentenceKind::kDateline);
  CHECK(s.texts[2] == "OSLO, Norway, March 3 (Wire) -");
  CHECK(s.texts[3] == "Two leaders met on Monday.");
  CHECK(s.kinds[3] == SentenceKind::kBody);
  CHECK(s.kinds[5] == SentenceKind::kByline);
  Split bare = SplitText("HELSINKI \xE2\x80\x94 Two leaders met. NATO leaders met too.");
  REQUIRE(bare.texts.size() == 3);
  CHECK(bare.kinds[0] == SentenceKind::kDateline);
  CHECK(bare.texts[0] == "HELSINKI \xE2\x80\x94");
  CHECK(bare.kinds[2] == SentenceKind::kBody);
}

TEST_CASE("SentenceSplitter: covers every token exactly once", "[core][splitter]") {
  const std::string text =
      "A b. C d! \xE2\x80\x9C"
      "E f?\xE2\x80\x9D G h\n\nI j";
  static const Tokenizer tokenizer = Tokenizer::Create("").value();
  static const SentenceSplitter splitter = SentenceSplitter::Create("").value();
  auto tokens =
      tokenizer.Tokenize(std::string_view(text), Span{0, static_cast<uint32_t>(text.size())});
  auto sentences = splitter.Split(text, tokens);
  uint32_t next = 0;
  for (const Sentence& s : sentences) {
    CHECK(s.token_begin == next);
    CHECK(s.token_end > s.token_begin);
    next = s.token_end;
  }
  CHECK(next == tokens.size());
}

TEST_CASE("SentenceSplitter: seed article 002 has the boundaries a reader expects",
          "[core][splitter][shared]") {
  const std::string shared = testing::SharedDir();
  if (shared.empty()) {
    WARN("../shared absent; skipped");
    return;
  }
  DiskFileSource fs;
  const std::string path = shared + "/corpus/seeds/002_6dc4c38ebceb3472.txt";
  auto bytes = fs.ReadFile(path);
  REQUIRE(bytes.ok());
  auto doc = LoadDocument("002", path, *bytes, {}, nullptr);
  REQUIRE(doc.ok());
  const Tokenizer tokenizer = Tokenizer::Create("").value();
  const SentenceSplitter splitter = SentenceSplitter::Create("").value();
  auto tokens = tokenizer.Tokenize(*doc, doc->body());
  std::vector<std::string> sentences;
  for (const Sentence& s : splitter.Split(doc->text(), tokens)) {
    sentences.emplace_back(doc->Slice(s.span));
  }
  auto ends_with = [](const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  int format_boundary = 0;
  for (size_t i = 0; i + 1 < sentences.size(); ++i) {
    if (ends_with(sentences[i], "three-on-three format.")) {
      ++format_boundary;
      CHECK(sentences[i + 1].rfind("U.S. Secretary of State", 0) == 0);
    }
    CHECK_FALSE(ends_with(sentences[i], "U.S."));
    CHECK_FALSE(ends_with(sentences[i], "Russia-U.S."));
  }
  CHECK(format_boundary == 1);
}

}  // namespace
}  // namespace eventgraph
