// SPDX-License-Identifier: Apache-2.0
// EventExtraction's argument finding: subject and object groups around a trigger, "the two
// leaders" and "their", the participants an event gets, and its place with the places that
// contain it. See core/event_extractor.cc for the overview.
#include <algorithm>
#include <cctype>

#include "core/internal/event_extraction.h"

namespace eventgraph::internal {

// Whether tokens [b, e) can be an apposition to a name: a title, an age or an affiliation
// ("Russia's president", "72", "the Kremlin leader"), no person, trigger, verb of saying or
// relative pronoun.
bool EventExtraction::Apposition(uint32_t b, uint32_t e) const {
  for (uint32_t k = b; k < e; ++k) {
    const std::string_view w = Lower(k);
    if ((mention_at_[k] >= 0 && IsPerson(mention_at_[k])) || TriggerOf(k) != nullptr ||
        IsReportingVerb(w) || IsClauseBreak(w) || w == "who" || w == "which" || w == "and") {
      return false;
    }
  }
  return true;
}

// Scans left from token p (exclusive) for the subject group of a trigger. Handles
//   "US President Donald Trump and his Russian counterpart Vladimir Putin on Friday held"
//   "Trump and Putin, along with top aides, conferred"   (aides → companions)
//   "Zelenskiy, who was not invited"                      (relative pronoun → Zelenskiy)
//   "Rubio, and presidential envoy, Steve Witkoff joined"
// and stops at verbs, clause breaks and prepositions ("his frustration with Mr Putin and warned"
// → discard: Putin is a prepositional object there).
ArgumentGroup EventExtraction::ScanLeft(uint32_t p, uint32_t sb) {
  ArgumentGroup g;
  if (p == 0 || p <= sb) return g;
  uint32_t i = p - 1;
  bool first = true;
  bool skip_possessor = false;
  bool conjunction = false;  // an "and" or "or" seen: a list may go on through commas
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
      // "Israel's military said": an institution acts for the country that owns it; "Putin's
      // plane" does not make Putin the subject.
      skip_possessor = !(i + 1 < p && ClassOf(i + 1) == CueClass::kInstitution);
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
        // An apposition between a person and the verb: "Putin, Russia's president, met".
        if (first && j > sb && i - j <= 8 && mention_at_[j - 1] >= 0 &&
            IsPerson(mention_at_[j - 1]) && Apposition(j + 1, i)) {
          i = j - 1;
          first = false;
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
      // "Scholz hosts Macron, Modi calls Xi", "EU fines Apple, U.S. sues Google": a name before
      // the comma with no "and" after it ends another clause; "Trump, Putin and Xi met" is a
      // list.
      if (!conjunction && i > sb && mention_at_[i - 1] >= 0 && IsActor(mention_at_[i - 1]) &&
          !IsAffiliation(mention_at_[i - 1]) && IsActor(g.mentions.back())) {
        g.stop = i;
        break;
      }
      --i;
      continue;
    }
    if (w == "and" || w == "or") conjunction = true;
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
    // "since they met", "The leaders last spoke by phone", "The three leaders agreed": a plural
    // subject naming no one; the group comes from LastPair(). "European leaders met" (no "the")
    // does not.
    if (g.mentions.empty() &&
        ((w == "they" && first) ||
         (ClassOf(i) == CueClass::kGroupNoun && i > sb && !Capitalized(i) &&
          (Lower(i - 1) == "the" ||
           (IsGroupCount(Lower(i - 1)) && i - 1 > sb && Lower(i - 2) == "the"))))) {
      g.plural_ref = true;
    }
    first = false;
    if (w == "two" || w == "both" || w == "they" ||
        (IsGroupCount(w) && i + 1 < p && ClassOf(i + 1) == CueClass::kGroupNoun)) {
      g.plural_ref = true;
      --i;
      continue;
    }
    if (w == "with" && i > sb && (Lower(i - 1) == "along" || Lower(i - 1) == "together")) {
      --i;
      continue;
    }
    CueClass cls = ClassOf(i);
    if (w == "with" || (IsPreposition(i) && !IsFillerClass(cls))) {
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
    if (cls == CueClass::kConnector || IsFillerClass(cls) || cls == CueClass::kStatus ||
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
    // Name particles inside a name the recognizer missed: "Ursula von der Leyen and X flew".
    auto particle = [this](uint32_t k) {
      std::string_view v = Lower(k);
      return v == "von" || v == "van" || v == "der" || v == "de" || v == "da" || v == "del" ||
             v == "bin" || v == "al";
    };
    if (particle(i) && i + 1 < p && (Capitalized(i + 1) || particle(i + 1)) && i > sb) {
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
ArgumentGroup EventExtraction::ScanRight(uint32_t p, uint32_t se, bool list_mode) {
  ArgumentGroup g;
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
      // A name after the comma that a trigger or a verb of saying follows opens a new clause,
      // as headlines join them ("Assad hosts Iranian minister, Sisi calls Erdogan") and reports
      // name their source ("Macron has no plans to meet Xi, Scholz said"). Not after "his" or
      // "her" before the trigger: "after his talks with Macron, Scholz said" keeps the speaker,
      // whom "his" names.
      auto speaker_named = [&] {
        for (uint32_t k = p; k-- > 0 && k + 4 > p;) {
          if (Lower(k) == "his" || Lower(k) == "her") return true;
        }
        return false;
      };
      bool new_clause = false;
      if (i + 1 < se && mention_at_[i + 1] >= 0) {
        const uint32_t after = mention_te_[static_cast<size_t>(mention_at_[i + 1])];
        new_clause =
            after < se && mention_at_[after] < 0 &&
            (TriggerOf(after) != nullptr || (IsReportingVerb(Lower(after)) && !speaker_named()));
      }
      if (!new_clause && i + 1 < se && (mention_at_[i + 1] >= 0 || Lower(i + 1) == "and")) {
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
    // A count in words before the object's modifier: "struck more than a dozen Houthi
    // targets", "three Iranian oil platforms". Not figures: "sold 114,000 Allied Products
    // shares" sells no company.
    if (IsGroupCount(w) || w == "more" || w == "than" || w == "dozen" || w == "dozens" ||
        w == "several" || w == "hundreds" || w == "scores") {
      ++i;
      continue;
    }
    // A possessive before a title and a name: "called his Chinese counterpart Wang Yi".
    if ((w == "his" || w == "her" || w == "their") && i + 1 < se &&
        (mention_at_[i + 1] >= 0 || Capitalized(i + 1))) {
      ++i;
      continue;
    }
    CueClass cls = ClassOf(i);
    if ((cls == CueClass::kConnector && w != "with" && w != "as") || IsFillerClass(cls) ||
        cls == CueClass::kGroupNoun || IsQuote(w) ||
        (Capitalized(i) && a_.tokens[i].kind == TokenKind::kWord)) {
      ++i;
      continue;
    }
    // "with Egypt's intelligence chief Abbas Kamel": words of the next person's title.
    if (const uint32_t next = TitleOfNextPerson(i, se); next != kNone) {
      i = next;
      continue;
    }
    g.stop = i;
    break;
  }
  if (possessor >= 0) g.mentions.push_back(possessor);
  return g;
}

// Where the person mention starts whose title the words from `i` on are ("intelligence chief"
// before "Abbas Kamel", titled "Egypt's intelligence chief"), or kNone.
uint32_t EventExtraction::TitleOfNextPerson(uint32_t i, uint32_t se) const {
  uint32_t j = i;
  while (j < se && j < i + 5 && mention_at_[j] < 0 && a_.tokens[j].kind == TokenKind::kWord) ++j;
  if (j == i || j >= se || mention_at_[j] < 0 || !IsPerson(mention_at_[j])) return kNone;
  const Entity* person = EntityOf(mention_at_[j]);
  if (person == nullptr) return kNone;
  std::string words;
  for (uint32_t k = i; k < j; ++k) {
    if (k > i) words += ' ';
    words += Lower(k);
  }
  for (const std::string& title : person->titles) {
    std::string lower(title);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower.find(words) != std::string::npos) return j;
  }
  return kNone;
}

// Whether mention m is the object of "with"/"against", a partner and never the subject: "since a
// 2021 meeting with a sitting U.S. president", not "the U.S. said" nor "shareholders of Hughes".
bool EventExtraction::PrepositionalObject(int32_t m, uint32_t sb) const {
  const uint32_t tb = mention_tb_[static_cast<size_t>(m)];
  for (uint32_t k = tb; k-- > sb && k + 4 > tb;) {
    std::string_view w = Lower(k);
    if (w == "with" || w == "against") return true;
    if (IsPreposition(k)) return false;  // "some of Sudan's backers": the possessor may act
    if (!IsDeterminer(w) && (a_.tokens[k].kind != TokenKind::kWord || Capitalized(k))) break;
  }
  return false;
}

// The first person mentioned in the sentence before `limit` (else the first actor that is no
// prepositional object), up to the "that"/"who"/"which" after such an actor: the subject of
// coordinated verbs ("Mr Trump boasted of ..., blamed predecessor Joe Biden").
ArgumentGroup EventExtraction::SentenceSubject(uint32_t sb, uint32_t limit) const {
  ArgumentGroup g;
  int32_t first_actor = -1;
  for (uint32_t i = sb; i < limit; ++i) {
    int32_t m = mention_at_[i];
    // "Hamas denied that Deif had been killed": a name after "that" or "who" is another
    // clause's; the actor before it is the subject.
    if (m < 0 && first_actor >= 0) {
      const std::string_view w = Lower(i);
      if (w == "that" || w == "who" || w == "which") break;
    }
    if (m < 0 || !IsActor(m) || IsAffiliation(m)) continue;
    if (IsPerson(m)) {
      g.mentions.push_back(m);
      return g;
    }
    if (first_actor < 0 && !PrepositionalObject(m, sb)) first_actor = m;
  }
  if (first_actor >= 0) g.mentions.push_back(first_actor);
  return g;
}

// The subject of the clause that holds `limit`: after a subordinating word with an actor of its
// own ("Bessent announced sanctions after Trump called off a summit with Putin": Trump), else
// the sentence's (SentenceSubject()). "Putin, after talks with Trump, said" has no actor after
// "after" and keeps Putin.
ArgumentGroup EventExtraction::ClauseSubject(uint32_t sb, uint32_t limit) const {
  for (uint32_t c = limit; c-- > sb + 1;) {
    const std::string_view w = Lower(c);
    if (w == "after" || w == "when" || w == "while" || w == "because" || w == "before" ||
        w == "although" || w == "though" || w == "until" || w == "once" || w == "whereas") {
      // The clause's subject opens it, after at most a determiner and title words ("after U.S.
      // President Donald Trump called off"); "when it starts operating Continental Express"
      // opens with a pronoun, and Continental Express is an object.
      ArgumentGroup clause = SentenceSubject(c + 1, limit);
      if (clause.mentions.empty()) break;
      const uint32_t tb = mention_tb_[static_cast<size_t>(clause.mentions[0])];
      bool opens = tb <= c + 5;
      for (uint32_t k = c + 1; opens && k < tb; ++k) {
        opens = IsDeterminer(Lower(k)) || Capitalized(k);
      }
      if (opens) return clause;
      break;
    }
  }
  return SentenceSubject(sb, limit);
}

// Between the pronoun and the trigger only auxiliaries, "to" and such adjectives may stand:
// "Merz said she would visit X", "X says he is ready to meet Y", "X said on Friday that he had
// called Y".
// "X said he met Y's aide Z" takes X too; "X said Y's aide met Z" has no pronoun; "X and Y said
// he met Z" has two speakers and takes none. "It" stands for an organization or a country that
// spoke: "Boeing Co said it signed an agreement", "Japan told China it would lodge a protest";
// never for a person ("Putin said it was agreed").
std::vector<int32_t> EventExtraction::ReportedPronounSubject(uint32_t tb, uint32_t sb) {
  uint32_t i = tb;
  for (uint32_t steps = 0; i > sb && steps < 6; ++steps) {
    std::string_view w = Lower(i - 1);
    if (w == "he" || w == "she" || w == "it") break;
    const bool auxiliary = w == "to" || w == "was" || w == "is" || w == "would" || w == "will" ||
                           w == "had" || w == "has" || w == "ready" || w == "wanted" ||
                           w == "wants" || w == "hoped" || w == "hopes" || w == "planned" ||
                           w == "plans" || w == "be" || w == "could" || w == "might" ||
                           w == "also" || w == "willing" || w == "prepared" || w == "soon" ||
                           w == "not" || w == "never" || w == "still" || IsAdverb(i - 1);
    if (!auxiliary) return {};
    --i;
  }
  if (i <= sb + 1) return {};
  const std::string_view pronoun = Lower(i - 1);
  const bool neuter = pronoun == "it";
  if (pronoun != "he" && pronoun != "she" && !neuter) return {};
  uint32_t verb = i - 2;
  if (Lower(verb) == "that" && verb > sb) --verb;
  // "X said on Friday (that) he ...": the report's date between.
  if (timex_at_[verb] >= 0) {
    verb = timex_tb_[static_cast<size_t>(timex_at_[verb])];
    if (verb <= sb + 1) return {};
    --verb;
    const std::string_view w = Lower(verb);
    if ((w == "on" || w == "in") && verb > sb) --verb;
  }
  // "X told reporters he would call Y", "X told China it would ...": who was told.
  if (verb > sb + 1 && Lower(verb - 1) == "told" &&
      (Lower(verb) == "reporters" || Lower(verb) == "journalists" ||
       (mention_at_[verb] >= 0 && IsActor(mention_at_[verb])))) {
    verb = verb - 1;
  }
  if (!IsSpeechVerb(Lower(verb))) return {};
  ArgumentGroup speaker = ScanLeft(verb, sb);
  if (speaker.discard || speaker.plural_ref || speaker.mentions.size() != 1) return {};
  const int32_t m = speaker.mentions[0];
  if (neuter ? (IsPerson(m) || !IsActor(m)) : !IsPerson(m)) return {};
  return speaker.mentions;
}

// Newswire keeps the subject of one sentence as the "he"/"she" of the next: "Putin said Russia
// had never interfered. He presented Trump with a ball" → Putin. Not when the previous sentence
// opens with a non-person ("Russia's president said ... He") or names its first person after a
// preposition ("In talks with Putin, officials said ... He"), nor when the current sentence
// opens a quote before the pronoun. A person the current sentence names before the pronoun is
// taken instead, when there is one and as a subject.
std::vector<int32_t> EventExtraction::PreviousSubject(uint32_t pronoun, uint32_t sb) const {
  const std::string_view w = Lower(pronoun);
  if (w != "he" && w != "she") return {};
  // One person named before the pronoun in its own sentence is the one: "Biden is expected to
  // travel to Vietnam, where he will meet Trong". Two ("Biden met Macron, and he ...") or a
  // quote leave it open.
  int32_t person = -1;
  for (uint32_t k = sb; k < pronoun; ++k) {
    if (IsQuote(Lower(k))) return {};
    const int32_t m = mention_at_[k];
    if (m < 0 || !IsPerson(m)) continue;
    // A subject opens the sentence or a clause after a comma, maybe after an affiliation
    // ("U.S. President Joe Biden"); "Beside Scholz he criticized Xi" names someone else.
    const uint32_t tb = mention_tb_[static_cast<size_t>(m)];
    const bool subject = tb == sb || Lower(tb - 1) == "," ||
                         (mention_at_[tb - 1] >= 0 && IsAffiliation(mention_at_[tb - 1]));
    if (!subject || (person >= 0 && a_.mentions[static_cast<size_t>(person)].entity !=
                                        a_.mentions[static_cast<size_t>(m)].entity)) {
      return {};
    }
    person = m;
  }
  if (person >= 0) return {person};
  if (sentence_ == 0) return {};
  const int32_t m = PreviousSentencePerson();
  if (m < 0) return {};
  return {m};
}

int32_t EventExtraction::PreviousSentencePerson() const {
  if (sentence_ == 0) return -1;
  const Sentence& previous = a_.sentences[sentence_ - 1];
  if (previous.kind != SentenceKind::kBody) return -1;
  for (uint32_t k = previous.token_begin; k < previous.token_end; ++k) {
    const int32_t m = mention_at_[k];
    if (m < 0 || !IsActor(m) || IsAffiliation(m)) continue;
    const uint32_t tb = mention_tb_[static_cast<size_t>(m)];
    if (!IsPerson(m) || (tb > previous.token_begin && IsPreposition(tb - 1))) return -1;
    return m;
  }
  return -1;
}

std::vector<int32_t> EventExtraction::PreviousObject(uint32_t pronoun, uint32_t sb) const {
  const std::string_view w = Lower(pronoun);
  if (w != "him" && w != "her") return {};
  const int32_t m = PreviousSentencePerson();
  if (m < 0) return {};
  const int32_t entity = a_.mentions[static_cast<size_t>(m)].entity;
  for (uint32_t k = sb; k < pronoun; ++k) {
    const int32_t n = mention_at_[k];
    if (n >= 0 && a_.mentions[static_cast<size_t>(n)].entity == entity) return {};
    if (IsQuote(Lower(k))) return {};
  }
  return {m};
}

// "the two leaders", "both", "their", "they": the persons of the latest event with two or more,
// else (no such event yet) the last two persons named before token `before` in this sentence or
// the one before ("Trump stood beside Russian President Vladimir Putin at a news conference. The
// two leaders met ..." → Trump, Putin). "Trump spoke. The two leaders met" gives nothing.
std::vector<int32_t> EventExtraction::LastPair(uint32_t before) const {
  last_pair_event_ = -1;
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
      last_pair_event_ = static_cast<int32_t>(k);
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

void EventExtraction::AddEntities(const std::vector<int32_t>& entities, ParticipantRole role,
                                  Event* event) {
  for (int32_t e : entities) {
    bool seen = false;
    for (const Participant& p : event->participants) seen = seen || p.entity == e;
    if (!seen) event->participants.push_back(Participant{e, role, event->trigger});
  }
}

void EventExtraction::AddParticipants(const std::vector<int32_t>& mentions, ParticipantRole role,
                                      Event* event) const {
  for (int32_t m : mentions) {
    const Mention& mention = a_.mentions[static_cast<size_t>(m)];
    bool seen = false;
    for (const Participant& p : event->participants) seen = seen || p.entity == mention.entity;
    if (!seen) event->participants.push_back(Participant{mention.entity, role, mention.span});
  }
}

// Whether the country mention starting at token `b` follows "in" (maybe with a compass word:
// "in southern Lebanon") that follows the object of the verb trigger ending at `te`, with no
// preposition or clause before: "struck Houthi targets in Yemen".
bool EventExtraction::CountryAfterObject(uint32_t te, uint32_t b) const {
  if (te == 0 || b <= te + 1) return false;
  const TriggerInfo* verb = TriggerOf(te - 1);
  if (verb == nullptr || verb->pos == TriggerPos::kNoun) return false;
  uint32_t in = b - 1;
  if (IsCompassWord(Lower(in)) && in > te) --in;
  if (Lower(in) != "in") return false;
  for (uint32_t k = te; k < in; ++k) {
    const std::string_view w = Lower(k);
    if (IsPreposition(k) || IsClauseBreak(w) || w == "," || w == "that" || w == "to") {
      return false;
    }
  }
  return true;
}

// Whether the event noun at `i` is the direct object of the verb trigger [tb, te) and of a
// compatible type, as what is signed: "signed an agreement in Tokyo" places the signing.
bool EventExtraction::SignedObject(uint32_t tb, uint32_t te, uint32_t i) const {
  const TriggerInfo* verb = TriggerOf(tb);
  const TriggerInfo* noun = TriggerOf(i);
  if (verb == nullptr || noun == nullptr || verb->pos == TriggerPos::kNoun || noun->type.empty() ||
      !lex_.types.Compatible(verb->type, noun->type)) {
    return false;
  }
  for (uint32_t k = te; k < i; ++k) {
    if (IsPreposition(k) || mention_at_[k] >= 0 || Lower(k) == ",") return false;
  }
  return true;
}

// Whether the place mention at b ends "in the Mawasi area of southern Gaza", "on the outskirts
// of Kyiv", "near the centre of Kharkiv": "of" (and a compass word) after a phrase that "in",
// "at", "on" or "near" opens, with no name or clause between.
bool EventExtraction::InPartOf(uint32_t b, uint32_t sb) const {
  uint32_t k = b;
  if (k > sb && IsCompassWord(Lower(k - 1))) --k;
  if (k <= sb + 1 || Lower(k - 1) != "of") return false;
  for (uint32_t j = k - 1; j-- > sb && j + 6 > k;) {
    const std::string_view w = Lower(j);
    if (w == "in" || w == "at" || w == "on" || w == "near") return j + 2 < k;
    if (mention_at_[j] >= 0 || a_.tokens[j].kind != TokenKind::kWord || IsPreposition(j) ||
        TriggerOf(j) != nullptr) {
      return false;
    }
  }
  return false;
}

// Whether tokens [sb, comma) are one phrase that opens the sentence, at most `max_tokens` long,
// with no comma, clause break or trigger in it but the one at [own_tb, own_te): "In Paris on
// Monday," or "At a joint news conference with Zelenskiy,".
bool EventExtraction::OnlyPhraseBefore(uint32_t sb, uint32_t comma, uint32_t own_tb,
                                       uint32_t own_te, uint32_t max_tokens) const {
  if (comma - sb > max_tokens) return false;
  for (uint32_t k = sb; k < comma; ++k) {
    const std::string_view w = Lower(k);
    const bool own = k >= own_tb && k < own_te;
    if (w == "," || IsClauseBreak(w) || (!own && mention_at_[k] < 0 && TriggerOf(k) != nullptr)) {
      return false;
    }
  }
  return true;
}

// The place of a trigger and its containment chain. Handles "summit in Alaska", "conferred in a
// room at an Air Force base in Anchorage, Alaska" (→ Anchorage ⊂ Alaska), "The meeting, held at
// Joint Base Elmendorf-Richardson in the city" and "the Helsinki meeting"; rejects places far
// away or behind a clause break ("... in Moscow." is not the place of a trigger in the next
// clause after ';').
std::vector<int32_t> EventExtraction::PlaceChain(
    uint32_t tb, uint32_t te, uint32_t sb, uint32_t se,
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
    if (b > sb + 1 && IsCompassWord(Lower(b - 1))) --b;  // "in southern Lebanon"
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
      // meeting in Moscow" does not place the thanks in Moscow. What was signed is placed with
      // the signing: "signed an agreement in Tokyo".
      if (IsClauseBreak(w)) break;
      if (mention_at_[i] < 0 && TriggerOf(i) != nullptr && !SignedObject(tb, te, i)) break;
      int32_t m = mention_at_[i];
      if (m < 0) continue;
      uint32_t b = mention_tb_[static_cast<size_t>(m)];
      // Countries only right after the trigger ("talks in Russia") or after its object ("struck
      // Houthi targets in Yemen", "positions in southern Lebanon"): "the discussions would pave
      // the path towards peace in Ukraine" is not placed in Ukraine.
      if (EntityOf(m) != nullptr && EntityOf(m)->kind == EntityKind::kCountry && b > te + 2 &&
          !CountryAfterObject(te, b)) {
        i = std::max(i, mention_te_[static_cast<size_t>(m)] - 1);
        continue;
      }
      // A place that speaks is the source of the report, not where the event happened: "spoke
      // by phone with Biden on Thursday, the White House said".
      const uint32_t after = mention_te_[static_cast<size_t>(m)];
      if (after < se && IsReportingVerb(Lower(after))) break;
      if (b > sb && is_candidate(m, false)) {
        std::string_view prev = Lower(b - 1);
        // "in Anchorage", "at the base", "held at X", "in southern Lebanon"; a bare place right
        // after the verb is an object ("visited the cemetery", "bought Alaska").
        if (prev == "in" || prev == "at" || prev == "the" || b == te || prev == "to" ||
            (IsCompassWord(prev) && b > sb + 1 && Lower(b - 2) == "in") || InPartOf(b, sb)) {
          best = m;
          break;
        }
      }
      i = std::max(i, mention_te_[static_cast<size_t>(m)] - 1);
    }
  }
  if (best < 0) {
    // "In Helsinki, Trump met Putin": a place after "in"/"at" earlier in the same clause, or
    // in the phrase that opens the sentence ("In Paris on Monday, Xi met Macron"). A "that"
    // clause or another trigger ends it: "his news conference in Helsinki and that he accepted
    // that Russia had interfered" does not place the interference in Helsinki.
    const std::string_view opener = Lower(sb);
    const bool fronted = opener == "in" || opener == "at" || opener == "on";
    for (uint32_t i = tb; i-- > sb;) {
      std::string_view w = Lower(i);
      if (w == "," && fronted && OnlyPhraseBefore(sb, i)) continue;
      // "In Paris, Xi said he had met Macron": where he said it.
      if (IsClauseBreak(w) || w == "," || w == "that" || IsReportingVerb(w) ||
          (mention_at_[i] < 0 && TriggerOf(i) != nullptr)) {
        break;
      }
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

}  // namespace eventgraph::internal
