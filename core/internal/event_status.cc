// SPDX-License-Identifier: Apache-2.0
// EventExtraction's status and coreference: status cues before a trigger, references to a known
// event ("the summit") and the last checks before an event is kept. See core/event_extractor.cc.
#include <algorithm>
#include <cstdint>

#include <date/date.h>

#include "core/internal/event_extraction.h"

namespace eventgraph::internal {

// Status cues before the trigger. Verbs: "will call", "would soon call", "did not meet",
// "might meet", "to meet". Nouns: cues inside the noun phrase ("a possible future meeting",
// "no deal") or just before it with no preposition between ("did not yield an agreement",
// "would soon be a meeting"); "was not invited to the summit" leaves "summit" occurred.
// Verbs that bring an event about: the light verbs ("hold", "have", "launch") and the
// bringabout cues of event_cues.txt ("reach", "impose", "conclude").
bool EventExtraction::BringsAbout(uint32_t i) const {
  const CueClass cls = ClassOf(i);
  return cls == CueClass::kLight || cls == CueClass::kBringAbout;
}

// Whether token i is the "off" of "called off" / "call off" / "calls off".
bool EventExtraction::CalledOff(uint32_t i, uint32_t sb) const {
  if (i <= sb || Lower(i) != "off") return false;
  const std::string_view verb = Lower(i - 1);
  return verb == "called" || verb == "call" || verb == "calls";
}

EventStatus EventExtraction::StatusBefore(uint32_t tb, uint32_t sb, bool noun) const {
  EventStatus status = EventStatus::kOccurred;
  uint32_t limit = noun ? 7 : 4;
  uint32_t seen = 0;
  for (uint32_t i = tb; i-- > sb && seen < limit; ++seen) {
    std::string_view w = Lower(i);
    if (IsClauseBreak(w) || w == "," || w == "that" || w == "which" || w == "who" || w == "said" ||
        w == "says") {
      break;
    }
    // "urged X to hold talks", "to reach agreement", "to impose sanctions": a noun after an
    // infinitive that brings it about is planned; "to honor its agreement", "to clarify his
    // statement", "led to talks" are not.
    if (noun && w == "to" && BringsAbout(i + 1)) {
      return status == EventStatus::kNegated ? status : EventStatus::kPlanned;
    }
    // "called off the talks": cancelled before they were held ("broke off talks" were held).
    if (noun && CalledOff(i, sb)) return EventStatus::kNegated;
    // "no ceasefire was announced after his talks with Trump": the talks still happened.
    if (noun && (IsPreposition(i) || w == "after" || w == "before" || w == "since")) break;
    if (!noun && seen == 0 && w == "to") {
      // A plan that is denied: "has no plans to meet", "does not intend to meet", "refused to
      // meet", "declined to call" (the verb before "to" or a negation before it).
      for (uint32_t k = i; k-- > sb && k + 5 > i;) {
        const std::string_view v = Lower(k);
        if (IsClauseBreak(v) || v == "," || mention_at_[k] >= 0) break;
        const Cue* cue = CueOf(k);
        if ((cue != nullptr && cue->cls == CueClass::kStatus &&
             cue->status == EventStatus::kNegated) ||
            v == "refused" || v == "refuses" || v == "declined" || v == "declines") {
          return EventStatus::kNegated;
        }
      }
      return EventStatus::kPlanned;
    }
    if (mention_at_[i] >= 0) break;
    // A capital inside the sentence names something: "American Can sold" is no modal.
    const Cue* cue = Capitalized(i) && i > sb ? nullptr : CueOf(i);
    if (cue != nullptr && cue->cls == CueClass::kStatus) {
      // Negation wins over modality: "will not meet" is negated.
      if (cue->status == EventStatus::kNegated) return EventStatus::kNegated;
      if (status == EventStatus::kOccurred) status = cue->status;
    }
  }
  return status;
}

namespace {

// How far back an event dated by its own timex still counts as the news of the day.
constexpr int64_t kRecentDays = 14;

// Days from `a` to `b`; 0 unless both are complete.
int64_t DaysBetween(const CivilDate& a, const CivilDate& b) {
  if (!a.complete() || !b.complete()) return 0;
  const auto days = [](const CivilDate& d) {
    return date::sys_days{date::year{d.year} / date::month{static_cast<unsigned>(d.month)} /
                          date::day{static_cast<unsigned>(d.day)}};
  };
  return (days(b) - days(a)).count();
}

bool TimesCompatible(const TimeValue& a, const TimeValue& b) {
  if (!a.known() || !b.known()) return true;
  return !(a.end < b.begin || b.end < a.begin);
}

}  // namespace

int32_t EventExtraction::FindAntecedent(const Event& reference) const {
  bool conversation = false;
  if (reference.trigger.end > reference.trigger.begin) {
    const std::string_view w = Lower(TokenAt(reference.trigger.begin));
    conversation =
        w == "conversation" || w == "conversations" || w == "discussion" || w == "discussions";
  }
  // An undated "the talks" refers to the news of the day before a background event its own
  // date puts weeks back ("He met Kishida in Seoul in May. ... after the talks" at Camp David in
  // August); only when no other event fits does it refer to that one.
  const std::optional<CivilDate>& dct = a_.document.dct();
  const bool prefer_recent = reference.timex < 0 && dct && dct->complete();
  for (int pass = prefer_recent ? 0 : 1; pass < 2; ++pass) {
    const int32_t found = FindAntecedentIn(reference, conversation, pass == 0);
    if (found >= 0) return found;
  }
  return -1;
}

int32_t EventExtraction::FindAntecedentIn(const Event& reference, bool conversation,
                                          bool recent_only) const {
  const std::optional<CivilDate>& dct = a_.document.dct();
  for (size_t k = events_.size(); k-- > 0;) {
    const Event& candidate = events_[k];
    if (candidate.corefers_to >= 0) continue;
    if (candidate.status != EventStatus::kOccurred) continue;
    if (recent_only && own_time_[k] && candidate.time.known() &&
        DaysBetween(candidate.time.end, *dct) > kRecentDays) {
      continue;
    }
    // Nor to an aside: "Earlier, Li met Boluarte in Lima. ... Kim condemned the talks" (the
    // news of the day is Xi's meeting with Biden).
    if (recent_only && IsAside(candidate.sentence)) continue;
    // "... three days after Trump met Putin. During a break in the meeting" is not that one.
    if (subordinate_[k] && reference.timex < 0) continue;
    // "Biden and Xi spoke by phone ... in their first conversation": a conversation noun also
    // refers back to a call; "the summit" or "the talks" do not.
    if (!lex_.types.Compatible(candidate.type, reference.type) &&
        !(candidate.type == "call" && reference.type == "meeting" && conversation)) {
      continue;
    }
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

// Whether sentence `s` opens with a word that sets it aside from the article's news:
// "Earlier,", "Previously,", "Separately,", "Meanwhile,".
bool EventExtraction::IsAside(uint32_t s) const {
  if (s >= a_.sentences.size()) return false;
  const Sentence& sentence = a_.sentences[s];
  if (sentence.token_end <= sentence.token_begin + 1) return false;
  const std::string_view w = Lower(sentence.token_begin);
  return (w == "earlier" || w == "previously" || w == "separately" || w == "meanwhile") &&
         Lower(sentence.token_begin + 1) == ",";
}

// Whether `event` is "met" with one principal that is an organization or a group, which can
// hold a meeting of its own members ("Exxon spoke" is none).
bool EventExtraction::MeetsAsOne(const Event& event) const {
  const std::string_view verb = Lower(TokenAt(event.trigger.begin));
  if (verb != "met" && verb != "meet" && verb != "meets") return false;
  for (const Participant& p : event.participants) {
    if (p.role == ParticipantRole::kCompanion || p.entity < 0) continue;
    const EntityKind kind = a_.entities[static_cast<size_t>(p.entity)].kind;
    return kind == EntityKind::kOrganization || kind == EntityKind::kGroup;
  }
  return false;
}

void EventExtraction::Finish(Event event, bool definite, bool is_noun) {
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
    // "Putin spoke of the need" is no meeting; "he would soon call Xi" is a call. A body that
    // meets meets as one: "the U.N. Security Council, which met on Friday", "OPEC met".
    if (!is_noun && symmetric && principals < 2 && !explicit_object_ &&
        !(event.type == "meeting" && principals == 1 && MeetsAsOne(event))) {
      return;
    }
  }
  own_time_.push_back(event.timex >= 0);
  pair_event_.push_back(pair_event_of_trigger_);
  verb_.push_back(!is_noun || travel_);
  {
    // A verb after "after"/"before"/"since", or a noun after "since" ("his first summit since a
    // 2021 meeting with Biden"), is background that "the meeting" later does not refer to.
    uint32_t opener =
        SubordinateOpener(a_.sentences[event.sentence].token_begin, TokenAt(event.trigger.begin));
    subordinate_.push_back(opener != kNone && (!is_noun || Lower(opener) == "since"));
  }
  events_.push_back(std::move(event));
}

}  // namespace eventgraph::internal
