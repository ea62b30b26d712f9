// SPDX-License-Identifier: Apache-2.0
// Builds the timex word table from the lexicons in core/data (one entry per word; a word listed
// in several files, such as "second" or "may", gets every class).
#include "core/internal/timex_words.h"

#include <algorithm>
#include <charconv>

#include "core/lexicon.h"

namespace eventgraph {
namespace internal {
namespace {

Status FieldError(const Lexicon& lexicon, const LexiconEntry& entry, std::string_view what) {
  return Status::ParseError(lexicon.name() + ":" + std::to_string(entry.line) +
                            ":1: " + std::string(what));
}

bool ParseInt(std::string_view text, int32_t* out) {
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

std::vector<std::string> SplitWords(std::string_view key) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start <= key.size()) {
    size_t space = key.find(' ', start);
    if (space == std::string_view::npos) space = key.size();
    if (space > start) words.emplace_back(key.substr(start, space - start));
    start = space + 1;
  }
  return words;
}

void SortLongestFirst(std::vector<TimexPhrase>* phrases) {
  std::stable_sort(
      phrases->begin(), phrases->end(),
      [](const TimexPhrase& a, const TimexPhrase& b) { return a.words.size() > b.words.size(); });
}

}  // namespace

void TimexRules::Freeze() {
  size_t capacity = 16;
  while (capacity < words.size() * 4) capacity *= 2;
  slots.assign(capacity, Slot());
  bloom.assign(kBloomBits / 64, 0);
  head_bloom.assign(kHeadBloomBits / 64, 0);
  head_pairs.assign(1024, 0);
  word_pairs.assign(1024, 0);
  marker_pairs.assign(1024, 0);
  max_key_size = 0;
  for (const auto& [key, info] : words) {
    if (key.empty()) continue;  // Find() never looks for ""
    const uint64_t h = Mix(FoldPrefix(Prefix(key), key.size()), key.size());
    size_t mask = capacity - 1;
    size_t i = h & mask;
    while (slots[i].info != nullptr) i = (i + 1) & mask;
    slots[i].prefix = Prefix(key);
    slots[i].key = key;
    slots[i].info = &info;
    if (key.size() > max_key_size) max_key_size = key.size();
    if (key.size() < 64) {
      word_pairs[HeadPairIndex(key.front(), key.back())] |= uint64_t{1} << key.size();
      if ((info.classes & (kClassFuture | kClassFutureTo | kClassPast)) != 0) {
        marker_pairs[HeadPairIndex(key.front(), key.back())] |= uint64_t{1} << key.size();
      }
    }
    {
      size_t bit = BloomBitOf(h);
      bloom[bit >> 6] |= uint64_t{1} << (bit & 63);
      bool head = (info.classes & kHeadBloomClasses & ~kClassCardinal) != 0 ||
                  (info.Is(kClassCardinal) && info.cardinal >= 11 && info.cardinal <= 20);
      const size_t head_bit = HeadBloomBitOf(h);
      if (head) head_bloom[head_bit >> 6] |= uint64_t{1} << (head_bit & 63);
      if (head && key.size() < 64) {
        head_pairs[HeadPairIndex(key.front(), key.back())] |= uint64_t{1} << key.size();
      }
    }
  }
}

TimeUnit ParseUnitCode(std::string_view code) {
  if (code == "S") return TimeUnit::kSecond;
  if (code == "MIN") return TimeUnit::kMinute;
  if (code == "H") return TimeUnit::kHour;
  if (code == "D") return TimeUnit::kDay;
  if (code == "WE") return TimeUnit::kWeekend;
  if (code == "W" || code == "W2") return TimeUnit::kWeek;
  if (code == "M") return TimeUnit::kMonth;
  if (code == "Q") return TimeUnit::kQuarter;
  if (code == "Y") return TimeUnit::kYear;
  if (code == "DE") return TimeUnit::kDecade;
  if (code == "CE") return TimeUnit::kCentury;
  return TimeUnit::kNone;
}

Result<TimexRules> TimexRules::Load(std::string_view data_dir) {
  TimexRules rules;
  auto load = [&](std::string_view file, Lexicon* out) -> Status {
    Result<Lexicon> lexicon = Lexicon::Load(file, data_dir);
    if (!lexicon.ok()) return lexicon.status();
    *out = std::move(lexicon).value();
    return Status();
  };
  auto field = [](const LexiconEntry& e, size_t i) -> std::string_view {
    return i < e.fields.size() ? std::string_view(e.fields[i]) : std::string_view();
  };

  Lexicon lex;
  // month_names.txt: key, month, [ambiguous]
  if (Status s = load("month_names.txt", &lex); !s.ok()) return s;
  for (const LexiconEntry& e : lex.entries()) {
    WordInfo& w = rules.words[e.key];
    if (!ParseInt(field(e, 0), &w.month) || w.month < 1 || w.month > 12) {
      return FieldError(lex, e, "bad month number");
    }
    w.classes |= kClassMonth;
    if (field(e, 1) == "ambiguous") w.classes |= kClassAmbiguous;
  }
  // weekday_names.txt: key, ISO weekday, [ambiguous]
  if (Status s = load("weekday_names.txt", &lex); !s.ok()) return s;
  for (const LexiconEntry& e : lex.entries()) {
    WordInfo& w = rules.words[e.key];
    if (!ParseInt(field(e, 0), &w.weekday) || w.weekday < 1 || w.weekday > 7) {
      return FieldError(lex, e, "bad weekday number");
    }
    w.classes |= kClassWeekday;
    if (field(e, 1) == "ambiguous") w.classes |= kClassAmbiguous;
  }
  // number_words.txt: key, value, cardinal|ordinal
  if (Status s = load("number_words.txt", &lex); !s.ok()) return s;
  for (const LexiconEntry& e : lex.entries()) {
    WordInfo& w = rules.words[e.key];
    std::string_view value = field(e, 0);
    if (field(e, 1) == "ordinal") {
      if (!ParseInt(value, &w.ordinal)) return FieldError(lex, e, "bad ordinal");
      w.classes |= kClassOrdinal;
    } else {
      double d = 0;
      auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), d);
      if (ec != std::errc() || ptr != value.data() + value.size()) {
        return FieldError(lex, e, "bad number");
      }
      w.cardinal = d;
      w.classes |= kClassCardinal;
    }
  }
  // time_units.txt: key, unit code
  if (Status s = load("time_units.txt", &lex); !s.ok()) return s;
  for (const LexiconEntry& e : lex.entries()) {
    WordInfo& w = rules.words[e.key];
    w.unit = ParseUnitCode(field(e, 0));
    if (w.unit == TimeUnit::kNone) return FieldError(lex, e, "bad unit code");
    if (field(e, 0) == "W2") w.unit_count = 2;
    w.classes |= kClassUnit;
  }
  // relative_words.txt: key, offset
  if (Status s = load("relative_words.txt", &lex); !s.ok()) return s;
  for (const LexiconEntry& e : lex.entries()) {
    WordInfo& w = rules.words[e.key];
    if (!ParseInt(field(e, 0), &w.relative_offset)) return FieldError(lex, e, "bad offset");
    w.classes |= kClassRelative;
  }
  // season_names.txt: key, code
  if (Status s = load("season_names.txt", &lex); !s.ok()) return s;
  for (const LexiconEntry& e : lex.entries()) {
    WordInfo& w = rules.words[e.key];
    w.season = std::string(field(e, 0));
    w.classes |= kClassSeason;
  }
  // day_parts.txt: key, code or HH:MM
  if (Status s = load("day_parts.txt", &lex); !s.ok()) return s;
  for (const LexiconEntry& e : lex.entries()) {
    WordInfo& w = rules.words[e.key];
    std::string_view code = field(e, 0);
    if (code.size() == 5 && code[2] == ':') {
      if (!ParseInt(code.substr(0, 2), &w.clock_hour)) return FieldError(lex, e, "bad clock");
      w.classes |= kClassClock;
    } else {
      w.day_part = std::string(code);
      w.classes |= kClassDayPart;
    }
  }
  // decade_names.txt: key, decade
  if (Status s = load("decade_names.txt", &lex); !s.ok()) return s;
  for (const LexiconEntry& e : lex.entries()) {
    WordInfo& w = rules.words[e.key];
    if (!ParseInt(field(e, 0), &w.decade) || w.decade < 100 || w.decade > 999) {
      return FieldError(lex, e, "bad decade");
    }
    w.classes |= kClassDecade;
  }
  // time_reference_words.txt: key, day, offset, [part] | key, ref, value
  if (Status s = load("time_reference_words.txt", &lex); !s.ok()) return s;
  for (const LexiconEntry& e : lex.entries()) {
    WordInfo& w = rules.words[e.key];
    if (field(e, 0) == "day") {
      if (!ParseInt(field(e, 1), &w.day_offset)) return FieldError(lex, e, "bad day offset");
      w.day_part = std::string(field(e, 2));
      w.classes |= kClassDayRef;
    } else if (field(e, 0) == "ref") {
      w.reference = std::string(field(e, 1));
      w.classes |= kClassReference;
    } else {
      return FieldError(lex, e, "expected 'day' or 'ref'");
    }
  }
  // time_zones.txt, future_markers.txt: keys only
  if (Status s = load("time_zones.txt", &lex); !s.ok()) return s;
  for (const LexiconEntry& e : lex.entries()) rules.words[e.key].classes |= kClassTimeZone;
  // future_markers.txt: key, [cue|to]; past_markers.txt: keys only
  if (Status s = load("future_markers.txt", &lex); !s.ok()) return s;
  for (const LexiconEntry& e : lex.entries()) {
    const std::string_view kind = field(e, 0);
    if (!kind.empty() && kind != "cue" && kind != "to") {
      return FieldError(lex, e, "expected 'cue', 'to' or nothing");
    }
    rules.words[e.key].classes |= kind == "cue"  ? kClassFutureCue
                                  : kind == "to" ? kClassFutureTo
                                                 : kClassFuture;
  }
  if (Status s = load("past_markers.txt", &lex); !s.ok()) return s;
  for (const LexiconEntry& e : lex.entries()) rules.words[e.key].classes |= kClassPast;
  // set_words.txt: key, unit code or part of day
  if (Status s = load("set_words.txt", &lex); !s.ok()) return s;
  for (const LexiconEntry& e : lex.entries()) {
    WordInfo& w = rules.words[e.key];
    TimeUnit unit = ParseUnitCode(field(e, 0));
    if (unit == TimeUnit::kNone) {
      w.day_part = std::string(field(e, 0));
    } else {
      w.unit = unit;
    }
    w.classes |= kClassSetWord;
  }
  // year_blockers.txt: key, before|after
  if (Status s = load("year_blockers.txt", &lex); !s.ok()) return s;
  for (const LexiconEntry& e : lex.entries()) {
    WordInfo& w = rules.words[e.key];
    w.classes |= field(e, 0) == "before" ? kClassYearBlockBefore : kClassYearBlockAfter;
  }
  // current_terms.txt: keys only
  if (Status s = load("current_terms.txt", &lex); !s.ok()) return s;
  for (const LexiconEntry& e : lex.entries()) rules.words[e.key].classes |= kClassCurrentTerm;
  // old_event_nouns.txt: keys only
  if (Status s = load("old_event_nouns.txt", &lex); !s.ok()) return s;
  for (const LexiconEntry& e : lex.entries()) rules.words[e.key].classes |= kClassOldEventNoun;
  // timex_modifiers.txt: phrase, mod, quantity|point
  if (Status s = load("timex_modifiers.txt", &lex); !s.ok()) return s;
  for (const LexiconEntry& e : lex.entries()) {
    TimexPhrase phrase;
    phrase.words = SplitWords(e.key);
    phrase.mod = std::string(field(e, 0));
    phrase.quantity = field(e, 1) == "quantity";
    rules.modifiers.push_back(std::move(phrase));
  }
  SortLongestFirst(&rules.modifiers);
  // holidays.txt: phrase, MM-DD
  if (Status s = load("holidays.txt", &lex); !s.ok()) return s;
  for (const LexiconEntry& e : lex.entries()) {
    TimexPhrase phrase;
    phrase.words = SplitWords(e.key);
    std::string_view md = field(e, 0);
    bool fixed = md.size() == 5 && md[2] == '-' && ParseInt(md.substr(0, 2), &phrase.month) &&
                 ParseInt(md.substr(3, 2), &phrase.day);
    // "MM/N/W": the N-th (L: last) ISO weekday W of month MM.
    bool rule = md.size() == 6 && md[2] == '/' && md[4] == '/' &&
                ParseInt(md.substr(0, 2), &phrase.month) &&
                ParseInt(md.substr(5, 1), &phrase.weekday) &&
                (md[3] == 'L' || ParseInt(md.substr(3, 1), &phrase.nth));
    if (rule && md[3] == 'L') phrase.nth = -1;
    if (!fixed && !rule) return FieldError(lex, e, "expected MM-DD or MM/N/W");
    rules.holidays.push_back(std::move(phrase));
  }
  SortLongestFirst(&rules.holidays);
  // Words that only the grammar knows (core/internal/timex_grammar.cc) but that may begin an
  // expression; with the first words of modifiers and holidays they pass the fast reject.
  // Keep in sync with the matchers in timex_grammar.cc.
  static constexpr std::string_view kGrammarStarters[] = {
      "calendar", "comparable", "couple", "distant", "each", "every", "few", "fiscal", "full",
      "future", "h1", "h2", "half", "immediate", "many", "more", "near", "once", "q1", "q2", "q3",
      "q4", "recent", "right", "same", "several", "short", "that", "the", "these", "twice",
      // Second words of modifiers after "the": "the middle of October".
      "beginning", "end", "middle", "start"};
  for (std::string_view w : kGrammarStarters) rules.words[std::string(w)].classes |= kClassStarter;
  for (const TimexPhrase& p : rules.modifiers) {
    rules.words[p.words[0]].classes |= kClassModifierStart;
  }
  // A holiday's first word heads a window only when no later word of it does: "Christmas",
  // "Thanksgiving"; not "new" of "New Year's Day" ("day" is a unit), so "new plant" opens no
  // window.
  for (const TimexPhrase& p : rules.holidays) {
    bool later_head = false;
    for (size_t k = 1; k < p.words.size() && !later_head; ++k) {
      std::string_view w = p.words[k];
      if (w.size() > 2 && w.substr(w.size() - 2) == "'s") w.remove_suffix(2);  // "year's"
      auto found = rules.words.find(w);
      later_head = found != rules.words.end() && (found->second.classes & kHeadWordClasses) != 0;
    }
    rules.words[p.words[0]].classes |= later_head ? kClassStarter : kClassStarter | kClassHead;
  }
  for (uint32_t k = 0; k < rules.modifiers.size(); ++k) {
    rules.words[rules.modifiers[k].words[0]].modifier_phrases.push_back(k);
  }
  for (uint32_t k = 0; k < rules.holidays.size(); ++k) {
    rules.words[rules.holidays[k].words[0]].holiday_phrases.push_back(k);
  }
  // Heads without a lexicon class of their own: "the future", "the past", "current prices",
  // "more recently", "the near term" (relative words like "this" or "last" need a unit, which
  // is a head).
  for (std::string_view w : {"current", "future", "past", "recent", "term"}) {
    rules.words[std::string(w)].classes |= kClassHead;
  }
  return rules;
}

}  // namespace internal
}  // namespace eventgraph
