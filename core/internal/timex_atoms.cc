// SPDX-License-Identifier: Apache-2.0
// Builds atoms from tokens: splits words and numbers at inner ASCII hyphens and folds a
// free-standing hyphen glued on both sides ("3 - 1/2" written "3-1/2" but tokenized apart) into
// the hyphen_before flag of the next atom.
#include "core/internal/timex_atoms.h"

#include <cstring>

namespace eventgraph {
namespace internal {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// IsSpace() as one compare and one bit test.
inline bool IsSpaceBit(char c) {
  constexpr uint64_t kSpaces = (uint64_t{1} << ' ') | (uint64_t{1} << '\t') |
                               (uint64_t{1} << '\n') | (uint64_t{1} << '\r') |
                               (uint64_t{1} << '\f');
  const unsigned char u = static_cast<unsigned char>(c);
  return u <= ' ' && ((kSpaces >> u) & 1) != 0;
}

// Forced inline: called once per atom with eight arguments, the call itself cost about 6 % of
// the tagger's instructions (callgrind, Reuters).
inline __attribute__((always_inline)) void AddAtom(const TimexRules& rules, std::string_view text,
                                                   std::string_view lower, Span span,
                                                   TokenKind kind, bool hyphen_before,
                                                   uint32_t token, std::vector<Atom>* atoms) {
  // Built in place: filling a local Atom and copying it stalled on store forwarding.
  Atom& atom = atoms->emplace_back();
  atom.span = span;
  atom.token = token;
  atom.text = lower.substr(span.begin, span.size());
  atom.kind = kind;
  atom.hyphen_before = hyphen_before;
  atom.space_before = span.begin == 0 || IsSpaceBit(text[span.begin - 1]);
  char first = text[span.begin];
  atom.capitalized = first >= 'A' && first <= 'Z';
  bool all_digits = !atom.text.empty() && atom.text.size() <= 9;
  for (char c : atom.text) {
    if (c < '0' || c > '9') {
      all_digits = false;
      break;
    }
  }
  if (all_digits) {
    int32_t v = 0;
    for (char c : atom.text) v = v * 10 + (c - '0');
    atom.int_value = v;
    atom.digits = static_cast<uint8_t>(atom.text.size());
    atom.kind = TokenKind::kNumber;
  } else if (kind == TokenKind::kWord || atom.text.size() <= 4) {
    // Words, short numbers ("3rd") and symbols ("$", "%"); long numbers never match. The
    // (first byte, last byte, length) bit rules out most words before the hash: "said",
    // "company"; "the", "year" go on to the lookup.
    const size_t size = atom.text.size();
    if (size != 0 &&
        (size >= 64 ||
         (rules.word_pairs[TimexRules::HeadPairIndex(atom.text.front(), atom.text.back())] >> size &
          1) != 0)) {
      atom.info = rules.FindPadded(atom.text);
      if (atom.info != nullptr) atom.classes = atom.info->classes;
    }
  }
}

}  // namespace

void BuildAtoms(const TimexRules& rules, std::string_view text, std::string_view lower,
                const std::vector<Token>& tokens, uint32_t begin, uint32_t end,
                std::vector<Atom>* atoms) {
  bool pending_hyphen = false;
  for (uint32_t t = begin; t < end; ++t) {
    const Token& token = tokens[t];
    std::string_view token_text = lower.substr(token.span.begin, token.span.size());
    if (token.kind == TokenKind::kDash && token_text == "-") {
      // A hyphen with no space on either side joins its neighbours: "3-1/2", "year-old".
      bool glued_left = token.span.begin > 0 && !IsSpace(text[token.span.begin - 1]) && t > begin &&
                        tokens[t - 1].span.end == token.span.begin;
      bool glued_right = t + 1 < end && tokens[t + 1].span.begin == token.span.end;
      if (glued_left && glued_right) {
        pending_hyphen = true;
        continue;
      }
      AddAtom(rules, text, lower, token.span, token.kind, false, t, atoms);
      pending_hyphen = false;
      continue;
    }
    // The tokenizer flags words with an inner hyphen; numbers ("3-1/2") are checked here.
    bool splittable =
        token.kind == TokenKind::kWord
            ? token.Has(kTokenHyphenated)
            : token.kind == TokenKind::kNumber && token_text.find('-', 1) != std::string_view::npos;
    if (!splittable) {
      AddAtom(rules, text, lower, token.span, token.kind, pending_hyphen, t, atoms);
      pending_hyphen = false;
      continue;
    }
    uint32_t part_begin = token.span.begin;
    bool hyphen = pending_hyphen;
    for (uint32_t pos = token.span.begin; pos <= token.span.end; ++pos) {
      if (pos == token.span.end || text[pos] == '-') {
        if (pos > part_begin) {
          AddAtom(rules, text, lower, Span{part_begin, pos}, token.kind, hyphen, t, atoms);
          hyphen = true;
        }
        part_begin = pos + 1;
      }
    }
    pending_hyphen = false;
  }
}

namespace {

bool IsDigitChar(char c) { return c >= '0' && c <= '9'; }

// A number that can be (part of) a time expression by itself: a year-like "1998", "10:30",
// "8/15/2025", "1980s", "15th", "2025-08-15". Rejects "3.5", "1,500", "27", and numbers with one
// slash: fractions and prices "5/8", "1-1/4", crop years "1986/87" (a date needs two slashes;
// "3-1/2 years" has its unit as head).
bool NumberIsTimeLike(std::string_view number) {
  bool all_digits = true;
  bool hyphen = false;
  int slashes = 0;
  for (char c : number) {
    if (!IsDigitChar(c)) {
      if (c == ':' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
      if (c == '/') ++slashes;
      if (c == '-') hyphen = true;
      all_digits = false;
    }
  }
  if (slashes != 0) return slashes >= 2;
  return hyphen || (all_digits && number.size() == 4 && (number[0] == '1' || number[0] == '2'));
}

// A word made of head-less parts heads no window.
bool IsHeadWord(const TimexRules& rules, std::string_view lower);

// True when a hyphenated word holds a part that can head a window or be part of a number:
// "third-quarter", "mid-November", "two-year", "year-to-date" (a unit), "mid-1990s" (a digit).
// Rejects "state-owned", "so-called", "pre-tax": no part is a time word, so no match can
// rest on them.
bool HyphenatedHead(const TimexRules& rules, std::string_view raw) {
  char buffer[32] = {};
  size_t part_begin = 0;
  for (size_t pos = 0; pos <= raw.size(); ++pos) {
    if (pos < raw.size() && raw[pos] != '-') continue;
    const std::string_view part = raw.substr(part_begin, pos - part_begin);
    part_begin = pos + 1;
    if (part.empty()) continue;
    if (part.size() >= sizeof buffer) return true;  // cannot look it up: keep the head
    for (size_t k = 0; k < part.size(); ++k) {
      const char c = part[k];
      if (IsDigitChar(c)) return true;
      buffer[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (IsHeadWord(rules, std::string_view(buffer, part.size()))) return true;
  }
  return false;
}

// A lower-case word (in a 32-byte buffer) that heads a window: a head class, a cardinal
// 11-20 ("nineteen"), or a plural of a table word ("tuesdays": capitalized plurals head).
bool IsHeadWord(const TimexRules& rules, std::string_view lower) {
  const WordInfo* info = rules.FindPadded(lower);
  if (info != nullptr &&
      ((info->classes & kHeadWordClasses) != 0 ||
       (info->Is(kClassCardinal) && info->cardinal >= 11 && info->cardinal <= 20))) {
    return true;
  }
  return lower.size() > 4 && lower.back() == 's' &&
         rules.Find(lower.substr(0, lower.size() - 1)) != nullptr;
}

// Head words are shorter than 32 bytes (WordHeads() lower-cases into a 32-byte buffer).
constexpr uint32_t kMaxHeadSize = 31;

// Whether a word token of 1 to kMaxHeadSize bytes that passed the quick filter of
// FindTimexWindows() heads a window: a head word ("May" but not "may", "year", "fiscal"), or a
// hyphenated word or capitalized plural holding one ("third-quarter", "Tuesdays").
bool WordHeads(const TimexRules& rules, std::string_view text, const Token& token) {
  std::string_view raw(text.data() + token.span.begin, token.span.size());
  const size_t size = raw.size();
  // The head bloom filter, inline: one load for the first eight bytes when the text goes on
  // that far (nearly always). A false positive (a word longer than any key, say) only costs
  // the lookup below, which ends in the same tests as a miss.
  bool may_head =
      ((rules.head_pairs[TimexRules::HeadPairIndex(raw.front(), raw.back())] >> size) & 1) != 0;
  if (may_head) {
    uint64_t folded = 0;
    if (token.span.begin + 8 <= text.size()) {
      uint64_t bytes = 0;
      std::memcpy(&bytes, raw.data(), 8);
      folded = (bytes | 0x2020202020202020ull) & (~uint64_t{0} >> (64 - 8 * (size < 8 ? size : 8)));
    } else {
      folded = TimexRules::FoldPrefix(TimexRules::Prefix(raw), size);
    }
    const size_t bit = TimexRules::HeadBloomBitOf(TimexRules::Mix(folded, size));
    may_head = ((rules.head_bloom[bit >> 6] >> (bit & 63)) & 1) != 0;
  }
  if (!may_head) {
    // Not a lexicon word; only a hyphenated word ("third-quarter") or a capitalized plural
    // ("Tuesdays") can still hold a head.
    if (token.Has(kTokenHyphenated)) return HyphenatedHead(rules, raw);
    if (!token.Has(kTokenCapitalized) || size <= 4 || raw.back() != 's') return false;
  }
  char buffer[32] = {};
  for (size_t k = 0; k < size; ++k) {
    char c = raw[k];
    buffer[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  std::string_view word(buffer, size);
  const WordInfo* info = rules.FindPadded(word);  // the buffer holds 32 bytes
  if (info != nullptr) {
    // A month or weekday that is also a common word heads only when capitalized: "in May",
    // not "prices may rise" (the grammar never takes a lower-case "may" or "march").
    uint32_t classes = info->classes;
    if ((classes & kClassAmbiguous) != 0 && !token.Has(kTokenCapitalized)) {
      classes &= ~(kClassMonth | kClassWeekday);
    }
    if ((classes & kHeadWordClasses) != 0 ||
        (info->Is(kClassCardinal) && info->cardinal >= 11 && info->cardinal <= 20)) {
      return true;
    }
  }
  return (token.Has(kTokenHyphenated) && HyphenatedHead(rules, raw)) ||  // "third-quarter"
         (token.Has(kTokenCapitalized) && size > 4 && word.back() == 's' &&
          rules.Find(word.substr(0, size - 1)) != nullptr);  // "Tuesdays"
}

// Whether the number tokens[t] heads a window: it looks like a time by itself ("1998", "10:30"),
// or is a small number before a clock word ("9 p.m.").
bool NumberHeads(std::string_view text, const std::vector<Token>& tokens, uint32_t t,
                 uint32_t end) {
  const Token& token = tokens[t];
  std::string_view raw(text.data() + token.span.begin, token.span.size());
  if (NumberIsTimeLike(raw)) return true;
  // A day of the month said alone after "the": "on [the 15th]" (Grammar::DayOfMonth()).
  if (t > 0 && raw.size() >= 3 && raw.size() <= 4 && raw[0] >= '1' && raw[0] <= '9') {
    const Token& before = tokens[t - 1];
    std::string_view prev(text.data() + before.span.begin, before.span.size());
    const char suffix = static_cast<char>(raw[raw.size() - 2] | 0x20);
    if ((prev == "the" || prev == "The") &&
        (suffix == 's' || suffix == 'n' || suffix == 'r' || suffix == 't')) {
      return true;
    }
  }
  // A small number before a unit or clock word: "10 years", "9 p.m.".
  if (t + 1 < end && raw.size() <= 6) {
    std::string_view next(text.data() + tokens[t + 1].span.begin, tokens[t + 1].span.size());
    return next.size() >= 2 &&
           (next[0] == 'a' || next[0] == 'p' || next[0] == 'A' || next[0] == 'P') &&
           (next[1] == '.' || next[1] == 'm' || next[1] == 'M');
  }
  return false;
}

// Records head token t of sentence tokens [begin, end): appends it to *heads and its window to
// *windows, merged with the last window when they touch and that window is one of this sentence
// (from index `sentence_windows` on).
void AddHead(uint32_t t, uint32_t begin, uint32_t end, size_t sentence_windows,
             std::vector<TokenWindow>* windows, std::vector<uint32_t>* heads) {
  heads->push_back(t);
  uint32_t first = t > begin + kWindowBefore ? t - kWindowBefore : begin;
  uint32_t last = t + kWindowAfter < end ? t + kWindowAfter : end;
  if (windows->size() > sentence_windows && first <= windows->back().end) {
    if (last > windows->back().end) windows->back().end = last;
  } else {
    windows->push_back(TokenWindow{first, last});
  }
}

}  // namespace

void FindTimexWindows(const TimexRules& rules, std::string_view text,
                      const std::vector<Token>& tokens, uint32_t begin, uint32_t end,
                      std::vector<TokenWindow>* windows, std::vector<uint32_t>* heads) {
  // Two passes over chunks of tokens: a quick filter without calls, which the compiler keeps in
  // registers, collects the few tokens that may head a window (about one in five on Reuters);
  // then the full test runs on those.
  constexpr uint32_t kChunk = 64;
  uint32_t candidates[kChunk];
  const Token* const token_data = tokens.data();
  const char* const data = text.data();
  const uint64_t* const head_pairs = rules.head_pairs.data();
  const size_t sentence_windows = windows->size();
  for (uint32_t chunk_begin = begin; chunk_begin < end;) {
    const uint32_t chunk_end = end - chunk_begin > kChunk ? chunk_begin + kChunk : end;
    uint32_t count = 0;
    const Token* const chunk_stop = token_data + chunk_end;
    for (const Token* token = token_data + chunk_begin; token != chunk_stop; ++token) {
      if (token->kind == TokenKind::kWord) {
        // A word no head has the (first byte, last byte, length) of heads nothing ("company",
        // "said"), unless it is hyphenated ("third-quarter") or a capitalized plural
        // ("Tuesdays"; "Reuters" passes too, "Company" does not).
        const uint32_t size = token->span.size();
        if (size - 1 >= kMaxHeadSize) continue;  // empty, or too long for any key
        const char* p = data + token->span.begin;
        const char last = p[size - 1];
        if (((head_pairs[TimexRules::HeadPairIndex(p[0], last)] >> size) & 1) == 0) {
          // Most words have neither flag: one test.
          if ((token->flags & (kTokenHyphenated | kTokenCapitalized)) == 0) continue;
          if ((token->flags & kTokenHyphenated) == 0 && (size <= 4 || last != 's')) continue;
        }
      } else if (token->kind != TokenKind::kNumber) {
        continue;  // punctuation, dashes and symbols never head a window
      }
      candidates[count++] = static_cast<uint32_t>(token - token_data);
    }
    for (uint32_t k = 0; k < count; ++k) {
      const uint32_t t = candidates[k];
      if (token_data[t].kind == TokenKind::kWord ? WordHeads(rules, text, token_data[t])
                                                 : NumberHeads(text, tokens, t, end)) {
        AddHead(t, begin, end, sentence_windows, windows, heads);
      }
    }
    chunk_begin = chunk_end;
  }
}

}  // namespace internal
}  // namespace eventgraph
