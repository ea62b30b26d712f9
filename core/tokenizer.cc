// SPDX-License-Identifier: Apache-2.0
// Tokenizer: one left-to-right pass over UTF-8 bytes, no regex, no allocation but the output.
//
// Token rules, each with an example it handles (and one it rejects):
//  - White space is ASCII space/tab/CR/LF/FF/VT plus Unicode spaces (NBSP, U+2000-200A, U+202F,
//    U+205F, U+3000, U+2028/2029) and zero-width characters (U+200B, U+FEFF). "\r" alone counts
//    as a line break (old Mac files), "\r\n" as one.
//  - Words start with a letter (ASCII or any non-ASCII letter per ICU) and run over letters,
//    digits and marks. Inner hyphens join parts: "Elmendorf-Richardson", "one-on-one", "B-2";
//    a trailing hyphen does not ("pro- and" → "pro" "-").
//  - Inner apostrophes: "’s"/"'s" is split off as a possessive token ("Putin’s" → "Putin" "’s");
//    a final apostrophe after s is one too ("leaders’" → "leaders" "’"); other clitics stay
//    attached ("didn't", "O'Brien").
//  - Periods: letter.letter. sequences are one abbreviation ("U.S.", "a.m."); a word plus "."
//    that is in abbreviations.txt keeps its period ("Mr.", "Gen.", "Jan."); otherwise "." is
//    punctuation ("format." → "format" ".").
//  - Numbers start with a digit and run over digits, letters ("1980s", "12th", "5pm") and inner
//    ",", ".", ":", "/", "-" that are followed by a digit or letter: "155,221", "3.5", "14:30",
//    "24/7", "3-1/2-year-old", "2025-08-16". A trailing "." or "," stays punctuation.
//  - "..." and "…" are one punctuation token; "-", "--", "–", "—" are dashes.
#include "core/tokenizer.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <new>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <unicode/uchar.h>

namespace eventgraph {
namespace {

constexpr bool IsAsciiAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
constexpr bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
constexpr bool IsAsciiUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsAsciiLower(unsigned char c) { return c >= 'a' && c <= 'z'; }

// Classification of one code point.
enum class CharClass : uint8_t {
  kSpace,
  kNewline,
  kLetter,
  kDigit,
  kApostrophe,
  kPeriod,
  kHyphen,
  kDash,
  kEllipsis,
  kPunct,
  kOther
};

// Four bytes, so the ASCII table entry of a byte is one load.
struct CharInfo {
  CharClass cls = CharClass::kOther;
  uint8_t length = 1;  // bytes, 1 to 4
  bool upper = false;
  bool lower = false;
};

constexpr CharInfo ClassifyAscii(unsigned char c) {
  switch (c) {
    case ' ':
    case '\t':
    case '\f':
    case '\v':
      return {CharClass::kSpace, 1};
    case '\n':
    case '\r':
      return {CharClass::kNewline, 1};
    case '\'':
      return {CharClass::kApostrophe, 1};
    case '.':
      return {CharClass::kPeriod, 1};
    case '-':
      return {CharClass::kHyphen, 1};
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case '"':
      return {CharClass::kPunct, 1};
    default:
      break;
  }
  if (IsAsciiAlpha(c)) return {CharClass::kLetter, 1, IsAsciiUpper(c), IsAsciiLower(c)};
  if (IsDigit(c)) return {CharClass::kDigit, 1};
  if (c < 0x20 || c == 0x7F) return {CharClass::kSpace, 1};
  return {CharClass::kOther, 1};
}

// The ASCII half as a table: one load per byte on the hot path.
struct AsciiTable {
  CharInfo info[128];
  constexpr AsciiTable() : info() {
    for (unsigned c = 0; c < 128; ++c) info[c] = ClassifyAscii(static_cast<unsigned char>(c));
  }
};
constexpr AsciiTable kAscii;

// Bits of one byte for the word and number loops: an ASCII letter or digit continues a token
// with a single table load ("Reuters", "1987"); 0 sends the byte to Classify() (non-ASCII,
// hyphens, periods, apostrophes).
constexpr uint8_t kByteLetter = 1;
constexpr uint8_t kByteDigit = 2;
constexpr uint8_t kByteLower = 4;
struct WordByteTable {
  uint8_t bits[256];
  constexpr WordByteTable() : bits() {
    for (unsigned c = 0; c < 128; ++c) {
      const auto b = static_cast<unsigned char>(c);
      if (IsAsciiAlpha(b))
        bits[c] = static_cast<uint8_t>(kByteLetter | (IsAsciiLower(b) ? kByteLower : 0));
      if (IsDigit(b)) bits[c] = kByteDigit;
    }
  }
};
constexpr WordByteTable kWordBytes;

// Bytes that may continue a word after its ASCII letters and digits, to be looked at closely: a
// hyphen ("one-on-one"), a period ("U.S."), an apostrophe ("didn't") and every non-ASCII byte
// ("Müller", "Putin’s"). Any other byte ends the word at once: "said," "in ".
struct WordJoinTable {
  bool join[256];
  constexpr WordJoinTable() : join() {
    for (unsigned c = 0x80; c < 256; ++c) join[c] = true;
    join[static_cast<unsigned char>('-')] = true;
    join[static_cast<unsigned char>('.')] = true;
    join[static_cast<unsigned char>('\'')] = true;
  }
};
constexpr WordJoinTable kWordJoin;

#if defined(__SSE2__)
// The run of ASCII letters and digits at text[pos], at most min(16, limit) bytes, from one
// 16-byte load (the caller guarantees pos + 16 <= text.size()): returns its length and ORs the
// movemask bits of its lower-case letters into *lower and of its digits into *digits. Most words
// end inside the first 16 bytes, so the loop exit no longer depends on the word length byte by
// byte ("Reuters" is one step).
inline __attribute__((always_inline)) size_t AsciiWordRun(const char* p, size_t limit,
                                                          uint32_t* lower, uint32_t* digits) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // Range tests with one add and one signed compare each: adding 0x80 - lo maps [lo, hi] onto
  // [-128, -128 + hi - lo] and every other byte, non-ASCII ones included, above it. Upper and
  // lower case letters are one range after OR 0x20 ('A' | 0x20 == 'a'; non-ASCII bytes stay
  // at 0xA0 and above).
  const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
  const __m128i letter =
      _mm_cmplt_epi8(_mm_add_epi8(folded, _mm_set1_epi8(0x80 - 'a')), _mm_set1_epi8(-128 + 26));
  const __m128i is_lower = _mm_and_si128(letter, _mm_cmpgt_epi8(v, _mm_set1_epi8('Z')));
  const __m128i digit =
      _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x80 - '0')), _mm_set1_epi8(-128 + 10));
  const auto letter_bits = static_cast<uint32_t>(_mm_movemask_epi8(letter));
  const auto digit_bits = static_cast<uint32_t>(_mm_movemask_epi8(digit));
  const uint32_t limit_bits = limit >= 16 ? 0xFFFFu : (uint32_t{1} << limit) - 1;
  const uint32_t word_bits = (letter_bits | digit_bits) & limit_bits;
  // The trailing ones of word_bits: 0b1011 -> 0b0011 (a run of two bytes).
  const uint32_t in_run = word_bits & ~(word_bits + 1);
  *lower |= static_cast<uint32_t>(_mm_movemask_epi8(is_lower)) & in_run;
  *digits |= digit_bits & in_run;
  return static_cast<size_t>(__builtin_ctz(word_bits + 1));  // <= min(16, limit)
}
#endif

// The tokens of one Tokenize() call in raw storage, written through a plain pointer: a
// push_back per token loaded and stored the vector's end and tested its capacity through memory
// (about 10 instructions a token). Tokenize() copies them into the vector it returns at the end.
class TokenBuffer {
 public:
  explicit TokenBuffer(size_t capacity) { Allocate(capacity < 16 ? 16 : capacity); }

  // Makes room for `count` more tokens; next() stays valid until the next call.
  void Reserve(size_t count) {
    if (static_cast<size_t>(limit_ - next_) < count) [[unlikely]] {
      Grow(count);
    }
  }
  void Push(size_t begin, size_t end, TokenKind kind, uint16_t flags) {
    Reserve(1);
    next_ = Construct(next_, begin, end, kind, flags);
  }
  // Writes a token at `at` (which has room for it) and returns the position after it.
  static Token* Construct(Token* at, size_t begin, size_t end, TokenKind kind, uint16_t flags) {
    return new (at)
               Token{Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)}, kind, flags} +
           1;
  }
  Token* next() const { return next_; }
  Token* limit() const { return limit_; }
  void set_next(Token* next) { next_ = next; }

  std::vector<Token> Take() const { return std::vector<Token>(data(), next_); }

 private:
  Token* data() const { return reinterpret_cast<Token*>(storage_.get()); }
  void Allocate(size_t capacity) {
    // Uninitialized: each token is constructed in place before it is read.
    storage_.reset(new unsigned char[capacity * sizeof(Token)]);
    next_ = data();
    limit_ = next_ + capacity;
  }
  void Grow(size_t count) {
    const size_t size = static_cast<size_t>(next_ - data());
    const size_t capacity = static_cast<size_t>(limit_ - data());
    std::unique_ptr<unsigned char[]> old = std::move(storage_);
    Allocate(std::max(2 * capacity, size + count));
    if (size > 0) std::memcpy(storage_.get(), old.get(), size * sizeof(Token));
    next_ += size;
  }

  std::unique_ptr<unsigned char[]> storage_;
  Token* next_ = nullptr;
  Token* limit_ = nullptr;
};

#if defined(__SSE2__)
// Emits the plain words from text[pos] on, as long as they come one after another with a single
// space between them: an ASCII letter, then ASCII letters and digits (at most 15 bytes in
// all, read with one 16-byte load), then a byte that cannot join the word. "the Bahia cocoa zone"
// is four steps of this loop; it stops before "U.S.", "didn't", "Putin’s", "one-on-one",
// "Müller", a number, punctuation and a line break, which the caller's full loop takes, and
// within 16 bytes of `end`. Returns the position of the first byte not consumed; *pending holds
// the flags for the next token. The loop writes through a local pointer, so that it keeps its
// state in registers.
size_t EmitPlainWords(std::string_view text, size_t pos, size_t end, uint16_t* pending,
                      TokenBuffer* tokens) {
  tokens->Reserve(16);
  Token* out = tokens->next();
  Token* const out_limit = tokens->limit();  // the caller comes back for more
  uint16_t before = *pending;
  const char* data = text.data();
  while (pos + 16 <= end && out != out_limit) {
    const auto first = static_cast<unsigned char>(data[pos]);
    if (!IsAsciiAlpha(first)) break;
    uint32_t lower_bits = 0;
    uint32_t digit_bits = 0;
    const size_t run = AsciiWordRun(data + pos, 16, &lower_bits, &digit_bits);
    if (run == 16) break;
    const auto follow = static_cast<unsigned char>(data[pos + run]);
    if (kWordJoin.join[follow]) break;
    auto flags = static_cast<uint16_t>(IsAsciiUpper(first) ? kTokenCapitalized : 0);
    if (digit_bits != 0) flags |= kTokenHasDigit;
    // Two or more letters, none lower case: "NATO", not "I" or "A4".
    const uint32_t letter_bits = ((uint32_t{1} << run) - 1) & ~digit_bits;
    if (lower_bits == 0 && (letter_bits & (letter_bits - 1)) != 0) flags |= kTokenAllCaps;
    out = TokenBuffer::Construct(out, pos, pos + run, TokenKind::kWord,
                                 static_cast<uint16_t>(flags | before));
    pos += run;
    before = 0;
    if (follow != ' ') break;
    before = kTokenSpaceBefore;
    ++pos;
  }
  tokens->set_next(out);
  *pending = before;
  return pos;
}
#endif

inline __attribute__((always_inline)) CharInfo Classify(std::string_view text, size_t pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return kAscii.info[c];
  size_t len = 0;
  const char32_t cp = DecodeUtf8(text, pos, &len);
  const auto length = static_cast<uint8_t>(len);
  switch (cp) {
    case 0x00A0:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
      return {CharClass::kSpace, length};
    case 0x2028:
    case 0x2029:
    case 0x0085:
      return {CharClass::kNewline, length};
    case 0x2019:  // ’
      return {CharClass::kApostrophe, length};
    case 0x2010:  // ‐ hyphen
    case 0x2011:  // non-breaking hyphen
      return {CharClass::kHyphen, length};
    case 0x2012:
    case 0x2013:  // –
    case 0x2014:  // —
    case 0x2015:
    case 0x2212:  // minus
      return {CharClass::kDash, length};
    case 0x2026:  // …
      return {CharClass::kEllipsis, length};
    case 0x2018:  // ‘
    case 0x201C:  // “
    case 0x201D:  // ”
    case 0x201E:
    case 0x00AB:  // «
    case 0x00BB:  // »
    case 0x2039:
    case 0x203A:
    case 0xFF0C:
    case 0x3001:
    case 0x3002:
      return {CharClass::kPunct, length};
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return {CharClass::kSpace, length};
  const auto ucp = static_cast<UChar32>(cp);
  if (u_isalpha(ucp) || (U_GET_GC_MASK(ucp) & U_GC_M_MASK) != 0) {
    return {CharClass::kLetter, length, u_isupper(ucp) != 0, u_islower(ucp) != 0};
  }
  if (u_isdigit(ucp)) return {CharClass::kDigit, length};
  if (u_isspace(ucp)) return {CharClass::kSpace, length};
  if (u_ispunct(ucp)) return {CharClass::kPunct, length};
  return {CharClass::kOther, length};
}

bool IsWordChar(CharClass cls) { return cls == CharClass::kLetter || cls == CharClass::kDigit; }

// Lower-cases ASCII letters of `word` into `buf` (non-ASCII bytes are copied); false if too long.
bool AsciiLower(std::string_view word, char* buf, size_t cap) {
  if (word.size() >= cap) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    buf[i] = static_cast<char>(IsAsciiUpper(c) ? c + 32 : c);
  }
  buf[word.size()] = '\0';
  return true;
}

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLowerLetter(char c) { return c >= 'a' && c <= 'z'; }

// True when `word` is a lower-case Arabic article joined by a hyphen to a capitalized name, as
// news transliterates it: "al-Assad", "el-Sisi", "ash-Sharaa", "ul-Haq". Such a word is a name
// and gets the capitalized flag. Not "al-" before a lower-case word, nor other prefixes
// ("re-Elect", "ex-President" stay as written).
bool IsArticlePrefixedName(std::string_view word) {
  const size_t hyphen = word.find('-');
  if (hyphen < 2 || hyphen > 3 || hyphen + 1 >= word.size() || !IsAsciiUpper(word[hyphen + 1])) {
    return false;
  }
  const std::string_view article = word.substr(0, hyphen);
  static constexpr std::string_view kArticles[] = {"ad",  "al", "an", "ar", "as",
                                                   "ash", "at", "az", "el", "ul"};
  for (std::string_view a : kArticles) {
    if (article == a) return true;
  }
  return false;
}

// True when the one-letter word text[start, dot) with a period at `dot` is a middle initial:
// a capital letter other than "I" between a capitalized word and a capitalized word, on one
// line: "Daniel P. Davison", "George W. Bush". Rejects "vitamin C. Scientists" (lower case
// before), "World War I. Historians" ("I") and "Plan B. The" is left to the splitter ("The"
// starts a sentence after an abbreviation).
bool IsMiddleInitial(std::string_view text, size_t start, size_t dot) {
  if (dot != start + 1 || !IsAsciiUpper(text[start]) || text[start] == 'I') return false;
  // After: one space, then a capitalized word ("Davison", not "DAVISON" nor "The" alone).
  if (dot + 3 >= text.size() || text[dot + 1] != ' ' || !IsAsciiUpper(text[dot + 2]) ||
      !IsAsciiLowerLetter(text[dot + 3])) {
    return false;
  }
  // Before: one space, then a capitalized word or another initial ("J. R. Ewing").
  if (start < 3 || text[start - 1] != ' ') return false;
  size_t k = start - 1;
  if (text[k - 1] == '.') return IsAsciiUpper(text[k - 2]);
  while (k > 0 && IsAsciiLowerLetter(text[k - 1])) --k;
  return k > 0 && k < start - 1 && IsAsciiUpper(text[k - 1]);
}

}  // namespace

Tokenizer::Tokenizer(Lexicon abbreviations) : abbreviations_(std::move(abbreviations)) {
  for (const LexiconEntry& entry : abbreviations_.entries()) {
    max_abbreviation_size_ = std::max(max_abbreviation_size_, entry.key.size());
    if (entry.key.size() >= 2) {
      abbreviation_ends_[static_cast<unsigned char>(entry.key[0]) & 31u] |=
          uint32_t{1} << (static_cast<unsigned char>(entry.key[entry.key.size() - 2]) & 31u);
    }
  }
}

Result<Tokenizer> Tokenizer::Create(std::string_view data_dir) {
  Result<Lexicon> abbr = Lexicon::Load("abbreviations.txt", data_dir);
  if (!abbr.ok()) return abbr.status();
  return Tokenizer(std::move(abbr).value());
}

std::vector<Token> Tokenizer::Tokenize(const Document& document, Span range) const {
  return Tokenize(std::string_view(document.text()), range);
}

std::vector<Token> Tokenizer::Tokenize(std::string_view text, Span range) const {
  const size_t end = range.end < text.size() ? range.end : text.size();
  size_t pos = range.begin;
  if (pos >= end) return {};
  // News prose averages 5 to 6 bytes per token; a quarter of the bytes covers all but a handful
  // of Reuters articles (number tables): one in eight outgrew a fifth and paid a reallocation.
  TokenBuffer tokens((end - pos) / 4 + 8);
  uint16_t pending = kTokenParagraphBefore | kTokenNewlineBefore;  // flags for the next token
  char lower[64];

  auto emit = [&](size_t b, size_t e, TokenKind kind, uint16_t flags) {
    tokens.Push(b, e, kind, static_cast<uint16_t>(flags | pending));
    pending = 0;
  };

  while (pos < end) {
#if defined(__SSE2__)
    // Most words are plain: "Reuters said" takes one step of EmitPlainWords() per word and no
    // Classify(). A word it leaves ("U.S.", "didn't", "Müller") goes to the full word loop
    // below, which gives every word the same token.
    if (IsAsciiAlpha(static_cast<unsigned char>(text[pos])) && pos + 16 <= end) {
      pos = EmitPlainWords(text, pos, end, &pending, &tokens);
      if (pos >= end) break;
    }
#endif
    if (text[pos] == ' ') {  // the most common byte between tokens but after plain words
      pending |= kTokenSpaceBefore;
      do {
        ++pos;
      } while (pos < end && text[pos] == ' ');
      continue;
    }
    CharInfo ci = Classify(text, pos);
    if (ci.cls == CharClass::kSpace || ci.cls == CharClass::kNewline) {
      pending |= kTokenSpaceBefore;
      if (ci.cls == CharClass::kNewline) {
        // "\r\n" is one line break.
        if (text[pos] == '\r' && pos + 1 < end && text[pos + 1] == '\n') ++pos;
        // A second line break since the last token makes a paragraph break ("\n\n", "\n \n").
        if ((pending & kTokenNewlineBefore) != 0) pending |= kTokenParagraphBefore;
        pending |= kTokenNewlineBefore;
      }
      pos += ci.length;
      continue;
    }
    const size_t start = pos;
    if (ci.cls == CharClass::kLetter) {
      // A word: letters/digits with inner hyphens, letter.letter. abbreviations and clitics.
      auto flags = static_cast<uint16_t>(ci.upper ? kTokenCapitalized : 0);
      bool any_lower = ci.lower;
      // Non-ASCII letters; ASCII letters are counted after the loop, only when needed.
      int other_letters = text[start] & 0x80 ? 1 : 0;
      uint8_t seen = 0;          // kWordBytes bits of the ASCII letters and digits of the word
      uint32_t simd_lower = 0;   // movemask bits of lower-case ASCII letters (SIMD path)
      uint32_t simd_digits = 0;  // movemask bits of ASCII digits (SIMD path)
      pos += ci.length;
      // Single letter followed by '.' and a letter: "U.S.", "a.m.", "U.N.".
      bool dotted = false;
      while (pos < end) {
#if defined(__SSE2__)
        if (pos + 16 <= text.size()) {
          const size_t run = AsciiWordRun(text.data() + pos, end - pos, &simd_lower, &simd_digits);
          pos += run;
          if (run == 16) continue;
          if (pos >= end) break;
          // The run stopped before `end` at a byte that is no ASCII letter or digit: skip the
          // table test below.
        } else
#endif
        {
          // Fast path: ASCII letters and digits, one table load each.
          const uint8_t bits = kWordBytes.bits[static_cast<unsigned char>(text[pos])];
          if (bits != 0) {
            seen |= bits;
            ++pos;
            continue;
          }
        }
        // Any other ASCII byte but a hyphen, period or apostrophe ends the word: "said," "in ".
        if (!kWordJoin.join[static_cast<unsigned char>(text[pos])]) break;
        CharInfo next = Classify(text, pos);
        if (IsWordChar(next.cls)) {
          if (next.cls == CharClass::kLetter) {
            ++other_letters;
            any_lower = any_lower || next.lower;
          } else {
            flags |= kTokenHasDigit;
          }
          pos += next.length;
          continue;
        }
        if (next.cls == CharClass::kHyphen && pos + next.length < end) {
          CharInfo after = Classify(text, pos + next.length);
          if (IsWordChar(after.cls)) {
            flags |= kTokenHyphenated;
            pos += next.length;
            continue;
          }
          break;
        }
        if (next.cls == CharClass::kPeriod && pos + 1 < end) {
          // "U.S": the part since the last '.' or start is one letter, followed by a letter.
          CharInfo after = Classify(text, pos + 1);
          // A sentence end ("format. The") is not followed by a letter: no walk back over it.
          if (after.cls != CharClass::kLetter) break;
          size_t seg_begin = pos;
          while (seg_begin > start && text[seg_begin - 1] != '.' && text[seg_begin - 1] != '-') {
            --seg_begin;
          }
          // One code point since the start or the last period: "U" in "U.S".
          if (Classify(text, seg_begin).length == pos - seg_begin) {
            // Peek: the following segment must also be short and end in '.', else it is a
            // sentence end followed by a word ("e.g" cases aside): "U.S." yes, "A.Next" no.
            size_t q = pos + 1 + after.length;
            if (q >= end || Classify(text, q).cls == CharClass::kPeriod ||
                !IsWordChar(Classify(text, q).cls)) {
              dotted = true;
              pos += 1;
              continue;
            }
          }
          break;
        }
        if (next.cls == CharClass::kApostrophe) {
          // Keep clitics other than 's attached: "didn't", "O'Brien".
          const size_t apos_len = next.length;
          if (pos + apos_len < end) {
            CharInfo after = Classify(text, pos + apos_len);
            if (after.cls == CharClass::kLetter) {
              const char a = text[pos + apos_len];
              const bool is_s =
                  (a == 's' || a == 'S') && (pos + apos_len + 1 >= end ||
                                             !IsWordChar(Classify(text, pos + apos_len + 1).cls));
              if (!is_s) {
                pos += apos_len;
                continue;
              }
            }
          }
          break;
        }
        break;
      }
      size_t word_end = pos;
      // The byte after the word decides the rare cases below: '.' (abbreviations), '\'' and the
      // lead byte of "’" (E2 80 99, possessives). Loaded once; "said," and "in " skip them all.
      auto follow = static_cast<unsigned char>(pos < end ? text[pos] : 0);
      if (follow == '.') {
        if (dotted) {
          // Trailing '.' of a dotted abbreviation: "U.S." (the final period belongs to it).
          ++pos;
          word_end = pos;
          flags |= kTokenAbbreviation;
        } else if (IsMiddleInitial(text, start, pos)) {
          // "Daniel P. Davison", "George W. Bush": the initial keeps its period, so the
          // splitter does not end a sentence before the family name.
          ++pos;
          word_end = pos;
          flags |= kTokenAbbreviation;
        } else {
          // "Mr." and "Gen." keep their period; "format." longer than any abbreviation and
          // "said." (no key starts with s and ends in d.) do not even look.
          const size_t with_dot = pos + 1 - start;
          if (with_dot <= max_abbreviation_size_ &&
              (abbreviation_ends_[static_cast<unsigned char>(text[start]) & 31u] >>
                   (static_cast<unsigned char>(text[pos - 1]) & 31u) &
               1u) != 0 &&
              AsciiLower(text.substr(start, with_dot), lower, sizeof lower) &&
              abbreviations_.Contains(std::string_view(lower, with_dot))) {
            ++pos;
            word_end = pos;
            flags |= kTokenAbbreviation;
          }
        }
        follow = static_cast<unsigned char>(pos < end ? text[pos] : 0);  // "U.S.’s"
      } else if (dotted) {
        flags |= kTokenAbbreviation;
      }
      any_lower = any_lower || ((seen & kByteLower) | simd_lower) != 0;
      if (((seen & kByteDigit) | simd_digits) != 0) flags |= kTokenHasDigit;
      if ((flags & (kTokenCapitalized | kTokenHyphenated)) == kTokenHyphenated &&
          IsArticlePrefixedName(text.substr(start, word_end - start))) {
        flags |= kTokenCapitalized;  // "al-Assad", "el-Sisi"
      }
      if (!any_lower) {
        // Two or more letters, none lower case: "NATO", not "I" or "A4".
        int letters = other_letters;
        for (size_t k = start; k < word_end && letters < 2; ++k) {
          if ((kWordBytes.bits[static_cast<unsigned char>(text[k])] & kByteLetter) != 0) ++letters;
        }
        if (letters >= 2) flags |= kTokenAllCaps;
      }
      emit(start, word_end, TokenKind::kWord, flags);
      // Possessive clitic: "’s" / "'s", or a bare final apostrophe after s ("leaders’"). Only
      // "'" and the lead byte of "’" (E2 80 99) can start one.
      if (follow == '\'' || follow == 0xE2) [[unlikely]] {
        CharInfo next = Classify(text, pos);
        if (next.cls == CharClass::kApostrophe) {
          const size_t after = pos + next.length;
          if (after < end && (text[after] == 's' || text[after] == 'S') &&
              (after + 1 >= end || !IsWordChar(Classify(text, after + 1).cls))) {
            emit(pos, after + 1, TokenKind::kWord, kTokenPossessive);
            pos = after + 1;
          } else if ((text[word_end - 1] == 's' || text[word_end - 1] == 'S') &&
                     (after >= end || !IsWordChar(Classify(text, after).cls))) {
            emit(pos, after, TokenKind::kPunct, kTokenPossessive);
            pos = after;
          }
        }
      }
      continue;
    }
    if (ci.cls == CharClass::kDigit) {
      pos += ci.length;
      bool hyphen = false;
      while (pos < end) {
        if (kWordBytes.bits[static_cast<unsigned char>(text[pos])] != 0) {  // "1987", "12th"
          ++pos;
          continue;
        }
        // An ASCII byte that is neither a word byte nor a joiner ends the number: "1987 " "5%".
        const auto byte = static_cast<unsigned char>(text[pos]);
        if (byte < 0x80 && byte != ',' && byte != '.' && byte != ':' && byte != '/' &&
            byte != '-') {
          break;
        }
        CharInfo next = Classify(text, pos);
        if (IsWordChar(next.cls)) {
          pos += next.length;
          continue;
        }
        const unsigned char c = static_cast<unsigned char>(text[pos]);
        const bool joiner =
            c == ',' || c == '.' || c == ':' || c == '/' || next.cls == CharClass::kHyphen;
        if (joiner && pos + next.length < end) {
          CharInfo after = Classify(text, pos + next.length);
          // "155,221" "3.5" "14:30" "24/7" need a digit after; "-" may join a word: "24-hour".
          const bool ok = after.cls == CharClass::kDigit ||
                          (next.cls == CharClass::kHyphen && after.cls == CharClass::kLetter);
          if (ok) {
            hyphen = hyphen || next.cls == CharClass::kHyphen;
            pos += next.length;
            continue;
          }
        }
        break;
      }
      emit(start, pos, TokenKind::kNumber,
           static_cast<uint16_t>(kTokenHasDigit | (hyphen ? kTokenHyphenated : 0)));
      continue;
    }
    if (ci.cls == CharClass::kPeriod) {
      // "..." is one token.
      size_t e = pos + 1;
      while (e < end && text[e] == '.') ++e;
      emit(pos, e, TokenKind::kPunct, 0);
      pos = e;
      continue;
    }
    if (ci.cls == CharClass::kHyphen) {
      size_t e = pos + ci.length;
      while (e < end && text[e] == '-') ++e;  // "--"
      emit(pos, e, TokenKind::kDash, 0);
      pos = e;
      continue;
    }
    if (ci.cls == CharClass::kDash) {
      emit(pos, pos + ci.length, TokenKind::kDash, 0);
      pos += ci.length;
      continue;
    }
    if (ci.cls == CharClass::kEllipsis || ci.cls == CharClass::kPunct ||
        ci.cls == CharClass::kApostrophe) {
      emit(pos, pos + ci.length, TokenKind::kPunct, 0);
      pos += ci.length;
      continue;
    }
    emit(pos, pos + ci.length, TokenKind::kSymbol, 0);
    pos += ci.length;
  }
  return tokens.Take();
}

}  // namespace eventgraph
