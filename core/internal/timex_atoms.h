// SPDX-License-Identifier: Apache-2.0
// Private to core/: the atom view of a sentence that the timex grammar matches against.
#ifndef EVENTGRAPH_CORE_INTERNAL_TIMEX_ATOMS_H_
#define EVENTGRAPH_CORE_INTERNAL_TIMEX_ATOMS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/internal/timex_words.h"
#include "core/text.h"
#include "core/token.h"

namespace eventgraph {
namespace internal {

/// One matching unit: a token, or one hyphen-separated part of a token ("third-quarter" gives
/// "third" and "quarter", the second with hyphen_before), lower-cased, with its lexicon entry.
/// Splitting at hyphens makes the grammar independent of how the tokenizer treats them.
struct Atom {
  Span span;
  std::string_view text;           // lower case (ASCII folded); valid while the buffer lives
  const WordInfo* info = nullptr;  // nullptr: not in any timex lexicon
  TokenKind kind = TokenKind::kWord;
  bool capitalized = false;
  bool space_before = true;
  bool hyphen_before = false;  // glued to the previous atom by a hyphen
  int32_t int_value = -1;      // value of an all-digit atom of at most 9 digits, else -1
  uint8_t digits = 0;          // digit count of an all-digit atom
  uint32_t classes = 0;        // info->classes, copied to spare a pointer chase

  bool Is(uint32_t word_class) const { return (classes & word_class) != 0; }
};

/// Appends the atoms of tokens [begin, end) to `atoms`. `text` is the document text and `lower`
/// its ASCII lower-cased copy (same offsets).
void BuildAtoms(const TimexRules& rules, std::string_view text, std::string_view lower,
                const std::vector<Token>& tokens, uint32_t begin, uint32_t end,
                std::vector<Atom>* atoms);

/// True when tokens [begin, end) contain something every time expression has: a number, or a
/// word that names a time (month, weekday, unit, "today", "now", "daily", ...). Sentences
/// without one are skipped before any atom is built. Rejects "The company said it was sold."
/// `text` is the document text (any case).
bool MayContainTimex(const TimexRules& rules, std::string_view text,
                     const std::vector<Token>& tokens, uint32_t begin, uint32_t end);

}  // namespace internal
}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_INTERNAL_TIMEX_ATOMS_H_
