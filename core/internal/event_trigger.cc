// SPDX-License-Identifier: Apache-2.0
// EventExtraction::ProcessTrigger(): one trigger with its participants, place, status and time,
// for verbs and for event nouns. See core/event_extractor.cc for the overview.
#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "core/internal/event_extraction.h"

namespace eventgraph::internal {

// "call" that names or appeals, not phones: "a subsidiary called Acme Foods", "the test, called
// QuickCheck", "which IBM calls the PS/2" (naming), "Mulroney's call to take the battle to
// Congress" (an appeal). Phoning keeps a person, pronoun or adverb before "called" or a person
// after it: "the president called Putin", "he later called Xi", "a call to the Kremlin".
bool EventExtraction::CallNames(const TriggerHit& hit, uint32_t sb, uint32_t se, bool noun) const {
  if (hit.te != hit.tb + 1 || hit.te >= se) return false;
  const std::string_view next = Lower(hit.te);
  // "called Zelensky a dictator", "calls Macron 'a friend'": what the one named is, not a phone
  // call; "called Putin the next day" (a date) phones.
  if (mention_at_[hit.te] >= 0) {
    uint32_t k = hit.te;
    while (k < se && mention_at_[k] >= 0) ++k;
    if (k < se && timex_at_[k] < 0 && (IsDeterminer(Lower(k)) || IsQuote(Lower(k)))) return true;
  }
  if (noun) {
    // "calls the PS/2": a name's verb followed by what it is called.
    if (hit.tb > sb && mention_at_[hit.tb - 1] >= 0 && IsDeterminer(next)) return true;
    // "The call by Deputy Trade Representative Michael Smith at a special council meeting for
    // stronger powers": a call by someone for something is an appeal.
    if (next == "by") {
      for (uint32_t j = hit.te + 1; j < se && j < hit.te + 16; ++j) {
        const std::string_view w = Lower(j);
        if (w == "with" || w == "to" || IsClauseBreak(w)) break;
        if (w == "for") return true;
      }
    }
    // "voted against the prime minister's call.": someone's call with no one called is an
    // appeal ("Biden's call with Xi" phones).
    if (hit.tb > sb && Possessive(hit.tb - 1) && (next == "." || next == "," || next == ";")) {
      return true;
    }
    // "a call to take", "calls to resign": an appeal; "a call to the Kremlin", "to Putin" phone.
    if (next == "to" && hit.te + 1 < se && mention_at_[hit.te + 1] < 0 &&
        !IsDeterminer(Lower(hit.te + 1)) && !Capitalized(hit.te + 1)) {
      return true;
    }
    return false;
  }
  // Only the participle names: "would soon call Ukrainian President Zelensky" phones.
  if (hit.tb <= sb || Lower(hit.tb) != "called") return false;
  // What precedes is a comma or a common noun, not a name, pronoun, adverb or auxiliary.
  const uint32_t prev = hit.tb - 1;
  const std::string_view p = Lower(prev);
  if (p != ",") {
    if (mention_at_[prev] >= 0 || Capitalized(prev) || IsAdverb(prev)) return false;
    static const std::unordered_set<std::string_view> kSubjectWords = {
        "he",    "she",   "they", "we",    "i",   "you",  "who",   "also", "then",
        "later", "had",   "has",  "have",  "and", "but",  "not",   "n't",  "never",
        "again", "first", "once", "twice", "it",  "that", "which", "both"};
    if (kSubjectWords.count(p) != 0) return false;
    for (char c : p) {
      if (!(c >= 'a' && c <= 'z') && c != '-') return false;
    }
  }
  // What follows is a name: one that is no person names a thing ("called Fast Lube"); one that
  // looks like a person (unknown names read as persons) names a thing after an indefinite noun
  // ("a new U.S. unit called Tom Thumb", "a venture, called Max Ride"; not "in a rare move,
  // called Xi"), or after a comma when no actor comes before in the sentence ("The test, called
  // Chik Chek" vs "Biden, in a rare move, called Xi"); "the president called Xi" phones.
  const int32_t object = mention_at_[hit.te];
  if (object < 0) return Capitalized(hit.te);
  // "called Ukrainian President Zelensky": the affiliation goes with the person after it.
  if (!IsPerson(object) && !IsAffiliation(object)) return true;
  const uint32_t noun_end = p == "," && prev > sb ? prev - 1 : prev;
  for (uint32_t k = noun_end; k-- > sb && k + 6 > noun_end;) {
    if ((mention_at_[k] >= 0 && IsPerson(mention_at_[k])) || Lower(k) == ",") break;
    // "in a rare move, called Xi": an indefinite inside a prepositional phrase names nothing.
    if (Lower(k) == "a" || Lower(k) == "an") {
      return k == sb || !IsPreposition(k - 1) || Lower(k - 1) == "of";
    }
  }
  if (p != ",") return false;
  for (uint32_t k = sb; k < hit.tb; ++k) {
    if (mention_at_[k] >= 0 && IsActor(mention_at_[k])) return false;
  }
  return true;
}

// Whether the object noun phrase after a verb (tokens [from, se), at most `window`, up to a
// clause break, comma, "and" or a preposition; past "of" when `through_of`) holds a word of cue
// class `cls`: "meet [the NASDAQ's capital requirements]", "attacked [the practice]".
bool EventExtraction::ObjectHasCue(uint32_t from, uint32_t se, uint32_t window, CueClass cls,
                                   bool through_of) const {
  for (uint32_t j = from; j < se && j < from + window; ++j) {
    const std::string_view w = Lower(j);
    if (IsClauseBreak(w) || w == "," || w == "and") return false;
    if (IsPreposition(j) && !(through_of && w == "of")) return false;
    if (ClassOf(j) == cls) return true;
  }
  return false;
}

// A verb of going somewhere: a visit trigger ("travel", "arrived") or "fly", "go", "head",
// "return", "stop" in any form.
bool EventExtraction::MotionVerb(uint32_t i) const {
  const TriggerInfo* trigger = TriggerOf(i);
  if (trigger != nullptr) return trigger->type == "visit" && trigger->pos != TriggerPos::kNoun;
  static const std::unordered_set<std::string_view> kMotion = {
      "fly",   "flies",  "flew",   "flown",   "go",       "goes", "went",  "head",
      "heads", "headed", "return", "returns", "returned", "stop", "stops", "stopped"};
  return kMotion.count(Lower(i)) != 0;
}

void EventExtraction::ProcessTrigger(uint32_t s, const TriggerHit& hit) {
  const Sentence& sentence = a_.sentences[s];
  const uint32_t sb = sentence.token_begin;
  const uint32_t se = sentence.token_end;
  TriggerInfo info = *hit.info;
  non_identifying_.clear();
  explicit_object_ = false;
  pair_event_of_trigger_ = -1;
  relative_follows_ = false;
  travel_ = false;
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
        info.frame = TriggerFrame::kDirect;
      }
    }
    // Headlines and present-tense leads: "Sisi calls Erdogan", "Modi visits Paris", "Russia
    // attacks Ukraine": a name right before the word and a name (or a title: "calls French
    // President Macron") right after it make it a verb.
    if (info.pos == TriggerPos::kNoun && hit.te == hit.tb + 1 && hit.tb > sb && hit.te < se &&
        (key == "calls" || key == "visits" || key == "attacks") && mention_at_[hit.tb - 1] >= 0 &&
        IsActor(mention_at_[hit.tb - 1]) && (mention_at_[hit.te] >= 0 || Capitalized(hit.te))) {
      info.pos = TriggerPos::kBase;
      info.frame = TriggerFrame::kDirect;
    }
  }
  if (info.type == "call" && CallNames(hit, sb, se, info.pos == TriggerPos::kNoun)) return;
  // "fired missiles", "launched drones": a weapon as object; "fired the manager" is none, and
  // "launched a missile strike" is the strike's (an event noun in the object).
  if (info.frame == TriggerFrame::kWeapon) {
    // "fired dozens of rockets", "a barrage of missiles": through "of".
    if (!ObjectHasCue(hit.te, se, 8, CueClass::kWeapon, true)) return;
    for (uint32_t k = hit.te; k < se && k < hit.te + 8; ++k) {
      if (IsClauseBreak(Lower(k)) || IsPreposition(k)) break;
      if (TriggerOf(k) != nullptr) return;
    }
  }
  if (info.type == "attack" && info.pos != TriggerPos::kNoun) {
    const std::string_view verb = Lower(hit.tb);
    // "Workers struck the plant", "the union struck GM": a labor strike, no attack.
    if (verb == "struck") {
      // Commas may set off an acronym: "members of the Auto Workers Union, UAW, struck".
      for (uint32_t k = hit.tb; k-- > sb && k + 11 > hit.tb;) {
        if (IsClauseBreak(Lower(k))) break;
        if (ClassOf(k) == CueClass::kLabor) return;
      }
    }
    // "Japan and Britain struck a trade deal": the deal's light verb (event_cues.txt), no
    // attack; the agreement noun makes the event.
    if (verb == "struck" || verb == "strike" || verb == "strikes" || verb == "striking") {
      // Only a lower-case noun in the object: "was struck while watching Warsaw Pact
      // exercises" is an attack.
      for (uint32_t k = hit.te; k < se && k < hit.te + 5; ++k) {
        const std::string_view w = Lower(k);
        if (IsClauseBreak(w) || w == "," || IsPreposition(k) || Capitalized(k)) break;
        const TriggerInfo* t = TriggerOf(k);
        if (t != nullptr && t->type == "agreement" && t->pos == TriggerPos::kNoun) return;
      }
    }
    // "He attacked the practice of ...", "attacked the government's handling": a criticism.
    if (verb == "attacked" || verb == "attack" || verb == "attacks") {
      if (ObjectHasCue(hit.te, se, 7, CueClass::kVerbal, false)) info.type = "criticism";
    }
  }
  if (info.type == "meeting" && info.pos != TriggerPos::kNoun) {
    // "failed to meet the deadline", "to meet U.S. demands": meet = satisfy, no meeting.
    const std::string_view verb = Lower(hit.tb);
    if ((verb == "meet" || verb == "met" || verb == "meets") &&
        ObjectHasCue(hit.te, se, 8, CueClass::kSatisfy, true)) {
      return;
    }
    // "talked with Baker over the telephone", "spoke to Xi by phone on Monday": a call.
    if (info.relation == "spoke_with") {
      for (uint32_t j = hit.te + 1; j < se && j < hit.te + 14; ++j) {
        const std::string_view w = Lower(j);
        if (IsClauseBreak(w) || w == "that" || TriggerOf(j) != nullptr) break;
        if ((w == "phone" || w == "telephone") && (Lower(j - 1) == "by" || Lower(j - 1) == "the")) {
          info.type = "call";
          break;
        }
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
    // "called his meeting ... productive" names, it does not phone; "called his Chinese
    // counterpart Wang Yi" phones (a person soon after the determiner).
    if (info.type == "call" && info.relation == "called" && hit.te < se) {
      std::string_view next = Lower(hit.te);
      bool person_follows = false;
      if (IsDeterminer(next)) {
        for (uint32_t j = hit.te + 1; j < se && j < hit.te + 5 && !person_follows; ++j) {
          const std::string_view w = Lower(j);
          if (IsClauseBreak(w) || w == "," || IsPreposition(j) ||
              (mention_at_[j] < 0 && TriggerOf(j) != nullptr)) {
            break;  // "called his meeting with Wang Yi productive"
          }
          person_follows = mention_at_[j] >= 0 && IsPerson(mention_at_[j]);
        }
      }
      if ((IsDeterminer(next) && !person_follows) || next == "it" || IsQuote(next) ||
          next == "on" || next == "for") {
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
    // "Sargent-Welch Scientific Co, acquired on Nov 30, 1986": a participle after a name and a
    // comma is that name's passive.
    if (info.type == "acquisition" && info.pos == TriggerPos::kVerb && hit.tb > sb + 1 &&
        Lower(hit.tb - 1) == "," && mention_at_[hit.tb - 2] >= 0) {
      passive = true;
    }
    // "The outcome was met with skepticism" is no meeting.
    if (passive && info.type == "meeting") return;
    ArgumentGroup subject = ScanLeft(hit.tb, sb);
    bool coordinated = false;
    {
      // "X ... and warned", "X ..., blamed", "X will travel to Berlin to meet Y, and will
      // visit Paris": a verb coordinated with an earlier one has that verb's subject, not the
      // name before "and" (its object: "Hamas denied that Deif had been killed and accused
      // Israel").
      auto auxiliary = [](std::string_view w) {
        return w == "will" || w == "would" || w == "could" || w == "should" || w == "can" ||
               w == "may" || w == "might" || w == "must" || w == "has" || w == "have" ||
               w == "had" || w == "did" || w == "'ll";
      };
      uint32_t k = hit.tb;
      while (k > sb && (IsAdverb(k - 1) || Lower(k - 1) == "also" || auxiliary(Lower(k - 1)))) {
        --k;
      }
      if (k > sb && (Lower(k - 1) == "and" || Lower(k - 1) == "but")) {
        coordinated = true;
        if (!subject.mentions.empty()) {
          ArgumentGroup main = SentenceSubject(sb, hit.tb);
          const uint32_t found = mention_tb_[static_cast<size_t>(subject.mentions.front())];
          if (!main.mentions.empty() &&
              mention_tb_[static_cast<size_t>(main.mentions.front())] < found) {
            subject = std::move(main);
            event.rule += ".coordinated";
          } else if (VerbBetween(sb, found)) {
            // "The prime minister will travel to Berlin to meet Scholz, and will visit Paris":
            // Scholz is the first verb's object and the subject is no name.
            subject = ArgumentGroup{};
            coordinated = false;
          }
        }
      }
      if (k > sb && Lower(k - 1) == "," && subject.discard) coordinated = true;
    }
    if (subject.discard) subject.mentions.clear();
    // A participle after a comma takes the sentence's subject: "The Justice Department sued
    // Google, accusing the company of ..." (not Google).
    if (hit.tb > sb + 1 && Lower(hit.tb - 1) == "," && Lower(hit.tb).ends_with("ing")) {
      ArgumentGroup main = SentenceSubject(sb, hit.tb);
      if (!main.mentions.empty() && IsActor(main.mentions.front())) {
        subject = std::move(main);
        event.rule += ".participle";
      }
    }
    // An infinitive takes the subject of the verb that governs it: "Putin wants to meet
    // Zelensky", "Putin has no plans to meet Zelensky", "Putin agreed to meet"; or that verb's
    // object when it stands right before "to": "Trump urged Putin to meet Zelensky" (Putin).
    // "Shazam agreed to be acquired by Apple": a passive infinitive governed the same way.
    uint32_t to_at = kNone;
    if (hit.tb > sb + 1 && Lower(hit.tb - 1) == "to") {
      to_at = hit.tb - 1;
    } else if (passive && hit.tb > sb + 2 && Lower(hit.tb - 1) == "be" &&
               Lower(hit.tb - 2) == "to") {
      to_at = hit.tb - 2;
    }
    if (subject.mentions.empty() && !subject.plural_ref && to_at != kNone) {
      uint32_t k = to_at;
      for (uint32_t steps = 0; k > sb && steps < 5 && mention_at_[k - 1] < 0; ++steps) {
        // A date between: "travel to Buenos Aires on Thursday to meet Milei".
        if (const int32_t x = timex_at_[k - 1]; x >= 0) {
          k = timex_tb_[static_cast<size_t>(x)];
          if (k > sb + 1 && (Lower(k - 1) == "on" || Lower(k - 1) == "in")) --k;
          continue;
        }
        // "it agreed in principle to buy", "it signed a letter of intent to acquire".
        if (k > sb + 2 && Lower(k - 1) == "principle" && Lower(k - 2) == "in") {
          k -= 2;
          continue;
        }
        if (k > sb + 3 && Lower(k - 1) == "intent" && Lower(k - 2) == "of" &&
            Lower(k - 3) == "letter") {
          k -= 3;
          continue;
        }
        const std::string_view w = Lower(k - 1);
        // A pronoun is the governing verb's subject: "told the SEC it expects to meet" is not
        // the SEC's meeting.
        if (w == "it" || w == "he" || w == "she" || w == "they" || w == "we") {
          // "Bell said it will continue to talk with Regal", "Marketing told the SEC it expects
          // to meet ...": the pronoun is the one who said it, the subject of the verb of saying
          // before it (past that verb's object).
          uint32_t say = k - 1;
          // "said on Monday it had agreed to buy": the report's date between.
          if (say > sb && timex_at_[say - 1] >= 0) {
            say = timex_tb_[static_cast<size_t>(timex_at_[say - 1])];
            if (say > sb + 1 && (Lower(say - 1) == "on" || Lower(say - 1) == "in")) --say;
          }
          if (say > sb && mention_at_[say - 1] >= 0) {
            say = mention_tb_[static_cast<size_t>(mention_at_[say - 1])];
            if (say > sb && IsDeterminer(Lower(say - 1))) --say;
          }
          if (say > sb && IsReportingVerb(Lower(say - 1))) {
            ArgumentGroup sayer = ScanLeft(say - 1, sb);
            if (!sayer.discard && !sayer.mentions.empty() && IsActor(sayer.mentions.front())) {
              subject = std::move(sayer);
              event.rule += ".infinitive";
            }
          }
          k = hit.tb;  // nothing else from here
          break;
        }
        if (IsClauseBreak(w) || w == "," || w == "that" || IsPreposition(k - 1)) {
          k = hit.tb;  // no subject from here
          break;
        }
        --k;
      }
      const int32_t named = k > sb && k < hit.tb ? mention_at_[k - 1] : -1;
      // A name after a preposition is no subject: "will stop in Hong Kong to meet officials".
      // The subject of the verb of motion before it is: "Ramaphosa will travel to Buenos Aires
      // to meet Milei".
      const uint32_t named_tb = named >= 0 ? mention_tb_[static_cast<size_t>(named)] : sb;
      if (named >= 0 && named_tb > sb + 1 && IsPreposition(named_tb - 1) &&
          MotionVerb(named_tb - 2)) {
        ArgumentGroup mover = ScanLeft(named_tb - 2, sb);
        if (!mover.discard && !mover.mentions.empty() && IsActor(mover.mentions.front())) {
          subject = std::move(mover);
          event.rule += ".infinitive";
        }
      } else if (named >= 0 && !(named_tb > sb && IsPreposition(named_tb - 1))) {
        ArgumentGroup control;
        if (k == to_at) {
          // The object of "urged", "asked", "invited": that one name, not the sentence's subject.
          control.mentions.push_back(named);
        } else {
          control = ScanLeft(k, sb);
        }
        if (!control.discard && !control.mentions.empty() && IsActor(control.mentions.front())) {
          subject = std::move(control);
          event.rule += ".infinitive";
        }
      }
    }
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
    if (subjects.empty() && !subject.plural_ref) {
      subjects = ReportedPronounSubject(hit.tb, sb);
      if (!subjects.empty()) {
        event.rule += ".reported";
      } else if (subject.stop != kNone) {
        subjects = PreviousSubject(subject.stop, sb);
        if (!subjects.empty()) event.rule += ".pronoun";
      }
    }
    if (subjects.empty() && subject.plural_ref) {
      AddEntities(LastPair(hit.tb), ParticipantRole::kParticipant, &event);
      pair_event_of_trigger_ = last_pair_event_;
      event.rule += ".plural";
    }
    // Object: direct ("greeted Putin") or after with/to ("met with X", "spoke to X").
    uint32_t q = hit.te;
    std::string_view next = q < se ? Lower(q) : std::string_view();
    bool with_prep = next == "with" || next == "to" ||
                     (!info.symmetric && (next == "in" || next == "against" || next == "on"));
    ArgumentGroup object;
    if (with_prep) {
      object = ScanRight(q + 1, se, false);
    } else if (info.frame != TriggerFrame::kWith && !passive) {
      object = ScanRight(q, se, false);
    }
    // "Putin had bought himself more time" transfers nothing.
    if (q < se && (Lower(q) == "himself" || Lower(q) == "herself" || Lower(q) == "itself" ||
                   Lower(q) == "themselves")) {
      return;
    }
    if (object.mentions.empty() && !passive && q < se) {
      object.mentions = PreviousObject(q, sb);
      if (!object.mentions.empty()) event.rule += ".pronoun";
    }
    explicit_object_ = !object.mentions.empty();
    // "Fluorocarbon Co bought Eaton Corp": a company bought is an acquisition; "bought wheat
    // from Canada", "bought Alaska from Russia" stay transfers.
    if (info.type == "transfer" && info.reverse && !object.mentions.empty() &&
        std::all_of(object.mentions.begin(), object.mentions.end(), [&](int32_t m) {
          const Entity* e = EntityOf(m);
          return e != nullptr && e->kind == EntityKind::kOrganization && !e->unconfirmed_person &&
                 !Possessive(mention_te_[static_cast<size_t>(m)]);
        })) {
      info.type = "acquisition";
      info.reverse = false;
      info.relation.clear();
      event.type = info.type;
      event.relation = info.relation;
    }
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
          ArgumentGroup agent = ScanRight(k + 1, se, false);
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
    // "fired an anti-ship missile at a U.S. destroyer", "launched rockets into Israel": the
    // target after the weapon; none ("fired two missiles into the sea") is no attack.
    if (info.frame == TriggerFrame::kWeapon) {
      bool target = false;
      for (uint32_t k = hit.te; k < se && k < hit.te + 12; ++k) {
        const std::string_view w = Lower(k);
        if (IsClauseBreak(w) || w == ",") break;
        if (w == "at" || w == "on" || w == "toward" || w == "towards" || w == "against" ||
            w == "into") {
          // "at northern Israel": the compass word is no part of the target.
          uint32_t t = k + 1;
          while (t < se && IsCompassWord(Lower(t))) ++t;
          const ArgumentGroup aimed = ScanRight(t, se, false);
          AddParticipants(aimed.mentions, ParticipantRole::kPatient, &event);
          target = !aimed.mentions.empty();
          break;
        }
      }
      if (!target) return;
    }
    // "Scholz received Tusk" is a meeting; "Scholz received a letter", "Exxon received
    // approval" and "Regan and Casey received criticism" (no one received) are none.
    if (info.frame == TriggerFrame::kPersons) {
      const auto persons = [&](const std::vector<int32_t>& ms) {
        return !ms.empty() &&
               std::all_of(ms.begin(), ms.end(), [&](int32_t m) { return IsPerson(m); });
      };
      if (passive || with_prep || !persons(subjects) || !persons(object.mentions)) return;
      // "welcomed President Reagan's decision": the object is the possessor's thing.
      for (int32_t m : object.mentions) {
        if (Possessive(mention_te_[static_cast<size_t>(m)])) return;
      }
    }
    // Partners after a preposition further on: "bought Alaska in 1867 from Russia".
    uint32_t k = object.stop == kNone ? q : object.stop;
    bool infinitive = k > sb && k < se && Lower(k - 1) == "to" && mention_at_[k] < 0 &&
                      a_.tokens[k].kind == TokenKind::kWord && !Capitalized(k);
    for (uint32_t end = std::min(se, k + 8); k < end; ++k) {
      std::string_view w = Lower(k);
      // "agreed to resume a summit with Japan": the partner is the noun's, in the infinitive's
      // clause ("signed an agreement with Y" keeps Y).
      if (w == "to" && k + 1 < se && mention_at_[k + 1] < 0 && !IsDeterminer(Lower(k + 1)) &&
          a_.tokens[k + 1].kind == TokenKind::kWord && !Capitalized(k + 1)) {
        infinitive = true;
      }
      if (IsClauseBreak(w) || w == "," ||
          (infinitive && mention_at_[k] < 0 && TriggerOf(k) != nullptr &&
           TriggerOf(k)->pos == TriggerPos::kNoun)) {
        break;
      }
      // "agreed to buy SRS from Leonard Green" (the seller takes part), "acquired a 20 pct
      // stake in Y" (Y is what was bought into).
      const bool acquisition =
          info.type == "acquisition" && (w == "from" || (w == "in" && object.mentions.empty()));
      if (((w == "from" || w == "to") && info.type == "transfer") ||
          (w == "with" && info.symmetric && object.mentions.empty()) || acquisition) {
        ArgumentGroup partner = ScanRight(k + 1, se, false);
        if (w == "from" && info.type == "transfer") {
          AddParticipants(partner.mentions, ParticipantRole::kPatient, &event);
        } else if (acquisition) {
          AddParticipants(partner.mentions,
                          w == "from" ? ParticipantRole::kParticipant : ParticipantRole::kPatient,
                          &event);
        } else {
          AddParticipants(partner.mentions,
                          info.symmetric ? ParticipantRole::kParticipant : object_role, &event);
        }
        break;
      }
    }
    // "The Bank of France invited offers for a tender" invites no one: an invitation verb needs
    // someone invited.
    if (info.type == "invitation" && object.mentions.empty() && !passive) return;
    // "X will buy wheat" buys no company: an organization must be what is bought.
    if (info.frame == TriggerFrame::kCompany &&
        std::none_of(
            event.participants.begin(), event.participants.end(), [&](const Participant& p) {
              return p.role == ParticipantRole::kPatient && p.entity >= 0 &&
                     a_.entities[static_cast<size_t>(p.entity)].kind == EntityKind::kOrganization &&
                     !a_.entities[static_cast<size_t>(p.entity)].unconfirmed_person;
            })) {
      return;
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
    // "Ramaphosa arrived in Brasilia" is a visit; "Exxon arrived at a decision" is none.
    if (info.frame == TriggerFrame::kPlace && event.place_chain.empty()) return;
    event.status = StatusBefore(hit.tb, sb, false);
    // "agreed to buy X and acquire Y", "plans to visit Paris and meet Macron": a base form after
    // "and" shares the infinitive before it.
    if (event.status == EventStatus::kOccurred && info.pos == TriggerPos::kBase && coordinated) {
      for (uint32_t j = hit.tb; j-- > sb && j + 12 > hit.tb;) {
        const std::string_view w = Lower(j);
        if (IsClauseBreak(w) || w == "," || w == "that") break;
        if (w == "to" && j + 1 < hit.tb && mention_at_[j + 1] < 0 &&
            a_.tokens[j + 1].kind == TokenKind::kWord && !Capitalized(j + 1) &&
            !IsDeterminer(Lower(j + 1))) {
          event.status = EventStatus::kPlanned;
          break;
        }
      }
    }
    // "an agreement to be acquired by Courtaulds", "a treaty to be signed in May".
    if (event.status == EventStatus::kOccurred && hit.tb > sb + 1 && Lower(hit.tb - 1) == "be" &&
        Lower(hit.tb - 2) == "to") {
      event.status = EventStatus::kPlanned;
    }
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
    bool past_possessor = false;  // "Monday's raids": a possessive date before the article's
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
          const Timex& timex = a_.timexes[static_cast<size_t>(x)];
          past_possessor = (timex.type == TimexType::kDate || timex.type == TimexType::kTime) &&
                           timex.end && !AfterDocumentDate(*timex.end);
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
      // "called off talks": the particle ends the phrase (StatusBefore() negates it).
      if (IsClauseBreak(w) || w == "," || IsPreposition(k) || w == "said" || CalledOff(k, sb)) {
        break;
      }
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
                  // "-ed" may be a verb; a compound adjective is not: "the
                  // previously-announced acquisitions", "U.S.-backed talks"
                  (!(w.size() > 3 && w.substr(w.size() - 2) == "ed") ||
                   w.find('-') != std::string_view::npos))) {
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
      ArgumentGroup subject = ScanLeft(light, sb);
      if (!subject.discard) {
        AddParticipants(subject.mentions, agent_role, &event);
        AddParticipants(subject.companions, ParticipantRole::kCompanion, &event);
        if (subject.mentions.empty() && subject.plural_ref) {
          AddEntities(LastPair(hit.tb), agent_role, &event);
        } else if (subject.mentions.empty()) {
          // "The EU said it had imposed sanctions on Iran": the speaker; "He held talks with
          // Biden" after "Pope Francis addressed the summit": the previous sentence's subject.
          std::vector<int32_t> reported = ReportedPronounSubject(light, sb);
          if (!reported.empty()) {
            event.rule += ".reported";
          } else if (subject.stop != kNone) {
            reported = PreviousSubject(subject.stop, sb);
            if (!reported.empty()) event.rule += ".pronoun";
          }
          AddParticipants(reported, agent_role, &event);
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
      ArgumentGroup subject = SentenceSubject(sb, np_begin);
      AddParticipants(subject.mentions, agent_role, &event);
    }
    // To the right: "between X and Y", "with X", "of X", "by X", "to X", "for X".
    bool with_partner = false;
    uint32_t k = hit.te;
    for (uint32_t end = std::min(se, hit.te + 4); k < end; ++k) {
      std::string_view w = Lower(k);
      if (timex_at_[k] >= 0 || w == "first" || IsAdverb(k) || w == "(" || w == ")") continue;
      // "sanctions on Iran", "an attack on Kharkiv": the target after "on" (not "talks on
      // Ukraine", a topic, nor "on Monday", a date).
      const bool on_target = w == "on" && (info.type == "attack" || info.type == "legal_action" ||
                                           info.type == "annexation");
      if (w == "between" || w == "with" || w == "of" || w == "by" || w == "to" || w == "for" ||
          w == "against" || w == "involving" || on_target) {
        ArgumentGroup partner = ScanRight(k + 1, se, w == "involving");
        ParticipantRole role = patient_role;
        if (w == "between" || w == "with" || w == "involving") {
          role = ParticipantRole::kParticipant;
          with_partner = w == "with";
        } else if (w == "by") {
          role = agent_role;
        }
        if (w == "of" && info.type != "attack" && info.type != "annexation" &&
            info.type != "transfer" && info.type != "exchange" && info.type != "acquisition") {
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
        ArgumentGroup included = ScanRight(j + 1, se, true);
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
      // A meeting of three or more names more parties than the partner and the subject: "Ushakov
      // said a three-way meeting with Zelensky was not on the agenda" does not make Ushakov one.
      bool multiparty = false;
      for (uint32_t j = np_begin; j < hit.tb; ++j) {
        std::string_view w = Lower(j);
        multiparty = multiparty || w == "three-way" || w == "four-way" || w == "trilateral" ||
                     w == "multilateral" || w == "tripartite" || w == "multiparty";
      }
      if (principals == 1 && !multiparty) {
        ArgumentGroup subject = ClauseSubject(sb, np_begin);
        // "At a joint news conference with Zelenskiy, Biden said": the subject of the clause
        // the opening phrase leads into.
        const std::string_view opener = Lower(sb);
        if (subject.mentions.empty() &&
            (opener == "at" || opener == "in" || opener == "during" || opener == "after")) {
          for (uint32_t c = hit.te; c + 1 < se && c < hit.te + 10; ++c) {
            if (Lower(c) != ",") continue;
            const int32_t m = mention_at_[c + 1];
            if (OnlyPhraseBefore(sb, c, hit.tb, hit.te, UINT32_MAX) && m >= 0 && IsActor(m) &&
                !IsAffiliation(m)) {
              subject.mentions.push_back(m);
            }
            break;
          }
        }
        AddParticipants(subject.mentions, ParticipantRole::kParticipant, &event);
      }
      // "Zelenskyy said on Sunday ... The meeting with Trump and Vance on 28 February collapsed":
      // a definite "the meeting with X" opening its sentence is the previous subject's, not
      // "Biden's meeting with Xi", which names its own.
      if (definite && possessor < 0 && np_begin == sb && s > 0 &&
          a_.sentences[s - 1].kind == SentenceKind::kBody) {
        const Sentence& previous = a_.sentences[s - 1];
        ArgumentGroup subject = SentenceSubject(previous.token_begin, previous.token_end);
        if (!subject.mentions.empty() && IsPerson(subject.mentions[0])) {
          AddParticipants({subject.mentions[0]}, ParticipantRole::kParticipant, &event);
        }
      }
    }
    // "Starmer, Macron and Merz flew to Washington for the talks": the travellers take part,
    // at the place they went to; the travel verb reports the event, so it is dated like a verb.
    // "Funds for the talks came from Paris" has no traveller before the verb.
    int32_t destination = -1;
    if (event.participants.empty() && np_begin > sb + 1 && Lower(np_begin - 1) == "for") {
      uint32_t v = np_begin - 1;
      for (uint32_t steps = 0; v > sb && steps < 8; ++steps) {
        --v;
        std::string_view w = Lower(v);
        if (w == "flew" || w == "travelled" || w == "traveled" || w == "came" || w == "arrived" ||
            w == "headed" || w == "gathered" || w == "returned") {
          travel_ = true;
          break;
        }
        const int32_t m = mention_at_[v];
        if (m >= 0 && IsPlaceMention(m)) {
          destination = a_.mentions[static_cast<size_t>(m)].entity;
        } else if (w != "to" && w != "in" && !Capitalized(v)) {
          break;
        }
      }
      if (travel_) {
        ArgumentGroup travellers = ScanLeft(v, sb);
        if (!travellers.discard) {
          AddParticipants(travellers.mentions, agent_role, &event);
          AddParticipants(travellers.companions, ParticipantRole::kCompanion, &event);
        }
        travel_ = !event.participants.empty();
        if (travel_) event.rule += ".travel";
      }
    }
    event.place_chain = PlaceChain(hit.tb, hit.te, sb, se, event.participants);
    if (travel_ && event.place_chain.empty() && destination >= 0) {
      event.place_chain.push_back(destination);
    }
    event.status = StatusBefore(np_begin, sb, true);
    // "Iran would avenge Monday's U.S. raids": a day past owns the event, whatever the modal.
    if (past_possessor &&
        (event.status == EventStatus::kPlanned || event.status == EventStatus::kUncertain)) {
      event.status = EventStatus::kOccurred;
    }
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
          // "a summit was not on the agenda", "a deal is not on the table".
          if (j + 3 < se && Lower(j + 1) == "on" && Lower(j + 2) == "the" &&
              (Lower(j + 3) == "agenda" || Lower(j + 3) == "table" || Lower(j + 3) == "cards")) {
            event.status = EventStatus::kNegated;
            break;
          }
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
    TimeValue time = TimeOf(hit.timex);
    const bool future = time.known() && AfterDocumentDate(time.begin);
    // A past verb's date after the article's is a date inside what follows it: "sold notes due
    // 1996", "bought wheat for August shipment", "invited tenders up to May 7".
    if (!(future && event.status == EventStatus::kOccurred && info.pos == TriggerPos::kVerb)) {
      event.timex = hit.timex;
      event.time = std::move(time);
      event.confidence += 0.1;
      // "Mikulic visits West Germany next week", "his trip, which starts tomorrow": what is
      // dated after the article was written has not happened yet.
      if (future && event.status == EventStatus::kOccurred) event.status = EventStatus::kPlanned;
    }
  }
  if (!event.place_chain.empty()) event.confidence += 0.05;
  event.confidence = RoundConfidence(std::min(event.confidence, 0.95));
  Finish(std::move(event), definite, noun);
}

}  // namespace eventgraph::internal
