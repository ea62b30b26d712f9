// SPDX-License-Identifier: Apache-2.0
// The event extractor's private parts, shared by core/event_extractor.cc and the
// core/internal/event_*.cc files that hold its steps: the lexicon tables (EventLexicons), the
// word helpers and EventExtraction, the per-document state of one EventExtractor::Extract() call.
// Private to core/.
#ifndef EVENTGRAPH_CORE_INTERNAL_EVENT_EXTRACTION_H_
#define EVENTGRAPH_CORE_INTERNAL_EVENT_EXTRACTION_H_

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/event.h"
#include "core/event_types.h"
#include "core/internal/string_map.h"
#include "core/pipeline.h"

namespace eventgraph::internal {

enum class TriggerPos : uint8_t { kVerb, kBase, kNoun };

// Where a trigger finds the other side (event_triggers.txt's frame column).
enum class TriggerFrame : uint8_t {
  kDirect,   // "-": a direct object too
  kWith,     // "with": the other side only after with/to/between
  kPersons,  // a person as subject and as direct object: "X received Y"
  kPlace,    // only with a place: "X arrived in Y"
  kWeapon,   // a weapon as object and a target: "X fired missiles at Y"
  kCompany,  // an organization as object or partner: "X agreed to buy Y Inc"
};

struct TriggerInfo {
  std::string type;  // "" for a "none" row: the words name no event ("a call for restraint")
  TriggerPos pos = TriggerPos::kNoun;
  TriggerFrame frame = TriggerFrame::kDirect;
  bool reverse = false;    // patient gives to agent: "X bought Y from Z"
  std::string relation;    // "" = the type's
  bool symmetric = false;  // the type's relation direction
  uint32_t words = 1;
};

enum class CueClass : uint8_t {
  kNone,
  kStatus,
  kLight,
  kCompanion,
  kInclude,
  kTimeBlock,
  kPast,
  kConnector,
  kGroupNoun,
  kFiller,
  kSatisfy,      // objects of "meet" that make it "satisfy": "failed to meet the deadline"
  kVerbal,       // objects of "attacked" that make it criticism: "attacked the practice"
  kLabor,        // subjects of "struck" that make it a labor strike: "workers struck the plant"
  kBringAbout,   // infinitives that plan the event noun after them: "to reach agreement"
  kWeapon,       // objects that make "fired", "launched" an attack: "fired missiles at X"
  kInstitution,  // a country's institution acting for it: "Israel's military said"
};

// Words allowed between an actor and its trigger: fillers, institutions ("the Sudanese army")
// and weapons ("a Russian missile strike").
inline bool IsFillerClass(CueClass cls) {
  return cls == CueClass::kFiller || cls == CueClass::kWeapon || cls == CueClass::kInstitution;
}

struct Cue {
  CueClass cls = CueClass::kNone;
  EventStatus status = EventStatus::kOccurred;
};

// Everything known about one lower-cased word, found with a single lookup per token.
struct EventWordInfo {
  const TriggerInfo* trigger = nullptr;  // one-word trigger
  Cue cue;
  bool multiword_head = false;  // first word of a multi-word trigger ("press conference")
  bool preposition = false;     // "with", "of", "to", ... (kPrepositions)
};

// The per-word table of the extractor: open addressing with an inline FNV-1a hash, a quarter
// full, so the lookup every word token makes costs a few cycles and about one probe. Built once;
// pointers to values stay valid after Build().
class EventWordTable {
 public:
  /// The value for `key`, inserted default-constructed if absent (before Build() only).
  EventWordInfo& operator[](std::string_view key) {
    for (size_t i = 0; i < keys_.size(); ++i) {
      if (keys_[i] == key) return values_[i];
    }
    keys_.emplace_back(key);
    values_.emplace_back();
    return values_.back();
  }

  /// Makes the table searchable; call once after the last insertion.
  void Build() {
    size_t size = 16;
    while (size < keys_.size() * 4) size *= 2;
    slots_.assign(size, Slot{});
    firsts_.assign(keys_.size(), 0);
    sizes_.assign(keys_.size(), 0);
    for (size_t k = 0; k < keys_.size(); ++k) {
      firsts_[k] = FirstBytes(keys_[k]);
      sizes_[k] = static_cast<uint32_t>(keys_[k].size());
      const uint32_t hash = Hash(keys_[k]);
      size_t i = hash & (size - 1);
      while (slots_[i].index != kEmpty) i = (i + 1) & (size - 1);
      slots_[i] = Slot{hash, static_cast<uint32_t>(k)};
    }
  }

  const EventWordInfo* Find(std::string_view key) const {
    return FindHashed(key, Hash(key), FirstBytes(key));
  }

  /// Find() for a non-empty key followed by at least 7 readable bytes (a padded buffer).
  const EventWordInfo* FindPadded(std::string_view key) const {
    uint64_t first = 0;
    const uint32_t hash = HashPadded(key, &first);
    return FindHashed(key, hash, first);
  }

  // `first`: FirstBytes(key). A key of up to eight bytes is equal when its first bytes and
  // length are (the common case: "the", "of", "said"), with no byte loop.
  const EventWordInfo* FindHashed(std::string_view key, uint32_t hash, uint64_t first) const {
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.index == kEmpty) return nullptr;
      if (slot.hash == hash && firsts_[slot.index] == first && sizes_[slot.index] == key.size() &&
          (key.size() <= 8 || Equal(keys_[slot.index], key))) {
        return &values_[slot.index];
      }
    }
  }

  const std::vector<std::string>& keys() const { return keys_; }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {
    uint32_t hash = 0;
    uint32_t index = kEmpty;
  };
  // Key equality without a call to memcmp for keys up to 16 bytes (nearly all): the first and
  // last (up to) eight bytes cover the key, read as in Hash().
  static bool Equal(const std::string& a, std::string_view b) {
    const size_t n = b.size();
    if (a.size() != n) return false;
    const char* p = a.data();
    const char* q = b.data();
    if (n >= 8) {
      uint64_t x = 0;
      uint64_t y = 0;
      std::memcpy(&x, p, 8);
      std::memcpy(&y, q, 8);
      if (x != y) return false;
      std::memcpy(&x, p + n - 8, 8);
      std::memcpy(&y, q + n - 8, 8);
      if (x != y) return false;
      return n <= 16 || std::memcmp(p + 8, q + 8, n - 16) == 0;
    }
    if (n >= 4) {
      uint32_t x = 0;
      uint32_t y = 0;
      std::memcpy(&x, p, 4);
      std::memcpy(&y, q, 4);
      if (x != y) return false;
      std::memcpy(&x, p + n - 4, 4);
      std::memcpy(&y, q + n - 4, 4);
      return x == y;
    }
    for (size_t k = 0; k < n; ++k) {
      if (p[k] != q[k]) return false;
    }
    return true;
  }

  // A word at a time: the first eight bytes (zero above the length), the last eight of a longer
  // key and the length. A byte-wise FNV-1a loop took 15 % of the extractor's instructions
  // (callgrind, Reuters); keys that differ only in their middle bytes share a hash, which
  // costs a compare, not a wrong answer.
  static uint32_t Mix(uint64_t first, uint64_t last, size_t n) {
    uint64_t h =
        (first ^ (static_cast<uint64_t>(n) * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
    h ^= (last + static_cast<uint64_t>(n)) * 0x94D049BB133111EBull;
    h ^= h >> 31;
    return static_cast<uint32_t>(h ^ (h >> 32));
  }
  // The first (up to) eight bytes of a key as a little-endian number, zero above its length.
  static uint64_t FirstBytes(std::string_view key) {
    uint64_t first = 0;
    const size_t n = key.size() < 8 ? key.size() : 8;
    for (size_t k = 0; k < n; ++k) {
      first |= uint64_t{static_cast<unsigned char>(key[k])} << (8 * k);
    }
    return first;
  }
  // Hash() with loads that stay inside the key.
  static uint32_t Hash(std::string_view key) {
    const size_t n = key.size();
    uint64_t last = 0;
    if (n > 8) std::memcpy(&last, key.data() + n - 8, 8);
    return Mix(FirstBytes(key), last, n);
  }
  // Hash() of a non-empty key followed by at least 7 readable bytes: one load and a mask.
  // Stores FirstBytes(key) in *first.
  static uint32_t HashPadded(std::string_view key, uint64_t* first) {
    if constexpr (std::endian::native != std::endian::little) {
      *first = FirstBytes(key);
      return Hash(key);
    }
    const size_t n = key.size();
    uint64_t bytes = 0;
    uint64_t last = 0;
    std::memcpy(&bytes, key.data(), 8);
    if (n < 8) {
      bytes &= ~uint64_t{0} >> (64 - 8 * n);
    } else if (n > 8) {
      std::memcpy(&last, key.data() + n - 8, 8);
    }
    *first = bytes;
    return Mix(bytes, last, n);
  }

  std::vector<Slot> slots_;
  std::vector<uint64_t> firsts_;  // per key: FirstBytes(key)
  std::vector<uint32_t> sizes_;   // per key: its length
  std::vector<std::string> keys_;
  std::vector<EventWordInfo> values_;
};

// The value of EventExtraction's per-token word table for a token not looked up yet.
inline const EventWordInfo kUnresolvedWord{};

struct EventLexicons {
  EventTypeTable types;
  EventWordTable words;
  size_t longest_word = 0;  // bytes of the longest key of `words` (< 64): longer tokens skip it
  uint64_t lengths_by_first_byte[256] = {};  // bit L set: some key of length L starts with it
  uint64_t lengths_by_last_byte[256] = {};   // bit L set: some key of length L ends with it
  // Bit L of entry PairIndex(first, last) set: some key of length L has those first and last
  // bytes (folded to their low five bits). One load rules out most words no key can match:
  // "company" (c...y, 7), "pct" (p...t, 3).
  uint64_t lengths_by_first_last[1024] = {};
  // lengths_by_first_last for the keys that make a token a trigger candidate (a one-word
  // trigger, the first word of a multi-word trigger, a companion verb): the first pass over a
  // document looks up only the tokens that pass it ("met", "summit"; not "the", "of", "said"),
  // the rest on demand (EventExtraction::WordOf()).
  uint64_t candidate_lengths_by_first_last[1024] = {};
  // The same for the second and the second to last byte (InnerPairIndex()): of the words that
  // pass the first table, it rules out about half before the hash lookup ("percent": p...t, 7;
  // e...n, no key).
  uint64_t candidate_lengths_by_inner[1024] = {};
  static size_t PairIndex(char first, char last) {
    return (static_cast<size_t>(static_cast<unsigned char>(first) & 0x1Fu) << 5) |
           (static_cast<unsigned char>(last) & 0x1Fu);
  }
  // PairIndex() of the second and second to last bytes of a non-empty word (of its one byte
  // twice when it has one).
  static size_t InnerPairIndex(std::string_view w) {
    return w.size() < 2 ? PairIndex(w[0], w[0]) : PairIndex(w[1], w[w.size() - 2]);
  }
  StringMap<TriggerInfo> triggers;
};

constexpr uint32_t kNone = 0xFFFFFFFFu;
constexpr uint32_t kMaxGroupTokens = 64;  // seven titled names and their commas

// Prepositions that end a participant group or a noun phrase. Flagged in the word table, so a
// token costs no extra lookup.
constexpr std::string_view kPrepositions[] = {"with",    "of",      "to",   "for",    "from",
                                              "by",      "about",   "in",   "at",     "on",
                                              "against", "between", "into", "during", "over"};

inline bool IsDeterminer(std::string_view w) {
  if (w.empty() || w.size() > 5) return false;
  return w == "the" || w == "a" || w == "an" || w == "this" || w == "that" || w == "these" ||
         w == "their" || w == "his" || w == "her" || w == "its" || w == "our";
}

inline bool IsClauseBreak(std::string_view w) {
  // Most tokens are words: one test on the first byte rules them out.
  if (w.empty() || w.size() > 3) return false;
  const char c = w[0];
  if (c != '.' && c != ';' && c != ':' && c != '!' && c != '?' && c != '-' && c != '\xE2') {
    return false;
  }
  return w == "." || w == ";" || w == ":" || w == "!" || w == "?" || w == "—" || w == "–" ||
         w == "-" || w == "--";
}

// Verbs that report speech: their subject is the speaker, not a party to the events reported,
// and their date is the report's. Not "announced": "X announced in December an agreement with Y"
// dates the agreement.
inline bool IsReportingVerb(std::string_view w) {
  return w == "said" || w == "says" || w == "told" || w == "tells" || w == "added" ||
         w == "stated" || w == "insisted" || w == "wrote";
}

// Any verb that names a speaker, also those that date what they report ("Iran announced it had
// launched an offensive"): the speaker of a pronoun after it (ReportedPronounSubject()).
inline bool IsSpeechVerb(std::string_view w) {
  return IsReportingVerb(w) || w == "announced" || w == "announces" || w == "confirmed" ||
         w == "confirms" || w == "claimed" || w == "claims" || w == "declared" || w == "reported" ||
         w == "warned" || w == "acknowledged" || w == "admitted";
}

// A word of direction before a place name: "southern Lebanon", "northeast Syria".
inline bool IsCompassWord(std::string_view w) {
  return w == "northern" || w == "southern" || w == "eastern" || w == "western" || w == "central" ||
         w == "northeastern" || w == "northwestern" || w == "southeastern" || w == "southwestern" ||
         w == "north" || w == "south" || w == "east" || w == "west" || w == "northeast" ||
         w == "northwest" || w == "southeast" || w == "southwest";
}

// The count of a group of actors named before: "the two leaders", "the three leaders".
inline bool IsGroupCount(std::string_view w) {
  return w == "two" || w == "three" || w == "four" || w == "five";
}

inline bool IsQuote(std::string_view w) {
  return w == "\"" || w == "“" || w == "”" || w == "'" || w == "‘" || w == "’";
}

// A participant group found next to a trigger.
struct ArgumentGroup {
  std::vector<int32_t> mentions;    // actor mentions, in scan order
  std::vector<int32_t> companions;  // "along with" mentions
  std::vector<int32_t> places;      // place mentions met on the way ("bought Alaska")
  bool plural_ref = false;          // "the two leaders", "both"
  bool discard = false;             // a prepositional object, not a subject ("with Mr Putin")
  uint32_t stop = kNone;            // the token where the scan stopped
};

// Per-token buffers of EventExtraction, kept between Extract() calls on one thread so that a
// document costs no allocation for them (they grow to the largest document seen).
struct EventScratch {
  std::string lower;
  std::vector<Span> lower_span;
  std::vector<const EventWordInfo*> words;
  std::vector<uint32_t> candidates;
  std::vector<int32_t> mention_at;
  std::vector<uint32_t> mention_tb;
  std::vector<uint32_t> mention_te;
  std::vector<int32_t> timex_at;
  std::vector<uint32_t> timex_tb;
  std::vector<uint32_t> timex_te;
};

// Per-document state of one Extract() call. Its per-token buffers live in *scratch, which must
// outlive it and serve one extraction at a time.
class EventExtraction {
 public:
  EventExtraction(const internal::EventLexicons& lex, const Annotations& a,
                  Diagnostics* diagnostics, EventScratch* scratch)
      : lex_(lex),
        a_(a),
        diagnostics_(diagnostics),
        lower_(scratch->lower),
        lower_span_(scratch->lower_span),
        words_(scratch->words),
        candidates_(scratch->candidates),
        mention_at_(scratch->mention_at),
        mention_tb_(scratch->mention_tb),
        mention_te_(scratch->mention_te),
        timex_at_(scratch->timex_at),
        timex_tb_(scratch->timex_tb),
        timex_te_(scratch->timex_te) {}

  std::vector<Event> Run();

 private:
  struct TriggerHit {
    uint32_t tb = 0;
    uint32_t te = 0;
    const TriggerInfo* info = nullptr;
    int32_t timex = -1;
    uint32_t timex_distance = kNone;
  };

  void Prepare();
  template <bool kOwnSpans>
  bool ClassifyTokens();
  // ClassifyTokens() for token i of form w, which passed the candidate bit.
  void LookUpCandidate(uint32_t i, std::string_view w);
  void MergeRepeats();
  bool CallNames(const TriggerHit& hit, uint32_t sb, uint32_t se, bool noun) const;
  bool BringsAbout(uint32_t i) const;
  bool ObjectHasCue(uint32_t from, uint32_t se, uint32_t window, CueClass cls,
                    bool through_of) const;
  std::string_view Lower(uint32_t i) const {
    const Span sp = use_lower_span_ ? lower_span_[i] : a_.tokens[i].span;
    return std::string_view(lower_.data() + sp.begin, sp.end - sp.begin);
  }
  // The word-table entry of token i (nullptr: in no list), looked up on first use.
  const internal::EventWordInfo* WordOf(uint32_t i) const {
    const internal::EventWordInfo* w = words_[i];
    return w != &kUnresolvedWord ? w : ResolveWord(i);
  }
  const internal::EventWordInfo* ResolveWord(uint32_t i) const;
  const Cue* CueOf(uint32_t i) const {
    const internal::EventWordInfo* w = WordOf(i);
    return w == nullptr || w->cue.cls == CueClass::kNone ? nullptr : &w->cue;
  }
  // No lookup: every word token that may be a one-word trigger passed the candidate filters of
  // ClassifyTokens(), which looked it up; a token still unresolved is none ("the", ","). Keep
  // in sync with ClassifyTokens() (trigger keys are words: event_triggers.txt).
  const TriggerInfo* TriggerOf(uint32_t i) const {
    const internal::EventWordInfo* w = words_[i];
    return w == nullptr || w == &kUnresolvedWord ? nullptr : w->trigger;
  }
  CueClass ClassOf(uint32_t i) const {
    const Cue* c = CueOf(i);
    return c == nullptr ? CueClass::kNone : c->cls;
  }
  bool Capitalized(uint32_t i) const {
    return a_.tokens[i].kind == TokenKind::kWord && a_.tokens[i].Has(kTokenCapitalized);
  }
  // Callers pass the token after a mention or timex, which is past the end when the document
  // ends with it: no token there, no possessive.
  bool Possessive(uint32_t i) const {
    if (i >= a_.tokens.size()) return false;
    if (a_.tokens[i].Has(kTokenPossessive)) return true;
    std::string_view w = Lower(i);
    return w == "'s";
  }
  bool IsPreposition(uint32_t i) const {
    const internal::EventWordInfo* w = WordOf(i);
    return w != nullptr && w->preposition;
  }
  bool IsAdverb(uint32_t i) const {
    std::string_view w = Lower(i);
    return w.size() > 4 && w.substr(w.size() - 2) == "ly" && !Capitalized(i);
  }
  const Entity* EntityOf(int32_t m) const {
    int32_t e = a_.mentions[static_cast<size_t>(m)].entity;
    if (e < 0 || static_cast<size_t>(e) >= a_.entities.size()) return nullptr;
    return &a_.entities[static_cast<size_t>(e)];
  }
  bool IsActor(int32_t m) const {
    const Mention& mention = a_.mentions[static_cast<size_t>(m)];
    const Entity* e = EntityOf(m);
    return e != nullptr && !mention.author && e->kind != EntityKind::kPlace;
  }
  bool IsPlaceMention(int32_t m) const {
    const Entity* e = EntityOf(m);
    return e != nullptr && e->kind == EntityKind::kPlace;
  }
  bool IsPerson(int32_t m) const {
    const Entity* e = EntityOf(m);
    return e != nullptr && e->kind == EntityKind::kPerson;
  }
  // Countries, organizations and demonyms right before a person are affiliations, not actors:
  // "U.S. Secretary of State Marco Rubio", "Russian President Vladimir Putin".
  bool IsAffiliation(int32_t m) const {
    const Mention& mention = a_.mentions[static_cast<size_t>(m)];
    const Entity* e = EntityOf(m);
    if (e == nullptr || e->kind == EntityKind::kPerson) return false;
    uint32_t end = mention_te_[static_cast<size_t>(m)];
    for (uint32_t i = end; i < end + 7 && i < sentence_end_; ++i) {
      int32_t n = mention_at_[i];
      if (n >= 0 && n != m) return IsPerson(n);
      std::string_view w = Lower(i);
      if (w == "," && i == end) continue;
      if (IsClauseBreak(w) || w == "and") return false;
      if (!Capitalized(i) && ClassOf(i) != CueClass::kFiller && w != ",") return false;
    }
    (void)mention;
    return false;
  }

  uint32_t TokenAt(uint32_t byte_offset) const;
  uint32_t TokenAtFrom(uint32_t hint, uint32_t byte_offset) const;
  bool Apposition(uint32_t b, uint32_t e) const;
  bool MotionVerb(uint32_t i) const;
  bool MeetsAsOne(const Event& event) const;
  bool IsAside(uint32_t s) const;
  bool SignedObject(uint32_t tb, uint32_t te, uint32_t i) const;
  bool CountryAfterObject(uint32_t te, uint32_t b) const;
  ArgumentGroup ScanLeft(uint32_t p, uint32_t sb);
  ArgumentGroup ScanRight(uint32_t p, uint32_t se, bool list_mode);
  ArgumentGroup SentenceSubject(uint32_t sb, uint32_t limit) const;
  ArgumentGroup ClauseSubject(uint32_t sb, uint32_t limit) const;
  bool PrepositionalObject(int32_t m, uint32_t sb) const;
  // "Zelenskiy said he was ready to meet Trump": the speaker, when the trigger's subject is
  // "he"/"she" right after the reporting verb of one named person; else empty.
  std::vector<int32_t> ReportedPronounSubject(uint32_t tb, uint32_t sb);
  // "Zelenskiy later told Fox News ... . He thanked X": the previous sentence's subject for the
  // "he"/"she" at token `pronoun`, when no person stands before the pronoun; else empty.
  std::vector<int32_t> PreviousSubject(uint32_t pronoun, uint32_t sb) const;
  // "It was Putin's first visit ... . Trump greeted him": the previous sentence's first person
  // for the "him"/"her" at token `pronoun`, when that person is not named before it in the
  // current sentence; else empty.
  std::vector<int32_t> PreviousObject(uint32_t pronoun, uint32_t sb) const;
  // The first person of the previous body sentence in subject position, or -1.
  int32_t PreviousSentencePerson() const;
  std::vector<int32_t> LastPair(uint32_t before) const;
  std::vector<int32_t> PlaceChain(uint32_t tb, uint32_t te, uint32_t sb, uint32_t se,
                                  const std::vector<Participant>& participants) const;
  EventStatus StatusBefore(uint32_t tb, uint32_t sb, bool noun) const;
  // Whether token i is the "off" of "called off" ("called off talks": negated).
  bool CalledOff(uint32_t i, uint32_t sb) const;
  bool MarksPast(uint32_t sb, uint32_t se, uint32_t tb) const;
  TimeValue LeadTime(bool relative_only = false) const;
  // The "after"/"before"/"since" that opens the clause of the trigger at tb, or kNone.
  uint32_t SubordinateOpener(uint32_t sb, uint32_t tb) const;
  bool DateSubordinate(size_t k);
  // Whether event k is what an anniversary commemorates ("the second anniversary of Russia's
  // invasion"); dates it to the year the ordinal counts back from the article's, when it can.
  bool Anniversary(size_t k);
  // Dates undated verb event k from another occurred event of its sentence dated by its own
  // timex; returns whether it did.
  bool SentenceTime(size_t k);
  // SentenceTime()'s second try: a date that ends event k's clause, which a noun there took.
  bool ClauseEndTime(size_t k);
  void ClaimTimexes(uint32_t sb, uint32_t se, std::vector<TriggerHit>* hits) const;
  // Whether the place mention at b ends "in the Mawasi area of southern Gaza".
  bool InPartOf(uint32_t b, uint32_t sb) const;
  // Where the person mention starts whose title the words from i on are, or kNone.
  uint32_t TitleOfNextPerson(uint32_t i, uint32_t se) const;
  // Whether [sb, comma) is one phrase opening the sentence ("In Paris on Monday,"), no trigger
  // in it but [own_tb, own_te).
  bool OnlyPhraseBefore(uint32_t sb, uint32_t comma, uint32_t own_tb = 0, uint32_t own_te = 0,
                        uint32_t max_tokens = 12) const;
  // Whether a token in [b, e) looks like a finite verb ("since the war began").
  bool VerbBetween(uint32_t b, uint32_t e) const;
  TimeValue TimeOf(int32_t timex) const;
  // Whether `day` lies after the document's date (false without a dated DCT): an occurred event
  // is not dated so.
  bool AfterDocumentDate(const CivilDate& day) const;
  bool DatelineDate(int32_t x) const;
  void AddParticipants(const std::vector<int32_t>& mentions, ParticipantRole role,
                       Event* event) const;
  // Adds the entities ("the two leaders" resolved) not yet participants, spanning the trigger.
  static void AddEntities(const std::vector<int32_t>& entities, ParticipantRole role, Event* event);
  int32_t FindAntecedent(const Event& reference) const;
  // One pass of FindAntecedent(); `recent_only` passes over events dated weeks before the DCT.
  int32_t FindAntecedentIn(const Event& reference, bool conversation, bool recent_only) const;
  int32_t Head(int32_t event) const {
    while (event >= 0 && events_[static_cast<size_t>(event)].corefers_to >= 0) {
      event = events_[static_cast<size_t>(event)].corefers_to;
    }
    return event;
  }
  void ProcessSentence(uint32_t s);
  void ProcessTrigger(uint32_t s, const TriggerHit& hit);
  void ProcessCompanion(uint32_t s, uint32_t i);
  void Finish(Event event, bool definite, bool is_noun);

  const internal::EventLexicons& lex_;
  const Annotations& a_;
  Diagnostics* diagnostics_;
  std::string& lower_;             // the text lower-cased, then rewritten tokens
  std::vector<Span>& lower_span_;  // per token: its lower-case form in lower_ (if used)
  bool use_lower_span_ = false;    // else a token's form is at its own span
  // Per token: its entry, nullptr, or &kUnresolvedWord (not looked up yet; read via WordOf()).
  std::vector<const internal::EventWordInfo*>& words_;
  std::vector<uint32_t>& candidates_;  // tokens that may start a trigger or companion, ascending
  std::vector<int32_t>& mention_at_;
  std::vector<uint32_t>& mention_tb_;
  std::vector<uint32_t>& mention_te_;
  std::vector<int32_t>& timex_at_;
  std::vector<uint32_t>& timex_tb_;
  std::vector<uint32_t>& timex_te_;
  uint32_t sentence_end_ = 0;
  uint32_t sentence_ = 0;        // the sentence being processed
  int32_t dateline_place_ = -1;  // the place entity of the dateline ("HELSINKI —"), or -1
  std::vector<Event> events_;
  std::vector<int32_t> non_identifying_;  // per trigger: entities a reference adds
  bool explicit_object_ = false;          // per trigger: a verb with its object
  bool relative_follows_ = false;         // per trigger: "a meeting in which ..."
  bool travel_ = false;                   // per trigger: "X flew to Y for the talks"
  std::vector<Event> pending_;            // nouns waiting for their relative clause
  std::vector<bool> own_time_;            // per event: dated by its own timex
  std::vector<int32_t> pair_event_;       // per event: the event "the two leaders" came from
  mutable int32_t last_pair_event_ = -1;  // set by LastPair(): the event of the pair, or -1
  int32_t pair_event_of_trigger_ = -1;    // per trigger: a verb's plural subject's event
  std::vector<bool> verb_;                // per event: a verb trigger
  std::vector<bool> subordinate_;         // per event: a verb after "after"/"before"
  TimeValue main_time_;
  uint32_t lead_end_ = 0;  // last sentence of the article's lead (first body sentence)
};

}  // namespace eventgraph::internal

#endif  // EVENTGRAPH_CORE_INTERNAL_EVENT_EXTRACTION_H_
