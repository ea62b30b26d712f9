// SPDX-License-Identifier: Apache-2.0
// Entity recognition: tokens → typed candidate mentions; entity_resolver.cc then joins them into
// the document's entities.
//
// Each body sentence is scanned left to right. At every token we first try a title phrase
// ([determiner] [affiliation] [modifiers] title [to/of country]), because titles decide the most:
//   "US President Donald Trump"        → person "Donald Trump", title "US President" (US)
//   "U.S. President, Donald Trump,"    → the same through the comma apposition
//   "presidential aide Yuri Ushakov"   → person with a lower-case role
//   "the Russian leader"               → a title reference, resolved later to the person who
//                                         bears a Russian head title in this document
// Otherwise a maximal run of capitalized words (with inner "of", "de", "bin" ...) is a chunk,
// typed by the first rule that fits:
//   honorific ("Mr Putin") → person; whole chunk in a table (non-entity "Cold War", known entity
//   "NATO", country "United States", region "Alaska", city "New York", demonym "Russian",
//   demonym + group noun "European leaders"); organization cue word ("International Criminal
//   Court", "Fox News"); facility cue word ("Joint Base Elmendorf-Richardson", "White House");
//   place noun after it ("Dnipropetrovsk region"); otherwise two or more words are a person
//   ("Kimberly Halkett") and a lone word is *soft*: the resolver attaches it to a person of the
//   document ("Rubio" after "Marco Rubio", even though Rubio is also a city), else falls back to
//   the weaker reading (a populous or locative city "in Anchorage", a speaker "Peskov said").
// Never names: timex tokens, words with digits ("B-2"), single letters ("Q&A"), Title-Case
// headline words not confirmed by the body, the sentence-initial word of a chunk whose rest is a
// known name ("Both Moscow"). Dateline words ("ANCHORAGE, Alaska —") are places; names in
// bylines ("by Xinhua writers A, B", "With assistance from X") are authors.
#include "core/entity_recognizer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>

#include "core/internal/entity_resolver.h"
#include "core/internal/entity_rules.h"
#include "core/internal/wire_dateline.h"

namespace eventgraph {

using internal::Candidate;
using internal::EntityRules;
using internal::PhraseInfo;
using internal::TitleClass;

namespace {

constexpr size_t kMaxPhraseWords = 8;
// Lone cities become places without locative context only above this population: "Anchorage"
// (299k) does; "Rubio" (Venezuela, 93k) stays soft unless "in Rubio".
constexpr uint32_t kPopulousCity = 100000;
// Reach bits of the hard table phrases that split a chunk ("Russia Ukraine") and of the known
// names that make a sentence-initial word droppable ("Across Ukraine"). Keep in sync with the
// accept functions at their Longest() calls.
constexpr uint32_t kHardReach = internal::kReachKnown | internal::kReachCountry |
                                internal::kReachDemonym | internal::kReachNonEntity;
constexpr uint32_t kAffiliationReach =
    internal::kReachCountry | internal::kReachRealDemonym | internal::kReachKnownCountry;
constexpr uint32_t kRestReach = internal::kReachKnown | internal::kReachCountry |
                                internal::kReachRegion | internal::kReachDemonym;

// `word` == `literal`: sizes first, then a memcmp() of a constant size that the compiler inlines
// (string_view's operator== is an out-of-line compare() call in this build, and these tests run on
// most tokens).
template <size_t N>
bool Eq(std::string_view word, const char (&literal)[N]) {
  return word.size() == N - 1 && std::memcmp(word.data(), literal, N - 1) == 0;
}

bool IsOneOf(std::string_view word, std::initializer_list<std::string_view> set) {
  for (std::string_view entry : set) {
    if (entry.size() == word.size() && std::memcmp(entry.data(), word.data(), word.size()) == 0)
      return true;
  }
  return false;
}

// Whether a phrase is the demonym of one country ("russian" → RU), not of several ("-":
// "european") nor none. By bytes: `demonym != "-"` is an out-of-line compare() call here.
bool IsRealDemonym(const PhraseInfo& p) {
  return !p.demonym.empty() && !(p.demonym.size() == 1 && p.demonym[0] == '-');
}

// Moves `size` bytes, from sizeof(T) to 2 * sizeof(T), as two loads and stores of a T that
// overlap in the middle (within the bytes only).
template <typename T>
inline void CopyOverlapping(char* to, const char* from, size_t size) {
  T head;
  T tail;
  std::memcpy(&head, from, sizeof(T));
  std::memcpy(&tail, from + size - sizeof(T), sizeof(T));
  std::memcpy(to, &head, sizeof(T));
  std::memcpy(to + size - sizeof(T), &tail, sizeof(T));
}

// Copies the `size` bytes at `from` to `to` (which do not overlap). A word of up to sixteen bytes
// (most) is moved with two loads and stores that overlap in its middle, reading and writing
// within its bytes only; a memcpy() of a variable size is a library call.
inline void CopyWord(char* to, const char* from, size_t size) {
  if (size >= 8 && size <= 16) {
    CopyOverlapping<uint64_t>(to, from, size);
  } else if (size >= 4 && size < 8) {
    CopyOverlapping<uint32_t>(to, from, size);
  } else if (size < 4) {
    for (size_t k = 0; k < size; ++k) to[k] = from[k];
  } else {
    std::memcpy(to, from, size);
  }
}

// Bits of ScanScratch::pending. kPending: a plain lower-case word whose table entry is looked up
// on first use (Scanner::Info()). kSkip: ScanAt() would return at once (not a word, a word that
// starts nothing: "said", or a determiner before one: "the" of "the company"), so the scan passes
// the token by. Info() clears both.
constexpr uint8_t kPending = 1;
constexpr uint8_t kSkip = 2;
// And kNameWord: Scanner::IsNameWord() but for the sentence bound, computed once per token by the
// setup pass ("Putin", "U.S."; not "He", "B-2", "Q", words in a timex), never with kPending.
constexpr uint8_t kNameWord = 4;

// True when the `size` bytes at `word` are a-z and 0-9 only ("said", "1987": the word is its
// own folded form), and if so the word's EntityRules::Hash() in
// `hash`. Words shorter than eight bytes (most) are read as one 64-bit load when the text goes on
// for eight bytes (`text_end`), and tested all bytes at once: each byte below 0x80 is in a-z or
// 0-9. Adding 0x1f to a byte below 0x80 sets its high bit when it is >= 'a', adding 0x05 when it
// is > 'z' (and 0x50, 0x46 for '0', '9'); no byte carries into the next.
bool PlainWordHash(const char* word, size_t size, const char* text_end, uint64_t* hash) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  // The bytes of `w` under `high` are all in a-z or 0-9.
  auto plain = [](uint64_t w, uint64_t high) {
    if ((w & kHigh) != 0) return false;  // a byte >= 0x80: no plain word
    const uint64_t letter = (w + 0x1f * kOnes) & ~(w + 0x05 * kOnes);
    const uint64_t digit = (w + 0x50 * kOnes) & ~(w + 0x46 * kOnes);
    return ((letter | digit) & high) == high;
  };
  if (size == 0) return false;
  if (size >= 8) {  // eight bytes at a time, the last eight overlapping the ones before
    for (size_t k = 0; k + 8 <= size; k += 8) {
      uint64_t w;
      std::memcpy(&w, word + k, 8);
      if (!plain(w, kHigh)) return false;
    }
    if (size % 8 != 0) {
      uint64_t w;
      std::memcpy(&w, word + size - 8, 8);
      if (!plain(w, kHigh)) return false;
    }
    *hash = EntityRules::Hash(std::string_view(word, size));
    return true;
  }
  uint64_t w = 0;
  if (text_end - word >= 8) {
    std::memcpy(&w, word, 8);
    w &= (uint64_t{1} << (8 * size)) - 1;
  } else {
    for (size_t k = 0; k < size; ++k) w |= uint64_t{static_cast<unsigned char>(word[k])} << (8 * k);
  }
  if (!plain(w, kHigh & ((uint64_t{1} << (8 * size)) - 1))) return false;
  *hash = internal::FlatStringMap<PhraseInfo>::HashShort(w, size);
  return true;
}

// Byte → its lower-case form when an ASCII letter or digit, else 0.
constexpr std::array<char, 256> kLowerAlnum = [] {
  std::array<char, 256> table{};
  for (size_t c = 'a'; c <= 'z'; ++c) table[c] = static_cast<char>(c);
  for (size_t c = '0'; c <= '9'; ++c) table[c] = static_cast<char>(c);
  for (size_t c = 'A'; c <= 'Z'; ++c) table[c] = static_cast<char>(c + ('a' - 'A'));
  return table;
}();

// FoldName() of a word of ASCII letters and digits only ("Putin", "NATO"), its bytes in lower
// case, written to the `size` bytes at `out`. False for any other word ("U.S.", "Zelenskyy's",
// "Łódź"), with `out` partly written.
bool LowerAlnumInto(const char* word, size_t size, char* out) {
  for (size_t k = 0; k < size; ++k) {
    const char c = kLowerAlnum[static_cast<unsigned char>(word[k])];
    if (c == 0) return false;
    out[k] = c;
  }
  return true;
}

// "the Russian leader", "his counterpart": a folded word that may open a title reference.
// Forced inline: GCC left it a call, and the scanner's setup pass asks it of the most frequent
// words ("the").
[[gnu::always_inline]] inline bool IsDeterminerWord(std::string_view w) {
  // Length first: this runs on every lower-case word.
  if (w.size() == 3) return Eq(w, "the") || Eq(w, "his") || Eq(w, "her") || Eq(w, "its");
  return w.size() == 5 && Eq(w, "their");
}

// A phrase match: [begin, end) tokens and what the tables say about it.
struct Match {
  size_t end = 0;
  const PhraseInfo* info = nullptr;
};

// A parsed title phrase: "the Russian President", "Trump's special envoy to Russia".
struct TitleParse {
  bool found = false;
  bool determiner = false;
  size_t begin = 0;  // first token after the determiner
  size_t end = 0;    // one past the title
  // Views into the rules (Candidate::title_role, Candidate::affiliation).
  std::string_view role;  // folded role ("president", "foreign minister")
  TitleClass cls = TitleClass::kNone;
  std::string_view affiliation;  // alpha-2 or ""
};

// Per-thread buffers that one Scanner after another reuses (documents arrive one at a time per
// thread), so that scanning a document allocates nothing once the buffers are warm.
struct ScanScratch {
  std::string arena;  // folded words, back to back (a char array that only grows: see Scanner)
  std::string fold;   // a word folded by AppendFoldedName(), before it goes to the arena
  std::vector<std::string_view> folded;  // folded word of each token
  std::vector<const PhraseInfo*> info;   // single-word table entry of each word token
  // EntityRules::Hash() of each plain lower-case word (kPending); for a word folded into the
  // arena, its offset there until the views are final (Scanner's constructor).
  std::vector<uint64_t> hashes;
  std::vector<uint8_t> pending;   // kPending | kSkip bits of each token
  std::vector<uint8_t> in_timex;  // 1: the token overlaps a timex
  std::string buffer;  // phrases being looked up (Scanner::AppendPhraseWord(): a char array)
  std::string joined;  // Candidate::folded of multi-token candidates, back to back (a char array)
  std::vector<Candidate> candidates;
  std::vector<uint32_t> by_tokens;   // the tokens whose folded word is "by", in order
  std::vector<uint32_t> line_marks;  // tokens after a line break, and dashes, in order
  std::vector<uint8_t> segment_hot;  // 1: the segment before each mark (and the last) may be a row
};

class Scanner {
 public:
  Scanner(const EntityRules& rules, const Document& document, const std::vector<Token>& tokens,
          const std::vector<Timex>& timexes, ScanScratch* scratch, std::vector<Candidate>* out)
      : rules_(rules),
        text_(document.text()),
        dct_year_(document.dct() ? document.dct()->year : 0),
        tokens_(tokens.data()),
        token_count_(tokens.size()),
        out_(out),
        arena_(scratch->arena),
        buffer_(scratch->buffer),
        joined_(scratch->joined),
        by_tokens_(scratch->by_tokens),
        line_marks_(scratch->line_marks),
        segment_hot_(scratch->segment_hot) {
    const size_t n = tokens.size();
    by_tokens_.clear();
    line_marks_.clear();
    segment_hot_.clear();
    // The per-token arrays are sized here once and then read through plain pointers: through
    // references to vectors, every access reloads the vector's data pointer. They only grow (no
    // fill per document): the pass below writes each token's entries.
    if (scratch->folded.size() < n) {
      scratch->folded.resize(n);
      scratch->info.resize(n);
      scratch->hashes.resize(n);       // set (and read) for the kPending words only
      scratch->pending.resize(n + 8);  // ScanSentence() reads eight at a time
      scratch->in_timex.resize(n);
    }
    folded_ = scratch->folded.data();
    info_ = scratch->info.data();
    hashes_ = scratch->hashes.data();
    pending_ = scratch->pending.data();
    in_timex_ = scratch->in_timex.data();
    // Folded words go to one arena, as big as the text (an ASCII word never folds longer), so
    // that each view is taken at once; only when ICU folding outgrows it are the views taken
    // again at the end, from the offsets kept in `hashes` (unused for these words). The arena
    // serves as a plain char array: it only grows (no fill per document) and is written up to
    // `arena_end` (no string call per word).
    if (arena_.size() < text_.size() + 64) arena_.resize(text_.size() + 64);
    const char* const arena_base = arena_.data();
    size_t arena_end = 0;
    std::string& fold = scratch->fold;
    const char* const text = text_.data();
    const size_t text_size = text_.size();
    // The segment being read, for MarkTableRowLabels(): its first token and whether it may be a
    // table row (a number, or a short word that may be a number word, among its first five
    // tokens: "Shr 35 cts", "Shr loss five cts") or a heading (at most three tokens: "NINE
    // MTHS"). A segment that is neither ("The company said it would") can be no row nor
    // heading, and the pass does not read it.
    size_t segment_start = 0;
    uint8_t hot = 0;
    if (n > 0) std::memset(in_timex_, 0, n);  // the timex pass below sets the 1s
    // The loop reads and writes through locals: every byte it stores (pending, arena) may alias
    // any object for the compiler, which would load the member pointers (and the Bloom bits'
    // through `rules`) again after each one.
    const Token* const token_data = tokens.data();
    std::string_view* const folded_words = folded_;
    const PhraseInfo** const infos = info_;
    uint64_t* const hashes = hashes_;
    uint8_t* const pending = pending_;
    const uint64_t* const scan_start_bits = rules.scan_start_bits.data();
    const uint64_t* const title_start_bits = rules.title_start_bits.data();
    const uint64_t* const table_bits = rules.table_bits.data();
    // The token after a plain lower-case determiner ("the", "his"), while that determiner may
    // still get kSkip: when the token is no word, or a plain word that starts no title or
    // affiliation ("the company", "his own"), ScanAt() would return at once at the determiner (see
    // there), so the scan passes it by. Not "the president", "the Russian leader", "the Fed".
    size_t after_determiner = SIZE_MAX;  // SIZE_MAX: none
    for (size_t i = 0; i < n; ++i) {
      const Token& token = token_data[i];
      // Segment bounds for MarkTableRowLabels(), so that it visits only the starts of lines.
      if (token.Has(kTokenNewlineBefore) || token.kind == TokenKind::kDash) {
        segment_hot_.push_back(static_cast<uint8_t>(hot | (i - segment_start <= 3 ? 1 : 0)));
        hot = 0;
        line_marks_.push_back(static_cast<uint32_t>(i));
        segment_start = token.kind == TokenKind::kDash ? i + 1 : i;
      }
      // Position in the segment (a dash before its segment wraps around: no position); asked
      // only of numbers and of the rare words that may be number words.
      auto early = [&] { return i - segment_start <= 4; };
      if (token.kind != TokenKind::kWord) {  // kSkip: ScanAt() would pass it by
        if (token.kind == TokenKind::kNumber && early()) hot = 1;
        folded_words[i] = std::string_view();
        infos[i] = nullptr;
        pending[i] = kSkip;
        if (after_determiner == i) pending[i - 1] = static_cast<uint8_t>(pending[i - 1] | kSkip);
        continue;
      }
      const char* const raw = text + token.span.begin;
      const size_t size = token.span.size();
      uint64_t hash = 0;
      const bool capitalized = token.Has(kTokenCapitalized);
      if (!capitalized && PlainWordHash(raw, size, text + text_size, &hash)) {
        // Fast path: a plain a-z/0-9 word is its own folded form, looked up on first use
        // (Info()): most never are. Most cannot start anything ScanAt() looks for either: no
        // pronoun ("he"), determiner ("the") or title/affiliation start ("president"), so the
        // scan passes them by ("said", "of", "shares"): one Bloom test says so.
        folded_words[i] = std::string_view(raw, size);
        hashes[i] = hash;
        if (early() &&
            (token.Has(kTokenHasDigit) ||
             (size <= 7 && EntityRules::TestBit(table_bits, EntityRules::kTableBitsLog2, hash)))) {
          hot = 1;
        }
        if (size == 2 && raw[0] == 'b' && raw[1] == 'y') {
          by_tokens_.push_back(static_cast<uint32_t>(i));
        }
        if (after_determiner == i &&
            !EntityRules::TestBit(title_start_bits, EntityRules::kLexiconBitsLog2, hash)) {
          pending[i - 1] = static_cast<uint8_t>(pending[i - 1] | kSkip);
        }
        if (EntityRules::TestBit(scan_start_bits, EntityRules::kLexiconBitsLog2, hash)) {
          pending[i] = kPending;
          if (IsDeterminerWord(std::string_view(raw, size))) after_determiner = i + 1;
        } else {
          pending[i] = kPending | kSkip;
        }
        continue;
      }
      pending[i] = 0;
      if (token.Has(kTokenHasDigit) && early()) hot = 1;
      const size_t begin = arena_end;
      hashes[i] = begin;
      if (begin + size <= arena_.size() && LowerAlnumInto(raw, size, arena_.data() + begin)) {
        arena_end = begin + size;
      } else {
        fold.clear();
        AppendFoldedName(std::string_view(raw, size), &fold);
        if (begin + fold.size() > arena_.size()) arena_.resize(2 * (begin + fold.size()));
        std::memcpy(arena_.data() + begin, fold.data(), fold.size());
        arena_end = begin + fold.size();
      }
      const std::string_view folded(arena_.data() + begin, arena_end - begin);
      folded_words[i] = folded;
      const PhraseInfo* const info = rules.Find(folded, !capitalized);
      infos[i] = info;
      if (Eq(folded, "by")) by_tokens_.push_back(static_cast<uint32_t>(i));
      // The tests of IsNameWord() once, here; the timex pass below clears the bit again.
      // Single letters only as initials: "George W. Bush" yes, "Q&A" no. Function words never:
      // "He said", "When Putin arrived".
      if (capitalized && !token.Has(kTokenHasDigit) && !token.Has(kTokenPossessive) &&
          (folded.size() > 1 || token.Has(kTokenAbbreviation)) &&
          (info == nullptr || (info->flags & internal::kPhraseFunctionWord) == 0 ||
           token.Has(kTokenAllCaps))) {
        pending[i] = kNameWord;
      }
    }
    if (n > 0 && after_determiner == n) pending[n - 1] = kPending | kSkip;  // the text's last word
    segment_hot_.push_back(n - segment_start <= 3 ? 1 : hot);
    if (arena_.data() != arena_base) {  // the arena grew: take the views again
      for (size_t i = 0; i < n; ++i) {
        if (token_data[i].kind == TokenKind::kWord && (pending[i] & kPending) == 0) {
          folded_[i] = std::string_view(arena_.data() + hashes[i], folded_[i].size());
        }
      }
    }
    MarkTableRowLabels(n);
    // Tokens that overlap a timex. Timexes are sorted and disjoint, as tokens are, so each timex
    // finds its first token by binary search from where the one before stopped (a document has
    // about five timexes and 150 tokens: visiting every token cost more), then marks tokens
    // until one starts at or after its end. "on March 2": "March" and "2" are marked.
    size_t i = 0;
    for (const Timex& timex : timexes) {
      i = static_cast<size_t>(std::partition_point(tokens_ + i, tokens_ + n,
                                                   [&](const Token& token) {
                                                     return token.span.end <= timex.span.begin;
                                                   }) -
                              tokens_);
      for (; i < n && tokens_[i].span.begin < timex.span.end; ++i) {
        if (timex.span.begin < tokens_[i].span.end) {  // Span::Overlaps()
          in_timex_[i] = 1;
          pending_[i] = static_cast<uint8_t>(pending_[i] & ~kNameWord);
        }
      }
    }
  }

  // Table rows as wire services print results: a segment of a line (from a line break or a dash
  // to the next) that opens with one to four words without digits, the label, ended by a number,
  // and goes on with values: at least two numbers and at most two other words per number, or,
  // after a table word, one number and no other word. Numbers written as words ("five cts")
  // count as numbers, unit words of the table lexicon ("cts", "vs", "loss") as nothing.
  //   "Shr 35 cts vs 25 cts", "Avg shrs 12.1 mln vs 11.8 mln", "Richardson Electronics shr 59
  //   cts vs 53", "TORONTO, March 2 - Shr 35 cts vs 25 cts" (the segment after the dash)
  // From its first table word (table_labels.txt) on, the label is no name: those words lose
  // kNameWord, so that no chunk starts there nor runs into it from the line before ("YEAR" +
  // "Shr" was one organization). Words before it stay ("Richardson Electronics"), and so does a
  // label without a table word ("Samsung Semiconductor 1,000 to 24,890", "U.S. 2.5 pct vs 2.1")
  // or with another capitalized word after it ("Net Ridge Mining 40 to 950").
  // A heading line right before a row whose words are all table words ("YEAR", "NINE MTHS",
  // "First Quarter") is no name either. Not rows: "TORONTO, March 2" (one number), "Smith 12 mln
  // dlrs, or 35 cts a share, in" (too many words), "Net income rose 12 pct to 35 mln dlrs" (five
  // words before the first number), "the Bahia zone, alleviating 2 ..." (a comma ends the label).
  // Visits the segments between the line marks of the setup pass (line_marks_), O(1) per token
  // read and cheap on running text: a segment whose label grows past four words, ends at no
  // number or holds no table word is left there (most lines: within their first few words); in
  // values only short lower-case words (their hash is at hand) are looked up; label words once
  // the label ends at a number.
  void MarkTableRowLabels(size_t n) {
    size_t start = 0;          // first token of the current segment
    size_t label_end = 0;      // end of its leading run of words without digits
    bool in_label = true;      // still inside that run
    bool dead = false;         // the segment can be no row nor heading
    bool line_start = true;    // the segment starts a line (not after a dash)
    size_t numbers = 0;        // number tokens (or number words) after the label
    size_t others = 0;         // other word tokens after the label
    size_t heading_begin = 0;  // the line before, when it is a heading of table words
    size_t heading_end = 0;
    auto clear = [&](size_t b, size_t e) {
      for (size_t k = b; k < e; ++k) pending_[k] = static_cast<uint8_t>(pending_[k] & ~kNameWord);
    };
    auto table_part = [&](size_t k) -> uint8_t {
      std::string_view w = folded_[k];
      const uint8_t* part = nullptr;
      if ((pending_[k] & kPending) != 0) {  // a plain lower-case word: its hash is at hand
        part = rules_.table_labels.FindHashed(w, hashes_[k]);
      } else {
        if (w.ends_with('.')) w.remove_suffix(1);  // "Shr."
        part = rules_.table_labels.Find(w);
      }
      return part == nullptr ? 0 : *part;
    };
    // table_part() of a short plain lower-case word ("five", "cts"), else 0 without a lookup;
    // most words ("said", "the") are answered by their Bloom bit.
    auto short_part = [&](size_t k) -> uint8_t {
      if ((pending_[k] & kPending) == 0 || folded_[k].size() > 7) return 0;
      if (!rules_.MaybeTableWord(hashes_[k])) return 0;
      const uint8_t* part = rules_.table_labels.FindHashed(folded_[k], hashes_[k]);
      return part == nullptr ? 0 : *part;
    };
    auto is_table_word = [&](size_t k) { return table_part(k) == EntityRules::kTableLabel; };
    // Judges the segment [start, end); returns whether it is a heading of table words only.
    auto judge = [&](size_t end) {
      if (dead) return false;
      const size_t label = label_end - start;
      if (label == 0 || label > 4) return false;
      if (numbers == 0 && others == 0 && label_end == end && line_start && label <= 3) {
        bool any_label = false;
        for (size_t k = start; k < end; ++k) {
          const uint8_t part = table_part(k);
          if (part == 0 || part == EntityRules::kTableUnit) return false;
          any_label = any_label || part == EntityRules::kTableLabel;
        }
        return any_label;  // a heading: cleared when a row follows
      }
      const bool row = (numbers >= 2 && others <= 2 * numbers) ||
                       (numbers == 1 && others == 0 && is_table_word(start));
      if (!row) return false;
      size_t first = start;
      while (first < label_end && !is_table_word(first)) ++first;
      if (first == label_end) return false;
      // From there on only table words or lower-case words: "Avg shrs", "Oper Net"; not "Net
      // Ridge Mining 40 to 950" (a firm whose name starts with a table word).
      for (size_t k = first; k < label_end; ++k) {
        if (tokens_[k].Has(kTokenCapitalized) && table_part(k) == 0) return false;
      }
      if (line_start && heading_end > heading_begin) clear(heading_begin, heading_end);
      clear(first, label_end);
      return false;
    };
    // Segment by segment, between the marks of the setup pass: a segment is read only up to
    // where it turns out to be no row (most lines: within the first few words).
    const size_t marks = line_marks_.size();
    for (size_t m = 0; m <= marks; ++m) {
      // The segment before mark m (or before the end), then the new one.
      const size_t bound = m < marks ? line_marks_[m] : n;
      const size_t seg_end = bound;
      dead = segment_hot_[m] == 0;  // judged no row nor heading by the setup pass
      for (size_t i = start; i < seg_end && !dead; ++i) {
        const Token& token = tokens_[i];
        const bool number = token.kind == TokenKind::kNumber ||
                            (token.kind == TokenKind::kWord && token.Has(kTokenHasDigit));
        if (in_label) {
          if (token.kind == TokenKind::kWord && !number) {
            // A number written as a word ends a label that has begun: "Shr loss five cts" (but
            // "Six Mths" is a label).
            if (label_end == start || short_part(i) != EntityRules::kTableNumber) {
              label_end = i + 1;
              dead = label_end - start > 4;
              continue;
            }
          } else if (!number) {
            dead = true;  // "Bahia zone, ...": a label ends at a number only
            continue;
          }
          in_label = false;
          // The label is known now, and judge() rejects a segment whose label is empty or holds
          // no table word whatever the values ("1987 was a year ...", "He said 35 ...").
          dead = true;
          for (size_t k = start; k < label_end && dead; ++k) dead = !is_table_word(k);
        }
        if (number) {
          ++numbers;
        } else if (token.kind == TokenKind::kWord) {
          const uint8_t part = short_part(i);
          if (part == EntityRules::kTableNumber) {
            ++numbers;
          } else if (part != EntityRules::kTableUnit) {
            dead = ++others > 16;
          }
        }
      }
      const bool heading = judge(seg_end);
      if (m == marks) break;
      const bool dash = tokens_[bound].kind == TokenKind::kDash;
      if (!dash) {  // a line break: the line just judged may head the next
        heading_begin = heading ? start : 0;
        heading_end = heading ? bound : 0;
      }
      line_start = !dash;
      start = dash ? bound + 1 : bound;
      label_end = start;
      in_label = true;
      dead = false;
      numbers = 0;
      others = 0;
    }
  }

  /// Points the Candidate::folded of multi-token candidates into `joined_`, now that it no longer
  /// grows. Call once, after the last ScanSentence().
  void FinishCandidates() {
    for (Candidate& c : *out_) {
      if (c.token_end - c.token_begin != 1) {  // as in Emit()
        c.folded = std::string_view(joined_).substr(c.joined_offset, c.folded.size());
      }
    }
  }

  void ScanSentence(const Sentence& sentence, uint32_t index) {
    sentence_ = index;
    begin_ = sentence.token_begin;
    end_ = std::min<size_t>(sentence.token_end, token_count_);
    headline_ = sentence.kind == SentenceKind::kHeadline;
    byline_from_ = BylineStart(sentence);
    agency_begin_ = agency_end_ = 0;
    size_t i = begin_;
    if (sentence.kind == SentenceKind::kDateline || LooksLikeDateline()) {
      i = ScanDateline();
      FindDatelineAgency();
    }
    // Runs of kSkip tokens (most tokens) are passed eight bytes of pending_ at a time: to the
    // first byte without kSkip among them (pending_ has eight bytes beyond the last token).
    constexpr uint64_t kSkipBytes = kSkip * 0x0101010101010101ull;
    while (i < end_) {
      if ((pending_[i] & kSkip) == 0) {
        i = ScanAt(i);
        continue;
      }
      uint64_t w;
      std::memcpy(&w, pending_ + i, 8);
      const uint64_t stop = ~w & kSkipBytes;  // the bytes without kSkip
      const int first_stop = std::endian::native == std::endian::little ? std::countr_zero(stop)
                                                                        : std::countl_zero(stop);
      i += static_cast<size_t>(first_stop) / 8;  // 8 when `stop` is 0
    }
  }

 private:
  std::string_view Slice(size_t i) const {
    return std::string_view(text_).substr(tokens_[i].span.begin, tokens_[i].span.size());
  }
  bool IsWord(size_t i) const { return i < end_ && tokens_[i].kind == TokenKind::kWord; }
  bool IsPunct(size_t i, std::string_view p) const {
    return i < end_ && tokens_[i].kind == TokenKind::kPunct && Slice(i) == p;
  }
  bool IsAmpersand(size_t i) const {
    return i < end_ && tokens_[i].kind == TokenKind::kSymbol && Slice(i) == "&";
  }
  // A capitalized word of the sentence that may be part of a name (kNameWord, set up once).
  bool IsNameWord(size_t i) const { return i < end_ && (pending_[i] & kNameWord) != 0; }
  bool IsQuote(size_t i) const {
    if (i >= token_count_ || tokens_[i].kind != TokenKind::kPunct) return false;
    std::string_view s = Slice(i);
    return Eq(s, "\"") || Eq(s, "\u201c") || Eq(s, "\u201d") || Eq(s, "'") || Eq(s, "\u2018") ||
           Eq(s, "\u2019");
  }
  // First word of the sentence, or right after an opening quote, colon or dash: capitals there
  // prove nothing. "“Pursuing Peace.”" starts a quote.
  bool IsInitial(size_t i) const {
    size_t k = i;
    while (k > begin_ && !IsWord(k - 1) && tokens_[k - 1].kind != TokenKind::kNumber) {
      --k;
      if (IsQuote(k) || Eq(Slice(k), ":") || tokens_[k].kind == TokenKind::kDash) return true;
    }
    return k == begin_;
  }
  // The single-word table entry of token `i` (nullptr: none). Plain lower-case words are looked
  // up here on first use. Forced inline: GCC left it a call (300k calls on 3000 Reuters
  // articles, each paying more for the call than for the three tests).
  [[gnu::always_inline]] const PhraseInfo* Info(size_t i) const {
    if (i >= token_count_) return nullptr;
    if ((pending_[i] & kPending) != 0) return LookUpPending(i);
    return info_[i];
  }
  // Info() of a kPending word, the first time: kept out of line so that Info() inlines.
  [[gnu::noinline]] const PhraseInfo* LookUpPending(size_t i) const {
    pending_[i] = 0;
    info_[i] = rules_.FindHashed(folded_[i], hashes_[i], true);
    return info_[i];
  }

  // Longest table phrase starting at `b`, ending at or before `limit`, all word tokens outside
  // timexes. `accept` filters the infos.
  // `need`: PhraseReach bits that every accepted info has (a cheap pre-filter: no phrase of
  // that sort starts at "said", so nothing longer is built or looked up); kReachAny accepts
  // lexicon phrases without any reach bit too.
  template <typename Accept>
  Match Longest(size_t b, size_t limit, uint32_t need, Accept accept) {
    Match best;
    if (!IsWord(b) || in_timex_[b] != 0 || b >= limit) return best;
    // A plain lower-case word that starts no title or affiliation by its Bloom bit ("officials"
    // after "U.S.") starts no phrase of these sorts: its table entry need not be looked up.
    if ((need & ~(kAffiliationReach | internal::kReachTitle)) == 0 &&
        (pending_[b] & kPending) != 0 && !rules_.MaybeTitleStart(hashes_[b])) {
      return best;
    }
    if (Info(b) == nullptr) return best;
    const PhraseInfo* first = Info(b);
    const bool filter = need != internal::kReachAny;
    if (filter && (first->reach & need) == 0) return best;
    if (accept(*first)) best = Match{b + 1, first};
    if ((first->flags & internal::kPhraseMultiwordHead) == 0) return best;
    const size_t max_words = std::min(kMaxPhraseWords, rules_.max_phrase_words);
    const bool lexicon_only = !tokens_[b].Has(kTokenCapitalized);
    size_t size = 0;  // the phrase so far: buffer_[0, size)
    for (size_t e = b + 1; e < limit && e - b < max_words; ++e) {
      if (!IsWord(e) || in_timex_[e] != 0 || folded_[e].empty()) break;
      // The phrase is started only once a word follows (often none does: "the" before a number).
      if (e == b + 1) size = AppendPhraseWord(0, folded_[b]);
      size = AppendPhraseWord(size, folded_[e]);
      const PhraseInfo* info = rules_.Find(std::string_view(buffer_.data(), size), lexicon_only);
      if (info == nullptr || (filter && (info->reach & need) == 0)) break;
      if (accept(*info)) best = Match{e + 1, info};
      if ((info->flags & internal::kPhraseMultiwordHead) == 0) break;
    }
    return best;
  }

  // Writes `word` into buffer_ at `at` (after a space unless `at` is 0) and returns the end.
  // buffer_ serves as a plain char array that only grows: a phrase costs no string call (assign
  // and resize are out-of-line library calls, several per phrase).
  size_t AppendPhraseWord(size_t at, std::string_view word) {
    const size_t end = at + (at > 0 ? 1 : 0) + word.size();
    if (end > buffer_.size()) buffer_.resize(std::max<size_t>(2 * end, 64));
    char* w = buffer_.data() + at;
    if (at > 0) *w++ = ' ';
    CopyWord(w, word.data(), word.size());
    return end;
  }

  // A lower-case particle inside a person name: "von" in "Ursula von der Leyen", "bin" in "Osama
  // bin Laden". Not "of" ("Secretary of State" is handled apart) nor "and" (two names).
  static bool IsNameParticle(std::string_view folded) {
    // By length first: this runs on every lower-case word after a name.
    switch (folded.size()) {
      case 2:
        return Eq(folded, "al") || Eq(folded, "da") || Eq(folded, "de") || Eq(folded, "du") ||
               Eq(folded, "la") || Eq(folded, "le");
      case 3:
        return Eq(folded, "bin") || Eq(folded, "del") || Eq(folded, "den") || Eq(folded, "der") ||
               Eq(folded, "ibn") || Eq(folded, "van") || Eq(folded, "von");
      case 5:
        return Eq(folded, "della");
      default:
        return false;
    }
  }

  size_t ChunkEnd(size_t b) const {
    size_t e = b;
    while (e < end_) {
      if (e > b && tokens_[e].Has(kTokenParagraphBefore)) break;
      if (IsNameWord(e)) {
        ++e;
        continue;
      }
      // "&" joins a company's names: "Procter & Gamble", "Leonard Green & Partners".
      if (e > b && IsAmpersand(e) && IsNameWord(e + 1)) {
        e += 2;
        continue;
      }
      // Inner connectors: "Secretary of State", "Organization of the Petroleum ...",
      // "Osama bin Laden". Never "and": "Trump and Putin" are two names. Name particles may
      // follow each other when a capitalized word ends them: "Ursula von der Leyen", "Maria de la
      // Cruz"; "Gustav von der" followed by a lower-case word stops before "von".
      if (e > b && IsWord(e) && !tokens_[e].Has(kTokenCapitalized) &&
          (IsNameParticle(folded_[e]) || Eq(folded_[e], "of") || Eq(folded_[e], "for"))) {
        size_t next = e + 1;
        if (Eq(folded_[e], "of") && IsWord(next) && Eq(folded_[next], "the")) ++next;
        while (IsNameParticle(folded_[e]) && next < e + 3 && IsWord(next) &&
               !tokens_[next].Has(kTokenCapitalized) && IsNameParticle(folded_[next])) {
          ++next;
        }
        if (IsNameWord(next)) {
          e = next;
          continue;
        }
      }
      break;
    }
    return e;
  }

  // The end of the name chunk [b, e) when it goes on through an "and" at `e`: a known name
  // ("Bosnia and Herzegovina", "Trinidad and Tobago"; through "on" too: "General Agreement on
  // Tariffs and Trade"), a company's legal form ("Merrill Lynch
  // and Co Inc"), or an institution whose field words stand on both sides ("Securities and Exchange
  // Commission", "Ministry of Trade and Industry", "Department of Health and Human Services"); else
  // `e`. "Trump and Putin", "Chrysler and Ford Motor Co" and "Russia and the European Commission"
  // stay apart.
  size_t ThroughAnd(size_t b, size_t e) {
    if (!IsWord(e) || !IsNameWord(e + 1)) return e;
    const bool on = Eq(folded_[e], "on");  // "General Agreement on Tariffs and Trade"
    if (!on && !Eq(folded_[e], "and")) return e;
    Match known = Longest(b, end_, internal::kReachAny, [](const PhraseInfo& p) {
      return p.known || p.country != nullptr || p.region != nullptr;
    });
    if (known.end > e + 1) return known.end;
    if (on) return e;
    const size_t after = ChunkEnd(e + 1);
    // "Merrill Lynch and Co Inc", "Smith and Co": the company's legal form.
    bool forms_only = true;
    for (size_t k = e + 1; k < after && forms_only; ++k) {
      forms_only = !IsWord(k) || rules_.keyer->IsLegalForm(folded_[k]);
    }
    if (forms_only) return after;
    if (rules_.domain_words.Find(folded_[e - 1]) == nullptr) return e;
    const PhraseInfo* last = Info(after - 1);
    const bool ends_in_cue = last != nullptr && (last->flags & internal::kPhraseOrgCueFinal) != 0;
    if (!ends_in_cue && rules_.domain_words.Find(folded_[after - 1]) == nullptr) return e;
    return after;
  }

  // An office, then a title and a person's name, in one chunk: "White House Chief of Staff
  // Donald Regan", "House Republican Leader Trent Lott". Emits the office (scanned on its own)
  // and the titled person, and says whether it did. "White House Rose Garden" has no title.
  bool TitledPersonInside(size_t b, size_t e) {
    for (size_t k = b + 1; k + 1 < e; ++k) {
      const PhraseInfo* p = Info(k);
      if (p == nullptr || (p->reach & internal::kReachTitle) == 0) continue;
      // The office ends in a name word ("Office of the Secretary ..." has no office before
      // "Secretary"); the person's name starts with one ("Professor of Medicine ..." none).
      if (!IsNameWord(k - 1)) continue;
      TitleParse title = ParseTitle(k);
      if (!title.found || title.end >= e || !IsNameWord(title.end)) continue;
      // "... Trent Lott of Mississippi": the name ends before "of", the place is scanned.
      const size_t of = OfInName(title.end, e);
      const size_t name_end = of < e && IsPersonChunk(title.end, of) ? of : e;
      if (name_end == e && !IsPersonChunk(title.end, e)) continue;
      ScanChunk(b, k);
      EmitPerson(title.end, name_end, title.begin, &title, "title_name");
      if (name_end < e) ScanChunk(name_end + 1, e);
      return true;
    }
    return false;
  }

  // The end of a lower-case organization noun (organization_nouns.txt) right after the name
  // [b, e): "news agency" in "the Tanjug news agency", "group" in "the Hanson group"; 0 when
  // none. Not after a place, country or demonym ("a West German bank", "the Iraqi news
  // agency"), a word that starts the sentence ("Domestic group turnover rose", a heading), an
  // "a"/"an" ("a Houston bank"), or an "X-based" word.
  size_t OrgNounEnd(size_t b, size_t e) {
    if (!IsWord(e) || tokens_[e].Has(kTokenCapitalized)) return 0;
    // Most words after a name start no organization noun ("said"): a plain word's Bloom bit
    // says so without a look-up.
    if ((pending_[e] & kPending) != 0 && !rules_.MaybeOrgNounStart(hashes_[e])) return 0;
    if (Info(e) == nullptr) return 0;
    const Match noun = Longest(e, end_, internal::kReachAny, [](const PhraseInfo& p) {
      return (p.flags & internal::kPhraseOrgNoun) != 0;
    });
    if (noun.info == nullptr || IsInitial(b) || Slice(e - 1).ends_with("based")) return 0;
    if (b > begin_ && IsWord(b - 1) && (Eq(folded_[b - 1], "a") || Eq(folded_[b - 1], "an"))) {
      return 0;
    }
    const Match place = Longest(b, e, internal::kReachAny, [](const PhraseInfo& p) {
      return p.country != nullptr || p.region != nullptr || p.city || !p.demonym.empty();
    });
    return place.end == e ? 0 : noun.end;
  }

  // "the Russian leader", "his counterpart".
  bool IsDeterminer(size_t i) const { return IsWord(i) && IsDeterminerWord(folded_[i]); }

  // [determiner] [affiliation ['s]] [modifier]* title [to|of country]
  TitleParse ParseTitle(size_t i) {
    TitleParse t;
    size_t pos = i;
    if (IsDeterminer(pos)) {
      t.determiner = true;
      ++pos;
    }
    t.begin = pos;
    if (pos >= end_) return t;
    // Fast paths: most words are no title. A plain lower-case one says so by its Bloom bit,
    // without a look-up ("The company said").
    if ((pending_[pos] & kPending) != 0 && !rules_.MaybeTitleStart(hashes_[pos])) return t;
    if (Info(pos) == nullptr) return t;
    if ((Info(pos)->reach & (kAffiliationReach | internal::kReachTitle)) == 0) return t;
    Match aff = Longest(pos, end_, kAffiliationReach, [](const PhraseInfo& p) {
      return p.country != nullptr || IsRealDemonym(p) || (p.known && !p.known_country.empty());
    });
    if (aff.info != nullptr && IsNameWord(pos)) {
      t.affiliation = AffiliationOf(*aff.info);
      pos = aff.end;
      if (pos < end_ && tokens_[pos].Has(kTokenPossessive)) ++pos;
    }
    bool modified = !t.affiliation.empty();
    int skipped = 0;
    while (pos < end_) {
      Match m = Longest(pos, end_, internal::kReachTitle,
                        [](const PhraseInfo& p) { return p.title != TitleClass::kNone; });
      // After an affiliation or a modifier, up to two other lower-case words may stand before the
      // role: "Chile's top trade envoy", "Russia's chief nuclear negotiator".
      if (m.info == nullptr && modified && skipped < 2 && IsWord(pos) && in_timex_[pos] == 0 &&
          !tokens_[pos].Has(kTokenCapitalized)) {
        ++skipped;
        ++pos;
        continue;
      }
      if (m.info == nullptr) break;
      // A capitalized title after skipped lower-case words starts a name of its own: "The
      // Canadian government welcomed [President Reagan]", "talks in Japan since [President
      // Reagan]". Not "Chile's top trade envoy" (lower case).
      if (skipped > 0 && tokens_[pos].Has(kTokenCapitalized)) break;
      modified = true;
      pos = m.end;
      if (m.info->title == TitleClass::kModifier) continue;
      t.found = true;
      t.cls = m.info->title;
      t.role = m.info->title_role;  // the folded words of the title found, as one phrase
      break;
    }
    if (!t.found) return t;
    // "special envoy to Russia", "President of Ukraine".
    if (t.affiliation.empty() && IsWord(pos) && IsOneOf(folded_[pos], {"to", "of"})) {
      Match c = Longest(pos + 1, end_, internal::kReachCountry,
                        [](const PhraseInfo& p) { return p.country != nullptr; });
      if (c.info != nullptr && IsNameWord(pos + 1)) {
        t.affiliation = c.info->country->iso_code;
        pos = c.end;
      }
    }
    t.end = pos;
    return t;
  }

  static std::string_view AffiliationOf(const PhraseInfo& info) {
    if (info.country != nullptr) return info.country->iso_code;
    if (IsRealDemonym(info)) return info.demonym;
    return info.known_country;
  }

  std::string SurfaceText(size_t b, size_t e) const {
    std::string out;
    for (size_t k = b; k < e; ++k) {
      if (k > b && (tokens_[k].Has(kTokenSpaceBefore) || tokens_[k].Has(kTokenNewlineBefore)))
        out.push_back(' ');
      out += Slice(k);
    }
    return out;
  }

  std::string FoldedText(size_t b, size_t e) const {
    std::string out;
    AppendFoldedText(b, e, &out);
    return out;
  }

  // The folded words of [b, e) joined by single spaces, appended to the empty string `out`.
  void AppendFoldedText(size_t b, size_t e, std::string* out) const {
    for (size_t k = b; k < e; ++k) {
      if (folded_[k].empty()) continue;
      if (!out->empty()) out->push_back(' ');
      *out += folded_[k];
    }
  }

  Candidate& Emit(size_t b, size_t e, EntityKind kind, MentionForm form, std::string_view rule) {
    // Built in place: a Candidate holds several strings, moving one costs.
    Candidate& c = out_->emplace_back();
    c.token_begin = static_cast<uint32_t>(b);
    c.token_end = static_cast<uint32_t>(e);
    c.prefix_begin = c.token_begin;
    c.sentence = sentence_;
    c.kind = kind;
    c.form = form;
    c.rule = rule;
    if (e - b == 1) {
      c.folded = folded_[b];  // the token's own folded form: no copy
    } else {
      // Joined into `joined_`, which may still grow: the view is taken in FinishCandidates().
      // Sized first, then written through data() (joined_ serves as a char array that only
      // grows: no string call per name).
      const size_t start = joined_end_;
      size_t size = 0;
      for (size_t k = b; k < e; ++k) {
        if (!folded_[k].empty()) size += (size > 0 ? 1 : 0) + folded_[k].size();
      }
      if (start + size > joined_.size()) joined_.resize(std::max<size_t>(2 * (start + size), 256));
      joined_end_ = start + size;
      char* const base = joined_.data() + start;
      char* w = base;
      for (size_t k = b; k < e; ++k) {
        const std::string_view word = folded_[k];
        if (word.empty()) continue;
        if (w != base) *w++ = ' ';
        CopyWord(w, word.data(), word.size());
        w += word.size();
      }
      c.joined_offset = static_cast<uint32_t>(start);
      c.folded = std::string_view(base, size);  // size right; data fixed up later
    }
    c.author = byline_from_ <= b;
    if (agency_begin_ <= b && e <= agency_end_) {  // "(Reuters)": a news agency
      c.author = true;
      c.kind = EntityKind::kOrganization;
    }
    return c;
  }

  void EmitPerson(size_t b, size_t e, size_t prefix, const TitleParse* title,
                  std::string_view rule) {
    // Drop a leading honorific: "Mr Trump" names "Trump".
    if (e - b >= 2) {
      if (const PhraseInfo* p = Info(b); p != nullptr && (p->flags & internal::kPhraseHonorific)) {
        ++b;
      }
    }
    Candidate& c = Emit(b, e, EntityKind::kPerson, MentionForm::kName, rule);
    c.prefix_begin = static_cast<uint32_t>(std::min(prefix, b));
    if (title != nullptr) AttachTitle(&c, *title);
  }

  void AttachTitle(Candidate* c, const TitleParse& title) {
    c->title = SurfaceText(title.begin, title.end);
    c->title_role = title.role;
    c->title_class = title.cls;
    c->affiliation = title.affiliation;
  }

  // True when [b, e) is a name chunk that reads as a person: not a table phrase, no cue word.
  bool IsPersonChunk(size_t b, size_t e) {
    if (e <= b) return false;
    // One all-caps word is an acronym, not a name: "official MTI said" (a news agency).
    if (e - b == 1 && tokens_[b].Has(kTokenAllCaps)) return false;
    // One organization word is no name either: "Chancellor Corp", "the Central Bank".
    if (e - b == 1 && IsOrgCueWord(b)) return false;
    Match whole = Longest(b, e, internal::kReachAny, [](const PhraseInfo&) { return true; });
    if (whole.end == e) {
      const PhraseInfo& p = *whole.info;
      if (p.known || p.country != nullptr || p.region != nullptr || !p.demonym.empty() ||
          (p.flags & internal::kPhraseNonEntity) || (p.city && e - b >= 2)) {
        return false;
      }
    }
    return CueKind(b, e) == std::nullopt;
  }

  // True when token `i` alone is an organization cue: "Bank", "Corp", "Ministry".
  bool IsOrgCueWord(size_t i) const {
    const PhraseInfo* p = Info(i);
    return p != nullptr &&
           (p->flags & (internal::kPhraseOrgCueFinal | internal::kPhraseOrgCueInitial)) != 0;
  }

  // Organization and facility cues of a chunk.
  std::optional<EntityKind> CueKind(size_t b, size_t e) const {
    if (e - b < 2) return std::nullopt;
    const PhraseInfo* last = Info(e - 1);
    if (last != nullptr && (last->flags & internal::kPhraseOrgCueFinal)) {
      return EntityKind::kOrganization;
    }
    for (size_t k = b + 1; k < e; ++k) {
      const PhraseInfo* p = Info(k);
      if (p != nullptr && (p->flags & internal::kPhraseFacilityCue)) return EntityKind::kPlace;
    }
    // A cue that may stand anywhere, inside the run: "Southwestern Bank of Houston".
    constexpr uint32_t kAnywhere = internal::kPhraseOrgCueFinal | internal::kPhraseOrgCueInitial;
    for (size_t k = b + 1; k + 1 < e; ++k) {
      const PhraseInfo* p = Info(k);
      if (p != nullptr && (p->flags & kAnywhere) == kAnywhere) return EntityKind::kOrganization;
    }
    if (const PhraseInfo* first = Info(b);
        first != nullptr &&
        (first->flags & (internal::kPhraseOrgCueInitial | internal::kPhraseFacilityCue))) {
      return (first->flags & internal::kPhraseOrgCueInitial) ? EntityKind::kOrganization
                                                             : EntityKind::kPlace;
    }
    return std::nullopt;
  }

  // Called by ScanSentence() only, for a token of the sentence without kSkip: a word (every
  // other token keeps the kSkip of the setup pass).
  size_t ScanAt(size_t i) {
    if (in_timex_[i] != 0) return i + 1;
    // Pronouns right after a quote: “...,” he said.
    if ((Eq(folded_[i], "he") || Eq(folded_[i], "she")) && i + 1 < end_) {
      // The quote first: most pronouns follow none, and the next word is then not looked up.
      const bool after_quote = (i >= begin_ + 1 && IsQuote(i - 1)) ||
                               (i >= begin_ + 2 && IsPunct(i - 1, ",") && IsQuote(i - 2)) ||
                               (i >= begin_ + 2 && IsQuote(i - 1) && IsPunct(i - 2, ","));
      const PhraseInfo* next = after_quote ? Info(i + 1) : nullptr;
      if (next != nullptr && (next->flags & internal::kPhraseCueVerb)) {
        Emit(i, i + 1, EntityKind::kPerson, MentionForm::kPronoun, "pronoun_after_quote").soft =
            true;
        return i + 1;
      }
    }
    // A plain lower-case word is no name; it matters only when a title or affiliation may start
    // at it ("president", "the"), which the Bloom bits rule out for most words ("said").
    if ((pending_[i] & kPending) != 0) {
      if (!IsDeterminerWord(folded_[i])) {  // `i` is a word: IsDeterminer() less its test
        if (!rules_.MaybeTitleStart(hashes_[i])) return i + 1;
      } else if (const size_t next = i + 1;
                 next >= end_ || tokens_[next].kind != TokenKind::kWord ||
                 ((pending_[next] & kPending) != 0 && !rules_.MaybeTitleStart(hashes_[next]))) {
        // A determiner before a plain word that starts no title or affiliation ("the company",
        // "his own"), or before no word, opens no title reference: ParseTitle() would find
        // none, and the lower-case determiner is no name. Not "the Russian leader", "the
        // president" (parsed below). The setup pass gives most such determiners kSkip; this
        // catches the rest (before a word of the next sentence).
        return i + 1;
      }
    }
    if (Info(i) == nullptr) {  // no determiner, affiliation or title starts here
      return IsNameWord(i) ? ScanChunk(i, ThroughAnd(i, ChunkEnd(i))) : i + 1;
    }
    // Most words with a table entry ("said", "of") start no title: skip parsing one.
    const bool may_title = (Info(i)->reach & (kAffiliationReach | internal::kReachTitle)) != 0 ||
                           IsDeterminerWord(folded_[i]);
    // A TitleParse is built only where a title may start.
    if (may_title) {
      TitleParse title = ParseTitle(i);
      if (title.found) {
        size_t next = title.end;
        // "President Trump", "US President Donald Trump", "presidential aide Yuri Ushakov".
        if (IsNameWord(next)) {
          size_t e = ChunkEnd(next);
          // "the official Tanjug news agency": the title word describes the agency.
          if (const size_t noun_end = OrgNounEnd(next, e); noun_end != 0) {
            Emit(next, e, EntityKind::kOrganization, MentionForm::kName, "organization_noun");
            return noun_end;
          }
          // "Premier Zhao Ziyang of China": the name ends before "of"; the scan goes on after it.
          if (const size_t of = OfInName(next, e); of < e && IsPersonChunk(next, of)) {
            EmitPerson(next, of, title.begin, &title, "title_name");
            return of + 1;
          }
          if (IsPersonChunk(next, e)) {
            EmitPerson(next, e, title.begin, &title, "title_name");
            return e;
          }
        }
        // "U.S. President, Donald Trump," / "Kremlin Spokesman, Dmitry Peskov,": the name closed
        // by a second comma or the end of the sentence. Not a comma between two clauses, as
        // headlines write them: "Assad hosts Iranian minister, Sisi calls Erdogan".
        if (IsPunct(next, ",") && IsNameWord(next + 1)) {
          size_t e = ChunkEnd(next + 1);
          const bool closed = e >= end_ || IsPunct(e, ",") || IsPunct(e, ".") || IsPunct(e, ";");
          if (closed && IsPersonChunk(next + 1, e)) {
            EmitPerson(next + 1, e, title.begin, &title, "apposition_title");
            return e;
          }
        }
        // "the Russian leader", "his Russian counterpart" (no name follows).
        if (title.determiner && !(IsWord(next) && tokens_[next].Has(kTokenCapitalized))) {
          Candidate& c = Emit(title.begin, title.end, EntityKind::kPerson, MentionForm::kTitle,
                              "title_reference");
          AttachTitle(&c, title);
          c.soft = true;
          return title.end;
        }
      }
    }
    if (!IsNameWord(i)) return i + 1;
    return ScanChunk(i, ThroughAnd(i, ChunkEnd(i)));
  }

  size_t ScanChunk(size_t b, size_t e) {
    const bool initial = IsInitial(b);
    // A name with "&" is a company's: "Marks & Spencer", "Leonard Green & Partners".
    for (size_t k = b + 1; k + 1 < e; ++k) {
      if (IsAmpersand(k)) {
        Emit(b, e, EntityKind::kOrganization, MentionForm::kName, "ampersand_name");
        return AfterChunk(e);
      }
    }
    // "The United States", "the Hague": try the whole chunk first, then without "the".
    if (e - b >= 2 && Eq(folded_[b], "the")) {
      Match whole = Longest(b, e, internal::kReachAny, [](const PhraseInfo&) { return true; });
      if (whole.end != e) ++b;
    }
    // Honorific: "Mr Trump", "Dr. Smith".
    if (e - b >= 2) {
      if (const PhraseInfo* p = Info(b); p != nullptr && (p->flags & internal::kPhraseHonorific)) {
        EmitPerson(b, e, b, nullptr, "honorific");
        return e;
      }
    }
    // A sentence-initial word before a known name: "Across Ukraine", "Standing Putin".
    // Cities do not count ("Fidel Castro": Castro is also a town).
    // A known name that starts with the word stays whole: "West Germany and Japan agreed".
    if (initial && e - b >= 2) {
      auto known = [](const PhraseInfo& p) {
        return p.known || p.country != nullptr || p.region != nullptr || !p.demonym.empty();
      };
      Match rest = Longest(b + 1, e, kRestReach, known);
      const PhraseInfo* first = Info(b);
      // An organization's first word stays: "Air France said", "Bank Indonesia said".
      const bool unknown_before_known =
          rest.end == e &&
          (first == nullptr ||
           (!known(*first) && (first->flags & internal::kPhraseOrgCueInitial) == 0));
      // A title modifier opening the sentence describes what follows: "Senior EC diplomats".
      const bool modifier = first != nullptr && first->title == internal::TitleClass::kModifier;
      // Asked once, and only when the answer matters.
      const bool whole_known =
          (unknown_before_known || modifier) && Longest(b, e, kRestReach, known).end == e;
      // An -ing or -ly word opens a clause ("Speaking Putin", "Separately Exxon") unless only a
      // company's legal form follows it: "Boeing Co said", "Boeing Corp".
      const bool adverbial =
          (folded_[b].ends_with("ing") || folded_[b].ends_with("ly")) && !OnlyLegalForms(b + 1, e);
      if (((unknown_before_known || modifier) && !whole_known) ||
          (first != nullptr && (first->flags & internal::kPhraseSentenceStarter)) || adverbial) {
        return ScanChunk(b + 1, e);
      }
    }
    // "Officials of the EC Commission", "Shares of Crazy Eddie": a group or holding noun before
    // "of" is no part of the name after it.
    if (e - b >= 3 && Eq(folded_[b + 1], "of") && Info(b) != nullptr &&
        (Info(b)->flags & internal::kPhraseOfHead) != 0) {
      const size_t rest = Eq(folded_[b + 2], "the") && b + 3 < e ? b + 3 : b + 2;
      return ScanChunk(rest, e);
    }
    if (headline_) return ScanHeadline(b, e);
    if (size_t of = PersonOfSplit(b, e); of != 0) {
      EmitPerson(b, of, b, nullptr, "person_of");
      return ScanChunk(of + 1, e);
    }
    // A name followed by a title apposition: "Kirill Dmitriev, Russia's top economic envoy,".
    Match whole = Longest(b, e, internal::kReachAny, [](const PhraseInfo&) { return true; });
    if (whole.end == e && TypeWhole(b, e, *whole.info, initial)) return AfterChunk(e);
    if (std::optional<EntityKind> cue = CueKind(b, e)) {
      if (TitledPersonInside(b, e)) return e;
      Emit(b, e, *cue, MentionForm::kName,
           *cue == EntityKind::kOrganization ? "organization_cue" : "facility_cue");
      return e;
    }
    // "the Hanson group", "the Asahi newspaper".
    if (const size_t noun_end = OrgNounEnd(b, e); noun_end != 0) {
      Emit(b, e, EntityKind::kOrganization, MentionForm::kName, "organization_noun");
      return noun_end;
    }
    // "Dnipropetrovsk region", "Kursk oblast".
    if (const PhraseInfo* after = IsWord(e) ? Info(e) : nullptr;
        after != nullptr && (after->flags & internal::kPhrasePlaceNoun) &&
        !tokens_[e].Has(kTokenCapitalized)) {
      Emit(b, e, EntityKind::kPlace, MentionForm::kName, "place_noun");
      return e + 1;
    }
    if (e - b >= 2) return SplitChunk(b, e, initial);
    EmitSingle(b, initial, whole.end == e ? whole.info : nullptr);
    return e;
  }

  // The "of" of a chunk that reads "Given Family of Organization": "Robert Brusca of Nikko
  // Securities Co", "Jane Ode of the University of Lagos" (a person and where they work); 0 when
  // it is none. The name before "of" has two or three words, starts with a given name and holds
  // no cue or table phrase; "Bank of England", "Secretary of State", "Kevin of Kent" do not split.
  size_t PersonOfSplit(size_t b, size_t e) {
    const size_t k = OfInName(b, e);
    if (k == e || k < b + 2) return 0;
    if (rules_.first_names.Find(folded_[b]) == nullptr) return 0;
    for (size_t w = b; w < k; ++w) {
      if (Info(w) != nullptr && Info(w)->title != TitleClass::kNone) return 0;
    }
    return IsPersonChunk(b, k) ? k : 0;
  }

  // The "of" after one to three name words of the chunk [b, e) that a capitalized word follows
  // ("Zhao Ziyang of China", "Robert Brusca of Nikko"), or `e` when there is none.
  // Whether tokens [b, e) are all legal forms of a company ("Co", "Corp Inc"); false if empty.
  bool OnlyLegalForms(size_t b, size_t e) const {
    if (b >= e) return false;
    for (size_t k = b; k < e; ++k) {
      if (!IsWord(k) || !rules_.keyer->IsLegalForm(folded_[k])) return false;
    }
    return true;
  }

  size_t OfInName(size_t b, size_t e) const {
    for (size_t k = b + 1; k <= b + 3 && k + 1 < e; ++k) {
      if (!IsWord(k) || !Eq(folded_[k], "of")) {
        if (!IsNameWord(k)) return e;
        continue;
      }
      return k;
    }
    return e;
  }

  // Types a chunk that is one table phrase; false when the phrase says nothing useful.
  bool TypeWhole(size_t b, size_t e, const PhraseInfo& p, bool initial) {
    if (p.flags & internal::kPhraseNonEntity) return true;  // "Cold War": consumed, no mention
    // A capital that speaks or is addressed is its government: "Moscow said", "accused Tokyo".
    if (!p.capital_of.empty() && GovernmentContext(b, e)) {
      const bool earlier = dct_year_ != 0 && dct_year_ <= p.capital_until;
      const std::string& code = earlier ? p.capital_until_of : p.capital_of;
      if (const GazetteerPlace* country = rules_.gazetteer->CountryByCode(code)) {
        Emit(b, e, EntityKind::kCountry, MentionForm::kName, "capital_government").place = country;
        return true;
      }
    }
    if (MixedCaseAcronym(b, e, p)) return false;
    if (p.known) {
      Candidate& c = Emit(b, e, p.known_kind, MentionForm::kName, "known_entity");
      c.canonical = p.known_canonical;
      c.canonical_folded = p.known_canonical_folded;
      if (IsGroupNoun(e)) EmitGroup(b, e + 1);
      return true;
    }
    if (p.country != nullptr) {
      Emit(b, e, EntityKind::kCountry, MentionForm::kName, "gazetteer_country").place = p.country;
      return true;
    }
    if (!p.demonym.empty()) {
      if (IsGroupNoun(e)) {
        EmitGroup(b, e + 1);
      } else if (IsRealDemonym(p)) {  // not empty here
        Emit(b, e, EntityKind::kCountry, MentionForm::kDemonym, "demonym").place =
            rules_.gazetteer->CountryByCode(p.demonym);
      }
      return true;
    }
    if (p.region != nullptr || p.city) {
      if (e - b == 1) {
        EmitSingle(b, initial, &p);
        return true;
      }
      EmitPlace(b, e, p, "gazetteer_place");
      return true;
    }
    return false;
  }

  // Whether the name [b, e) stands where a government acts: before a verb of saying or of
  // reaction ("Moscow said", "Beijing has warned", "Washington accused"), or after a verb that
  // addresses someone ("accused Tokyo of", "urged Seoul to", "told Washington").
  bool GovernmentContext(size_t b, size_t e) const {
    static const std::unordered_set<std::string_view> kActs = {
        "accused",    "accuses",    "announced", "blamed",    "condemned", "condemns",
        "criticised", "criticized", "demanded",  "denied",    "denies",    "insisted",
        "protested",  "rejected",   "rejects",   "responded", "said",      "says",
        "threatened", "urged",      "urges",     "warned",    "warns",     "welcomed"};
    static const std::unordered_set<std::string_view> kAddressed = {
        "accused",  "accusing", "blamed", "condemned", "criticised", "criticized", "pressed",
        "pressing", "told",     "urged",  "urging",    "warned",     "warning"};
    // "Officials in Washington said": a place after a preposition.
    static const std::unordered_set<std::string_view> kPlacePrepositions = {
        "across", "around", "at",      "for", "from",   "in",      "inside", "into",
        "near",   "of",     "outside", "to",  "toward", "towards", "via"};
    if (b > begin_ && IsWord(b - 1) && kPlacePrepositions.count(folded_[b - 1]) != 0) return false;
    size_t after = e;
    if (IsWord(after) &&
        (Eq(folded_[after], "has") || Eq(folded_[after], "had") || Eq(folded_[after], "also"))) {
      ++after;
    }
    if (IsWord(after) && kActs.count(folded_[after]) != 0) return true;
    return b > begin_ && IsWord(b - 1) && kAddressed.count(folded_[b - 1]) != 0;
  }

  bool IsGroupNoun(size_t i) const {
    if (!IsWord(i) || tokens_[i].Has(kTokenCapitalized)) return false;
    const PhraseInfo* p = rules_.Find(folded_[i]);
    return p != nullptr && (p->flags & internal::kPhraseGroupNoun);
  }

  void EmitGroup(size_t b, size_t e) {
    Emit(b, e, EntityKind::kGroup, MentionForm::kName, "group");
  }

  // A region or city by name; "Moscow, Idaho" picks the reading in Idaho.
  void EmitPlace(size_t b, size_t e, const PhraseInfo& p, std::string_view rule) {
    Candidate& c = Emit(b, e, EntityKind::kPlace, MentionForm::kName, rule);
    c.place = p.region;
    c.cities = p.cities;
    c.cities_known = true;
    if (IsPunct(e, ",") && IsNameWord(e + 1)) {
      size_t he = ChunkEnd(e + 1);
      c.place_hint = FoldedText(e + 1, he);
    }
  }

  // A lone capitalized word: soft unless tables make it certain.
  void EmitSingle(size_t b, bool initial, const PhraseInfo* p) {
    const size_t e = b + 1;
    const bool speaker = IsWord(e) && [&] {
      const PhraseInfo* v = Info(e);
      return v != nullptr && (v->flags & internal::kPhraseCueVerb) != 0;
    }();
    // A byline name, unless it is one all-caps word ("by SEC staff"): that is an acronym.
    if (byline_from_ <= b && !tokens_[b].Has(kTokenAllCaps)) {
      Emit(b, e, EntityKind::kPerson, MentionForm::kName, "byline").soft = false;
      return;
    }
    if (p != nullptr && (p->region != nullptr || p->city)) {
      Candidate& c = Emit(b, e, EntityKind::kPlace, MentionForm::kName, "gazetteer_place");
      c.place = p->region;
      c.cities = p->cities;
      c.cities_known = true;
      c.soft = true;
      if (IsPunct(e, ",") && IsNameWord(e + 1)) c.place_hint = FoldedText(e + 1, ChunkEnd(e + 1));
      const bool locative = b > begin_ && IsWord(b - 1) &&
                            IsOneOf(folded_[b - 1], {"in", "at", "from", "near", "to", "into",
                                                     "outside", "toward", "towards", "across"});
      const uint32_t population = p->city_population;
      c.fallback = p->region != nullptr || locative || !c.place_hint.empty() ||
                   (population >= kPopulousCity && (!initial || population >= 10 * kPopulousCity));
      return;
    }
    Candidate& c = Emit(b, e, EntityKind::kPerson, MentionForm::kName, "capitalized_word");
    c.soft = true;
    const bool all_caps = tokens_[b].Has(kTokenAllCaps);
    if (all_caps) {
      c.kind = EntityKind::kOrganization;
      c.form = MentionForm::kAcronym;
      c.rule = "acronym";
      c.fallback = speaker && !initial;
      return;
    }
    // After "the" a lone name is no person: "the Fed said", "The Treasury said", "the Pentagon".
    // Nor is an organization word alone: "Deere and Co said" (the organization is the run).
    const bool after_the = b > begin_ && IsWord(b - 1) && Eq(folded_[b - 1], "the");
    if (after_the || IsOrgCueWord(b)) {
      c.kind = EntityKind::kOrganization;
      c.rule = after_the ? "the_name" : "organization_word";
      c.fallback = speaker && after_the;
      return;
    }
    // "accused Putin of", "Erdogan said": a leader whom news names alone, in office at the
    // article's date (LinkKnownLeaders() gives the full name).
    if (LeaderNamedAlone(b)) {
      c.rule = "known_leader";
      c.fallback = true;
      return;
    }
    // "Peskov said": a speaker. At a sentence start only when not a plural ("Officials said").
    c.rule = speaker ? "speaker" : "capitalized_word";
    c.fallback = speaker && (!initial || !folded_[b].ends_with("s"));
  }

  // Whether the word at b is a name of leaders_named_alone.txt whose one holder was in office
  // in the article's year.
  bool LeaderNamedAlone(size_t b) const {
    if (dct_year_ == 0 || !rules_.MaybeNamedAlone(folded_[b])) return false;
    const std::string& name = rules_.keyer->NormalizeWordRef(folded_[b]);
    return rules_.leaders_named_alone.Find(name) != nullptr &&
           rules_.LeaderInOffice(name, dct_year_, {}) != nullptr;
  }

  // Whether [b, e) is one two-letter word in mixed case that a known acronym matched: "UN" and
  // "EU" are written in capitals; "Un" in "Kim Jong Un" is part of a name.
  bool MixedCaseAcronym(size_t b, size_t e, const PhraseInfo& p) const {
    if (!p.known || e != b + 1 || p.country != nullptr || !p.demonym.empty()) return false;
    const std::string_view w = Slice(b);
    return w.size() == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z';
  }

  // Splits a multi-word chunk at hard table phrases (countries, known entities, demonyms):
  // "Russia Ukraine" → two countries; the unmatched runs of 2+ words are persons.
  size_t SplitChunk(size_t b, size_t e, bool initial) {
    size_t run = b;
    size_t k = b;
    auto flush = [&](size_t stop) {
      // Connectors left at an edge by the split are no part of a name: "Paris Club of
      // [Western] creditors" leaves "Paris Club", not "Paris Club of".
      while (stop > run && IsWord(stop - 1) && !tokens_[stop - 1].Has(kTokenCapitalized)) --stop;
      while (run < stop && IsWord(run) && !tokens_[run].Has(kTokenCapitalized)) ++run;
      if (stop - run >= 2) {
        if (byline_from_ > run && EmitTitledPerson(run, stop)) return;
        EmitPerson(run, stop, run, nullptr, byline_from_ <= run ? "byline" : "capitalized_name");
      } else if (stop - run == 1) {
        EmitSingle(run, initial && run == b, Info(run));
      }
    };
    while (k < e) {
      Match m = Longest(k, e, kHardReach, [](const PhraseInfo& p) {
        return p.known || p.country != nullptr || !p.demonym.empty() ||
               (p.flags & internal::kPhraseNonEntity);
      });
      if (m.info == nullptr || MixedCaseAcronym(k, m.end, *m.info)) {
        ++k;
        continue;
      }
      flush(k);
      TypeWhole(k, m.end, *m.info, initial && k == b);
      k = m.end;
      run = k;
    }
    flush(e);
    return AfterChunk(e);
  }

  // A capitalized run that starts with a title, often after words that are no title: "Treasury
  // Secretary James Baker", "(NATO) Secretary General Mark Rutte" → the person "James Baker" with
  // the title "Treasury Secretary". The title is the rightmost title phrase that still leaves a
  // name after it (the longest such title where several end at the same word). Rejects runs without
  // a title word ("Ravi Batra") and titles at the end ("James Baker Secretary" stays whole). False
  // when [b, e) holds no such title.
  bool EmitTitledPerson(size_t b, size_t e) {
    Match role;
    for (size_t k = b; k + 1 < e; ++k) {
      // Up to the end of the run, so that a title is never cut short: in "State Attorney
      // General" the title "attorney general" leaves no name, "General" is not one.
      Match m = Longest(k, e, internal::kReachTitle, [](const PhraseInfo& p) {
        return p.title != TitleClass::kNone && p.title != TitleClass::kModifier;
      });
      if (m.info != nullptr && m.end < e && (role.info == nullptr || m.end > role.end)) {
        role = m;  // the longest title ending there: "Prime Minister", not "Minister"
      }
    }
    // The name must start with a capital: "Vice Minister of the Interior" is one title.
    if (role.info == nullptr || !tokens_[role.end].Has(kTokenCapitalized) ||
        !IsPersonChunk(role.end, e)) {
      return false;
    }
    TitleParse title;
    title.found = true;
    title.begin = b;
    title.end = role.end;
    title.role = role.info->title_role;
    title.cls = role.info->title;
    EmitPerson(role.end, e, b, &title, "title_name");
    return true;
  }

  // After a name: a comma apposition with a title ("Kirill Dmitriev, Russia's top economic
  // envoy,") attaches the title to the person just emitted.
  size_t AfterChunk(size_t e) {
    if (out_->empty() || !IsPunct(e, ",")) return e;
    Candidate& last = out_->back();
    if (last.kind != EntityKind::kPerson || last.form != MentionForm::kName ||
        last.token_end != e || !last.title.empty()) {
      return e;
    }
    size_t pos = e + 1;
    if (IsWord(pos) && IsOneOf(folded_[pos], {"a", "an"})) ++pos;
    TitleParse title = ParseTitle(pos);
    if (!title.found) return e;
    if (title.end < end_ && !IsPunct(title.end, ",") && !IsPunct(title.end, ".") &&
        !IsPunct(title.end, ")") && !IsPunct(title.end, ";")) {
      return e;
    }
    last.soft = false;
    last.fallback = true;
    AttachTitle(&last, title);
    return title.end;
  }

  // Title-Case headlines: only table phrases and words the body confirms.
  size_t ScanHeadline(size_t b, size_t e) {
    size_t k = b;
    while (k < e) {
      Match m = Longest(k, e, kHardReach, [](const PhraseInfo& p) {
        return p.known || p.country != nullptr || !p.demonym.empty() ||
               (p.flags & internal::kPhraseNonEntity);
      });
      if (m.info != nullptr) {
        TypeWhole(k, m.end, *m.info, false);
        k = m.end;
        continue;
      }
      Emit(k, k + 1, EntityKind::kPerson, MentionForm::kName, "headline_word").soft = true;
      ++k;
    }
    return e;
  }

  // "ANCHORAGE, Alaska —", "SALVADOR, Feb 26 -": the opening all-caps words are a place.
  bool LooksLikeDateline() const {
    if (begin_ >= end_ || !tokens_[begin_].Has(kTokenAllCaps) ||
        !tokens_[begin_].Has(kTokenParagraphBefore)) {
      return false;
    }
    size_t k = begin_;
    while (k < end_ && IsWord(k) && tokens_[k].Has(kTokenAllCaps)) ++k;
    return k - begin_ <= 3 && IsPunct(k, ",");
  }

  size_t ScanDateline() {
    size_t k = begin_;
    while (k < end_ && IsWord(k) && tokens_[k].Has(kTokenAllCaps) && k - begin_ < 4) ++k;
    if (k == begin_) return begin_;
    const PhraseInfo* p = rules_.Find(FoldedText(begin_, k));
    Candidate& c = Emit(begin_, k, EntityKind::kPlace, MentionForm::kName, "dateline");
    if (p != nullptr) c.cities = p->cities;  // the table has every city name: none if no entry
    c.cities_known = true;
    if (p != nullptr && p->country != nullptr) {
      c.kind = EntityKind::kCountry;
      c.place = p->country;
    } else if (p != nullptr) {
      c.place = p->region;
    }
    if (IsPunct(k, ",") && IsNameWord(k + 1)) c.place_hint = FoldedText(k + 1, ChunkEnd(k + 1));
    return k;
  }

  // The agency of a wire dateline, "ANCHORAGE, Alaska, Aug 16 (Reuters) -"
  // (FindWireDateline()): its mention is the article's author, not an actor.
  void FindDatelineAgency() {
    if (const std::optional<internal::WireDateline> dateline = internal::FindWireDateline(
            text_, tokens_, static_cast<uint32_t>(begin_), static_cast<uint32_t>(end_))) {
      agency_begin_ = dateline->agency_begin;
      agency_end_ = dateline->agency_end;
    }
  }

  // Start of the author names in a byline: "By A and B", "With assistance from X",
  // "by Xinhua writers A, B, C"; token_count_ when the sentence has none.
  size_t BylineStart(const Sentence& sentence) {
    const size_t none = token_count_;
    size_t first = begin_;
    while (first < end_ && !IsWord(first)) ++first;
    if (first >= end_) return none;
    auto starts = [&](std::initializer_list<std::string_view> words) {
      size_t k = first;
      for (std::string_view w : words) {
        if (!IsWord(k) || folded_[k] != w) return false;
        ++k;
      }
      return true;
    };
    // Most sentences start with none of these words: the first word alone rules them out.
    const std::string_view head = folded_[first];
    if (Eq(head, "with")) {
      if (starts({"with", "assistance", "from"})) return first + 3;
    } else if (Eq(head, "additional")) {
      if (starts({"additional", "reporting", "by"})) return first + 3;
    } else if (Eq(head, "reporting") || Eq(head, "writing") || Eq(head, "editing")) {
      if (IsWord(first + 1) && Eq(folded_[first + 1], "by")) return first + 2;
    } else if (Eq(head, "by")) {
      if ((sentence.kind == SentenceKind::kByline || IsNameWord(first + 1)) &&
          sentence.token_count() <= 24) {
        return first + 1;
      }
    }
    // "... by Xinhua writers Tan Jingjing, Gao Shan": by [Org] writers|correspondents|reporters.
    // Only the document's "by" tokens, found once in the constructor: not every token again.
    // Sentences come in order, so the first "by" at or after `first` is found from where the
    // sentence before left off.
    if (by_cursor_ > 0 && by_tokens_[by_cursor_ - 1] >= first) by_cursor_ = 0;
    while (by_cursor_ < by_tokens_.size() && by_tokens_[by_cursor_] < first) ++by_cursor_;
    for (size_t b = by_cursor_; b < by_tokens_.size() && by_tokens_[b] + 2 < end_; ++b) {
      const size_t k = by_tokens_[b];
      for (size_t w = k + 1; w < std::min(end_, k + 4); ++w) {
        if (IsWord(w) && IsOneOf(folded_[w], {"writer", "writers", "correspondent",
                                              "correspondents", "reporter", "reporters", "staff"}))
          return w + 1;
      }
    }
    if (sentence.kind == SentenceKind::kByline) return first;
    return none;
  }

  const EntityRules& rules_;
  const std::string& text_;
  int32_t dct_year_;     // the document's year, 0 when unknown (capitals.txt's "until" years)
  const Token* tokens_;  // the document's tokens, token_count_ of them
  size_t token_count_;
  std::vector<Candidate>* out_;
  std::string& arena_;  // folded words, back to back
  // Per token (token_count_ each, in ScanScratch):
  std::string_view* folded_ = nullptr;  // folded word of each token, into arena_ or text_
  const PhraseInfo** info_ = nullptr;   // single-word table entry of each word token
  uint64_t* hashes_ = nullptr;          // hash of each kPending word, computed once
  uint8_t* pending_ = nullptr;          // kPending: info_ not looked up yet (Info()); kSkip
  uint8_t* in_timex_ = nullptr;
  std::string& buffer_;
  std::string& joined_;                // Candidate::folded of multi-token candidates (Emit())
  size_t joined_end_ = 0;              // bytes of joined_ in use for this document
  std::vector<uint32_t>& by_tokens_;   // tokens whose folded word is "by" (BylineStart())
  size_t by_cursor_ = 0;               // BylineStart(): by_tokens_ before it precede the sentence
  std::vector<uint32_t>& line_marks_;  // tokens after a line break, and dashes (setup pass)
  std::vector<uint8_t>& segment_hot_;  // per segment: may be a row or heading (setup pass)
  uint32_t sentence_ = 0;
  size_t begin_ = 0;
  size_t end_ = 0;
  bool headline_ = false;
  size_t byline_from_ = 0;
  size_t agency_begin_ = 0;  // the dateline agency's tokens [agency_begin_, agency_end_)
  size_t agency_end_ = 0;
};

// Folds each of this document's entities k with into[k] >= 0 into entity into[k] (indexes
// from `first_entity`; no chains): its aliases, titles, mention count and mentions go there and
// it is removed. Used by MergeNameTails() and MergeUnconfirmedIntoOrganizations().
void FoldEntities(const std::vector<int32_t>& into, size_t first_mention, size_t first_entity,
                  std::vector<Mention>* mentions, std::vector<Entity>* entities) {
  const size_t count = into.size();
  for (size_t k = 0; k < count; ++k) {
    if (into[k] < 0) continue;
    Entity& tail = (*entities)[first_entity + k];
    Entity& full = (*entities)[first_entity + static_cast<size_t>(into[k])];
    full.aliases.insert(full.aliases.end(), tail.aliases.begin(), tail.aliases.end());
    std::sort(full.aliases.begin(), full.aliases.end());
    full.aliases.erase(std::unique(full.aliases.begin(), full.aliases.end()), full.aliases.end());
    for (const std::string& title : tail.titles) {
      if (std::find(full.titles.begin(), full.titles.end(), title) == full.titles.end()) {
        full.titles.push_back(title);
      }
    }
    full.mention_count += tail.mention_count;
    full.author = full.author && tail.author;
  }
  // New indexes: removed entities map to their full name's new index.
  std::vector<int32_t> renumber(count, -1);
  int32_t next = static_cast<int32_t>(first_entity);
  for (size_t k = 0; k < count; ++k) {
    if (into[k] < 0) renumber[k] = next++;
  }
  for (size_t k = 0; k < count; ++k) {
    if (into[k] >= 0) renumber[k] = renumber[static_cast<size_t>(into[k])];
  }
  for (size_t m = first_mention; m < mentions->size(); ++m) {
    Mention& mention = (*mentions)[m];
    if (mention.entity < 0 || static_cast<size_t>(mention.entity) < first_entity) continue;
    const size_t index = static_cast<size_t>(mention.entity) - first_entity;
    if (index < count) mention.entity = renumber[index];
  }
  size_t out = first_entity;
  for (size_t k = 0; k < count; ++k) {
    if (into[k] >= 0) continue;
    if (out != first_entity + k) (*entities)[out] = std::move((*entities)[first_entity + k]);
    ++out;
  }
  entities->resize(out);
}

// A name without person evidence (TypeUnsupportedPersons(): an organization keyed as a person)
// whose key is that of an organization of the same article is that organization: "Home Depot"
// after "Home Depot Inc" (the legal form leaves the key "home depot").
void MergeUnconfirmedIntoOrganizations(size_t first_mention, size_t first_entity,
                                       std::vector<Mention>* mentions,
                                       std::vector<Entity>* entities) {
  const size_t count = entities->size() - first_entity;
  std::vector<int32_t> into(count, -1);
  bool any = false;
  for (size_t k = 0; k < count; ++k) {
    const Entity& loose = (*entities)[first_entity + k];
    if (!loose.unconfirmed_person || loose.key.empty()) continue;
    for (size_t o = 0; o < count; ++o) {
      const Entity& org = (*entities)[first_entity + o];
      if (o != k && org.kind == EntityKind::kOrganization && !org.unconfirmed_person &&
          org.key == loose.key) {
        into[k] = static_cast<int32_t>(o);
        any = true;
        break;
      }
    }
  }
  if (any) FoldEntities(into, first_mention, first_entity, mentions, entities);
}

// True when `tail` is the last whole words of `full`: "Peña Nieto" of "Enrique Peña Nieto";
// not "Nieto" of "Enrique PenaNieto" (no word boundary), nor the whole name itself.
bool IsNameTail(std::string_view full, std::string_view tail) {
  return full.size() > tail.size() + 1 && full.ends_with(tail) &&
         full[full.size() - tail.size() - 1] == ' ';
}

// A person named by the last two or more words of exactly one other person's full name in the
// same article is that person: "Peña Nieto's last acts" after "President Enrique Peña Nieto",
// "Lopez Obrador" after "Andres Manuel Lopez Obrador" (the resolver matches one last word).
// Not when two full names end so ("Maria Lopez Obrador" and "Andres Manuel Lopez Obrador").
// Entities from `first_entity` on, mentions from `first_mention` on, are this document's; the
// tail's entity is removed and its mentions, aliases, titles and count go to the full name.
void MergeNameTails(size_t first_mention, size_t first_entity, std::vector<Mention>* mentions,
                    std::vector<Entity>* entities) {
  const size_t count = entities->size() - first_entity;
  // The persons of two or more words: a tail has a space, and so has a full name it ends (the
  // space before the tail). Each is compared with these only, not with every entity.
  thread_local std::vector<uint32_t> multiword;  // reused: no allocation per document
  multiword.clear();
  for (size_t k = 0; k < count; ++k) {
    const Entity& entity = (*entities)[first_entity + k];
    if (entity.kind == EntityKind::kPerson && entity.name.find(' ') != std::string::npos) {
      multiword.push_back(static_cast<uint32_t>(k));
    }
  }
  if (multiword.size() < 2) return;
  thread_local std::vector<int32_t> into;  // reused: no allocation per document
  into.assign(count, -1);
  bool any = false;
  for (const uint32_t k : multiword) {
    const Entity& tail = (*entities)[first_entity + k];
    int32_t found = -1;
    int matches = 0;
    for (const uint32_t o : multiword) {
      const Entity& full = (*entities)[first_entity + o];
      if (o == k || !IsNameTail(full.name, tail.name)) continue;
      found = static_cast<int32_t>(o);
      ++matches;
    }
    if (matches == 1) {
      into[k] = found;
      any = true;
    }
  }
  if (!any) return;
  // No chains: a full name that is itself the tail of a longer one keeps its own tails apart
  // ("Lopez Obrador" → "Manuel Lopez Obrador" → "Andres Manuel Lopez Obrador" merges the last
  // step only).
  std::vector<int32_t> direct = into;
  for (size_t k = 0; k < count; ++k) {
    if (direct[k] >= 0 && direct[static_cast<size_t>(direct[k])] >= 0) into[k] = -1;
  }
  FoldEntities(into, first_mention, first_entity, mentions, entities);
}

// True when a word of `name` is two or more capital letters with no period and not a Roman
// numeral: "YEAR Shr", "IBM PC"; not "J.R. Ewing", "John Paul II", "Gov. Al Smith".
bool HasAcronymWord(std::string_view name) {
  size_t begin = 0;
  while (begin < name.size()) {
    size_t end = name.find(' ', begin);
    if (end == std::string_view::npos) end = name.size();
    const std::string_view word = name.substr(begin, end - begin);
    begin = end + 1;
    if (word.size() < 2) continue;
    bool upper = true;
    bool roman = true;
    for (char c : word) {
      upper = upper && c >= 'A' && c <= 'Z';
      roman = roman && (c == 'I' || c == 'V' || c == 'X');
    }
    if (upper && !roman) return true;
  }
  return false;
}

// The EntityRules::first_names bits of a folded word, 0 when none: "lisa" → kFirstNameGiven.
uint8_t FirstNameBits(const EntityRules& rules, std::string_view folded) {
  const uint8_t* bits = rules.first_names.Find(folded);
  return bits != nullptr ? *bits : 0;
}

// True when the first word of the multi-word name `name` is a given name or a family name written
// first: "Lisa Malone", "Kiichi Miyazawa", "Xi Jinping", "Jean-Claude Juncker"; not "Saga
// Petroleum".
bool StartsWithPersonName(const EntityRules& rules, std::string_view name) {
  const size_t space = name.find(' ');
  if (space == std::string_view::npos || space == 0) return false;
  thread_local std::string first;  // reused: no allocation per name
  first.clear();
  AppendFoldedName(name.substr(0, space), &first);
  if (rules.first_names.Find(first) != nullptr) return true;
  // A hyphenated given name by its first part: "Jean-Claude Juncker", "Jan-Hendrik Smit" (folding
  // may have made the hyphen a space). A byte loop: find_first_of() calls memchr() per byte.
  size_t hyphen = 0;
  while (hyphen < first.size() && first[hyphen] != '-' && first[hyphen] != ' ') ++hyphen;
  return hyphen < first.size() && hyphen > 0 &&
         (FirstNameBits(rules, std::string_view(first).substr(0, hyphen)) &
          EntityRules::kFirstNameGiven) != 0;
}

// A name the scanner typed a person only because nothing else fit ("Triangle Microwave said",
// "Golden Gate Futures", "Chronar said") becomes an organization unless something says person:
// a title ("chairman Henry Lewis"), an honorific, a byline, a pronoun or title reference resolved
// to it, a first word that is a given name ("Lisa Malone", any alias; a one-word name that is
// one: "Mikhail said"), the last word alone as another mention ("Ruud Lubbers ... Lubbers
// said"), or being the tail of a person's full name. It keeps its person key and is marked
// Entity::unconfirmed_person, so that the graph makes it a person again when another article
// confirms it. Entities from `first_entity` on, mentions from `first_mention` on, are this
// document's.
void TypeUnsupportedPersons(const EntityRules& rules, std::string_view text, size_t first_mention,
                            size_t first_entity, std::vector<Mention>* mentions,
                            std::vector<Entity>* entities) {
  const size_t count = entities->size() - first_entity;
  if (count == 0) return;
  // A pronoun is no evidence: "he" after a quote goes to the nearest person name, which may be
  // a firm ("... Merrill Lynch. "...," he said"). Nor is a one-word byline ("by Treasury").
  // A title is evidence unless every title of a multi-word name is a job that firms are named
  // after too ("fund manager Morgan Stanley", "the advisor, Smith Barney,"): then the name needs
  // the other evidence below. A later mention by the last word counts only as a speaker or after
  // an honorific ("Tamm said", "Mr Tamm"), not as a table word ("Year Shr ... Shr 1.20").
  // Bits per entity in one buffer reused across documents (no allocation per document).
  constexpr uint8_t kEvidence = 1;
  constexpr uint8_t kByline = 2;
  constexpr uint8_t kTitled = 4;
  constexpr uint8_t kDemoted = 8;
  thread_local std::vector<uint8_t> flags;
  flags.assign(count, 0);
  // Speaker and honorific surfaces with their entity's index, in mention order (few: one flat
  // list rather than a list per entity).
  thread_local std::vector<std::pair<size_t, std::string_view>> said;
  said.clear();
  for (size_t m = first_mention; m < mentions->size(); ++m) {
    const Mention& mention = (*mentions)[m];
    if (mention.entity < 0 || static_cast<size_t>(mention.entity) < first_entity) continue;
    const size_t index = static_cast<size_t>(mention.entity) - first_entity;
    if (index >= count) continue;
    const std::string_view rule = mention.rule;
    if (mention.form == MentionForm::kTitle || Eq(rule, "honorific") || Eq(rule, "known_leader")) {
      flags[index] |= kEvidence;
    }
    if (Eq(rule, "title_name") || Eq(rule, "apposition_title")) flags[index] |= kTitled;
    if (mention.author || Eq(rule, "byline")) flags[index] |= kByline;
    if ((Eq(rule, "speaker") || Eq(rule, "honorific")) && mention.span.end <= text.size()) {
      said.emplace_back(index, text.substr(mention.span.begin, mention.span.size()));
    }
  }
  for (size_t k = 0; k < count; ++k) {
    const Entity& entity = (*entities)[first_entity + k];
    // (The name is searched for a space only after a byline: few are.)
    if ((flags[k] & kByline) != 0 && entity.name.find(' ') != std::string::npos) {
      flags[k] |= kEvidence;
    }
    if ((flags[k] & kTitled) != 0 || !entity.titles.empty()) {
      bool weak = !entity.titles.empty();
      for (const std::string& title : entity.titles) {
        // The bare job word only: "chief executive" and "fund manager Ann Ruiz" stay strong.
        weak = weak && IsOneOf(FoldName(title), {"manager", "advisor", "adviser", "analyst",
                                                 "investor", "trader", "broker", "owner", "founder",
                                                 "executive", "banker", "official", "editor"});
      }
      if (!weak) flags[k] |= kEvidence;
    }
  }
  bool any_demoted = false;
  for (size_t k = 0; k < count; ++k) {
    Entity& entity = (*entities)[first_entity + k];
    if (entity.kind != EntityKind::kPerson || (flags[k] & kEvidence) != 0) continue;
    if (entity.name.find(' ') == std::string::npos) {
      const std::string folded = FoldName(entity.name);
      if (rules.first_names.Find(folded) == nullptr) {
        entity.kind = EntityKind::kOrganization;
        entity.unconfirmed_person = true;
        flags[k] |= kDemoted;
        any_demoted = true;
      }
      continue;
    }
    // A later mention by the last word alone reads as a person ("Mari Tamm ... Tamm said"); a
    // firm is shortened to its first word ("Triangle Microwave ... Triangle said").
    const std::string_view last_word =
        std::string_view(entity.name).substr(entity.name.rfind(' ') + 1);
    // The name may carry words of a title the scanner did not know ("Finance Head Martin
    // Juenger"): a given name second to last counts too.
    const size_t last_space = entity.name.rfind(' ');
    const size_t prev_space = entity.name.rfind(' ', last_space - 1);
    // A word of two or more capitals without periods is no part of a person's name as news
    // writes it: "YEAR Shr" (a table heading), "IBM PC"; "J.R. Ewing" and "John Paul II" pass.
    const bool acronym = HasAcronymWord(entity.name);  // asked once, not per alias
    bool named =
        !acronym &&
        (StartsWithPersonName(rules, entity.name) ||
         (prev_space != std::string::npos &&
          StartsWithPersonName(rules, std::string_view(entity.name).substr(prev_space + 1))));
    for (size_t a = 0; a < entity.aliases.size() && !named && !acronym; ++a) {
      // The name itself (most entities' one alias) was asked above.
      named = entity.aliases[a] != entity.name && StartsWithPersonName(rules, entity.aliases[a]);
    }
    for (size_t a = 0; a < said.size() && !named && !acronym; ++a) {
      if (said[a].first != k) continue;
      std::string_view surface = said[a].second;
      surface = surface.substr(surface.find_last_of(" \n") == std::string_view::npos
                                   ? 0
                                   : surface.find_last_of(" \n") + 1);
      named = surface == last_word && !IsOneOf(FoldName(last_word), {"jr", "sr"});
    }
    // The tail of a person's full name in this document: "Peña Nieto" after "Enrique Peña Nieto".
    for (size_t o = 0; o < count && !named; ++o) {
      const Entity& other = (*entities)[first_entity + o];
      named = o != k && other.kind == EntityKind::kPerson && IsNameTail(other.name, entity.name);
    }
    if (named) continue;
    entity.kind = EntityKind::kOrganization;
    entity.unconfirmed_person = true;  // the person key stays: see Entity
    flags[k] |= kDemoted;
    any_demoted = true;
  }
  if (!any_demoted) return;  // most documents: no mention to retype
  for (size_t m = first_mention; m < mentions->size(); ++m) {
    Mention& mention = (*mentions)[m];
    if (mention.entity < 0 || static_cast<size_t>(mention.entity) < first_entity) continue;
    const size_t index = static_cast<size_t>(mention.entity) - first_entity;
    if (index >= count || (flags[index] & kDemoted) == 0) continue;
    mention.kind = EntityKind::kOrganization;
    // "he" named no firm: the pronoun names nothing in the graph.
    if (mention.form == MentionForm::kPronoun) {
      mention.entity = -1;
      --(*entities)[first_entity + index].mention_count;
    }
  }
}

// A one-word person with a leader's title, named as known_leaders.txt names the holder of that
// title in the article's year: "President Reagan" (1987) is Ronald Reagan, "Chancellor Kohl"
// (1990) Helmut Kohl, "Premier Li" (2015) Li Keqiang, "former President Reagan" (1995) still
// Ronald Reagan (the nearest term before, up to kFormerLeaderYears; "President Johnson" in 2025
// is no Lyndon B. Johnson). Not "Bush" without a title, not "President Kim" in
// 1998 (two holders), not "Vice President Bush" in 1987 (no term yet). The key becomes the full
// name's, so that all articles meet in one node; the short form stays an alias.
constexpr int32_t kFormerLeaderYears = 12;  // "former President Reagan" up to 12 years on

// A name of words that any country's institutions share: "Finance Ministry", "Central Bank",
// "the Supreme Court" (EntityRules::institution_words: generic_institution_words.txt and the
// fields of institution_domains.txt), maybe after a demonym that names the country: "West German
// Finance Ministry". Returns false for any other name; else *rest is the folded generic part and
// *country the demonym's alpha-2 ("" without one).
bool GenericInstitution(const EntityRules& rules, std::string_view name, std::string* rest,
                        std::string* country) {
  // Most names fail on their last word ("Inc", "Corp"): tested first when it folds to itself in
  // lower case, before the whole name is folded.
  const size_t space = name.rfind(' ');
  if (space == std::string_view::npos) return false;
  const std::string_view last = name.substr(space + 1);
  char buffer[24];
  if (last.size() <= sizeof buffer && LowerAlnumInto(last.data(), last.size(), buffer)) {
    const std::string_view lower(buffer, last.size());
    if (rules.institution_words.Find(lower) == nullptr) {
      return false;
    }
  }
  const std::string folded = FoldName(name);
  // The words as (begin, end) offsets into `folded`.
  std::vector<std::pair<size_t, size_t>> words;
  for (size_t b = 0; b < folded.size();) {
    size_t e = folded.find(' ', b);
    if (e == std::string::npos) e = folded.size();
    if (e > b) words.emplace_back(b, e);
    b = e + 1;
  }
  const auto word = [&](size_t k) {
    return std::string_view(folded).substr(words[k].first, words[k].second - words[k].first);
  };
  size_t first = 0;
  country->clear();
  for (size_t n = 2; n >= 1 && first == 0; --n) {
    if (words.size() < n + 2) continue;
    const PhraseInfo* p =
        rules.phrases.Find(std::string_view(folded).substr(0, words[n - 1].second));
    if (p != nullptr && IsRealDemonym(*p)) {
      *country = p->demonym;
      first = n;
    }
  }
  if (words.size() < first + 2) return false;
  for (size_t k = first; k < words.size(); ++k) {
    if (rules.institution_words.Find(word(k)) == nullptr) {
      return false;
    }
  }
  rest->assign(folded, words[first].first, std::string::npos);
  // "Ministry of Finance" is the "Finance Ministry".
  constexpr std::string_view kMinistryOf = "ministry of ";
  if (rest->starts_with(kMinistryOf) && rest->size() > kMinistryOf.size()) {
    rest->erase(0, kMinistryOf.size());
    rest->append(" ministry");
  }
  return true;
}

// The country of the article's dateline ("TOKYO, March 3 -" → JP), or "".
std::string DatelineCountry(size_t first_mention, const std::vector<Mention>& mentions,
                            const std::vector<Entity>& entities) {
  for (size_t m = first_mention; m < mentions.size(); ++m) {
    if (mentions[m].rule != "dateline" || mentions[m].entity < 0) continue;
    const Entity& place = entities[static_cast<size_t>(mentions[m].entity)];
    return place.kind == EntityKind::kCountry ? place.iso_code : place.country;
  }
  return "";
}

// An institution every country has ("Finance Ministry", "Central Bank") is keyed with its
// country: a demonym in its name ("West German Finance Ministry"), else a country or demonym
// mention right before one of its mentions ("Japan's Finance Ministry"), else the country of the
// dateline ("TOKYO -"), else its article. The finance ministries of two countries never become
// one node.
void QualifyGenericInstitutions(const EntityRules& rules, const Document& document,
                                size_t first_mention, size_t first_entity,
                                const std::vector<Mention>& mentions,
                                std::vector<Entity>* entities) {
  const std::string_view text = document.text();
  std::string rest;
  std::string country;
  for (size_t e = first_entity; e < entities->size(); ++e) {
    Entity& entity = (*entities)[e];
    if (entity.kind != EntityKind::kOrganization ||
        !GenericInstitution(rules, entity.name, &rest, &country)) {
      continue;
    }
    // A name the user's alias file lists keeps the key the file gives it.
    if (const AliasTable* aliases = rules.keyer->aliases();
        aliases != nullptr && aliases->Find(FoldName(entity.name)) != nullptr) {
      continue;
    }
    for (size_t m = first_mention + 1; m < mentions.size() && country.empty(); ++m) {
      if (mentions[m].entity != static_cast<int32_t>(e)) continue;
      const Mention& before = mentions[m - 1];
      if (before.entity < 0 || before.span.end > mentions[m].span.begin) continue;
      const Entity& other = (*entities)[static_cast<size_t>(before.entity)];
      if (other.kind != EntityKind::kCountry || other.iso_code.empty()) continue;
      // Adjacent, or with a possessive between: "Japan's", "Japan’s".
      std::string_view gap = text.substr(before.span.end, mentions[m].span.begin - before.span.end);
      for (std::string_view possessive : {std::string_view("'s"), std::string_view("\u2019s")}) {
        if (gap.starts_with(possessive)) {
          gap.remove_prefix(possessive.size());
          break;
        }
      }
      if (gap.find_first_not_of(" \t\r\n") != std::string_view::npos) continue;
      country = other.iso_code;
    }
    if (country.empty()) country = DatelineCountry(first_mention, mentions, *entities);
    entity.key = rules.keyer->KeyFolded(rest, EntityKind::kOrganization);
    if (!country.empty()) {
      std::transform(country.begin(), country.end(), country.begin(),
                     [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
      entity.country = country;
      entity.key += "@" + FoldName(country);
    } else {
      entity.key += "@doc:" + std::string(document.id());
    }
  }
}

void LinkKnownLeaders(const EntityRules& rules, const std::optional<CivilDate>& dct,
                      size_t first_entity, std::vector<Entity>* entities) {
  if (rules.leaders.empty()) return;
  for (size_t k = first_entity; k < entities->size(); ++k) {
    Entity& entity = (*entities)[k];
    if (entity.kind != EntityKind::kPerson || entity.name.find(' ') != std::string::npos) {
      continue;
    }
    const std::string name = rules.keyer->NormalizeWord(FoldName(entity.name));
    // Untitled, only a name that stands alone for its holder: "Putin" (2024), not "Bush".
    const bool alone = entity.titles.empty();
    if (alone && (!dct || rules.leaders_named_alone.Find(name) == nullptr)) continue;
    auto found = rules.leaders_by_name.find(name);
    if (found == rules.leaders_by_name.end()) continue;
    std::vector<std::string> titles;
    for (const std::string& title : entity.titles) titles.push_back(FoldName(title));
    auto fits = [&](const EntityRules::Leader& leader) {
      if (!entity.country.empty() && entity.country != leader.country &&
          !(leader.country == "SU" && entity.country == "RU")) {
        return false;
      }
      if (alone) return true;
      for (const std::string& title : titles) {
        if (title.find("vice") != std::string::npos || title.find("deputy") != std::string::npos) {
          continue;
        }
        for (const std::string& role : leader.roles) {
          if (title.find(role) != std::string::npos) return true;
        }
      }
      return false;
    };
    const EntityRules::Leader* in_office = nullptr;
    const EntityRules::Leader* before = nullptr;
    int in_office_count = 0;
    bool before_tied = false;
    for (size_t index : found->second) {
      const EntityRules::Leader& leader = rules.leaders[index];
      if (!fits(leader)) continue;
      if (!dct) {
        ++in_office_count;  // without a date, only a name with one holder links
        in_office = &leader;
        continue;
      }
      const int32_t year = dct->year;
      if (leader.from <= year && year <= leader.to) {
        ++in_office_count;
        in_office = &leader;
      } else if (leader.to < year && year <= leader.to + kFormerLeaderYears) {
        if (before == nullptr || leader.to > before->to) {
          before = &leader;
          before_tied = false;
        } else if (leader.to == before->to) {
          before_tied = true;
        }
      }
    }
    // Untitled, only the holder in office: "Clinton" in 2016 is no Bill Clinton.
    const EntityRules::Leader* leader =
        in_office_count == 1 ? in_office
                             : (in_office_count == 0 && !before_tied && !alone ? before : nullptr);
    if (leader == nullptr) continue;
    entity.aliases.push_back(entity.name);
    std::sort(entity.aliases.begin(), entity.aliases.end());
    entity.aliases.erase(std::unique(entity.aliases.begin(), entity.aliases.end()),
                         entity.aliases.end());
    entity.name = leader->name;
    entity.key = rules.keyer->Key(entity.name, EntityKind::kPerson);
  }
}

}  // namespace

EntityRecognizer::EntityRecognizer(std::shared_ptr<const EntityRules> rules)
    : rules_(std::move(rules)) {}

Result<EntityRecognizer> EntityRecognizer::Create(std::string_view data_dir,
                                                  std::shared_ptr<const AliasTable> aliases) {
  Result<std::shared_ptr<const Gazetteer>> gazetteer =
      Gazetteer::Create(data_dir, Gazetteer::Options{});
  if (!gazetteer.ok()) return gazetteer.status();
  Result<EntityKeyer> keyer = EntityKeyer::Create(data_dir, gazetteer.value(), std::move(aliases));
  if (!keyer.ok()) return keyer.status();
  Result<std::shared_ptr<const EntityRules>> rules =
      EntityRules::Create(data_dir, std::make_shared<const EntityKeyer>(std::move(keyer).value()),
                          std::move(gazetteer).value());
  if (!rules.ok()) return rules.status();
  return EntityRecognizer(std::move(rules).value());
}

const EntityKeyer& EntityRecognizer::keyer() const { return *rules_->keyer; }
const Gazetteer& EntityRecognizer::gazetteer() const { return *rules_->gazetteer; }

void EntityRecognizer::Recognize(const Document& document, const std::vector<Token>& tokens,
                                 const std::vector<Sentence>& sentences,
                                 const std::vector<Timex>& timexes, std::vector<Mention>* mentions,
                                 std::vector<Entity>* entities, Diagnostics* diagnostics,
                                 std::vector<std::string>* explanations) const {
  // One scratch per thread: Recognize() may run on many threads at once, each on its own.
  thread_local ScanScratch scratch;
  std::vector<Candidate>& candidates = scratch.candidates;
  candidates.clear();
  Scanner scanner(*rules_, document, tokens, timexes, &scratch, &candidates);
  for (size_t s = 0; s < sentences.size(); ++s) {
    scanner.ScanSentence(sentences[s], static_cast<uint32_t>(s));
  }
  scanner.FinishCandidates();
  const size_t first_mention = mentions->size();
  const size_t first_entity = entities->size();
  internal::ResolveEntities(*rules_, document, tokens, &candidates, mentions, entities, diagnostics,
                            explanations);
  MergeNameTails(first_mention, first_entity, mentions, entities);
  TypeUnsupportedPersons(*rules_, document.text(), first_mention, first_entity, mentions, entities);
  MergeUnconfirmedIntoOrganizations(first_mention, first_entity, mentions, entities);
  LinkKnownLeaders(*rules_, document.dct(), first_entity, entities);
  QualifyGenericInstitutions(*rules_, document, first_mention, first_entity, *mentions, entities);
}

}  // namespace eventgraph
