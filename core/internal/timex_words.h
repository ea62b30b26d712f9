// SPDX-License-Identifier: Apache-2.0
// Private to core/: the timex tagger's word table, built once from the timex lexicons.
#ifndef EVENTGRAPH_CORE_INTERNAL_TIMEX_WORDS_H_
#define EVENTGRAPH_CORE_INTERNAL_TIMEX_WORDS_H_

#include <cstdint>
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
};

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
  /// Freeze()) so the lookup done for every word of a document stays cheap.
  const WordInfo* Find(std::string_view word) const {
    if (word.empty() || word.size() > max_key_size || slots.empty()) return nullptr;
    size_t bit = BloomBit(word);
    if ((bloom[bit >> 6] & (uint64_t{1} << (bit & 63))) == 0) return nullptr;
    size_t mask = slots.size() - 1;
    for (size_t i = Hash(word) & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots[i];
      if (slot.info == nullptr) return nullptr;
      if (slot.key == word) return slot.info;
    }
  }

  /// FNV-1a over the bytes of `word`.
  static size_t Hash(std::string_view word) {
    uint64_t h = 1469598103934665603ull;
    for (char c : word) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ull;
    }
    return static_cast<size_t>(h ^ (h >> 29));
  }

  /// A cheap pre-filter bit from the length and the first, second and last bytes: most words of
  /// a document are rejected with one memory access.
  static size_t BloomBit(std::string_view word) {
    size_t h = word.size() * 0x9E37u;
    h ^= Fold(word.front()) * 0x85EBu;
    h ^= Fold(word.back()) * 0xC2B2u;
    if (word.size() > 1) h ^= Fold(word[1]) * 0x27D4u;
    return (h ^ (h >> 13)) & (kBloomBits - 1);
  }
  /// A case-blind byte: the bloom bit of "May" and "may" is the same. Setting bit 5 lower-cases
  /// ASCII letters without a branch; other bytes may collide, which only costs a false positive.
  static size_t Fold(char c) { return static_cast<unsigned char>(c) | 0x20u; }
  /// True when a word, in any case, may be in the table (no false negatives).
  bool MayContain(std::string_view word) const {
    if (word.empty() || word.size() > max_key_size || bloom.empty()) return false;
    size_t bit = BloomBit(word);
    return (bloom[bit >> 6] & (uint64_t{1} << (bit & 63))) != 0;
  }
  /// As MayContain(), for the words of `head_classes` only (FindTimexWindows): "the" and "a",
  /// frequent but never heads, skip the lookup.
  bool MayBeHead(std::string_view word) const {
    if (word.empty() || word.size() > max_key_size || head_bloom.empty()) return false;
    size_t bit = BloomBit(word);
    return (head_bloom[bit >> 6] & (uint64_t{1} << (bit & 63))) != 0;
  }
  static constexpr size_t kBloomBits = 1 << 16;

  /// Builds the flat table from `words`; call after the last change to `words`.
  void Freeze();

  struct Slot {
    std::string_view key;  // points into `words`
    const WordInfo* info = nullptr;
  };
  std::vector<Slot> slots;
  std::vector<uint64_t> bloom;
  std::vector<uint64_t> head_bloom;  // words with a class in kHeadBloomClasses
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
