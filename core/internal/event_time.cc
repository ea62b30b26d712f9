// SPDX-License-Identifier: Apache-2.0
// EventExtraction's time attachment: which timex dates which trigger, the article's main time,
// clauses after "after"/"before"/"since" and their distances. See core/event_extractor.cc.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_map>

#include <date/date.h>

#include "core/internal/event_extraction.h"
#include "core/internal/wire_dateline.h"

namespace eventgraph::internal {
namespace {

// A timex that can date an event: a DATE or TIME with a resolved value and interval. Not a
// duration, nor "XXXX-02" without a year.
bool DatesEvents(const Timex& timex) {
  return (timex.type == TimexType::kDate || timex.type == TimexType::kTime) &&
         !timex.value.empty() && timex.value[0] != 'X' && timex.value[0] != 'P' &&
         timex.precision != Precision::kNone && timex.begin && timex.end;
}

bool IsSubjectPronoun(std::string_view w) {
  return w == "he" || w == "she" || w == "they" || w == "it" || w == "we" || w == "i";
}

// A word that opens a clause of another time: "since Milei took office", "after Iran attacked".
bool OpensTimeClause(std::string_view w) {
  return w == "since" || w == "after" || w == "before" || w == "until";
}

// A common irregular past or a form of "be"/"have" (VerbBetween()): "began", "had", "is". Words
// of other lengths are ruled out without a compare (a hash set took about 80 instructions a
// word).
bool IsCommonPastOrAuxiliary(std::string_view w) {
  switch (w.size()) {
    case 2:
      return w == "is";
    case 3:
      return w == "had" || w == "has" || w == "met" || w == "ran" || w == "was" || w == "won";
    case 4:
      return w == "came" || w == "fell" || w == "have" || w == "left" || w == "rose" ||
             w == "said" || w == "took" || w == "went" || w == "were";
    case 5:
      return w == "began" || w == "broke" || w == "wrote";
    case 6:
      return w == "became";
    default:
      return false;
  }
}

}  // namespace

// The date of a wire dateline ("CAMP DAVID, Maryland, Aug 19 (Reuters) -",
// FindWireDateline()): the article's date, not an event's.
bool EventExtraction::DatelineDate(int32_t x) const {
  const Timex& timex = a_.timexes[static_cast<size_t>(x)];
  if (timex.sentence >= a_.sentences.size()) return false;
  const Sentence& sentence = a_.sentences[timex.sentence];
  const std::optional<WireDateline> dateline = FindWireDateline(
      a_.document.text(), a_.tokens.data(), sentence.token_begin, sentence.token_end);
  return dateline && timex_te_[static_cast<size_t>(x)] <= dateline->dash;
}

bool EventExtraction::AfterDocumentDate(const CivilDate& day) const {
  const std::optional<CivilDate>& dct = a_.document.dct();
  return dct && dct->year != 0 && day.year != 0 && day > *dct;
}

// Whether the sentence places its events before the article's time: "in the past",
// "previously", "Before his return ...", or past perfect "had met".
bool EventExtraction::MarksPast(uint32_t sb, uint32_t se, uint32_t tb) const {
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
uint32_t EventExtraction::SubordinateOpener(uint32_t sb, uint32_t tb) const {
  for (uint32_t i = tb; i-- > sb && i + 12 > tb;) {
    std::string_view w = Lower(i);
    if (w == "after" || w == "before" || w == "since") return i;
    if (IsClauseBreak(w) || w == "," || w == "and" || w == "said" || TriggerOf(i) != nullptr) {
      break;
    }
  }
  return kNone;
}

bool EventExtraction::DateSubordinate(size_t k) {
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
  // A dated event first, then the day the clause names ("Pakistan struck on Thursday, two days
  // after Iran attacked" → Thursday), then the article's main time.
  const TimeValue* base = &main_time_;
  TimeValue named;
  for (size_t j = k; j-- > 0;) {
    const Event& other = events_[j];
    if (other.sentence != e.sentence) break;
    if (TokenAt(other.trigger.begin) < opener) {
      base = &other.time;
      break;
    }
  }
  if (!base->known() || base == &main_time_) {
    for (uint32_t i = opener - 1; i-- > sb;) {
      const int32_t x = timex_at_[i];
      if (x < 0) continue;
      const Timex& t = a_.timexes[static_cast<size_t>(x)];
      if (t.type == TimexType::kDate && t.precision == Precision::kDay && t.begin && t.end &&
          !t.value.empty() && t.value[0] != 'X') {
        named = TimeOf(x);
        base = &named;
        break;
      }
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

// An event an anniversary commemorates happened years before the article: "marked the second
// anniversary of Russia's invasion of Ukraine" (2 years before the article's year), "the 80th
// anniversary of the D-Day landings". It never takes the article's main time nor a date after
// it; with an ordinal ("second", "80th") and a dated article it gets the year, at year
// precision.
bool EventExtraction::Anniversary(size_t k) {
  Event& e = events_[k];
  const Sentence& sentence = a_.sentences[e.sentence];
  const uint32_t tb = TokenAt(e.trigger.begin);
  uint32_t of = kNone;
  for (uint32_t i = tb; i-- > sentence.token_begin && i + 8 > tb;) {
    const std::string_view w = Lower(i);
    if (IsClauseBreak(w) || w == ",") break;
    if (w == "of" && i > sentence.token_begin &&
        (Lower(i - 1) == "anniversary" || Lower(i - 1) == "anniversaries")) {
      of = i;
      break;
    }
  }
  if (of == kNone) return false;
  // "the anniversary of the 2022 invasion" keeps its own date; "the second anniversary of the
  // invasion on Saturday" dates the commemoration, not the invasion.
  if (e.timex >= 0) {
    if (timex_te_[static_cast<size_t>(e.timex)] <= tb) return true;
    e.timex = -1;
    e.time = TimeValue{};
  }
  static const std::unordered_map<std::string_view, int> kOrdinals = {
      {"first", 1},      {"second", 2},     {"third", 3},       {"fourth", 4},
      {"fifth", 5},      {"sixth", 6},      {"seventh", 7},     {"eighth", 8},
      {"ninth", 9},      {"tenth", 10},     {"eleventh", 11},   {"twelfth", 12},
      {"fifteenth", 15}, {"twentieth", 20}, {"thirtieth", 30},  {"fortieth", 40},
      {"fiftieth", 50},  {"sixtieth", 60},  {"seventieth", 70}, {"eightieth", 80},
      {"ninetieth", 90}, {"hundredth", 100}};
  int years = 0;
  if (of >= sentence.token_begin + 2) {
    const std::string_view w = Lower(of - 2);
    auto it = kOrdinals.find(w);
    if (it != kOrdinals.end()) {
      years = it->second;
    } else if (w.size() > 2 && w[0] >= '1' && w[0] <= '9') {
      // "2nd", "80th", "100th"
      int n = 0;
      size_t d = 0;
      for (; d < w.size() && w[d] >= '0' && w[d] <= '9' && n < 10000; ++d)
        n = n * 10 + (w[d] - '0');
      const std::string_view suffix = w.substr(d);
      if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") years = n;
    }
  }
  const std::optional<CivilDate>& dct = a_.document.dct();
  if (years > 0 && dct && dct->year - years >= 1000 && e.status == EventStatus::kOccurred) {
    const int year = dct->year - years;
    e.time = TimeValue{};
    e.time.value = std::to_string(year);
    e.time.precision = Precision::kYear;
    e.time.begin = CivilDate{year, 1, 1};
    e.time.end = CivilDate{year, 12, 31};
    e.rule += ".anniversary";
  }
  return true;
}

// The sentence's time for an undated occurred verb: the time of the nearest other occurred event
// of the sentence that its own timex dates. "Modi visited Lahore in December 2015 and met Sharif"
// (the date is nearest "met"; "visited" shares it); "Biden and Xi met at the Filoli estate in
// Woodside, California, in November 2023, where they agreed to ..." ("agreed" took it). Not
// across a report ("Putin said on Friday that he met Trump": the report's date, were "said" an
// event), not from a clause that "after"/"before"/"since" opens ("X met Y after Z struck on
// Monday": the strike's date), and not for a past perfect next to a simple past ("had met",
// which happened before the dated event).
bool EventExtraction::SentenceTime(size_t k) {
  Event& e = events_[k];
  const Sentence& sentence = a_.sentences[e.sentence];
  const uint32_t sb = sentence.token_begin;
  const uint32_t tb = TokenAt(e.trigger.begin);
  for (uint32_t i = tb; i-- > sb && i + 3 > tb;) {
    if (Lower(i) == "had") return false;
  }
  // Events are made sentence by sentence: this sentence's are the run around k.
  size_t first = k;
  while (first > 0 && events_[first - 1].sentence == e.sentence) --first;
  size_t best = events_.size();
  uint32_t best_d = kNone;
  for (size_t j = first; j < events_.size() && events_[j].sentence == e.sentence; ++j) {
    const Event& other = events_[j];
    if (j == k || !verb_[j] || !own_time_[j] || other.timex < 0 || other.corefers_to >= 0 ||
        other.status != EventStatus::kOccurred || !other.time.known()) {
      continue;
    }
    // An occurred event dated after the article was read a plan's date ("warned Tokyo its
    // promised package in April must be significant", in a March article): not passed on.
    if (AfterDocumentDate(other.time.begin)) continue;
    const uint32_t ob = TokenAt(other.trigger.begin);
    if (SubordinateOpener(sb, ob) != kNone) continue;
    // A date inside a relative clause is the clause's: "Kiechle, who yesterday denounced the
    // limits, warned ..."; "the ambassador who arrived last night". A verb inside the same
    // clause shares it.
    const uint32_t xb = timex_tb_[static_cast<size_t>(other.timex)];
    uint32_t relative = kNone;
    for (uint32_t i = xb; i-- > sb;) {
      const std::string_view w = Lower(i);
      if (w == "who" || w == "which" || w == "whom" || w == "whose" ||
          ((w == "where" || w == "when") && i > sb && Lower(i - 1) == ",")) {
        relative = i;
        break;
      }
      if (w == "," || IsClauseBreak(w)) break;
    }
    if (relative != kNone) {
      bool inside = tb > relative;
      for (uint32_t i = relative + 1; i < tb && inside; ++i) inside = Lower(i) != ",";
      if (!inside) continue;
    }
    bool report = false;
    for (uint32_t i = std::min(ob, tb) + 1; i < std::max(ob, tb) && !report; ++i) {
      report = IsReportingVerb(Lower(i));
    }
    if (report) continue;
    const uint32_t d = ob > tb ? ob - tb : tb - ob;
    if (d < best_d) {
      best_d = d;
      best = j;
    }
  }
  if (best != events_.size()) {
    e.time = events_[best].time;
    e.rule += ".sentence_time";
    return true;
  }
  return ClauseEndTime(k);
}

// A date that ends the verb's clause, after the phrases that follow the verb, when a noun in
// them took it: "Ishiba met Xi on the sidelines of the APEC summit in Lima last week." ("summit"
// was nearer; the meeting was last week too). Not past another verb, a comma, a clause break, a
// report or a "since"/"after"/"before"/"until", and only a date that ends the clause (no word
// after it that it could modify).
bool EventExtraction::ClauseEndTime(size_t k) {
  Event& e = events_[k];
  const Sentence& sentence = a_.sentences[e.sentence];
  const uint32_t se = sentence.token_end;
  const uint32_t te = TokenAt(e.trigger.end > 0 ? e.trigger.end - 1 : e.trigger.begin) + 1;
  // A past verb only: "proposed that the two prime ministers meet for talks in a letter on
  // March 17" dates the letter, not a meeting yet to come.
  const TriggerInfo* info = TriggerOf(TokenAt(e.trigger.begin));
  if (info == nullptr || info->pos != TriggerPos::kVerb) return false;
  for (uint32_t i = te; i < se && i < te + 24; ++i) {
    const int32_t x = timex_at_[i];
    if (x < 0) {
      const std::string_view w = Lower(i);
      if (IsClauseBreak(w) || w == "," || w == ";" || OpensTimeClause(w) || w == "who" ||
          w == "which" || w == "that" || IsReportingVerb(w) ||
          (mention_at_[i] < 0 && TriggerOf(i) != nullptr &&
           TriggerOf(i)->pos != TriggerPos::kNoun)) {
        return false;
      }
      // "agreed to resume a trilateral summit later this month": what was agreed comes later.
      if (w == "to" && info->type == "agreement" && i + 1 < se && mention_at_[i + 1] < 0 &&
          a_.tokens[i + 1].kind == TokenKind::kWord && !Capitalized(i + 1) &&
          !IsDeterminer(Lower(i + 1))) {
        return false;
      }
      continue;
    }
    const Timex& timex = a_.timexes[static_cast<size_t>(x)];
    const uint32_t xe = timex_te_[static_cast<size_t>(x)];
    // A duration on the way is part of the object: "signed a 10-year security agreement on the
    // sidelines of the summit on Thursday".
    if (timex.type == TimexType::kDuration) {
      i = std::max(i, xe - 1);
      continue;
    }
    if (!DatesEvents(timex) || AfterDocumentDate(*timex.begin) || DatelineDate(x)) return false;
    // A deadline is no time of the event: "threatened with imports by the end of the year".
    const uint32_t xb = timex_tb_[static_cast<size_t>(x)];
    if (xb > te && (ClassOf(xb - 1) == CueClass::kTimeBlock || Lower(xb - 1) == "by")) {
      return false;
    }
    // The clause ends right after it: "last week." or "last week, officials said".
    if (xe < se && a_.tokens[xe].kind == TokenKind::kWord) return false;
    e.time = TimeOf(x);
    e.rule += ".clause_end_time";
    return true;
  }
  return false;
}

// The article's main time when no event of it is dated to the day by its own timex: the first
// day-precise date of the lead that no "since"/"until"/"ago" holds off (with `relative_only`,
// the first one counted from the article's date, "on Thursday", not the dateline's). "President
// Trump declined on Monday to endorse ..., standing beside Putin after their first formal summit" →
// Monday; "Talks have stalled since Monday" gives none.
TimeValue EventExtraction::LeadTime(bool relative_only) const {
  for (size_t x = 0; x < a_.timexes.size(); ++x) {
    const Timex& timex = a_.timexes[x];
    if (timex.sentence > lead_end_) break;
    if (relative_only && (timex.anchor != "dct" || DatelineDate(static_cast<int32_t>(x)))) continue;
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
    // A day after the article's date is a plan's ("Scholz will travel to Paris on Monday"), no
    // time for what already happened. A dateline's date may be the main time: it dates no verb
    // of its own (ClaimTimexes()) but what the lead reports without a date.
    if (AfterDocumentDate(*timex.begin)) continue;
    TimeValue t = TimeOf(static_cast<int32_t>(x));
    t.text.clear();
    return t;
  }
  return TimeValue();
}

TimeValue EventExtraction::TimeOf(int32_t x) const {
  TimeValue t;
  const Timex& timex = a_.timexes[static_cast<size_t>(x)];
  t.value = timex.value;
  t.precision = timex.precision;
  if (timex.begin) t.begin = *timex.begin;
  if (timex.end) t.end = *timex.end;
  t.text = std::string(a_.document.Slice(timex.span));
  return t;
}

// Whether a token in [b, e) looks like a finite verb: a lower-case -ed word, a common irregular
// past or a form of "be"/"have", or a verb trigger. "since the war began on Monday" has one,
// "since the Cold War on Thursday" none.
bool EventExtraction::VerbBetween(uint32_t b, uint32_t e) const {
  for (uint32_t k = b; k < e; ++k) {
    if (mention_at_[k] >= 0 || a_.tokens[k].kind != TokenKind::kWord || Capitalized(k)) continue;
    const std::string_view w = Lower(k);
    if ((w.size() > 3 && w.substr(w.size() - 2) == "ed") || IsCommonPastOrAuxiliary(w)) {
      return true;
    }
    const TriggerInfo* t = TriggerOf(k);
    if (t != nullptr && t->pos != TriggerPos::kNoun) return true;
  }
  return false;
}

// Each usable timex dates the trigger nearest to it; a modifier inside a noun phrase
// ("a 2018 summit", "Friday's summit") is nearest of all. Rejects "since 2019", "until
// Friday", durations and unresolved values ("XXXX-02").
void EventExtraction::ClaimTimexes(uint32_t sb, uint32_t se, std::vector<TriggerHit>* hits) const {
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
    if (!DatesEvents(timex) || DatelineDate(x)) continue;
    // "since 2019" holds the date off; "since a 2021 meeting" dates the meeting.
    bool blocked = false;
    for (uint32_t k = xb; k-- > sb && k + 3 > xb;) {
      if (IsDeterminer(Lower(k))) break;
      if (ClassOf(k) == CueClass::kTimeBlock) blocked = true;
      if (mention_at_[k] >= 0 || IsClauseBreak(Lower(k))) break;
    }
    if (xe < se && Lower(xe) == "ago") blocked = true;
    if (blocked) continue;
    // A date that closes a verb phrase before "and" and a second verb is the first verb's:
    // "Modi visited Lahore in December 2015 and met Sharif" (the second verb shares it through
    // the sentence's time). Not "In 2019 and 2020 they met", which no verb precedes.
    bool closes_first_verb = false;
    if (xe < se && Lower(xe) == "and") {
      for (const TriggerHit& hit : *hits) {
        if (hit.te <= xb && hit.info->pos != TriggerPos::kNoun) closes_first_verb = true;
      }
    }
    size_t best = hits->size();
    uint32_t best_d = kNone;
    bool best_reports = false;
    for (size_t h = 0; h < hits->size(); ++h) {
      const TriggerHit& hit = (*hits)[h];
      // A date before the "after"/"before" that opens a trigger's clause dates the clause it
      // depends on: "The meeting ... on 28 February collapsed after Vance accused Zelenskyy".
      bool report = false;
      if (xe <= hit.tb) {
        uint32_t opener = SubordinateOpener(sb, hit.tb);
        if (opener != kNone && xe <= opener) continue;
        // A date of the report, not of what it reports: "Ushakov said last week that a meeting
        // ...", "On Friday, Trump said he had met Putin". "said Friday's summit" keeps it.
        report = xb > sb && IsReportingVerb(Lower(xb - 1)) && !Possessive(xe);
        if (!report && xb > sb + 1 && IsReportingVerb(Lower(xb - 2)) && !Possessive(xe)) {
          const std::string_view before = Lower(xb - 1);
          report = before == "on" || before == "in" || before == "last";
        }
        for (uint32_t k = xe; k < hit.tb && !report; ++k) report = IsReportingVerb(Lower(k));
      }
      // A date inside a clause that "since", "after", "before" or "until" opens after the trigger
      // is the clause's: "Macron's visit was his first since Milei took office in December
      // 2023" does not date the visit. So is a date after a verb of saying that follows the
      // trigger: "Putin has no plans to meet Zelensky, Peskov said on Wednesday".
      if (hit.te <= xb) {
        bool subordinate = false;
        for (uint32_t k = hit.te; k < xb && !subordinate; ++k) {
          const std::string_view w = Lower(k);
          // "since Milei took office", "since he took office", "since the war began", "since
          // the 1960s", "before the July meeting"; not "since the Cold War on Thursday", a noun
          // phrase with no verb of its own that the date does not modify.
          const bool clause_subject =
              k + 1 < xb &&
              (mention_at_[k + 1] >= 0 || IsSubjectPronoun(Lower(k + 1)) ||
               (IsDeterminer(Lower(k + 1)) && (k + 2 >= xb || VerbBetween(k + 2, xb))));
          subordinate =
              (OpensTimeClause(w) && clause_subject) || (k > hit.te && IsReportingVerb(w));
        }
        if (subordinate) continue;
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
            !(Capitalized(k) || Possessive(k) || IsFillerClass(ClassOf(k)) ||
              ClassOf(k) == CueClass::kStatus)) {
          modifier = false;
        }
      }
      if (modifier && d <= 4) d = 0;
      if (verb_between && !modifier) d += 4;
      if (closes_first_verb && xe <= hit.tb) d += 4;
      if (d < best_d) {
        best_d = d;
        best = h;
        best_reports = report;
      }
    }
    // The nearest trigger lies beyond a report of it: the date is the report's, no one else's.
    if (best < hits->size() && best_d < 30 && !best_reports) {
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

}  // namespace eventgraph::internal
