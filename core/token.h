// SPDX-License-Identifier: Apache-2.0
// Token and Sentence: the units the tokenizer and sentence splitter produce.
#ifndef EVENTGRAPH_CORE_TOKEN_H_
#define EVENTGRAPH_CORE_TOKEN_H_

#include <cstdint>
#include <string_view>

#include "core/text.h"

namespace eventgraph {

/// Stable: appears in dumps; do not rename.
enum class TokenKind : uint8_t {
  kWord,    // letters, with inner hyphens/apostrophes/periods: Elmendorf-Richardson, U.S., Mr.
  kNumber,  // 2025, 3.5, 155,221, 3-1/2, 24/7, 1/2
  kPunct,   // . , ; : ! ? ( ) [ ] and quotes “ ” ‘ ’ " '
  kDash,    // - – — --
  kSymbol,  // $ % & + @ # © and anything else
};

std::string_view TokenKindName(TokenKind kind);

/// Bit flags on a token. Stable: appear in dumps.
enum TokenFlag : uint16_t {
  kTokenCapitalized = 1 << 0,      // first letter upper case: Putin, U.S.; al-Assad, el-Sisi
  kTokenAllCaps = 1 << 1,          // two or more letters, none lower case: NATO, ANCHORAGE
  kTokenSpaceBefore = 1 << 2,      // white space precedes
  kTokenNewlineBefore = 1 << 3,    // a line break precedes
  kTokenParagraphBefore = 1 << 4,  // a blank line (or the body start) precedes
  kTokenAbbreviation = 1 << 5,     // ends in '.' that belongs to the word: Mr., U.S., Jan.
  kTokenPossessive = 1 << 6,       // the token is "'s"/"’s"/"'" split off a word: Putin|’s
  kTokenHasDigit = 1 << 7,
  kTokenHyphenated = 1 << 8,  // a word with an inner hyphen: Elmendorf-Richardson, one-on-one
};

/// One token: a span of the document text plus its kind and flags. Text via Document::Slice().
struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  uint16_t flags = 0;

  bool Has(TokenFlag flag) const { return (flags & flag) != 0; }
  friend bool operator==(const Token&, const Token&) = default;
};

/// Stable: appears in JSON and dumps; do not rename.
enum class SentenceKind : uint8_t {
  kBody,      // ordinary prose
  kHeadline,  // a title line: short, no final punctuation, followed by a paragraph break
  kByline,    // "By X", "by Xinhua writers A, B", "With assistance from X", "©2025 Bloomberg"
  kDateline,  // "ANCHORAGE, Alaska, Aug 16 (Reuters) -" split off the first body sentence
};

std::string_view SentenceKindName(SentenceKind kind);

/// One sentence (or headline/byline unit): its span and its tokens [token_begin, token_end) as
/// indices into the token vector it was split from.
struct Sentence {
  Span span;
  uint32_t token_begin = 0;
  uint32_t token_end = 0;
  SentenceKind kind = SentenceKind::kBody;

  uint32_t token_count() const { return token_end - token_begin; }
  friend bool operator==(const Sentence&, const Sentence&) = default;
};

}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_TOKEN_H_
