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
//     pronouns  "X said he would meet Y" (the speaker), a sentence-initial "He ..." or "During a
//             break he telephoned Y" (the previous sentence's subject), "X greeted him" (the
//             previous sentence's person); "A, B and C flew to Washington for the talks" (the
//             travellers). The speaker of "said" is no party to "a three-way meeting with Y".
//  3. Place: the nearest place mention after "in"/"at" (or modifying the noun: "the Helsinki
//     meeting") and the places the text says contain it ("at X in Y, Z" → chain X ⊂ Y ⊂ Z).
//  4. Time: each usable timex of the sentence (a DATE/TIME with a resolved value, not after
//     "since", "until", "before" ..., nor the date of a report: "X said on Friday that Y met Z")
//     dates the trigger nearest to it (a modifier inside the
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
//
// This file holds the per-sentence driver (Prepare, ProcessSentence, Run); the steps live in
// core/internal/: event_trigger.cc (ProcessTrigger), event_arguments.cc (2, 3),
// event_time.cc (4), event_status.cc (5, 6) and event_lexicons.cc (Create), sharing
// core/internal/event_extraction.h.
#include "core/event_extractor.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/internal/event_extraction.h"

namespace eventgraph {
namespace internal {

uint32_t EventExtraction::TokenAt(uint32_t byte_offset) const {
  auto it = std::lower_bound(a_.tokens.begin(), a_.tokens.end(), byte_offset,
                             [](const Token& t, uint32_t off) { return t.span.end <= off; });
  return static_cast<uint32_t>(it - a_.tokens.begin());
}

// Fills candidates_ and words_: the tokens that may start a trigger or companion are looked up
// now (they pass lex_.candidate_lengths_by_first_last), every other token is marked
// &kUnresolvedWord and looked up by WordOf() if an argument scan ever reads it (most tokens
// never are: they stand in sentences without a trigger). With kOwnSpans each token's form is
// read at its own span in lower_ (spans checked: false at the first one outside the text,
// leaving the tables half filled for the caller to redo), else through lower_span_.
template <bool kOwnSpans>
bool EventExtraction::ClassifyTokens() {
  const size_t n = a_.tokens.size();
  const size_t text_size = a_.document.text().size();
  const Token* tokens = a_.tokens.data();
  // Plain pointers: stores through words_ (a reference) made the compiler reload every table.
  const internal::EventWordInfo** words = words_.data();
  const char* lower = lower_.data();
  const Span* lower_span = lower_span_.data();
  const uint64_t* pairs = lex_.candidate_lengths_by_first_last;
  const uint64_t* inner_pairs = lex_.candidate_lengths_by_inner;
  const size_t longest = lex_.longest_word;
  candidates_.clear();
  std::fill(words, words + n, &kUnresolvedWord);
  for (size_t i = 0; i < n; ++i) {
    const Token& token = tokens[i];
    Span sp = token.span;
    if constexpr (kOwnSpans) {
      if ((sp.end > text_size) | (sp.begin > sp.end)) return false;
    } else {
      sp = lower_span[i];
    }
    if (token.kind != TokenKind::kWord) continue;
    const std::string_view w(lower + sp.begin, sp.end - sp.begin);
    // Most words are no candidate: a (first byte, last byte, length) bit rules them out without
    // hashing ("company": c...y, 7; "said": s...d, 4), then one of the inner bytes. The size
    // test is one compare: an empty word wraps around to a huge size - 1.
    if (w.size() - 1 >= longest ||
        (pairs[EventLexicons::PairIndex(w[0], w.back())] >> w.size() & 1u) == 0 ||
        (inner_pairs[EventLexicons::InnerPairIndex(w)] >> w.size() & 1u) == 0) {
      continue;
    }
    LookUpCandidate(static_cast<uint32_t>(i), w);
  }
  return true;
}

// Out of line: with the hash lookup inlined, the loop above kept its pointers on the stack and
// reloaded them for every token (about 5 extra loads per token).
__attribute__((noinline)) void EventExtraction::LookUpCandidate(uint32_t i, std::string_view w) {
  const internal::EventWordInfo* info = lex_.words.FindPadded(w);  // lower_ is padded
  words_[i] = info;
  // The tokens ProcessSentence() looks at: triggers, first words of multi-word triggers and
  // companion verbs.
  if (info != nullptr &&
      (info->trigger != nullptr || info->multiword_head || info->cue.cls == CueClass::kCompanion)) {
    candidates_.push_back(i);
  }
}

const internal::EventWordInfo* EventExtraction::ResolveWord(uint32_t i) const {
  const std::string_view w = Lower(i);
  const internal::EventWordInfo* info = nullptr;
  // Words, and the two punctuation tokens a list holds ("A, B & C").
  if ((a_.tokens[i].kind == TokenKind::kWord || w == "," || w == "&") && !w.empty() &&
      w.size() <= lex_.longest_word &&
      (lex_.lengths_by_first_last[EventLexicons::PairIndex(w[0], w.back())] >> w.size() & 1u) !=
          0) {
    info = lex_.words.FindPadded(w);  // lower_ is padded
  }
  words_[i] = info;
  return info;
}

// TokenAt() for an offset at or after the end of token hint - 1: steps of four tokens from the
// hint, then a galloping search (mentions and timexes come in text order, the next one usually
// a few dozen tokens on). The binary search over the rest of the document cost about 120
// instructions per mention on Reuters, stepping token by token about as much, the galloping
// search alone about 90. Tokens from the Tokenizer end in ascending order, so all give
// TokenAt()'s token; a hint past the offset falls back to TokenAt().
uint32_t EventExtraction::TokenAtFrom(uint32_t hint, uint32_t byte_offset) const {
  const std::vector<Token>& tokens = a_.tokens;
  const size_t size = tokens.size();
  if (hint > size || (hint > 0 && tokens[hint - 1].span.end > byte_offset)) {
    return TokenAt(byte_offset);
  }
  const Token* data = tokens.data();
  size_t low = hint;  // every token before `low` ends at or before byte_offset
  // Four tokens a step over the first 64 (most mentions lie there): the token sought is among
  // the first four after `low` as soon as the fourth ends past the offset.
  for (int k = 0; k < 16 && low + 4 <= size; ++k, low += 4) {
    if (data[low + 3].span.end > byte_offset) {
      while (data[low].span.end <= byte_offset) ++low;
      return static_cast<uint32_t>(low);
    }
  }
  size_t step = 1;
  while (low + step <= size && data[low + step - 1].span.end <= byte_offset) {
    low += step;
    step *= 2;
  }
  // The token sought is in [low, low + step - 1] (or is `size`).
  size_t count = low + step <= size ? step - 1 : size - low;
  while (count > 0) {
    const size_t half = count / 2;
    if (data[low + half].span.end <= byte_offset) {
      low += half + 1;
      count -= half + 1;
    } else {
      count = half;
    }
  }
  return static_cast<uint32_t>(low);
}

void EventExtraction::Prepare() {
  const std::string& text = a_.document.text();
  const size_t n = a_.tokens.size();
  // Lower-case a copy of the whole text in place (ASCII only: UTF-8 bytes are >= 0x80), so each
  // token's lower-case form sits at its own span. Tokens with a curly apostrophe are rewritten
  // after the text: "n’t" reads "n't", "Putin’s" "Putin's".
  lower_.resize(text.size());
  {
    const char* in = text.data();
    char* p = lower_.data();
    const size_t size = text.size();
    size_t b = 0;
#if defined(__SSE2__)
    // Sixteen bytes at a time, copied and lower-cased in one pass: a signed compare leaves the
    // UTF-8 bytes (>= 0x80, negative) alone.
    const __m128i before_a = _mm_set1_epi8('A' - 1);
    const __m128i after_z = _mm_set1_epi8('Z' + 1);
    const __m128i bit5 = _mm_set1_epi8(0x20);
    for (; b + 16 <= size; b += 16) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + b));
      const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(x, before_a), _mm_cmplt_epi8(x, after_z));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(p + b),
                       _mm_or_si128(x, _mm_and_si128(upper, bit5)));
    }
#else
    // Eight bytes at a time: bytes 'A'..'Z' (high bit clear) gain 0x20.
    constexpr uint64_t kOnes = 0x0101010101010101ull;
    constexpr uint64_t kHigh = 0x8080808080808080ull;
    for (; b + 8 <= size; b += 8) {
      uint64_t x;
      std::memcpy(&x, in + b, 8);
      const uint64_t low = x & ~kHigh;
      const uint64_t at_least_a = low + (0x80 - 'A') * kOnes;
      const uint64_t above_z = low + (0x80 - 'Z' - 1) * kOnes;
      const uint64_t upper = at_least_a & ~above_z & ~x & kHigh;
      x |= upper >> 2;
      std::memcpy(p + b, &x, 8);
    }
#endif
    for (; b < size; ++b) {
      const unsigned u = static_cast<unsigned char>(in[b]);
      p[b] = static_cast<char>(u - 'A' < 26u ? u + 32u : u);
    }
  }
  // Eight bytes after every form for the word-table lookup's single load (FindPadded()).
  lower_.append(8, '\0');
  // The common case reads each token's form at its own span; a token with a bad span or a curly
  // apostrophe sends every lookup through lower_span_.
  constexpr std::string_view kCurly = "\xE2\x80\x99";
  words_.resize(n);  // every entry is written by ClassifyTokens()
  use_lower_span_ = text.find(kCurly) != std::string::npos;
  // The fast pass checks each span as it goes and gives up at the first bad one (odd input).
  if (!use_lower_span_ && !ClassifyTokens<true>()) use_lower_span_ = true;
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
    lower_.append(8, '\0');  // the padding after the rewritten forms
    ClassifyTokens<false>();
  }

  uint32_t hint = 0;  // mentions, then timexes, come in text order: each search starts here
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
    uint32_t tb = TokenAtFrom(hint, mention.span.begin);
    hint = tb;
    uint32_t te = tb;
    while (te < n && a_.tokens[te].span.begin < mention.span.end) ++te;
    mention_tb_[m] = tb;
    mention_te_[m] = te;
    for (uint32_t t = tb; t < te; ++t) {
      if (mention_at_[t] < 0) mention_at_[t] = static_cast<int32_t>(m);
    }
  }
  hint = 0;
  timex_at_.assign(n, -1);
  timex_tb_.assign(a_.timexes.size(), 0);
  timex_te_.assign(a_.timexes.size(), 0);
  for (size_t x = 0; x < a_.timexes.size(); ++x) {
    const Timex& timex = a_.timexes[x];
    if (timex.span.end > text.size()) continue;
    uint32_t tb = TokenAtFrom(hint, timex.span.begin);
    hint = tb;
    uint32_t te = tb;
    while (te < n && a_.tokens[te].span.begin < timex.span.end) ++te;
    timex_tb_[x] = tb;
    timex_te_[x] = te;
    for (uint32_t t = tb; t < te; ++t) {
      if (timex_at_[t] < 0) timex_at_[t] = static_cast<int32_t>(x);
    }
  }
}

// "A and B joined X", "C and D accompanied Y": A and B are companions in X's latest event.
void EventExtraction::ProcessCompanion(uint32_t s, uint32_t i) {
  const Sentence& sentence = a_.sentences[s];
  ArgumentGroup subject = ScanLeft(i, sentence.token_begin);
  if (subject.discard || subject.mentions.empty() || i + 1 >= sentence.token_end) return;
  ArgumentGroup object = ScanRight(i + 1, sentence.token_end, false);
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
  pair_event_.push_back(-1);
  verb_.push_back(true);
  subordinate_.push_back(false);
  events_.push_back(std::move(event));
}

void EventExtraction::ProcessSentence(uint32_t s) {
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
    // "a call for restraint", "a heart attack": words that only look like a trigger.
    if (info != nullptr && info->type.empty()) {
      next = i + words;
      continue;
    }
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
    pair_event_.push_back(-1);
    verb_.push_back(false);
    subordinate_.push_back(false);
    events_.push_back(std::move(noun));
  }
}

// Two reports of one event in one article are one event: "Lind met Berg in Oslo on March 3"
// in the lead and again in a recap become one coreference chain (two sources, one mention
// record) instead of two mentions the graph merge joins later. Only exact repeats: same type,
// relation, status, known time, place and participants with roles; "Lind met Berg on March 3"
// and "Lind met Berg on March 9" stay two events. A hash of each head's signature keeps this
// linear in the number of events (an article repeating one sentence 200k times).
void EventExtraction::MergeRepeats() {
  auto signature = [](const Event& e) {
    std::vector<std::pair<int32_t, ParticipantRole>> people;
    people.reserve(e.participants.size());
    for (const Participant& p : e.participants) people.emplace_back(p.entity, p.role);
    std::sort(people.begin(), people.end());
    people.erase(std::unique(people.begin(), people.end()), people.end());
    return people;
  };
  auto hash_of = [](const Event& e, const std::vector<std::pair<int32_t, ParticipantRole>>& who) {
    uint64_t h = std::hash<std::string_view>()(e.type);
    auto mix = [&h](uint64_t v) { h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2); };
    mix(std::hash<std::string_view>()(e.relation));
    mix(std::hash<std::string_view>()(e.time.value));
    mix(static_cast<uint64_t>(e.status) << 8 | static_cast<uint64_t>(e.time.precision));
    mix(static_cast<uint64_t>(static_cast<uint32_t>(e.place)));
    for (const auto& [entity, role] : who) {
      mix(static_cast<uint64_t>(static_cast<uint32_t>(entity)) << 8 | static_cast<uint64_t>(role));
    }
    return h;
  };
  std::unordered_map<uint64_t, std::vector<int32_t>> heads;
  std::vector<std::vector<std::pair<int32_t, ParticipantRole>>> who(events_.size());
  for (size_t k = 0; k < events_.size(); ++k) {
    Event& e = events_[k];
    if (e.corefers_to >= 0 || !e.time.known() || e.participants.empty()) continue;
    who[k] = signature(e);
    std::vector<int32_t>& same = heads[hash_of(e, who[k])];
    int32_t found = -1;
    for (int32_t h : same) {
      const Event& f = events_[static_cast<size_t>(h)];
      if (f.type == e.type && f.relation == e.relation && f.status == e.status &&
          f.time.value == e.time.value && f.time.precision == e.time.precision &&
          f.place == e.place && who[static_cast<size_t>(h)] == who[k]) {
        found = h;
        break;
      }
    }
    if (found < 0) {
      same.push_back(static_cast<int32_t>(k));
      continue;
    }
    e.corefers_to = found;
    e.rule += ".repeat";
  }
}

std::vector<Event> EventExtraction::Run() {
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
  // The article's main event time: the first occurred event dated to the day by its own timex,
  // unless it comes after the lead and the lead counts a day from the article's date ("G7
  // leaders agreed on Thursday ..." is the news even when only "Meloni called Modi two days
  // earlier", further down, dates an event by its own timex).
  for (size_t k = 0; k < events_.size(); ++k) {
    const Event& e = events_[k];
    if (own_time_[k] && e.status == EventStatus::kOccurred && e.time.known() &&
        e.time.precision >= Precision::kDay) {
      main_time_ = e.time;
      main_time_.text.clear();
      if (e.sentence > lead_end_) {
        if (TimeValue lead = LeadTime(true); lead.known()) main_time_ = std::move(lead);
      }
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
    if (Anniversary(k)) continue;
    if (e.time.known() || e.status != EventStatus::kOccurred) continue;
    if (DateSubordinate(k)) continue;
    // The sentence's time: another occurred event of the sentence dated by its own timex dates
    // this verb too. "X visited Lahore in December 2015 and met Y" (the date went to "met");
    // "Biden and Xi met at the Filoli estate in Woodside, California, in November 2023, where
    // they agreed ..." (it went to "agreed"). A report's date is no event's ("X said on Friday
    // that he had met Y"), and "had met" keeps its own past.
    if (verb_[k] && SentenceTime(k)) continue;
    // "X spoke by phone with Y on Friday. The two ministers agreed ...": the time of the event
    // the pair came from, not the article's main time.
    const int32_t pair = pair_event_[k];
    if (verb_[k] && pair >= 0 && static_cast<size_t>(pair) < k &&
        events_[static_cast<size_t>(pair)].time.known()) {
      e.time = events_[static_cast<size_t>(pair)].time;
      e.rule += ".pair_time";
      continue;
    }
    if (!(verb_[k] || lead) || !main_time_.known()) continue;
    const Sentence& sentence = a_.sentences[e.sentence];
    uint32_t tb = TokenAt(e.trigger.begin);
    if (MarksPast(sentence.token_begin, sentence.token_end, tb)) continue;
    e.time = main_time_;
    e.rule += ".main_time";
  }
  MergeRepeats();
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

}  // namespace internal

EventExtractor::EventExtractor(std::shared_ptr<const internal::EventLexicons> lexicons)
    : lexicons_(std::move(lexicons)) {}

std::vector<Event> EventExtractor::Extract(const Annotations& annotations,
                                           Diagnostics* diagnostics) const {
  thread_local internal::EventScratch scratch;
  internal::EventExtraction extraction(*lexicons_, annotations, diagnostics, &scratch);
  return extraction.Run();
}

const EventTypeTable& EventExtractor::types() const { return lexicons_->types; }

}  // namespace eventgraph
