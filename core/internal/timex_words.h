// SPDX-License-Identifier: Apache-2.0
// Private to core/: the timex tagger's word table, built once from the timex lexicons.
#ifndef EVENTGRAPH_CORE_INTERNAL_TIMEX_WORDS_H_
#define EVENTGRAPH_CORE_INTERNAL_TIMEX_WORDS_H_

#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"
#include "core/timex_normalizer.h"

namespace eventgraph {
namespace internal {

/// What a lower-case word can be in a time expression (bit set: "may" is a month and a verb,
/// "second" an ordinal and a unit).
enum WordClass : uint32_t {
  kClassMonth = 1u << 0,
  kClassWeekday = 1u << 1,
  kClassCardinal = 1u << 2,
  kClassOrdinal = 1u << 3,
  kClassUnit = 1u << 4,
  kClassRelative = 1u << 5,
  kClassSeason = 1u << 6,
  kClassDayPart = 1u << 7,
  kClassClock = 1u << 8,       // noon, midnight
  kClassDayRef = 1u << 9,      // today, yesterday, tonight
  kClassReference = 1u << 10,  // now, recently
  kClassTimeZone = 1u << 11,
  kClassFuture = 1u << 12,           // will, 'll
  kClassSetWord = 1u << 13,          // daily, weekly
  kClassYearBlockBefore = 1u << 14,  // "page 1998", "$ 2000": the next number is no year
  kClassYearBlockAfter = 1u << 15,   // "2000 people": the previous number is no year
  kClassAmbiguous = 1u << 16,        // a month or weekday only next to a date (may, sat.)
  kClassStarter = 1u << 17,          // may begin an expression ("the", "every", "about")
  kClassOldEventNoun = 1u << 18,     // "war" in "the 3-1/2-year-old war"
  kClassModifierStart = 1u << 19,    // first word of a timex_modifiers.txt phrase
  kClassHead = 1u << 20,             // grammar words that alone can carry a timex ("future")
  kClassFutureCue = 1u << 21,        // future only right before the expression ("until Friday")
  kClassPast = 1u << 22,             // past-tense verbs without -ed ("said", "met", "was")
  kClassDecade = 1u << 23,           // spelled decades ("nineties")
  kClassFutureTo = 1u << 24,         // future only before "to" ("set to resume [Monday]")
  kClassCurrentTerm = 1u << 25,      // "account" in "the current account": no present time
};

/// Classes that head a window of FindTimexWindows (core/internal/timex_atoms.h): one of them
/// stands in every grammar match (with cardinals 11-20 for spelled years).
constexpr uint32_t kHeadWordClasses = kClassMonth | kClassWeekday | kClassUnit | kClassSeason |
                                      kClassDayPart | kClassClock | kClassDayRef | kClassReference |
                                      kClassSetWord | kClassHead | kClassDecade;

/// Everything the lexicons say about one lower-case word.
struct WordInfo {
  uint32_t classes = 0;
  int32_t month = 0;
  int32_t weekday = 0;
  double cardinal = 0;
  int32_t ordinal = 0;
  TimeUnit unit = TimeUnit::kNone;
  int32_t unit_count = 1;  // "fortnight" = 2 weeks
  int32_t relative_offset = 0;
  int32_t day_offset = 0;
  int32_t clock_hour = -1;
  int32_t decade = -1;  // "nineties" = 199
  std::string season;
  std::string day_part;
  std::string reference;
  // Indices into TimexRules::modifiers and ::holidays of the phrases whose first word this is,
  // ascending (longest phrase first): the grammar tries only those at a word.
  std::vector<uint32_t> modifier_phrases;
  std::vector<uint32_t> holiday_phrases;

  bool Is(uint32_t word_class) const { return (classes & word_class) != 0; }
};

/// A multi-word modifier ("the end of", "more than") or holiday ("christmas eve").
struct TimexPhrase {
  std::vector<std::string> words;
  std::string mod;        // TimeML mod for modifiers
  bool quantity = false;  // modifier of a quantity ("about two years") rather than a point
  int32_t month = 0;      // holidays
  int32_t day = 0;        // fixed day, or 0 for a weekday rule
  int32_t nth = 0;        // weekday rule: 1-5, or -1 for the last ("Thanksgiving": 4th Thursday)
  int32_t weekday = 0;    // weekday rule: ISO weekday
};

struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

/// The immutable tables TimexTagger reads. Built by Load(); shared read-only between threads.
struct TimexRules {
  std::unordered_map<std::string, WordInfo, StringViewHash, std::equal_to<>> words;
  std::vector<TimexPhrase> modifiers;  // longest first
  std::vector<TimexPhrase> holidays;   // longest first

  /// The entry for a lower-case word, or nullptr. A flat open-addressing table (built by
  /// Freeze()) so the lookup done for every word of a document stays cheap: one hash of the
  /// first eight bytes and the length gives both the bloom bit (most words of a document stop
  /// there) and the slot; a slot compares its first eight bytes as one integer.
  const WordInfo* Find(std::string_view word) const { return FindWithPrefix(word, Prefix(word)); }

  /// Find() for a word followed by at least 8 readable bytes (a padded buffer): the prefix is
  /// one load and a mask, with no branch on the word length.
  const WordInfo* FindPadded(std::string_view word) const {
    return word.empty() ? nullptr : FindWithPrefix(word, PrefixPadded(word));
  }

  /// Find() with Prefix(word) computed by the caller.
  const WordInfo* FindWithPrefix(std::string_view word, uint64_t prefix) const {
    if (word.empty() || word.size() > max_key_size) return nullptr;
    const uint64_t h = Mix(FoldPrefix(prefix, word.size()), word.size());
    const size_t bit = BloomBitOf(h);
    if ((bloom[bit >> 6] & (uint64_t{1} << (bit & 63))) == 0) return nullptr;
    const size_t mask = slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots[i];
      if (slot.info == nullptr) return nullptr;
      if (slot.prefix == prefix && slot.key.size() == word.size() &&
          (word.size() <= 8 ||
           word.substr(8) == std::string_view(slot.key.data() + 8, slot.key.size() - 8))) {
        return slot.info;
      }
    }
  }

  /// The first (up to) eight bytes of a non-empty `word` as a little-endian integer, zero above
  /// its length: "may" and "mayor" differ here. Loads stay inside the word.
  static uint64_t Prefix(std::string_view word) {
    const auto* p = reinterpret_cast<const unsigned char*>(word.data());
    const size_t n = word.size();
    if (n >= 8) {
      uint64_t v = 0;
      std::memcpy(&v, p, 8);
      return v;
    }
    if (n >= 4) {  // two overlapping four-byte loads: "june" "monday"
      uint32_t lo = 0;
      uint32_t hi = 0;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      return uint64_t{lo} | (uint64_t{hi} << (8 * (n - 4)));
    }
    // One to three bytes: "a", "on", "may".
    return uint64_t{p[0]} | (uint64_t{p[n / 2]} << (8 * (n / 2))) |
           (uint64_t{p[n - 1]} << (8 * (n - 1)));
  }
  /// Prefix() of a non-empty word followed by at least 8 readable bytes.
  static uint64_t PrefixPadded(std::string_view word) {
    uint64_t v = 0;
    std::memcpy(&v, word.data(), 8);
    const size_t k = word.size() < 8 ? word.size() : 8;
    return v & (~uint64_t{0} >> (64 - 8 * k));
  }
  /// The prefix with bit 5 set in each of its bytes: "May" and "may" give the same hash. Setting
  /// bit 5 lower-cases ASCII letters without a branch; other bytes may collide, which only costs
  /// a false positive of the bloom filter or a longer probe.
  static uint64_t FoldPrefix(uint64_t prefix, size_t size) {
    const uint64_t mask = size >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * size)) - 1;
    return prefix | (0x2020202020202020ull & mask);
  }
  /// Hash of a folded prefix and the word length.
  static uint64_t Mix(uint64_t folded, size_t size) {
    uint64_t h =
        (folded ^ (static_cast<uint64_t>(size) * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 31);
  }
  /// The bloom bit of a Mix() value: its high bits, independent of the slot index (low bits).
  static size_t BloomBitOf(uint64_t h) { return static_cast<size_t>(h >> 40) & (kBloomBits - 1); }
  /// The bit of the smaller head bloom filter.
  static size_t HeadBloomBitOf(uint64_t h) {
    return static_cast<size_t>(h >> 40) & (kHeadBloomBits - 1);
  }
  /// The bloom bit of a word in any case.
  static size_t BloomBit(std::string_view word) {
    return BloomBitOf(Mix(FoldPrefix(Prefix(word), word.size()), word.size()));
  }
  /// True when a word, in any case, may be in the table (no false negatives).
  bool MayContain(std::string_view word) const {
    if (word.empty() || word.size() > max_key_size || bloom.empty()) return false;
    size_t bit = BloomBit(word);
    return (bloom[bit >> 6] & (uint64_t{1} << (bit & 63))) != 0;
  }
  /// Sizes of the bloom filters: small enough to stay in the L1 cache next to the tokens and
  /// text of a document (with 64 Kbit filters, perf put the head scan's hottest instruction
  /// right after the load of the bit). About 450 words and 150 heads give 2-3 % false
  /// positives, which cost a lookup.
  static constexpr size_t kBloomBits = 1 << 14;
  static constexpr size_t kHeadBloomBits = 1 << 13;

  /// Builds the flat table from `words`; call after the last change to `words`.
  void Freeze();

  struct Slot {
    uint64_t prefix = 0;   // Prefix(key)
    std::string_view key;  // points into `words`
    const WordInfo* info = nullptr;
  };
  std::vector<Slot> slots;
  std::vector<uint64_t> bloom;
  std::vector<uint64_t> head_bloom;  // words with a class in kHeadBloomClasses
  /// Bit L of entry HeadPairIndex(first, last): a head-bloom word of length L has those first
  /// and last bytes (low five bits, so in any case). Checked before the head bloom filter: two
  /// byte loads instead of a hash rule out most words ("company": c...y, 7).
  std::vector<uint64_t> head_pairs;
  /// head_pairs for every key shorter than 64 bytes: BuildAtoms() looks up only the atoms that
  /// pass it ("the": t...e, 3 may be a key; "company": c...y, 7 is none).
  std::vector<uint64_t> word_pairs;
  /// head_pairs for the tense markers (kClassFuture, kClassFutureTo, kClassPast) shorter than 64
  /// bytes: the tagger's tense scan looks up only the words that pass it ("said", "will"; not
  /// "the", "company").
  std::vector<uint64_t> marker_pairs;
  static size_t HeadPairIndex(char first, char last) {
    return (static_cast<size_t>(static_cast<unsigned char>(first) & 0x1Fu) << 5) |
           (static_cast<unsigned char>(last) & 0x1Fu);
  }
  /// Classes whose words FindTimexWindows must see: heads and cardinals (spelled years).
  static constexpr uint32_t kHeadBloomClasses =
      kClassMonth | kClassWeekday | kClassUnit | kClassSeason | kClassDayPart | kClassClock |
      kClassDayRef | kClassReference | kClassSetWord | kClassHead | kClassCardinal | kClassDecade;
  size_t max_key_size = 0;

  /// Loads every timex lexicon from `data_dir` (empty: compiled in). Fails on a missing or
  /// malformed file, naming the file and line.
  static Result<TimexRules> Load(std::string_view data_dir);
};

/// Unit code of time_units.txt ("Y", "MIN", "WE"...) → unit; kNone when unknown.
TimeUnit ParseUnitCode(std::string_view code);

}  // namespace internal
}  // namespace eventgraph

#endif  // EVENTGRAPH_CORE_INTERNAL_TIMEX_WORDS_H_
