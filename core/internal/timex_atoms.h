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
  uint32_t token = 0;          // index of the token the atom comes from

  bool Is(uint32_t word_class) const { return (classes & word_class) != 0; }
};

/// Appends the atoms of tokens [begin, end) to `atoms`. `text` is the document text and `lower`
/// its ASCII lower-cased copy (same offsets), readable for 8 bytes past its end
/// (TimexRules::FindPadded()).
void BuildAtoms(const TimexRules& rules, std::string_view text, std::string_view lower,
                const std::vector<Token>& tokens, uint32_t begin, uint32_t end,
                std::vector<Atom>* atoms);

/// Tokens [begin, end) of a window that may hold a time expression.
struct TokenWindow {
  uint32_t begin = 0;
  uint32_t end = 0;
};

/// Tokens a window reaches before and after its head: enough for "[the end of the] year" and
/// "two [weeks or so later]" (the words of a match after its last head, plus the look-ahead of
/// the grammar; "Saturday, April 25, 1998" has a head in every part). Shrinking the reach after
/// to 3 loses "a year [and a half]"; 5 changed no match on Reuters-21578 or TempEval-3, 6 leaves
/// a margin.
constexpr uint32_t kWindowBefore = 6;
constexpr uint32_t kWindowAfter = 6;

/// Appends to *windows the merged windows around every head token of tokens [begin, end) (never
/// merged with a window already there, of another sentence): a
/// number that looks like a time ("1998", "10:30", "9" before "p.m.") or a word that names one
/// (month, weekday, unit, "today", "now", "daily", a hyphenated word, a capitalized plural).
/// Every grammar match lies inside a window, so the rest of the sentence is never turned into
/// atoms. Appends the head token indices, ascending, to *heads: a match starts at most
/// kWindowBefore tokens before a head, so the tagger tries no other start. `text` is the document
/// text (any case). Rejects "The company said it was sold." (no window).
void FindTimexWindows(const TimexRules& rules, std::string_view text,
                      const std::vector<Token>& tokens, uint32_t begin, uint32_t end,
                      std::vector<TokenWindow>* windows, std::vector<uint32_t>* heads);

}  // namespace internal
}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_INTERNAL_TIMEX_ATOMS_H_
