// SPDX-License-Identifier: Apache-2.0
#include "core/tokenizer.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/test_util.h"

namespace eventgraph {
namespace {

using testing::JoinTokens;

std::string Tok(const std::string& text) {
  static const Tokenizer tokenizer = Tokenizer::Create("").value();
  return JoinTokens(text, tokenizer.Tokenize(std::string_view(text),
                                             Span{0, static_cast<uint32_t>(text.size())}));
}

TEST_CASE("Tokenizer: splits news text into words, numbers and punctuation", "[core][tokenizer]") {
  struct Row {
    const char* text;
    const char* tokens;
  };
  const Row rows[] = {
      {"Trump met Putin.", "Trump|met|Putin|."},
      {"Putin\xE2\x80\x99s jet", "Putin|\xE2\x80\x99s|jet"},
      {"Alaska's largest", "Alaska|'s|largest"},
      {"the leaders\xE2\x80\x99 talks", "the|leaders|\xE2\x80\x99|talks"},
      {"Joint Base Elmendorf-Richardson", "Joint|Base|Elmendorf-Richardson"},
      {"a one-on-one meeting", "a|one-on-one|meeting"},
      {"U.S. President", "U.S.|President"},
      {"Mr. Trump and Gen. Smith", "Mr.|Trump|and|Gen.|Smith"},
      {"in Jan. 2024", "in|Jan.|2024"},
      {"a 3-1/2-year-old war", "a|3-1/2-year-old|war"},
      {"3.5 percent, 155,221 bags", "3.5|percent|,|155,221|bags"},
      {"\xE2\x80\x9C"
       "Extremely productive,\xE2\x80\x9D he said",
       "\xE2\x80\x9C|Extremely|productive|,|\xE2\x80\x9D|he|said"},
      {"war \xE2\x80\x94 one of the deadliest \xE2\x80\x93 in",
       "war|\xE2\x80\x94|one|of|the|deadliest|\xE2\x80\x93|in"},
      {"conflict - one", "conflict|-|one"},
      {"didn't yield", "didn't|yield"},
      {"$27 and 24/7", "$|27|and|24/7"},
      {"at 14:30 on 2025-08-16", "at|14:30|on|2025-08-16"},
      {"the 1980s", "the|1980s"},
      {"wait...", "wait|..."},
      {"Russia-U.S. cooperation", "Russia-U.S.|cooperation"},
      {"B-2 bomber", "B-2|bomber"},
      {"Zelenskyy said", "Zelenskyy|said"},
      {"Ra\xC3\xBAl Castro", "Ra\xC3\xBAl|Castro"},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(Tok(row.text) == row.tokens);
  }
}

TEST_CASE("Tokenizer: gives byte spans into the document and kind/flags", "[core][tokenizer]") {
  const Tokenizer tokenizer = Tokenizer::Create("").value();
  const std::string text = "xx\n\nNATO said";
  Document doc("d", "d.txt", text);
  doc.set_body(Span{2, static_cast<uint32_t>(text.size())});
  auto tokens = tokenizer.Tokenize(doc, doc.body());
  REQUIRE(tokens.size() == 2);
  CHECK(tokens[0].span == Span{4, 8});
  CHECK(tokens[0].Has(kTokenAllCaps));
  CHECK(tokens[0].Has(kTokenCapitalized));
  CHECK(tokens[0].Has(kTokenParagraphBefore));
  CHECK(tokens[1].kind == TokenKind::kWord);
  CHECK_FALSE(tokens[1].Has(kTokenCapitalized));
}

TEST_CASE("Tokenizer: flags all-caps words by their letters, ASCII or not", "[core][tokenizer]") {
  const Tokenizer tokenizer = Tokenizer::Create("").value();
  struct Row {
    const char* text;
    bool all_caps;
  };
  const Row rows[] = {
      {"NATO", true},
      {"Nato", false},
      {"I", false},  // one letter
      {"A4", false},
      {"B52S", true},
      {"U.S.", true},
      {"\xC3\x89T\xC3\x89", true},   // ÉTÉ: non-ASCII capitals count
      {"\xC3\x89", false},           // É alone
      {"\xC3\x89t\xC3\xA9", false},  // Été
      {"OPEC-led", false},
      {"OPEC-LED", true},
  };
  for (const Row& row : rows) {
    const std::string text = row.text;
    auto tokens =
        tokenizer.Tokenize(std::string_view(text), Span{0, static_cast<uint32_t>(text.size())});
    INFO(text);
    REQUIRE(!tokens.empty());
    CHECK(tokens[0].Has(kTokenAllCaps) == row.all_caps);
  }
}

TEST_CASE("Tokenizer: flags a name after a hyphenated Arabic article as capitalized",
          "[core][tokenizer]") {
  const Tokenizer tokenizer = Tokenizer::Create("").value();
  struct Row {
    const char* text;
    bool capitalized;
  };
  const Row rows[] = {
      {"al-Assad", true},      {"el-Sisi", true},    {"ash-Sharaa", true},
      {"ul-Haq", true},        {"al-based", false},  {"re-Elect", false},
      {"ex-President", false}, {"Al-Jazeera", true},  // capitalized anyway
      {"a-Z", false},
  };
  for (const Row& row : rows) {
    const std::string text = std::string(row.text) + " said";
    auto tokens =
        tokenizer.Tokenize(std::string_view(text), Span{0, static_cast<uint32_t>(text.size())});
    INFO(text);
    REQUIRE(tokens.size() == 2);
    CHECK(tokens[0].span.size() == std::string_view(row.text).size());
    CHECK(tokens[0].Has(kTokenCapitalized) == row.capitalized);
  }
}

TEST_CASE("Tokenizer: gives the same tokens whether a word ends the text, the range or neither",
          "[core][tokenizer]") {
  // The word loop reads 16 bytes at a time where the text goes on that far, and plain ASCII
  // words there take a shorter path: words shorter and longer than 16 bytes, with hyphens,
  // periods, apostrophes, digits and non-ASCII letters at and around the 16th byte, must come out
  // with the same spans and flags (capitalized, all caps, digits) as at the very end of the text.
  const Tokenizer tokenizer = Tokenizer::Create("").value();
  const char* const words[] = {
      "a",
      "I",
      "A4",
      "NATO",
      "Nato",
      "x1",
      "Reuters",
      "ABCDEFGHIJKLMNO",
      "abcdefghijklmno,",
      "Gen.",
      "e.g.",
      "Daniel P. Davison",
      "OPEC-led",
      "leaders\xE2\x80\x99",
      "Putin\xE2\x80\x99s",
      "ABCDEFGHIJKLMNOP",
      "abcdefghijklmnopq",
      "Internationalization",
      "ELMENDORF-RICHARDSON",
      "counter-intelligence-agencies",
      "abcdefghijklmno-pq",
      "abcdefghijklmnop.",
      "U.S.",
      "Mr.",
      "didn't",
      "Putin's",
      "B52S",
      "1980s",
      "12th",
      "x2y3z4w5v6u7t8s9r0",
      "caf\xC3\xA9s",
      "ABCDEFGHIJKLMNO\xC3\x89T\xC3\x89",
      "abcdefghijklmnop\xC3\xA9x",
  };
  auto tokenize = [&](const std::string& text, size_t end) {
    return tokenizer.Tokenize(std::string_view(text), Span{0, static_cast<uint32_t>(end)});
  };
  for (const char* word : words) {
    const std::string alone = word;
    INFO(alone);
    const std::vector<Token> expected = tokenize(alone, alone.size());
    REQUIRE(!expected.empty());
    // Followed by text the range leaves out: "Reuterszzz..." cut after "Reuters".
    const std::string cut = alone + "zzzzzzzzzzzzzzzzzzzzzzzz";
    CHECK(tokenize(cut, alone.size()) == expected);
    // Followed by more words: the same tokens, then the rest.
    const std::string more = alone + " and more words after it";
    std::vector<Token> tokens = tokenize(more, more.size());
    REQUIRE(tokens.size() >= expected.size());
    tokens.resize(expected.size());
    CHECK(tokens == expected);
  }
}

TEST_CASE("Tokenizer: treats CR, CRLF and Unicode spaces as white space", "[core][tokenizer]") {
  CHECK(Tok("a\r\nb\rc\xC2\xA0"
            "d\xE2\x80\x8B"
            "e") == "a|b|c|d|e");
  CHECK(Tok("") == "");
  CHECK(Tok("   \n\n  ") == "");
}

TEST_CASE("Tokenizer: never splits inside a UTF-8 sequence", "[core][tokenizer]") {
  const Tokenizer tokenizer = Tokenizer::Create("").value();
  const std::string text =
      "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x98\x80!";
  auto tokens =
      tokenizer.Tokenize(std::string_view(text), Span{0, static_cast<uint32_t>(text.size())});
  for (const Token& t : tokens) {
    CHECK(FindInvalidUtf8(std::string_view(text).substr(t.span.begin, t.span.size())) ==
          std::string_view::npos);
  }
  CHECK(tokens.size() == 4);
}

}  // namespace
}  // namespace eventgraph
