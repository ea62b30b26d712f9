// SPDX-License-Identifier: Apache-2.0
// EventExtractor: triggers from event_triggers.txt become events when a participant stands in a
// grammatical or positional relation to them. One left-to-right pass per sentence:
//
//  1. Triggers: longest match of up to three lower-cased tokens ("press conference", "met").
//     Of two adjacent noun triggers the second is the head ("summit discussions").
//  2. Participants, by trigger kind:
//     verbs   subject group to the left ("Trump and Putin, along with aides, conferred"), object
//             group to the right ("greeted Putin", "met with X"), passive ("was greeted by X"),
//             prepositional partners ("bought Alaska from Russia"); coordinated verbs take the
//             sentence subject ("Trump ... with Mr Putin and warned" → Trump warned).
//     nouns   "between X and Y", "with X", "of X", "by X", possessors ("Russia's invasion"),
//             modifiers ("the ICC warrant"), light verbs ("X and Y held a summit"), inclusion
//             ("the meeting also included A; B; C"), "their"/"his" and "the two leaders".
//     companion verbs ("A and B joined X") add companions to X's latest event.
//  3. Place: the nearest place mention after "in"/"at" (or modifying the noun: "the Helsinki
//     meeting") and the places the text says contain it ("at X in Y, Z" → chain X ⊂ Y ⊂ Z).
//  4. Time: each usable timex of the sentence (a DATE/TIME with a resolved value, not after
//     "since", "until", "before" ...) dates the trigger nearest to it (a modifier inside the
//     noun phrase is nearest of all: "the February 28 White House meeting"); a neighbouring more
//     precise timex refines it ("on Friday (Aug 15)"). An occurred verb event without one takes
//     the article's main event time unless the sentence marks the past ("in the past",
//     "previously", "had met"); nor does an event after "after"/"before"/"since", which is dated
//     from the clause it depends on when a distance is given ("three days after X met Y"). With
//     no event dated by its own timex, the lead's first day-precise date is the main time.
//  5. Status from cues before the trigger ("will call", "would soon be a meeting", "a possible
//     future meeting", "did not yield an agreement", "might"), "to" + base verb ("to meet").
//  6. Coreference: a definite, occurred noun ("the summit", "Friday's summit", "the Helsinki
//     meeting") refers to the latest compatible event (same family, compatible participants,
//     time and place) instead of starting a new one.
// Events without a participant that do not corefer are dropped: "a second meeting" alone says
// nothing about who met. Symmetric verb events need two participants ("Putin spoke of ...").
#include "core/event_extractor.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <date/date.h>

#include "core/internal/string_map.h"

namespace eventgraph {

namespace internal {

enum class TriggerPos : uint8_t { kVerb, kBase, kNoun };

struct TriggerInfo {
  std::string type;
  TriggerPos pos = TriggerPos::kNoun;
  bool with_frame = false;  // the other side only after with/to/between
  bool reverse = false;     // patient gives to agent: "X bought Y from Z"
  std::string relation;     // "" = the type's
  bool symmetric = false;   // the type's relation direction
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
};

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
    for (size_t k = 0; k < keys_.size(); ++k) {
      const uint32_t hash = Hash(keys_[k]);
      size_t i = hash & (size - 1);
      while (slots_[i].index != kEmpty) i = (i + 1) & (size - 1);
      slots_[i] = Slot{hash, static_cast<uint32_t>(k)};
    }
  }

  const EventWordInfo* Find(std::string_view key) const {
    const uint32_t hash = Hash(key);
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.index == kEmpty) return nullptr;
      if (slot.hash == hash && keys_[slot.index] == key) return &values_[slot.index];
    }
  }

  const std::vector<std::string>& keys() const { return keys_; }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {
    uint32_t hash = 0;
    uint32_t index = kEmpty;
  };
  static uint32_t Hash(std::string_view key) {
    uint32_t h = 2166136261u;
    for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
  }

  std::vector<Slot> slots_;
  std::vector<std::string> keys_;
  std::vector<EventWordInfo> values_;
};

struct EventLexicons {
  EventTypeTable types;
  EventWordTable words;
  size_t longest_word = 0;  // bytes of the longest key of `words` (< 64): longer tokens skip it
  uint64_t lengths_by_first_byte[256] = {};  // bit L set: some key of length L starts with it
  uint64_t lengths_by_last_byte[256] = {};   // bit L set: some key of length L ends with it
  StringMap<TriggerInfo> triggers;
};

}  // namespace internal

namespace {

using internal::Cue;
using internal::CueClass;
using internal::TriggerInfo;
using internal::TriggerPos;

constexpr uint32_t kNone = 0xFFFFFFFFu;
constexpr uint32_t kMaxGroupTokens = 40;

// Prepositions that end a participant group or a noun phrase. Flagged in the word table, so a
// token costs no extra lookup.
constexpr std::string_view kPrepositions[] = {"with",    "of",      "to",   "for",    "from",
                                              "by",      "about",   "in",   "at",     "on",
                                              "against", "between", "into", "during", "over"};

bool IsDeterminer(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "this" || w == "that" || w == "these" ||
         w == "their" || w == "his" || w == "her" || w == "its" || w == "our";
}

bool IsClauseBreak(std::string_view w) {
  return w == "." || w == ";" || w == ":" || w == "!" || w == "?" || w == "—" || w == "–" ||
         w == "-" || w == "--";
}

bool IsQuote(std::string_view w) {
  return w == "\"" || w == "“" || w == "”" || w == "'" || w == "‘" || w == "’";
}

// A participant group found next to a trigger.
struct Group {
  std::vector<int32_t> mentions;    // actor mentions, in scan order
  std::vector<int32_t> companions;  // "along with" mentions
  std::vector<int32_t> places;      // place mentions met on the way ("bought Alaska")
  bool plural_ref = false;          // "the two leaders", "both"
  bool discard = false;             // a prepositional object, not a subject ("with Mr Putin")
  uint32_t stop = kNone;            // the token where the scan stopped
};

// Per-document state of one Extract() call.
class Extraction {
 public:
  Extraction(const internal::EventLexicons& lex, const Annotations& a, Diagnostics* diagnostics)
      : lex_(lex), a_(a), diagnostics_(diagnostics) {}

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
  std::string_view Lower(uint32_t i) const {
    const Span sp = use_lower_span_ ? lower_span_[i] : a_.tokens[i].span;
    return std::string_view(lower_.data() + sp.begin, sp.end - sp.begin);
  }
  const Cue* CueOf(uint32_t i) const {
    const internal::EventWordInfo* w = words_[i];
    return w == nullptr || w->cue.cls == CueClass::kNone ? nullptr : &w->cue;
  }
  const TriggerInfo* TriggerOf(uint32_t i) const {
    const internal::EventWordInfo* w = words_[i];
    return w == nullptr ? nullptr : w->trigger;
  }
  CueClass ClassOf(uint32_t i) const {
    const Cue* c = CueOf(i);
    return c == nullptr ? CueClass::kNone : c->cls;
  }
  bool Capitalized(uint32_t i) const {
    return a_.tokens[i].kind == TokenKind::kWord && a_.tokens[i].Has(kTokenCapitalized);
  }
  bool Possessive(uint32_t i) const {
    if (a_.tokens[i].Has(kTokenPossessive)) return true;
    std::string_view w = Lower(i);
    return w == "'s";
  }
  bool IsPreposition(uint32_t i) const {
    const internal::EventWordInfo* w = words_[i];
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
  Group ScanLeft(uint32_t p, uint32_t sb);
  Group ScanRight(uint32_t p, uint32_t se, bool list_mode);
  Group SentenceSubject(uint32_t sb, uint32_t limit) const;
  std::vector<int32_t> LastPair(uint32_t before) const;
  std::vector<int32_t> PlaceChain(uint32_t tb, uint32_t te, uint32_t sb, uint32_t se,
                                  const std::vector<Participant>& participants) const;
  EventStatus StatusBefore(uint32_t tb, uint32_t sb, bool noun) const;
  bool MarksPast(uint32_t sb, uint32_t se, uint32_t tb) const;
  TimeValue LeadTime() const;
  // The "after"/"before"/"since" that opens the clause of the trigger at tb, or kNone.
  uint32_t SubordinateOpener(uint32_t sb, uint32_t tb) const;
  bool DateSubordinate(size_t k);
  void ClaimTimexes(uint32_t sb, uint32_t se, std::vector<TriggerHit>* hits) const;
  TimeValue TimeOf(int32_t timex) const;
  void AddParticipants(const std::vector<int32_t>& mentions, ParticipantRole role,
                       Event* event) const;
  // Adds the entities ("the two leaders" resolved) not yet participants, spanning the trigger.
  static void AddEntities(const std::vector<int32_t>& entities, ParticipantRole role, Event* event);
  int32_t FindAntecedent(const Event& reference) const;
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
  std::string lower_;             // the text lower-cased, then rewritten tokens
  std::vector<Span> lower_span_;  // per token: its lower-case form in lower_ (if used)
  bool use_lower_span_ = false;   // else a token's form is at its own span
  std::vector<const internal::EventWordInfo*> words_;  // per token, or nullptr
  std::vector<uint32_t> candidates_;  // tokens that may start a trigger or companion, ascending
  std::vector<int32_t> mention_at_;
  std::vector<uint32_t> mention_tb_;
  std::vector<uint32_t> mention_te_;
  std::vector<int32_t> timex_at_;
  std::vector<uint32_t> timex_tb_;
  std::vector<uint32_t> timex_te_;
  uint32_t sentence_end_ = 0;
  uint32_t sentence_ = 0;        // the sentence being processed
  int32_t dateline_place_ = -1;  // the place entity of the dateline ("HELSINKI —"), or -1
  std::vector<Event> events_;
  std::vector<int32_t> non_identifying_;  // per trigger: entities a reference adds
  bool explicit_object_ = false;          // per trigger: a verb with its object
  bool relative_follows_ = false;         // per trigger: "a meeting in which ..."
  std::vector<Event> pending_;            // nouns waiting for their relative clause
  std::vector<bool> own_time_;            // per event: dated by its own timex
  std::vector<bool> verb_;                // per event: a verb trigger
  std::vector<bool> subordinate_;         // per event: a verb after "after"/"before"
  TimeValue main_time_;
  uint32_t lead_end_ = 0;  // last sentence of the article's lead (first body sentence)
};

uint32_t Extraction::TokenAt(uint32_t byte_offset) const {
  auto it = std::lower_bound(a_.tokens.begin(), a_.tokens.end(), byte_offset,
                             [](const Token& t, uint32_t off) { return t.span.end <= off; });
  return static_cast<uint32_t>(it - a_.tokens.begin());
}

void Extraction::Prepare() {
  const std::string& text = a_.document.text();
  const size_t n = a_.tokens.size();
  // Lower-case a copy of the whole text in place (ASCII only: UTF-8 bytes are >= 0x80), so each
  // token's lower-case form sits at its own span. Tokens with a curly apostrophe are rewritten
  // after the text: "n’t" reads "n't", "Putin’s" "Putin's".
  lower_.assign(text);
  {
    // Eight bytes at a time: bytes 'A'..'Z' (high bit clear) gain 0x20.
    constexpr uint64_t kOnes = 0x0101010101010101ull;
    constexpr uint64_t kHigh = 0x8080808080808080ull;
    char* p = lower_.data();
    const size_t size = lower_.size();
    size_t b = 0;
    for (; b + 8 <= size; b += 8) {
      uint64_t x;
      std::memcpy(&x, p + b, 8);
      const uint64_t low = x & ~kHigh;
      const uint64_t at_least_a = low + (0x80 - 'A') * kOnes;
      const uint64_t above_z = low + (0x80 - 'Z' - 1) * kOnes;
      const uint64_t upper = at_least_a & ~above_z & ~x & kHigh;
      x |= upper >> 2;
      std::memcpy(p + b, &x, 8);
    }
    for (; b < size; ++b) {
      const unsigned u = static_cast<unsigned char>(p[b]);
      p[b] = static_cast<char>(u - 'A' < 26u ? u + 32u : u);
    }
  }
  // The common case reads each token's form at its own span; a token with a bad span or a curly
  // apostrophe sends every lookup through lower_span_.
  constexpr std::string_view kCurly = "\xE2\x80\x99";
  bool valid = true;
  for (size_t i = 0; i < n; ++i) {
    const Span sp = a_.tokens[i].span;
    valid = valid && sp.end <= text.size() && sp.begin <= sp.end;
  }
  use_lower_span_ = !valid || text.find(kCurly) != std::string::npos;
  if (use_lower_span_) {
    lower_span_.resize(n);
    for (size_t i = 0; i < n; ++i) {
      Span sp = a_.tokens[i].span;
      lower_span_[i] = sp.end > text.size() || sp.begin > sp.end ? Span{0, 0} : sp;
    }
    for (size_t pos = text.find(kCurly); pos != std::string::npos;
         pos = text.find(kCurly, pos + kCurly.size())) {
      const uint32_t t = TokenAt(static_cast<uint32_t>(pos));
      if (t >= n || lower_span_[t].begin > pos || lower_span_[t].end <= pos ||
          lower_span_[t].begin >= text.size()) {
        continue;  // not inside a token, or the token is already rewritten
      }
      const Span sp = lower_span_[t];
      std::string rewritten;
      for (uint32_t b = sp.begin; b < sp.end; ++b) {
        if (lower_[b] == '\xE2' && b + 2 < sp.end && lower_[b + 1] == '\x80' &&
            lower_[b + 2] == '\x99') {
          rewritten.push_back('\'');
          b += 2;
          continue;
        }
        rewritten.push_back(lower_[b]);
      }
      const uint32_t begin = static_cast<uint32_t>(lower_.size());
      lower_.append(rewritten);
      lower_span_[t] = Span{begin, static_cast<uint32_t>(lower_.size())};
    }
  }
  words_.assign(n, nullptr);
  candidates_.clear();
  for (size_t i = 0; i < n; ++i) {
    const bool word = a_.tokens[i].kind == TokenKind::kWord;
    std::string_view w = Lower(static_cast<uint32_t>(i));
    if (!word && w != "," && w != "&") continue;
    // Most words are in no list: a (first byte, length) bit rules them out without hashing.
    if (w.empty() || w.size() > lex_.longest_word ||
        (lex_.lengths_by_first_byte[static_cast<unsigned char>(w[0])] >> w.size() & 1u) == 0 ||
        (lex_.lengths_by_last_byte[static_cast<unsigned char>(w.back())] >> w.size() & 1u) == 0) {
      continue;
    }
    const internal::EventWordInfo* info = lex_.words.Find(w);
    words_[i] = info;
    // The tokens ProcessSentence() looks at: triggers, first words of multi-word triggers and
    // companion verbs.
    if (info != nullptr && word &&
        (info->trigger != nullptr || info->multiword_head ||
         info->cue.cls == CueClass::kCompanion)) {
      candidates_.push_back(static_cast<uint32_t>(i));
    }
  }

  mention_at_.assign(n, -1);
  mention_tb_.assign(a_.mentions.size(), 0);
  mention_te_.assign(a_.mentions.size(), 0);
  for (size_t m = 0; m < a_.mentions.size(); ++m) {
    const Mention& mention = a_.mentions[m];
    if (mention.span.end > text.size()) {
      if (diagnostics_ != nullptr) {
        diagnostics_->Add(Severity::kWarning, "event_extractor", a_.document.id(), 0, 0,
                          "mention span outside the text; skipped");
      }
      continue;
    }
    uint32_t tb = TokenAt(mention.span.begin);
    uint32_t te = tb;
    while (te < n && a_.tokens[te].span.begin < mention.span.end) ++te;
    mention_tb_[m] = tb;
    mention_te_[m] = te;
    for (uint32_t t = tb; t < te; ++t) {
      if (mention_at_[t] < 0) mention_at_[t] = static_cast<int32_t>(m);
    }
  }
  timex_at_.assign(n, -1);
  timex_tb_.assign(a_.timexes.size(), 0);
  timex_te_.assign(a_.timexes.size(), 0);
  for (size_t x = 0; x < a_.timexes.size(); ++x) {
    const Timex& timex = a_.timexes[x];
    if (timex.span.end > text.size()) continue;
    uint32_t tb = TokenAt(timex.span.begin);
    uint32_t te = tb;
    while (te < n && a_.tokens[te].span.begin < timex.span.end) ++te;
    timex_tb_[x] = tb;
    timex_te_[x] = te;
    for (uint32_t t = tb; t < te; ++t) {
      if (timex_at_[t] < 0) timex_at_[t] = static_cast<int32_t>(x);
    }
  }
}

// Scans left from token p (exclusive) for the subject group of a trigger. Handles
//   "US President Donald Trump and his Russian counterpart Vladimir Putin on Friday held"
//   "Trump and Putin, along with top aides, conferred"   (aides → companions)
//   "Zelenskiy, who was not invited"                      (relative pronoun → Zelenskiy)
//   "Rubio, and presidential envoy, Steve Witkoff joined"
// and stops at verbs, clause breaks and prepositions ("his frustration with Mr Putin and warned"
// → discard: Putin is a prepositional object there).
Group Extraction::ScanLeft(uint32_t p, uint32_t sb) {
  Group g;
  if (p == 0 || p <= sb) return g;
  uint32_t i = p - 1;
  bool first = true;
  bool skip_possessor = false;
  uint32_t budget = kMaxGroupTokens;
  while (budget-- > 0) {
    if (i < sb || i == kNone) {
      g.stop = kNone;
      break;
    }
    int32_t m = mention_at_[i];
    if (m >= 0) {
      uint32_t tb = mention_tb_[static_cast<size_t>(m)];
      if (IsActor(m)) {
        if (skip_possessor) {
          skip_possessor = false;
        } else if (!IsAffiliation(m)) {
          g.mentions.push_back(m);
        }
      } else if (IsPlaceMention(m) && !first) {
        g.stop = i;
        break;
      }
      first = false;
      if (tb == 0 || tb <= sb) break;
      i = tb - 1;
      continue;
    }
    int32_t x = timex_at_[i];
    if (x >= 0) {
      // "Trump and Putin on Friday held": the date and its preposition.
      uint32_t tb = timex_tb_[static_cast<size_t>(x)];
      if (tb > sb) {
        std::string_view before = Lower(tb - 1);
        if (before == "on" || before == "in" || before == "at" || before == "during") --tb;
      }
      if (tb == 0 || tb <= sb) break;
      i = tb - 1;
      continue;
    }
    std::string_view w = Lower(i);
    if (Possessive(i)) {
      skip_possessor = true;
      --i;
      continue;
    }
    if (w == ",") {
      // A parenthetical ", along with A and B," or ", who ...,": jump over it.
      uint32_t j = i;
      bool found = false;
      while (j > sb) {
        --j;
        std::string_view v = Lower(j);
        if (IsClauseBreak(v)) break;
        if (v == ",") {
          found = true;
          break;
        }
      }
      if (found && j + 1 < i) {
        std::string_view opener = Lower(j + 1);
        bool companion = opener == "along" || opener == "together" || opener == "accompanied" ||
                         opener == "including";
        if (companion || opener == "who" || opener == "which") {
          if (companion) {
            for (uint32_t k = j + 1; k < i; ++k) {
              int32_t cm = mention_at_[k];
              if (cm >= 0 && IsActor(cm) && !IsAffiliation(cm) &&
                  (g.companions.empty() || g.companions.back() != cm)) {
                g.companions.push_back(cm);
              }
            }
          }
          i = j - 1;
          if (j == 0) break;
          continue;
        }
      }
      if (first) {
        first = false;  // "Ushakov, accompanied Putin"
        --i;
        continue;
      }
      if (g.mentions.empty()) {
        if (i > sb && mention_at_[i - 1] >= 0 && IsActor(mention_at_[i - 1])) {
          --i;
          continue;
        }
        g.stop = i;
        break;
      }
      --i;
      continue;
    }
    if ((w == "who" || w == "which") && g.mentions.empty()) {
      // "Zelenskiy, who was not invited": the relative clause's subject is the antecedent.
      if (i > sb && Lower(i - 1) == ",") {
        i -= 2;
        continue;
      }
      if (i > sb) {
        --i;
        continue;
      }
    }
    // "since they met", "The leaders last spoke by phone": a plural subject naming no one; the
    // pair comes from LastPair(). "European leaders met" (no "the") does not.
    if (g.mentions.empty() &&
        ((w == "they" && first) || (ClassOf(i) == CueClass::kGroupNoun && i > sb &&
                                    Lower(i - 1) == "the" && !Capitalized(i)))) {
      g.plural_ref = true;
    }
    first = false;
    if (w == "two" || w == "both" || w == "they") {
      g.plural_ref = true;
      --i;
      continue;
    }
    if (w == "with" && i > sb && (Lower(i - 1) == "along" || Lower(i - 1) == "together")) {
      --i;
      continue;
    }
    CueClass cls = ClassOf(i);
    if (w == "with" || (IsPreposition(i) && cls != CueClass::kFiller)) {
      // "his frustration with Mr Putin and warned": Putin is the preposition's object, not a
      // subject. "in April 2024, and Iran attacked": a connector lies between, keep Iran.
      g.stop = i;
      if (!g.mentions.empty()) {
        bool object = true;
        uint32_t first_mention = mention_tb_[static_cast<size_t>(g.mentions.back())];
        for (uint32_t k = i + 1; k < first_mention; ++k) {
          if (ClassOf(k) == CueClass::kConnector || Lower(k) == "," || timex_at_[k] >= 0) {
            object = false;
          }
        }
        g.discard = object;
      }
      break;
    }
    if (cls == CueClass::kConnector || cls == CueClass::kFiller || cls == CueClass::kStatus ||
        cls == CueClass::kGroupNoun || cls == CueClass::kPast ||
        (cls == CueClass::kLight && (w == "has" || w == "had" || w == "have")) || IsAdverb(i) ||
        IsQuote(w) || w == "also" || w == "then" || w == "later" || w == "earlier" || w == "last" ||
        w == "is" || w == "was" || w == "were" || w == "are" || w == "did" || w == "does" ||
        w == "do" || w == "yesterday" || w == "today" || w == "jointly" || w == "first" ||
        w == "(" || w == ")") {
      --i;
      continue;
    }
    if (Capitalized(i) && a_.tokens[i].kind == TokenKind::kWord && i > sb) {
      --i;
      continue;
    }
    g.stop = i;
    break;
  }
  std::reverse(g.mentions.begin(), g.mentions.end());
  return g;
}

// Scans right from token p (inclusive) for an object group: "Putin", "Ukrainian President
// Volodymyr Zelensky", "Zelenskiy and Nato leaders", "Ukraine's Dnipropetrovsk region". In
// list mode (after "included") segments separated by ';' each give their last person:
// "US Secretary of State Marco Rubio; Trump's special envoy to Russia, Steve Witkoff; ...".
Group Extraction::ScanRight(uint32_t p, uint32_t se, bool list_mode) {
  Group g;
  if (list_mode) {
    bool semicolons = false;
    for (uint32_t i = p; i < se; ++i) {
      if (Lower(i) == ";") semicolons = true;
    }
    if (semicolons) {
      int32_t last = -1;
      for (uint32_t i = p; i <= se; ++i) {
        if (i == se || Lower(i) == ";" || (i + 1 == se && Lower(i) == ".")) {
          if (last >= 0) g.mentions.push_back(last);
          last = -1;
          continue;
        }
        int32_t m = mention_at_[i];
        if (m < 0 || !IsActor(m)) continue;
        uint32_t te = mention_te_[static_cast<size_t>(m)];
        bool possessor = te < se && Possessive(te);  // "Trump's special envoy"
        if (!possessor && (IsPerson(m) || last < 0)) last = m;
      }
      return g;
    }
  }
  uint32_t i = p;
  int32_t possessor = -1;
  uint32_t budget = kMaxGroupTokens;
  while (i < se && budget-- > 0) {
    int32_t m = mention_at_[i];
    if (m >= 0) {
      uint32_t te = mention_te_[static_cast<size_t>(m)];
      if (IsActor(m)) {
        if (te < se && Possessive(te)) {
          possessor = m;
        } else if (!IsAffiliation(m)) {
          if (possessor >= 0 && !IsPerson(m)) g.mentions.push_back(possessor);
          possessor = -1;
          g.mentions.push_back(m);
        }
      } else if (IsPlaceMention(m)) {
        if (possessor >= 0) g.mentions.push_back(possessor);
        possessor = -1;
        g.places.push_back(m);
      }
      i = te > i ? te : i + 1;
      continue;
    }
    if (timex_at_[i] >= 0) {
      // "interfered in the 2016 US election": a date modifying the object.
      if (g.mentions.empty() && g.places.empty()) {
        i = std::max(timex_te_[static_cast<size_t>(timex_at_[i])], i + 1);
        continue;
      }
      g.stop = i;
      break;
    }
    std::string_view w = Lower(i);
    if (Possessive(i)) {
      ++i;
      continue;
    }
    if (w == ",") {
      if (i + 1 < se && (mention_at_[i + 1] >= 0 || Lower(i + 1) == "and")) {
        ++i;
        continue;
      }
      g.stop = i;
      break;
    }
    if (w == "two" || w == "both") {
      g.plural_ref = true;
      ++i;
      continue;
    }
    CueClass cls = ClassOf(i);
    if ((cls == CueClass::kConnector && w != "with" && w != "as") || cls == CueClass::kFiller ||
        cls == CueClass::kGroupNoun || IsQuote(w) ||
        (Capitalized(i) && a_.tokens[i].kind == TokenKind::kWord)) {
      ++i;
      continue;
    }
    g.stop = i;
    break;
  }
  if (possessor >= 0) g.mentions.push_back(possessor);
  return g;
}

// The first person mentioned in the sentence before `limit` (else the first actor): the subject
// of coordinated verbs ("Mr Trump boasted of ..., blamed predecessor Joe Biden").
Group Extraction::SentenceSubject(uint32_t sb, uint32_t limit) const {
  Group g;
  int32_t first_actor = -1;
  for (uint32_t i = sb; i < limit; ++i) {
    int32_t m = mention_at_[i];
    if (m < 0 || !IsActor(m) || IsAffiliation(m)) continue;
    if (IsPerson(m)) {
      g.mentions.push_back(m);
      return g;
    }
    if (first_actor < 0) first_actor = m;
  }
  if (first_actor >= 0) g.mentions.push_back(first_actor);
  return g;
}

// "the two leaders", "both", "their", "they": the persons of the latest event with two or more,
// else (no such event yet) the last two persons named before token `before` in this sentence or
// the one before ("Trump stood beside Russian President Vladimir Putin at a news conference. The
// two leaders met ..." → Trump, Putin). "Trump spoke. The two leaders met" gives nothing.
std::vector<int32_t> Extraction::LastPair(uint32_t before) const {
  std::vector<int32_t> event_pair;
  for (size_t k = events_.size(); k-- > 0;) {
    if (events_[k].status != EventStatus::kOccurred) continue;  // not a planned pair
    std::vector<int32_t> persons;
    for (const Participant& p : events_[k].participants) {
      if (p.role == ParticipantRole::kCompanion) continue;
      if (a_.entities[static_cast<size_t>(p.entity)].kind == EntityKind::kPerson) {
        persons.push_back(p.entity);
      }
    }
    if (persons.size() >= 2) {
      event_pair = std::move(persons);
      break;
    }
  }
  if (!event_pair.empty()) return event_pair;
  const uint32_t from = a_.sentences[sentence_ > 0 ? sentence_ - 1 : 0].token_begin;
  std::vector<int32_t> named;  // distinct persons, latest first
  for (uint32_t i = std::min<uint32_t>(before, sentence_end_); i-- > from && named.size() < 2;) {
    int32_t m = mention_at_[i];
    if (m < 0) continue;
    i = mention_tb_[static_cast<size_t>(m)];
    if (!IsActor(m) || !IsPerson(m)) continue;
    int32_t e = a_.mentions[static_cast<size_t>(m)].entity;
    if (std::find(named.begin(), named.end(), e) == named.end()) named.push_back(e);
    if (i == 0) break;
  }
  if (named.size() == 2) return {named[1], named[0]};
  return event_pair;
}

void Extraction::AddEntities(const std::vector<int32_t>& entities, ParticipantRole role,
                             Event* event) {
  for (int32_t e : entities) {
    bool seen = false;
    for (const Participant& p : event->participants) seen = seen || p.entity == e;
    if (!seen) event->participants.push_back(Participant{e, role, event->trigger});
  }
}

void Extraction::AddParticipants(const std::vector<int32_t>& mentions, ParticipantRole role,
                                 Event* event) const {
  for (int32_t m : mentions) {
    const Mention& mention = a_.mentions[static_cast<size_t>(m)];
    bool seen = false;
    for (const Participant& p : event->participants) seen = seen || p.entity == mention.entity;
    if (!seen) event->participants.push_back(Participant{mention.entity, role, mention.span});
  }
}

// The place of a trigger and its containment chain. Handles "summit in Alaska", "conferred in a
// room at an Air Force base in Anchorage, Alaska" (→ Anchorage ⊂ Alaska), "The meeting, held at
// Joint Base Elmendorf-Richardson in the city" and "the Helsinki meeting"; rejects places far
// away or behind a clause break ("... in Moscow." is not the place of a trigger in the next
// clause after ';').
std::vector<int32_t> Extraction::PlaceChain(uint32_t tb, uint32_t te, uint32_t sb, uint32_t se,
                                            const std::vector<Participant>& participants) const {
  auto is_participant = [&](int32_t m) {
    int32_t e = a_.mentions[static_cast<size_t>(m)].entity;
    for (const Participant& p : participants) {
      if (p.entity == e) return true;
    }
    return false;
  };
  auto is_candidate = [&](int32_t m, bool modifier) {
    if (m < 0 || is_participant(m)) return false;
    const Entity* e = EntityOf(m);
    if (e == nullptr) return false;
    if (e->kind == EntityKind::kPlace) return true;
    if (e->kind != EntityKind::kCountry || modifier) return false;
    uint32_t b = mention_tb_[static_cast<size_t>(m)];
    return b > sb && (Lower(b - 1) == "in" || Lower(b - 1) == "at");
  };
  int32_t best = -1;
  // A place modifying the noun: "the Helsinki meeting", "the February 28 White House meeting".
  if (tb > sb) {
    uint32_t i = tb - 1;
    int32_t m = mention_at_[i];
    if (m >= 0 && is_candidate(m, true)) best = m;
  }
  if (best < 0) {
    for (uint32_t i = te; i < se && i < te + 14; ++i) {
      std::string_view w = Lower(i);
      // Another event's place is not ours: "by thanking Putin and suggesting a possible future
      // meeting in Moscow" does not place the thanks in Moscow.
      if (IsClauseBreak(w) || (mention_at_[i] < 0 && TriggerOf(i) != nullptr)) break;
      int32_t m = mention_at_[i];
      if (m < 0) continue;
      uint32_t b = mention_tb_[static_cast<size_t>(m)];
      // Countries only right after the trigger ("talks in Russia"): "the discussions would pave
      // the path towards peace in Ukraine" is not placed in Ukraine.
      if (EntityOf(m) != nullptr && EntityOf(m)->kind == EntityKind::kCountry && b > te + 2) {
        i = std::max(i, mention_te_[static_cast<size_t>(m)] - 1);
        continue;
      }
      if (b > sb && is_candidate(m, false)) {
        std::string_view prev = Lower(b - 1);
        // "in Anchorage", "at the base", "held at X"; a bare place right after the verb is an
        // object ("visited the cemetery", "bought Alaska").
        if (prev == "in" || prev == "at" || prev == "the" || b == te || prev == "to") {
          best = m;
          break;
        }
      }
      i = std::max(i, mention_te_[static_cast<size_t>(m)] - 1);
    }
  }
  if (best < 0) {
    // "In Helsinki, Trump met Putin": a place after "in"/"at" earlier in the same clause.
    for (uint32_t i = tb; i-- > sb;) {
      std::string_view w = Lower(i);
      if (IsClauseBreak(w) || w == ",") break;
      int32_t m = mention_at_[i];
      if (m < 0) continue;
      uint32_t b = mention_tb_[static_cast<size_t>(m)];
      if (b > sb && is_candidate(m, false) && (Lower(b - 1) == "in" || Lower(b - 1) == "at")) {
        best = m;
        break;
      }
      i = mention_tb_[static_cast<size_t>(m)];
      if (i <= sb) break;
    }
  }
  std::vector<int32_t> chain;
  if (best < 0) return chain;
  chain.push_back(a_.mentions[static_cast<size_t>(best)].entity);
  // "X in Y, Z" and "X, Y": each following place contains the previous one.
  uint32_t i = mention_te_[static_cast<size_t>(best)];
  while (i + 1 < se && chain.size() < 4) {
    std::string_view w = Lower(i);
    if (w != "," && w != "in") break;
    int32_t m = mention_at_[i + 1];
    if (m < 0 || !IsPlaceMention(m)) {
      if (m >= 0 && EntityOf(m) != nullptr && EntityOf(m)->kind == EntityKind::kCountry) {
        chain.push_back(a_.mentions[static_cast<size_t>(m)].entity);
      }
      break;
    }
    int32_t e = a_.mentions[static_cast<size_t>(m)].entity;
    if (std::find(chain.begin(), chain.end(), e) == chain.end()) chain.push_back(e);
    i = mention_te_[static_cast<size_t>(m)];
  }
  // "at the Presidential Palace in the Finnish capital", "in the city", filed from HELSINKI: the
  // dateline's place contains it when the text only describes it (with a demonym of the
  // dateline's country, or none). "in the Russian capital" from a WASHINGTON dateline gives
  // nothing.
  if (i + 2 < se && Lower(i) == "in" && Lower(i + 1) == "the" && dateline_place_ >= 0) {
    uint32_t j = i + 2;
    const Entity& city = a_.entities[static_cast<size_t>(dateline_place_)];
    bool same_country = true;
    int32_t m = mention_at_[j];
    if (m >= 0) {
      const Entity* country = EntityOf(m);
      same_country = country != nullptr && country->kind == EntityKind::kCountry &&
                     !city.country.empty() && country->country == city.country;
      j = mention_te_[static_cast<size_t>(m)];
    }
    if (same_country && j < se && (Lower(j) == "capital" || Lower(j) == "city") &&
        std::find(chain.begin(), chain.end(), dateline_place_) == chain.end() && chain.size() < 4) {
      chain.push_back(dateline_place_);
    }
  }
  return chain;
}

// Status cues before the trigger. Verbs: "will call", "would soon call", "did not meet",
// "might meet", "to meet". Nouns: cues inside the noun phrase ("a possible future meeting",
// "no deal") or just before it with no preposition between ("did not yield an agreement",
// "would soon be a meeting"); "was not invited to the summit" leaves "summit" occurred.
EventStatus Extraction::StatusBefore(uint32_t tb, uint32_t sb, bool noun) const {
  EventStatus status = EventStatus::kOccurred;
  uint32_t limit = noun ? 7 : 4;
  uint32_t seen = 0;
  for (uint32_t i = tb; i-- > sb && seen < limit; ++seen) {
    std::string_view w = Lower(i);
    if (IsClauseBreak(w) || w == "," || w == "that" || w == "which" || w == "who" || w == "said" ||
        w == "says") {
      break;
    }
    // "no ceasefire was announced after his talks with Trump": the talks still happened.
    if (noun && (IsPreposition(i) || w == "after" || w == "before" || w == "since")) break;
    if (!noun && seen == 0 && w == "to") return EventStatus::kPlanned;
    if (mention_at_[i] >= 0) break;
    const Cue* cue = CueOf(i);
    if (cue != nullptr && cue->cls == CueClass::kStatus) {
      // Negation wins over modality: "will not meet" is negated.
      if (cue->status == EventStatus::kNegated) return EventStatus::kNegated;
      if (status == EventStatus::kOccurred) status = cue->status;
    }
  }
  return status;
}

// Whether the sentence places its events before the article's time: "in the past",
// "previously", "Before his return ...", or past perfect "had met".
bool Extraction::MarksPast(uint32_t sb, uint32_t se, uint32_t tb) const {
  for (uint32_t i = sb; i < se; ++i) {
    if (ClassOf(i) == CueClass::kPast) return true;
  }
  if (sb < se && (Lower(sb) == "before" || Lower(sb) == "since")) return true;
  for (uint32_t i = tb; i-- > sb && i + 3 > tb;) {
    if (Lower(i) == "had") return true;
  }
  return false;
}

// An event in a clause opened by "after", "before" or "since" happened at another time than the
// clause it depends on, so it never takes the article's main time ("their first call since the
// California summit"), and a later "the meeting" does not refer back to such a verb. With a
// distance and a clause dated to the day it is dated from it: "the talks (Monday 2025-08-18), which
// came three days after Trump met Putin in Alaska" → the meeting on 2025-08-15; "a week before they
// signed" → 7 days later. "after Trump met Putin" without a distance stays undated. Returns whether
// such a clause opens before event k's trigger.
uint32_t Extraction::SubordinateOpener(uint32_t sb, uint32_t tb) const {
  for (uint32_t i = tb; i-- > sb && i + 12 > tb;) {
    std::string_view w = Lower(i);
    if (w == "after" || w == "before" || w == "since") return i;
    if (IsClauseBreak(w) || w == "," || w == "and" || w == "said" || TriggerOf(i) != nullptr) {
      break;
    }
  }
  return kNone;
}

bool Extraction::DateSubordinate(size_t k) {
  Event& e = events_[k];
  const Sentence& sentence = a_.sentences[e.sentence];
  const uint32_t sb = sentence.token_begin;
  const uint32_t tb = TokenAt(e.trigger.begin);
  const uint32_t opener = SubordinateOpener(sb, tb);
  if (opener == kNone) return false;
  // The distance: a duration right before the opener ("three days after", "a week before").
  if (opener == sb || timex_at_[opener - 1] < 0) return true;
  const Timex& distance = a_.timexes[static_cast<size_t>(timex_at_[opener - 1])];
  if (distance.type != TimexType::kDuration || distance.value.size() < 3 ||
      distance.value[0] != 'P') {
    return true;
  }
  int32_t amount = 0;
  size_t pos = 1;
  for (; pos < distance.value.size() && distance.value[pos] >= '0' && distance.value[pos] <= '9';
       ++pos) {
    amount = amount * 10 + (distance.value[pos] - '0');
    if (amount > 100000) return true;
  }
  if (pos + 1 != distance.value.size() || amount == 0) return true;
  const char unit = distance.value[pos];
  // The clause it depends on: the latest event before the opener in this sentence, else (none
  // found: "X flew in for the talks, which came three days after ...") the article's main time.
  const TimeValue* base = &main_time_;
  for (size_t j = k; j-- > 0;) {
    const Event& other = events_[j];
    if (other.sentence != e.sentence) break;
    if (TokenAt(other.trigger.begin) < opener) {
      base = &other.time;
      break;
    }
  }
  if (base == nullptr || !base->known() || base->precision < Precision::kDay ||
      base->begin.year == 0) {
    return true;
  }
  const int32_t sign = Lower(opener) == "after" ? -1 : 1;
  const date::year_month_day from{date::year{base->begin.year},
                                  date::month{static_cast<unsigned>(base->begin.month)},
                                  date::day{static_cast<unsigned>(base->begin.day)}};
  date::year_month_day to = from;
  Precision precision = Precision::kDay;
  if (unit == 'D' || unit == 'W') {
    to = date::year_month_day{date::sys_days{from} +
                              date::days{sign * amount * (unit == 'W' ? 7 : 1)}};
  } else if (unit == 'M') {
    to = from + date::months{sign * amount};
    precision = Precision::kMonth;
  } else if (unit == 'Y') {
    to = from + date::years{sign * amount};
    precision = Precision::kYear;
  } else {
    return true;
  }
  if (!to.ok() && precision == Precision::kDay) return true;
  TimeValue t;
  t.precision = precision;
  t.begin.year = static_cast<int32_t>(to.year());
  t.begin.month = static_cast<int32_t>(static_cast<unsigned>(to.month()));
  t.begin.day = static_cast<int32_t>(static_cast<unsigned>(to.day()));
  t.end = t.begin;
  if (precision == Precision::kMonth) {
    t.begin.day = 1;
    t.end.day = static_cast<int32_t>(static_cast<unsigned>(
        date::year_month_day_last{to.year(), date::month_day_last{to.month()}}.day()));
  } else if (precision == Precision::kYear) {
    t.begin.month = 1;
    t.begin.day = 1;
    t.end.month = 12;
    t.end.day = 31;
  }
  t.value = precision == Precision::kDay     ? t.begin.ToIso()
            : precision == Precision::kMonth ? CivilDate{t.begin.year, t.begin.month, 0}.ToIso()
                                             : CivilDate{t.begin.year, 0, 0}.ToIso();
  t.text = std::string(a_.document.Slice(Span{distance.span.begin, a_.tokens[opener].span.end}));
  e.time = std::move(t);
  e.rule += ".relative_clause";
  return true;
}

// The article's main time when no event of it is dated to the day by its own timex: the first
// day-precise date of the lead that no "since"/"until"/"ago" holds off. "President Trump
// declined on Monday to endorse ..., standing beside Putin after their first formal summit" →
// Monday; "Talks have stalled since Monday" gives none.
TimeValue Extraction::LeadTime() const {
  for (size_t x = 0; x < a_.timexes.size(); ++x) {
    const Timex& timex = a_.timexes[x];
    if (timex.sentence > lead_end_) break;
    if (timex.type != TimexType::kDate || timex.precision != Precision::kDay ||
        timex.value.empty() || timex.value[0] == 'X' || !timex.begin || !timex.end ||
        a_.sentences[timex.sentence].kind != SentenceKind::kBody) {
      continue;
    }
    const uint32_t xb = timex_tb_[x];
    const uint32_t xe = timex_te_[x];
    const uint32_t sb = a_.sentences[timex.sentence].token_begin;
    const uint32_t se = a_.sentences[timex.sentence].token_end;
    bool blocked = xe < se && Lower(xe) == "ago";
    for (uint32_t k = xb; k-- > sb && k + 3 > xb;) {
      if (ClassOf(k) == CueClass::kTimeBlock) blocked = true;
    }
    if (blocked) continue;
    TimeValue t = TimeOf(static_cast<int32_t>(x));
    t.text.clear();
    return t;
  }
  return TimeValue();
}

TimeValue Extraction::TimeOf(int32_t x) const {
  TimeValue t;
  const Timex& timex = a_.timexes[static_cast<size_t>(x)];
  t.value = timex.value;
  t.precision = timex.precision;
  if (timex.begin) t.begin = *timex.begin;
  if (timex.end) t.end = *timex.end;
  t.text = std::string(a_.document.Slice(timex.span));
  return t;
}

// Each usable timex dates the trigger nearest to it; a modifier inside a noun phrase
// ("a 2018 summit", "Friday's summit") is nearest of all. Rejects "since 2019", "until
// Friday", durations and unresolved values ("XXXX-02").
void Extraction::ClaimTimexes(uint32_t sb, uint32_t se, std::vector<TriggerHit>* hits) const {
  if (hits->empty()) return;
  for (uint32_t i = sb; i < se;) {
    int32_t x = timex_at_[i];
    if (x < 0) {
      ++i;
      continue;
    }
    uint32_t xb = timex_tb_[static_cast<size_t>(x)];
    uint32_t xe = timex_te_[static_cast<size_t>(x)];
    i = std::max(xe, i + 1);
    const Timex& timex = a_.timexes[static_cast<size_t>(x)];
    if (timex.type != TimexType::kDate && timex.type != TimexType::kTime) continue;
    if (timex.value.empty() || timex.value[0] == 'X' || timex.value[0] == 'P' ||
        timex.precision == Precision::kNone || !timex.begin || !timex.end) {
      continue;
    }
    // "since 2019" holds the date off; "since a 2021 meeting" dates the meeting.
    bool blocked = false;
    for (uint32_t k = xb; k-- > sb && k + 3 > xb;) {
      if (IsDeterminer(Lower(k))) break;
      if (ClassOf(k) == CueClass::kTimeBlock) blocked = true;
      if (mention_at_[k] >= 0 || IsClauseBreak(Lower(k))) break;
    }
    if (xe < se && Lower(xe) == "ago") blocked = true;
    if (blocked) continue;
    size_t best = hits->size();
    uint32_t best_d = kNone;
    for (size_t h = 0; h < hits->size(); ++h) {
      const TriggerHit& hit = (*hits)[h];
      // A date before the "after"/"before" that opens a trigger's clause dates the clause it
      // depends on: "The meeting ... on 28 February collapsed after Vance accused Zelenskyy".
      if (xe <= hit.tb) {
        uint32_t opener = SubordinateOpener(sb, hit.tb);
        if (opener != kNone && xe <= opener) continue;
      }
      uint32_t d;
      uint32_t from;
      uint32_t to;
      if (xe <= hit.tb) {
        from = xe;
        to = hit.tb;
      } else {
        from = hit.te;
        to = xb;
      }
      d = to > from ? to - from : 0;
      bool modifier = hit.info->pos == TriggerPos::kNoun && xe <= hit.tb;
      // A verb between a date and a later trigger ends the phrase the date closes: "Their meeting
      // at the Filoli estate last year produced agreements" dates the meeting.
      bool verb_between = false;
      for (uint32_t k = std::min(from, to); k < std::max(from, to); ++k) {
        std::string_view w = Lower(k);
        if (xe <= hit.tb && a_.tokens[k].kind == TokenKind::kWord && !Capitalized(k) &&
            mention_at_[k] < 0 && ClassOf(k) == CueClass::kNone && !IsPreposition(k) &&
            !IsDeterminer(w) && !IsAdverb(k) && TriggerOf(k) == nullptr) {
          verb_between = true;
        }
        if (IsClauseBreak(w)) d += 20;
        if (w == ",") d += 4;
        if (mention_at_[k] >= 0 || IsPreposition(k) ||
            !(Capitalized(k) || Possessive(k) || ClassOf(k) == CueClass::kFiller ||
              ClassOf(k) == CueClass::kStatus)) {
          modifier = false;
        }
      }
      if (modifier && d <= 4) d = 0;
      if (verb_between && !modifier) d += 4;
      if (d < best_d) {
        best_d = d;
        best = h;
      }
    }
    if (best < hits->size() && best_d < 30) {
      TriggerHit& hit = (*hits)[best];
      bool refine = hit.timex >= 0 && best_d <= hit.timex_distance + 3 &&
                    timex.precision > a_.timexes[static_cast<size_t>(hit.timex)].precision;
      if (best_d < hit.timex_distance || refine) {
        hit.timex = x;
        hit.timex_distance = std::min(best_d, hit.timex_distance);
      }
    }
  }
}

bool TimesCompatible(const TimeValue& a, const TimeValue& b) {
  if (!a.known() || !b.known()) return true;
  return !(a.end < b.begin || b.end < a.begin);
}

int32_t Extraction::FindAntecedent(const Event& reference) const {
  for (size_t k = events_.size(); k-- > 0;) {
    const Event& candidate = events_[k];
    if (candidate.corefers_to >= 0) continue;
    if (candidate.status != EventStatus::kOccurred) continue;
    // "... three days after Trump met Putin. During a break in the meeting" is not that one.
    if (subordinate_[k] && reference.timex < 0) continue;
    if (!lex_.types.Compatible(candidate.type, reference.type)) continue;
    if (!TimesCompatible(candidate.time, reference.time)) continue;
    // Every participant that identifies the reference must be in the candidate: "Scholz's
    // meeting with Xi" does not refer back to a meeting of Scholz and Modi. Participants the
    // reference adds ("the meeting also included A") do not identify it.
    bool subset = true;
    for (const Participant& p : reference.participants) {
      if (std::find(non_identifying_.begin(), non_identifying_.end(), p.entity) !=
          non_identifying_.end()) {
        continue;
      }
      bool found = false;
      for (const Participant& q : candidate.participants) found = found || p.entity == q.entity;
      subset = subset && found;
    }
    if (!subset) continue;
    if (reference.place >= 0 && candidate.place >= 0 && reference.place != candidate.place) {
      const Entity& rp = a_.entities[static_cast<size_t>(reference.place)];
      bool related = std::find(candidate.place_chain.begin(), candidate.place_chain.end(),
                               reference.place) != candidate.place_chain.end() ||
                     std::find(reference.place_chain.begin(), reference.place_chain.end(),
                               candidate.place) != reference.place_chain.end() ||
                     (!rp.parent.empty() &&
                      rp.parent == a_.entities[static_cast<size_t>(candidate.place)].key) ||
                     a_.entities[static_cast<size_t>(candidate.place)].parent == rp.key;
      // A place nothing locates ("Joint Base Elmendorf-Richardson" without a gazetteer
      // parent) may lie inside the other: "The meeting, held at the base" refers back.
      bool unknown = rp.parent.empty() && rp.kind == EntityKind::kPlace;
      if (!related && !unknown) continue;
    }
    // A reference dated by its own timex ("their 2018 summit") refers back only to an event with
    // a compatible known time, or, undated, to one of the last days before the article
    // ("Friday's summit").
    if (reference.timex >= 0 && !candidate.time.known()) {
      const std::optional<CivilDate>& dct = a_.document.dct();
      if (!dct || !dct->complete() || reference.time.precision < Precision::kDay) continue;
      const CivilDate& day = reference.time.begin;
      bool recent = day.year == dct->year &&
                    (day.month == dct->month || day.month + 1 == dct->month) &&
                    (day.month == dct->month ? dct->day - day.day : dct->day + 31 - day.day) <= 7;
      if (!recent) continue;
    }
    return static_cast<int32_t>(k);
  }
  return -1;
}

void Extraction::Finish(Event event, bool definite, bool is_noun) {
  if (!event.place_chain.empty()) event.place = event.place_chain.front();
  if (is_noun && definite && event.status == EventStatus::kOccurred) {
    int32_t antecedent = FindAntecedent(event);
    if (antecedent >= 0) {
      event.corefers_to = antecedent;
      event.rule += ".coref";
      event.confidence = 0.6;
    }
  }
  bool symmetric = false;
  if (const EventTypeInfo* info = lex_.types.Find(event.type)) {
    symmetric = info->direction == RelationDirection::kSymmetric;
  }
  size_t principals = 0;
  for (const Participant& p : event.participants) {
    principals += p.role != ParticipantRole::kCompanion;
  }
  if (event.corefers_to < 0) {
    if (principals == 0 && relative_follows_) {
      pending_.push_back(std::move(event));
      return;
    }
    if (principals == 0) return;
    // "Putin spoke of the need" is no meeting; "he would soon call Xi" is a call.
    if (!is_noun && symmetric && principals < 2 && !explicit_object_) return;
  }
  own_time_.push_back(event.timex >= 0);
  verb_.push_back(!is_noun);
  {
    // A verb after "after"/"before"/"since", or a noun after "since" ("his first summit since a
    // 2021 meeting with Biden"), is background that "the meeting" later does not refer to.
    uint32_t opener =
        SubordinateOpener(a_.sentences[event.sentence].token_begin, TokenAt(event.trigger.begin));
    subordinate_.push_back(opener != kNone && (!is_noun || Lower(opener) == "since"));
  }
  events_.push_back(std::move(event));
}

void Extraction::ProcessTrigger(uint32_t s, const TriggerHit& hit) {
  const Sentence& sentence = a_.sentences[s];
  const uint32_t sb = sentence.token_begin;
  const uint32_t se = sentence.token_end;
  TriggerInfo info = *hit.info;
  non_identifying_.clear();
  explicit_object_ = false;
  relative_follows_ = false;
  {
    // Nouns that double as base verbs read as verbs after a modal or "to": "will call X",
    // "would soon call X", "to visit Y"; "a call with X" stays a noun.
    std::string_view key = Lower(hit.tb);
    uint32_t k = hit.tb;
    while (k > sb && (IsAdverb(k - 1) || Lower(k - 1) == "soon" || Lower(k - 1) == "not")) --k;
    if (info.pos == TriggerPos::kNoun && hit.te == hit.tb + 1 && k > sb &&
        (key == "call" || key == "visit" || key == "attack")) {
      static const std::unordered_set<std::string_view> kModals = {
          "will", "would", "might", "could", "may", "should", "shall", "can", "must", "to", "'ll"};
      if (kModals.count(Lower(k - 1)) != 0) {
        info.pos = TriggerPos::kBase;
        info.with_frame = false;
      }
    }
  }
  const bool noun = info.pos == TriggerPos::kNoun;
  Event event;
  event.type = info.type;
  event.trigger = Span{a_.tokens[hit.tb].span.begin, a_.tokens[hit.te - 1].span.end};
  event.sentence = s;
  event.relation = info.relation;
  event.rule = noun ? "noun" : "verb";
  event.confidence = 0.5;
  bool definite = false;

  if (!noun) {
    // "called his meeting ... productive" names, it does not phone.
    if (info.type == "call" && info.relation == "called" && hit.te < se) {
      std::string_view next = Lower(hit.te);
      if (IsDeterminer(next) || next == "it" || IsQuote(next) || next == "on" || next == "for") {
        return;
      }
    }
    bool passive = false;
    for (uint32_t k = hit.tb; k-- > sb && k + 3 > hit.tb;) {
      std::string_view w = Lower(k);
      if (w == "was" || w == "were" || w == "been" || w == "being" || w == "is" || w == "are" ||
          w == "be") {
        passive = info.pos == TriggerPos::kVerb;
        break;
      }
      if (w != "not" && w != "also" && !IsAdverb(k)) break;
    }
    // "Putin, accused of war crimes": the accused is the one before, as in a passive.
    if (info.type == "accusation" && hit.te < se && Lower(hit.te) == "of") passive = true;
    // "The outcome was met with skepticism" is no meeting.
    if (passive && info.type == "meeting") return;
    Group subject = ScanLeft(hit.tb, sb);
    bool coordinated = false;
    {
      // "X ... and warned", "X ..., blamed": a verb coordinated with an earlier one.
      uint32_t k = hit.tb;
      while (k > sb && (IsAdverb(k - 1) || Lower(k - 1) == "also")) --k;
      if (k > sb && (Lower(k - 1) == "and" || Lower(k - 1) == "but")) coordinated = true;
      if (k > sb && Lower(k - 1) == "," && subject.discard) coordinated = true;
    }
    if (subject.discard) subject.mentions.clear();
    {
      // "Trump ended his remarks by thanking Putin": a gerund after a preposition takes the
      // sentence subject.
      std::string_view w = Lower(hit.tb);
      if (subject.mentions.empty() && subject.stop != kNone && subject.stop + 1 == hit.tb &&
          IsPreposition(subject.stop) && w.size() > 4 && w.substr(w.size() - 3) == "ing") {
        coordinated = true;
      }
    }
    if (subject.mentions.empty() && coordinated) subject = SentenceSubject(sb, hit.tb);
    std::vector<int32_t> subjects = subject.mentions;
    if (subjects.empty() && subject.plural_ref) {
      AddEntities(LastPair(hit.tb), ParticipantRole::kParticipant, &event);
      event.rule += ".plural";
    }
    // Object: direct ("greeted Putin") or after with/to ("met with X", "spoke to X").
    uint32_t q = hit.te;
    std::string_view next = q < se ? Lower(q) : std::string_view();
    bool with_prep = next == "with" || next == "to" ||
                     (!info.symmetric && (next == "in" || next == "against" || next == "on"));
    Group object;
    if (with_prep) {
      object = ScanRight(q + 1, se, false);
    } else if (!info.with_frame && !passive) {
      object = ScanRight(q, se, false);
    }
    // "Putin had bought himself more time" transfers nothing.
    if (q < se && (Lower(q) == "himself" || Lower(q) == "herself" || Lower(q) == "itself" ||
                   Lower(q) == "themselves")) {
      return;
    }
    explicit_object_ = !object.mentions.empty();
    ParticipantRole subject_role =
        info.symmetric ? ParticipantRole::kParticipant : ParticipantRole::kAgent;
    ParticipantRole object_role =
        info.symmetric ? ParticipantRole::kParticipant : ParticipantRole::kPatient;
    if (passive) {
      AddParticipants(subjects, ParticipantRole::kPatient, &event);
      // "was greeted by Trump", "was greeted with a warm handshake from Trump"
      for (uint32_t k = q; k < se && k < q + 10; ++k) {
        // "from" only for a person: "a warm handshake from Trump", not "children from Ukraine".
        int32_t after = k + 1 < se ? mention_at_[k + 1] : -1;
        if (Lower(k) == "by" || (Lower(k) == "from" && after >= 0 && IsPerson(after))) {
          Group agent = ScanRight(k + 1, se, false);
          AddParticipants(agent.mentions, ParticipantRole::kAgent, &event);
          break;
        }
        if (IsClauseBreak(Lower(k))) break;
      }
      event.rule += ".passive";
    } else {
      AddParticipants(subjects, subject_role, &event);
      AddParticipants(object.mentions, object_role, &event);
      AddParticipants(subject.companions, ParticipantRole::kCompanion, &event);
    }
    // Partners after a preposition further on: "bought Alaska in 1867 from Russia".
    uint32_t k = object.stop == kNone ? q : object.stop;
    for (uint32_t end = std::min(se, k + 8); k < end; ++k) {
      std::string_view w = Lower(k);
      if (IsClauseBreak(w) || w == ",") break;
      if (((w == "from" || w == "to") && info.type == "transfer") ||
          (w == "with" && info.symmetric && object.mentions.empty())) {
        Group partner = ScanRight(k + 1, se, false);
        if (w == "from" && info.type == "transfer") {
          AddParticipants(partner.mentions, ParticipantRole::kPatient, &event);
        } else {
          AddParticipants(partner.mentions,
                          info.symmetric ? ParticipantRole::kParticipant : object_role, &event);
        }
        break;
      }
    }
    if (info.reverse) {
      // "X bought Y from Z": Z gave, so Z is the agent of the transfer.
      for (Participant& p : event.participants) {
        if (p.role == ParticipantRole::kAgent) {
          p.role = ParticipantRole::kPatient;
        } else if (p.role == ParticipantRole::kPatient) {
          p.role = ParticipantRole::kAgent;
        }
      }
    }
    event.place_chain = PlaceChain(hit.tb, hit.te, sb, se, event.participants);
    if (event.place_chain.empty() && !object.places.empty()) {
      event.place_chain.push_back(a_.mentions[static_cast<size_t>(object.places[0])].entity);
    }
    event.status = StatusBefore(hit.tb, sb, false);
    if (info.pos == TriggerPos::kBase && event.status == EventStatus::kOccurred) {
      // "to meet", "wants to meet": a base form after "to" is not a report of the past.
      for (uint32_t j = hit.tb; j-- > sb && j + 4 > hit.tb;) {
        if (Lower(j) == "to") event.status = EventStatus::kPlanned;
      }
    }
    if (subjects.size() + object.mentions.size() >= 2) event.confidence += 0.2;
  } else {
    // Noun phrase to the left, right to left: modifiers ("the February 28 White House
    // meeting", "a 2018 summit", "Friday's summit"), a possessor ("Russia's invasion") or an
    // adjacent actor ("the ICC warrant"), then the determiner, which closes the phrase; before
    // it only a light verb may follow ("X and Y held a long summit", "wrapped up a meeting").
    // "Macron ended without a deal" does not make Macron a party to the deal: the determiner
    // closed the phrase before "ended".
    uint32_t np_begin = hit.tb;
    int32_t possessor = -1;
    int32_t modifier_actor = -1;
    bool possessive_pronoun = false;
    bool their = false;
    bool closed = false;  // a determiner or possessor was passed
    bool indefinite_next = false;
    uint32_t adjectives = 0;
    uint32_t light = kNone;
    for (uint32_t k = hit.tb; k-- > sb && k + 14 > hit.tb;) {
      std::string_view w = Lower(k);
      CueClass cls = ClassOf(k);
      if (closed) {
        // After the determiner: a light verb, possibly with a particle or adverb between.
        if (cls == CueClass::kLight) {
          light = k;
        } else if ((w == "up" || IsAdverb(k) || w == "also" || w == "jointly") &&
                   np_begin - k < 3) {
          continue;
        }
        break;
      }
      int32_t m = mention_at_[k];
      if (m >= 0) {
        uint32_t te = mention_te_[static_cast<size_t>(m)];
        bool possessive = te < hit.tb && Possessive(te);
        if (!possessive && te != np_begin) break;
        if (IsActor(m)) {
          if (possessive) {
            possessor = m;  // "Russia's invasion", "Trump's meeting"
          } else {
            modifier_actor = m;  // "the ICC warrant", "a NATO summit"
          }
        }
        definite = true;  // "the Helsinki meeting", "Russia's invasion"
        np_begin = mention_tb_[static_cast<size_t>(m)];
        k = np_begin;
        if (possessive) closed = true;
        if (k == 0) break;
        continue;
      }
      if (timex_at_[k] >= 0) {
        int32_t x = timex_at_[k];
        if (timex_te_[static_cast<size_t>(x)] < hit.tb &&
            Possessive(timex_te_[static_cast<size_t>(x)])) {
          definite = true;  // "Friday's summit"
          closed = true;
        }
        np_begin = timex_tb_[static_cast<size_t>(x)];
        k = np_begin;
        if (k == 0) break;
        continue;
      }
      if (cls == CueClass::kLight) {
        light = k;  // "held talks"
        break;
      }
      if (Possessive(k)) continue;
      if (IsDeterminer(w) || w == "no" || w == "another" || w == "any") {
        // "a second, three-way summit", "another meeting": one still to come.
        if (w == "another" || ((w == "a" || w == "an") && k + 1 < hit.tb &&
                               (Lower(k + 1) == "second" || Lower(k + 1) == "follow-up"))) {
          indefinite_next = true;
        }
        if (w == "the" || w == "this" || w == "that") definite = true;
        if (w == "their") their = definite = true;
        if (w == "his" || w == "her") possessive_pronoun = definite = true;
        np_begin = k;
        closed = true;
        continue;
      }
      if (w == "," && k > sb && (Lower(k - 1) == "second" || Lower(k - 1) == "new")) {
        np_begin = k;  // "a second, three-way summit"
        continue;
      }
      if (w == "of" && info.type == "agreement") {
        return;  // "wide areas of agreement with X" names a topic, not a deal
      }
      if (IsClauseBreak(w) || w == "," || IsPreposition(k) || w == "said") break;
      if (cls == CueClass::kStatus) {
        // Only adjectives stay inside the phrase ("a possible future meeting"); modal verbs
        // end it ("will call").
        static const std::unordered_set<std::string_view> kInside = {
            "possible", "future",  "next",        "potential", "upcoming",
            "proposed", "planned", "prospective", "scheduled"};
        if (kInside.count(w) == 0) break;
      } else if (w == "and" || IsQuote(w)) {
        // '"very productive" and "mutually respectful" summit'
      } else if (Capitalized(k) || a_.tokens[k].kind == TokenKind::kNumber ||
                 (a_.tokens[k].kind == TokenKind::kWord && ++adjectives <= 6 &&
                  !(w.size() > 3 && w.substr(w.size() - 2) == "ed"))) {
        const TriggerInfo* t = TriggerOf(k);
        if (t != nullptr && t->pos != TriggerPos::kNoun) break;
      } else {
        break;
      }
      np_begin = k;
    }
    ParticipantRole agent_role =
        info.symmetric ? ParticipantRole::kParticipant : ParticipantRole::kAgent;
    ParticipantRole patient_role =
        info.symmetric ? ParticipantRole::kParticipant : ParticipantRole::kPatient;
    if (possessor >= 0) AddParticipants({possessor}, agent_role, &event);
    if (modifier_actor >= 0) AddParticipants({modifier_actor}, agent_role, &event);
    if (light != kNone) {
      Group subject = ScanLeft(light, sb);
      if (!subject.discard) {
        AddParticipants(subject.mentions, agent_role, &event);
        AddParticipants(subject.companions, ParticipantRole::kCompanion, &event);
        if (subject.mentions.empty() && subject.plural_ref) {
          AddEntities(LastPair(hit.tb), agent_role, &event);
        }
      }
      event.rule += ".light";
    }
    if (their) {
      // "their 2018 summit discussions": the persons of the latest pair.
      AddEntities(LastPair(hit.tb), agent_role, &event);
      event.rule += ".their";
    } else if (possessive_pronoun && possessor < 0) {
      // "In an interview ..., Trump said ... during his summit with Putin": the sentence's
      // first person.
      Group subject = SentenceSubject(sb, np_begin);
      AddParticipants(subject.mentions, agent_role, &event);
    }
    // To the right: "between X and Y", "with X", "of X", "by X", "to X", "for X".
    bool with_partner = false;
    uint32_t k = hit.te;
    for (uint32_t end = std::min(se, hit.te + 4); k < end; ++k) {
      std::string_view w = Lower(k);
      if (timex_at_[k] >= 0 || w == "first" || IsAdverb(k) || w == "(" || w == ")") continue;
      if (w == "between" || w == "with" || w == "of" || w == "by" || w == "to" || w == "for" ||
          w == "against" || w == "involving") {
        Group partner = ScanRight(k + 1, se, w == "involving");
        ParticipantRole role = patient_role;
        if (w == "between" || w == "with" || w == "involving") {
          role = ParticipantRole::kParticipant;
          with_partner = w == "with";
        } else if (w == "by") {
          role = agent_role;
        }
        if (w == "of" && info.type != "attack" && info.type != "annexation" &&
            info.type != "transfer" && info.type != "exchange") {
          break;  // "hours of talks", "areas of agreement"
        }
        AddParticipants(partner.mentions, role, &event);
        if (partner.mentions.empty() && partner.plural_ref) {
          AddEntities(LastPair(hit.tb), role, &event);
        }
        break;
      }
      break;
    }
    // "a February 28 White House meeting in which Mr Trump berated X": the clause's event
    // gives the meeting its participants (see ProcessSentence).
    if (hit.te + 1 < se && Lower(hit.te + 1) == "which" &&
        (Lower(hit.te) == "in" || Lower(hit.te) == "at" || Lower(hit.te) == "during")) {
      relative_follows_ = true;
    }
    if (hit.te < se && Lower(hit.te) == "where") relative_follows_ = true;
    // "The meeting also included A; B; C", "a meeting set up involving X, Y and Z".
    for (uint32_t j = hit.te; j < se && j < hit.te + 5; ++j) {
      std::string_view w = Lower(j);
      if (ClassOf(j) == CueClass::kInclude) {
        Group included = ScanRight(j + 1, se, true);
        for (int32_t m : included.mentions) {
          non_identifying_.push_back(a_.mentions[static_cast<size_t>(m)].entity);
        }
        AddParticipants(included.mentions, ParticipantRole::kParticipant, &event);
        event.rule += ".include";
        break;
      }
      if (IsClauseBreak(w) || w == "," || mention_at_[j] >= 0) break;
    }
    // "X said that three hours of talks with Y ...": the sentence subject is the other side.
    if (with_partner && info.symmetric) {
      size_t principals = 0;
      for (const Participant& p : event.participants) {
        principals += p.role != ParticipantRole::kCompanion;
      }
      if (principals == 1) {
        Group subject = SentenceSubject(sb, np_begin);
        AddParticipants(subject.mentions, ParticipantRole::kParticipant, &event);
      }
      // "Zelenskyy said on Sunday ... The meeting with Trump and Vance on 28 February collapsed":
      // a definite "the meeting with X" opening its sentence is the previous subject's.
      if (definite && np_begin == sb && s > 0 && a_.sentences[s - 1].kind == SentenceKind::kBody) {
        const Sentence& previous = a_.sentences[s - 1];
        Group subject = SentenceSubject(previous.token_begin, previous.token_end);
        if (!subject.mentions.empty() && IsPerson(subject.mentions[0])) {
          AddParticipants({subject.mentions[0]}, ParticipantRole::kParticipant, &event);
        }
      }
    }
    event.place_chain = PlaceChain(hit.tb, hit.te, sb, se, event.participants);
    event.status = StatusBefore(np_begin, sb, true);
    if (indefinite_next && event.status == EventStatus::kOccurred) {
      event.status = EventStatus::kPlanned;
    }
    // Cues inside the noun phrase ("a possible future meeting", "no deal").
    for (uint32_t j = np_begin; j < hit.tb; ++j) {
      const Cue* cue = CueOf(j);
      if (cue != nullptr && cue->cls == CueClass::kStatus) {
        if (cue->status == EventStatus::kNegated || event.status == EventStatus::kOccurred) {
          event.status = cue->status;
        }
      }
    }
    if (event.status == EventStatus::kOccurred) {
      // "a deal ... had still not been finalized", "no ceasefire had been agreed".
      for (uint32_t j = hit.te; j + 1 < se && j < hit.te + 8; ++j) {
        std::string_view w = Lower(j);
        if (IsClauseBreak(w) || ClassOf(j) == CueClass::kInclude) break;
        if (w == "not" || w == "n't" || w == "never") {
          for (uint32_t r = j + 1; r < se && r < j + 3; ++r) {
            std::string_view v = Lower(r);
            if (v == "been" || v == "be") continue;
            if ((v.size() > 3 && v.substr(v.size() - 2) == "ed") || v == "made" || v == "held" ||
                v == "reached") {
              event.status = EventStatus::kNegated;
            }
            break;
          }
          break;
        }
      }
    }
    if (event.participants.size() >= 2) event.confidence += 0.2;
  }

  if (hit.timex >= 0) {
    event.timex = hit.timex;
    event.time = TimeOf(hit.timex);
    event.confidence += 0.1;
  }
  if (!event.place_chain.empty()) event.confidence += 0.05;
  event.confidence = std::min(event.confidence, 0.95);
  Finish(std::move(event), definite, noun);
}

// "A and B joined X", "C and D accompanied Y": A and B are companions in X's latest event.
void Extraction::ProcessCompanion(uint32_t s, uint32_t i) {
  const Sentence& sentence = a_.sentences[s];
  Group subject = ScanLeft(i, sentence.token_begin);
  if (subject.discard || subject.mentions.empty() || i + 1 >= sentence.token_end) return;
  Group object = ScanRight(i + 1, sentence.token_end, false);
  if (object.mentions.empty()) return;
  int32_t leader = a_.mentions[static_cast<size_t>(object.mentions[0])].entity;
  int32_t antecedent = -1;
  for (size_t k = events_.size(); k-- > 0 && antecedent < 0;) {
    int32_t head = Head(static_cast<int32_t>(k));
    for (const Participant& p : events_[k].participants) {
      if (p.entity == leader && p.role != ParticipantRole::kCompanion) antecedent = head;
    }
  }
  if (antecedent < 0) return;
  const Event& head = events_[static_cast<size_t>(antecedent)];
  Event event;
  event.type = head.type;
  event.trigger = a_.tokens[i].span;
  event.sentence = s;
  event.status = head.status;
  event.time = head.time;
  event.rule = "companion";
  event.relation = "accompanied";
  event.corefers_to = antecedent;
  event.confidence = 0.6;
  AddParticipants({object.mentions[0]}, ParticipantRole::kParticipant, &event);
  AddParticipants(subject.mentions, ParticipantRole::kCompanion, &event);
  own_time_.push_back(false);
  verb_.push_back(true);
  subordinate_.push_back(false);
  events_.push_back(std::move(event));
}

void Extraction::ProcessSentence(uint32_t s) {
  const Sentence& sentence = a_.sentences[s];
  const uint32_t sb = sentence.token_begin;
  const uint32_t se =
      std::min<uint32_t>(sentence.token_end, static_cast<uint32_t>(a_.tokens.size()));
  sentence_end_ = se;
  sentence_ = s;
  if (sentence.kind == SentenceKind::kByline) return;
  std::vector<TriggerHit> hits;
  std::vector<uint32_t> companions;
  std::string key;
  uint32_t next = sb;  // the first token not consumed by a multi-word trigger
  for (auto it = std::lower_bound(candidates_.begin(), candidates_.end(), sb);
       it != candidates_.end() && *it < se; ++it) {
    const uint32_t i = *it;
    if (i < next || mention_at_[i] >= 0) continue;
    std::string_view w = Lower(i);
    const TriggerInfo* info = nullptr;
    uint32_t words = 1;
    const internal::EventWordInfo* word = words_[i];
    if (word->multiword_head) {
      for (uint32_t n = 3; n >= 2 && info == nullptr; --n) {
        if (i + n > se) continue;
        key.assign(w);
        for (uint32_t j = 1; j < n; ++j) {
          key.push_back(' ');
          key.append(Lower(i + j));
        }
        auto found = lex_.triggers.find(std::string_view(key));
        if (found != lex_.triggers.end()) {
          info = &found->second;
          words = n;
        }
      }
    }
    if (info == nullptr) info = word->trigger;
    if (info == nullptr) {
      if (ClassOf(i) == CueClass::kCompanion) companions.push_back(i);
      continue;
    }
    // Of two adjacent nouns the second is the head: "summit discussions", "peace talks".
    if (!hits.empty() && hits.back().te == i && hits.back().info->pos == TriggerPos::kNoun &&
        info->pos == TriggerPos::kNoun) {
      hits.pop_back();
    }
    hits.push_back(TriggerHit{i, i + words, info, -1, kNone});
    next = i + words;
  }
  if (hits.empty() && companions.empty()) return;
  ClaimTimexes(sb, se, &hits);
  const size_t first_event = events_.size();
  size_t c = 0;
  for (const TriggerHit& hit : hits) {
    while (c < companions.size() && companions[c] < hit.tb) ProcessCompanion(s, companions[c++]);
    ProcessTrigger(s, hit);
  }
  while (c < companions.size()) ProcessCompanion(s, companions[c++]);
  // Nouns with a relative clause: "a February 28 White House meeting in which Mr Trump publicly
  // berated Ukrainian President Volodymyr Zelensky" → a meeting of Trump and Zelensky, and the
  // criticism happened at that meeting's time and place.
  std::vector<Event> pending = std::move(pending_);
  pending_.clear();
  for (Event& noun : pending) {
    for (size_t k = first_event; k < events_.size(); ++k) {
      Event& clause = events_[k];
      if (clause.trigger.begin < noun.trigger.end || clause.corefers_to >= 0) continue;
      // Only the relative clause's own verb: "a 2018 summit in which he appeared cowed and
      // accepted ... findings that Russia interfered" does not make Russia a summit party.
      if (TokenAt(clause.trigger.begin) > TokenAt(noun.trigger.end) + 7) break;
      for (const Participant& p : clause.participants) {
        if (p.role == ParticipantRole::kCompanion) continue;
        bool seen = false;
        for (const Participant& q : noun.participants) seen = seen || q.entity == p.entity;
        if (!seen) {
          noun.participants.push_back(Participant{p.entity, ParticipantRole::kParticipant, p.span});
        }
      }
      if (clause.timex < 0 && noun.timex >= 0) {
        clause.timex = noun.timex;
        clause.time = noun.time;
        own_time_[k] = true;
      }
      if (clause.place_chain.empty()) {
        clause.place_chain = noun.place_chain;
        clause.place = noun.place;
      }
      noun.rule += ".relative";
      break;
    }
    if (noun.participants.empty()) continue;
    own_time_.push_back(noun.timex >= 0);
    verb_.push_back(false);
    subordinate_.push_back(false);
    events_.push_back(std::move(noun));
  }
}

std::vector<Event> Extraction::Run() {
  Prepare();
  for (size_t m = 0; m < a_.mentions.size() && dateline_place_ < 0; ++m) {
    const Mention& mention = a_.mentions[m];
    if (mention.sentence >= a_.sentences.size()) continue;
    const SentenceKind kind = a_.sentences[mention.sentence].kind;
    if (kind == SentenceKind::kBody) break;  // the dateline precedes the body (mentions in order)
    if (kind == SentenceKind::kDateline && IsPlaceMention(static_cast<int32_t>(m))) {
      dateline_place_ = mention.entity;
    }
  }
  for (uint32_t s = 0; s < a_.sentences.size(); ++s) {
    lead_end_ = s;
    if (a_.sentences[s].kind == SentenceKind::kBody) break;
  }
  for (uint32_t s = 0; s < a_.sentences.size(); ++s) {
    if (a_.sentences[s].token_end > a_.tokens.size()) continue;
    size_t first = events_.size();
    ProcessSentence(s);
    // Exclusions: "Zelenskiy, who was not invited to the summit": the patients of a negated
    // invitation are excluded from the event the following noun refers to.
    for (size_t k = first; k < events_.size(); ++k) {
      Event& neg = events_[k];
      if (neg.status != EventStatus::kNegated || neg.type != "invitation") continue;
      uint32_t tb = TokenAt(neg.trigger.end);
      for (uint32_t j = tb; j < a_.sentences[s].token_end && j < tb + 4; ++j) {
        const TriggerInfo* t = TriggerOf(j);
        if (t == nullptr || t->pos != TriggerPos::kNoun) continue;
        Event probe;
        probe.type = t->type;
        non_identifying_.clear();
        int32_t antecedent = FindAntecedent(probe);
        if (antecedent >= 0) {
          for (const Participant& p : neg.participants) {
            if (p.role != ParticipantRole::kAgent) {
              events_[static_cast<size_t>(antecedent)].excluded.push_back(p.entity);
            }
          }
        }
        break;
      }
    }
  }
  // The article's main event time: the first occurred event dated to the day by its own timex.
  for (size_t k = 0; k < events_.size(); ++k) {
    const Event& e = events_[k];
    if (own_time_[k] && e.status == EventStatus::kOccurred && e.time.known() &&
        e.time.precision >= Precision::kDay) {
      main_time_ = e.time;
      main_time_.text.clear();
      break;
    }
  }
  if (!main_time_.known()) main_time_ = LeadTime();
  for (size_t k = 0; k < events_.size(); ++k) {
    Event& e = events_[k];
    if (e.corefers_to >= 0) {
      int32_t head = Head(static_cast<int32_t>(k));
      if (!e.time.known()) e.time = events_[static_cast<size_t>(head)].time;
      continue;
    }
    // Verbs, and the nouns of the article's lead ("Trump called his meeting with Putin
    // productive"): the article's main event time. Other nouns ("Russia's invasion of Ukraine")
    // are background unless dated.
    bool lead = e.sentence <= lead_end_;
    if (e.time.known() || e.status != EventStatus::kOccurred) continue;
    if (DateSubordinate(k)) continue;
    if (!(verb_[k] || lead) || !main_time_.known()) continue;
    const Sentence& sentence = a_.sentences[e.sentence];
    uint32_t tb = TokenAt(e.trigger.begin);
    if (MarksPast(sentence.token_begin, sentence.token_end, tb)) continue;
    e.time = main_time_;
    e.rule += ".main_time";
  }
  // Coreferent mentions inherit their head's time when they have none (done above); their
  // exclusions are reported on the head too.
  for (size_t k = 0; k < events_.size(); ++k) {
    if (events_[k].corefers_to < 0 || events_[k].excluded.empty()) continue;
    Event& head = events_[static_cast<size_t>(Head(static_cast<int32_t>(k)))];
    for (int32_t x : events_[k].excluded) head.excluded.push_back(x);
  }
  for (Event& e : events_) {
    std::sort(e.excluded.begin(), e.excluded.end());
    e.excluded.erase(std::unique(e.excluded.begin(), e.excluded.end()), e.excluded.end());
    if (e.excluded.empty()) continue;
    std::erase_if(e.participants, [&](const Participant& p) {
      return std::binary_search(e.excluded.begin(), e.excluded.end(), p.entity);
    });
  }
  return std::move(events_);
}

Cue ParseCue(const LexiconEntry& entry, bool* ok) {
  static const std::pair<std::string_view, CueClass> kClasses[] = {
      {"status", CueClass::kStatus},       {"light", CueClass::kLight},
      {"companion", CueClass::kCompanion}, {"include", CueClass::kInclude},
      {"timeblock", CueClass::kTimeBlock}, {"past", CueClass::kPast},
      {"connector", CueClass::kConnector}, {"groupnoun", CueClass::kGroupNoun},
      {"filler", CueClass::kFiller}};
  Cue cue;
  *ok = false;
  if (entry.fields.size() < 2) return cue;
  for (const auto& [name, cls] : kClasses) {
    if (entry.fields[0] == name) {
      cue.cls = cls;
      *ok = true;
    }
  }
  if (cue.cls == CueClass::kStatus) {
    std::optional<EventStatus> status = ParseEventStatus(entry.fields[1]);
    if (!status) *ok = false;
    cue.status = status.value_or(EventStatus::kOccurred);
  }
  return cue;
}

}  // namespace

EventExtractor::EventExtractor(std::shared_ptr<const internal::EventLexicons> lexicons)
    : lexicons_(std::move(lexicons)) {}

Result<EventExtractor> EventExtractor::Create(const Lexicon& event_types, const Lexicon& triggers,
                                              const Lexicon& cues) {
  auto lex = std::make_shared<internal::EventLexicons>();
  Result<EventTypeTable> types = EventTypeTable::FromLexicon(event_types);
  if (!types.ok()) return types.status();
  lex->types = std::move(types).value();
  auto where = [](const Lexicon& l, const LexiconEntry& e) {
    return l.name() + ":" + std::to_string(e.line) + ":1: ";
  };
  for (const LexiconEntry& entry : triggers.entries()) {
    if (entry.fields.size() < 5) {
      return Status::ParseError(where(triggers, entry) + "expected 6 TAB-separated fields");
    }
    const EventTypeInfo* type = lex->types.Find(entry.fields[0]);
    if (type == nullptr) {
      return Status::ParseError(where(triggers, entry) + "unknown event type '" + entry.fields[0] +
                                "'");
    }
    TriggerInfo info;
    info.type = entry.fields[0];
    const std::string& pos = entry.fields[1];
    if (pos == "verb") {
      info.pos = TriggerPos::kVerb;
    } else if (pos == "base") {
      info.pos = TriggerPos::kBase;
    } else if (pos == "noun") {
      info.pos = TriggerPos::kNoun;
    } else {
      return Status::ParseError(where(triggers, entry) + "unknown part of speech '" + pos + "'");
    }
    info.with_frame = entry.fields[2] == "with";
    info.relation = entry.fields[3] == "-" ? "" : entry.fields[3];
    info.reverse = entry.fields[4] == "rev";
    info.symmetric = type->direction == RelationDirection::kSymmetric;
    size_t space = entry.key.find(' ');
    if (space != std::string::npos) {
      lex->words[entry.key.substr(0, space)].multiword_head = true;
      info.words = static_cast<uint32_t>(std::count(entry.key.begin(), entry.key.end(), ' ') + 1);
    }
    auto it = lex->triggers.emplace(entry.key, std::move(info)).first;
    if (space == std::string::npos) lex->words[entry.key].trigger = &it->second;
  }
  for (const LexiconEntry& entry : cues.entries()) {
    bool ok = false;
    Cue cue = ParseCue(entry, &ok);
    if (!ok) return Status::ParseError(where(cues, entry) + "bad cue class or status");
    lex->words[entry.key].cue = cue;
  }
  for (std::string_view p : kPrepositions) lex->words[p].preposition = true;
  lex->words.Build();
  for (const std::string& key : lex->words.keys()) {
    if (key.empty() || key.size() > 63) {
      return Status::ParseError("event lexicons: word '" + key + "' is empty or too long");
    }
    lex->longest_word = std::max(lex->longest_word, key.size());
    lex->lengths_by_first_byte[static_cast<unsigned char>(key[0])] |= uint64_t{1} << key.size();
    lex->lengths_by_last_byte[static_cast<unsigned char>(key.back())] |= uint64_t{1} << key.size();
  }
  return EventExtractor(std::move(lex));
}

Result<EventExtractor> EventExtractor::Create(std::string_view data_dir) {
  Result<Lexicon> types = Lexicon::Load("event_types.txt", data_dir);
  if (!types.ok()) return types.status();
  Result<Lexicon> triggers = Lexicon::Load("event_triggers.txt", data_dir);
  if (!triggers.ok()) return triggers.status();
  Result<Lexicon> cues = Lexicon::Load("event_cues.txt", data_dir);
  if (!cues.ok()) return cues.status();
  return Create(types.value(), triggers.value(), cues.value());
}

std::vector<Event> EventExtractor::Extract(const Annotations& annotations,
                                           Diagnostics* diagnostics) const {
  Extraction extraction(*lexicons_, annotations, diagnostics);
  return extraction.Run();
}

const EventTypeTable& EventExtractor::types() const { return lexicons_->types; }

}  // namespace eventgraph
