// SPDX-License-Identifier: Apache-2.0
#include "core/timex_tagger.h"

#include <catch2/catch.hpp>

#include "core/sentence_splitter.h"
#include "core/tokenizer.h"
#include "tests/test_util.h"

namespace eventgraph {
namespace {

// Tags `text` with the compiled-in lexicons and the given DCT ("" = none).
std::vector<Timex> TagText(const std::string& text, const std::string& dct,
                           Document* document_out = nullptr) {
  static const Tokenizer tokenizer = Tokenizer::Create("").value();
  static const SentenceSplitter splitter = SentenceSplitter::Create("").value();
  static const TimexTagger tagger = TimexTagger::Create("").value();
  Document document = testing::MakeTestDocument(text, dct);
  std::vector<Token> tokens = tokenizer.Tokenize(document, document.body());
  std::vector<Sentence> sentences = splitter.Split(document.text(), tokens);
  Diagnostics diagnostics;
  std::vector<Timex> timexes =
      tagger.Tag(document, tokens, sentences, document.dct(), &diagnostics);
  if (document_out != nullptr) *document_out = document;
  return timexes;
}

// "extent|TYPE|value" per timex, joined with "; ".
std::string Dump(const std::string& text, const std::string& dct) {
  Document document;
  std::vector<Timex> timexes = TagText(text, dct, &document);
  std::string out;
  for (const Timex& t : timexes) {
    if (!out.empty()) out += "; ";
    out += std::string(document.Slice(t.span)) + "|" + std::string(TimexTypeName(t.type)) + "|" +
           t.value;
  }
  return out;
}

struct Row {
  const char* text;
  const char* dct;
  const char* expected;
};

// DCT Saturday 2025-08-16 (ISO week 33) unless a row says otherwise.
constexpr const char* kDct = "2025-08-16";

TEST_CASE("TimexTagger: resolves dates against the DCT with the news-mode past bias",
          "[core][timex]") {
  const Row rows[] = {
      {"The leaders met on Friday in Anchorage.", kDct, "Friday|DATE|2025-08-15"},
      {"The two presidents met Friday (Aug. 15) at the base.", kDct,
       "Friday|DATE|2025-08-15; Aug. 15|DATE|2025-08-15"},
      {"Officials arrived yesterday.", kDct, "yesterday|DATE|2025-08-15"},
      {"Negotiators spoke today.", kDct, "today|DATE|2025-08-16"},
      {"Talks stalled last week.", kDct, "last week|DATE|2025-W32"},
      {"Prices rose earlier this month.", kDct, "earlier this month|DATE|2025-08"},
      {"The deal was signed in February.", kDct, "February|DATE|2025-02"},
      {"The deal was signed in December.", kDct, "December|DATE|2024-12"},
      {"The plant closed on February 28.", kDct, "February 28|DATE|2025-02-28"},
      {"Delegates recalled a 2018 summit.", kDct, "2018|DATE|2018"},
      {"The war began in February 2022.", kDct, "February 2022|DATE|2022-02"},
      {"The ceasefire collapsed three years ago.", kDct, "three years ago|DATE|2022"},
      {"Elections are due next year.", kDct, "next year|DATE|2026"},
      {"The sanctions have been in place since 2019.", kDct, "2019|DATE|2019"},
      {"The doctrine dates from the 1980s.", kDct, "the 1980s|DATE|198"},
      {"The band was popular in the nineties.", kDct, "the nineties|DATE|199"},
      {"More recently, the firm cut jobs.", kDct, "More recently|DATE|PAST_REF"},
      {"The vote was held on March eighth.", kDct, "March eighth|DATE|2025-03-08"},
      {"Results for June first quarter fell.", kDct,
       "June|DATE|2025-06; first quarter|DATE|2025-Q1"},
      {"Bread costs more now.", kDct, "now|DATE|PRESENT_REF"},
      {"Rates will stay low in the near term.", kDct, "the near term|DATE|FUTURE_REF"},
      {"Prices peaked in the mid-seventies.", kDct, "the mid-seventies|DATE|197"},
      {"The treaty was signed in 1867.", kDct, "1867|DATE|1867"},
      {"It was signed on August 15, 2025, in Alaska.", kDct, "August 15, 2025|DATE|2025-08-15"},
      {"Profit fell in the third quarter.", kDct, "the third quarter|DATE|2025-Q3"},
      {"Third-quarter sales rose.", kDct, "Third-quarter|DATE|2025-Q3"},
      {"Crops suffered this summer.", kDct, "this summer|DATE|2025-SU"},
      {"Protests grew over the weekend.", kDct, "the weekend|DATE|2025-W33-WE"},
      {"The ministers meet now.", kDct, "now|DATE|PRESENT_REF"},
      {"Sales rose in 2024-08-15 filings.", kDct, "2024-08-15|DATE|2024-08-15"},
      {"The vote ended at 2:30 p.m. Friday.", kDct, "2:30 p.m. Friday|TIME|2025-08-15T14:30"},
      {"Fighting resumed last night.", kDct, "last night|TIME|2025-08-15TNI"},
      {"The rally took place on Christmas.", kDct, "Christmas|DATE|2024-12-25"},
      {"Stores opened on Thanksgiving Day 2024.", kDct, "Thanksgiving Day 2024|DATE|2024-11-28"},
      {"The firm posted the third-quarter loss.", kDct, "third-quarter|DATE|2025-Q3"},
      {"Prices fell in the summer.", kDct, "the summer|DATE|2025-SU"},
      {"It froze in the winter of 1994.", kDct, "the winter of 1994|DATE|1994-WI"},
      // Up to two months ahead stays in the DCT's year.
      {"Talks stalled in the middle of October.", kDct, "the middle of October|DATE|2025-10"},
      {"It began in January nineteen ninety-seven.", kDct,
       "January nineteen ninety-seven|DATE|1997-01"},
      // A full month name leaves the sentence's period; a short form keeps its own.
      {"The strike ended in July.", kDct, "July|DATE|2025-07"},
      {"Orders slowed in late June.", kDct, "late June|DATE|2025-06"},
      {"The plant reopened in Nov.", kDct, "Nov.|DATE|2024-11"},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(Dump(row.text, row.dct) == row.expected);
  }
}

TEST_CASE("TimexTagger: turns the past bias forward in future-tense clauses", "[core][timex]") {
  const Row rows[] = {
      {"The presidents will meet on Friday.", kDct, "Friday|DATE|2025-08-22"},
      {"The tariffs will take effect in February.", kDct, "February|DATE|2026-02"},
      // A marker after the expression does not count.
      {"A spokesman said Thursday that troops will stay.", kDct, "Thursday|DATE|2025-08-14"},
      {"Talks resume next Friday.", kDct, "next Friday|DATE|2025-08-22"},
      {"They met last Friday.", kDct, "last Friday|DATE|2025-08-15"},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(Dump(row.text, row.dct) == row.expected);
  }
}

TEST_CASE("TimexTagger: reads the tense from the words before the expression", "[core][timex]") {
  const Row rows[] = {
      // A past-tense verb right before wins over an earlier future marker.
      {"Lawyers will appeal the ruling announced Wednesday.", kDct, "Wednesday|DATE|2025-08-13"},
      // ... also across a place adverb.
      {"China will ship maize under an accord signed here Saturday.", kDct,
       "Saturday|DATE|2025-08-16"},
      {"Ministers will meet there Tuesday.", kDct, "Tuesday|DATE|2025-08-19"},
      // A past tense without -ed stops the scan back to "will".
      {"The envoy will return to the town where he was held in November.", kDct,
       "November|DATE|2024-11"},
      // A participle after "be" is no past tense.
      {"The dividend will be paid in January.", kDct, "January|DATE|2026-01"},
      // Future cues right before the expression.
      {"The talks were postponed until Tuesday.", kDct, "Tuesday|DATE|2025-08-19"},
      {"Troops could leave as soon as Tuesday.", kDct, "Tuesday|DATE|2025-08-19"},
      {"The rate cut is effective Feb. 1.", kDct, "Feb. 1|DATE|2026-02-01"},
      // A possessive weekday names a past event.
      {"Officials will study Wednesday's decision.", kDct, "Wednesday|DATE|2025-08-13"},
      // "set"/"plan" look ahead only before "to".
      {"The peace talks are set to resume Monday in Geneva.", kDct, "Monday|DATE|2025-08-18"},
      {"Officials said they did not plan to move the prisoners on Thursday.", kDct,
       "Thursday|DATE|2025-08-21"},
      {"The team set a new mark Monday.", kDct, "Monday|DATE|2025-08-11"},
      // A past perfect before a future marker makes it a past plan.
      {"The offer had been due to expire Friday.", kDct, "Friday|DATE|2025-08-15"},
      {"The ministers had planned to sign the accord on Monday.", kDct, "Monday|DATE|2025-08-11"},
      // An "as" clause with a past participle reports a past act, even after "would".
      {"Without new funds the agency would struggle to deliver the aid as promised at a donor "
       "meeting in Rome in early July, officials said.",
       kDct, "early July|DATE|2025-07"},
      // A regular past right after a relative pronoun is a finite verb, past after "would".
      {"The judge blocked a rule that would have raised pay, siding with groups that sued the "
       "department in November.",
       kDct, "November|DATE|2024-11"},
      // Not when the participle is a future marker: "as planned" looks ahead.
      {"The launch will go ahead as planned in early June, officials said.", kDct,
       "early June|DATE|2026-06"},
      // "since" puts even a month just ahead of the DCT in the past; a past participle does
      // not (it may name a date to come).
      {"Talks have stalled since September.", kDct, "September|DATE|2024-09"},
      {"Banks must repurchase securities pledged on Sept. 12.", kDct, "Sept. 12|DATE|2025-09-12"},
      // Future clauses keep months after a future date ahead of the DCT.
      {"The envoys will reconvene on March 3 in Oslo; in late March both delegations will "
       "report to their parliaments.",
       "2025-02-10", "March 3|DATE|2025-03-03; late March|DATE|2025-03"},
      {"The envoys will reconvene on Jan. 12 in Oslo; in late February both delegations will "
       "report to their parliaments.",
       "2025-11-20", "Jan. 12|DATE|2026-01-12; late February|DATE|2026-02"},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(Dump(row.text, row.dct) == row.expected);
  }
}

TEST_CASE("TimexTagger: reads the tense after a sentence-opening expression", "[core][timex]") {
  const Row rows[] = {
      // Nothing before it but a preposition: the first marker of its clause decides.
      {"On Tuesday, the committee plans to publish its report.", kDct, "Tuesday|DATE|2025-08-19"},
      {"On Tuesday, the minister said the talks will resume.", kDct, "Tuesday|DATE|2025-08-12"},
      {"On Friday, the utility planned to restore power to the north.", kDct,
       "Friday|DATE|2025-08-15"},
      // A clause opener ends the look ahead; "plans" without "to" is a noun.
      {"On Friday, when the minister dropped his holiday plans, the crisis deepened.", kDct,
       "Friday|DATE|2025-08-15"},
      // As the subject, only with the future verb right after it.
      {"Monday will be a holiday across the region.", kDct, "Monday|DATE|2025-08-18"},
      {"February export figures are due next week.", kDct,
       "February|DATE|2025-02; next week|DATE|2025-W34"},
      // After other words the past bias stays: the verb after a noun phrase says nothing.
      {"The June rally of the party will be remembered.", kDct, "June|DATE|2025-06"},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(Dump(row.text, row.dct) == row.expected);
  }
}

TEST_CASE("TimexTagger: lets a past perfect turn deadline cues to the past", "[core][timex]") {
  const Row rows[] = {
      {"The regulator had received 40 complaints by Wednesday, officials said.", kDct,
       "Wednesday|DATE|2025-08-13"},
      {"Until Thursday, the police had not named a suspect.", kDct, "Thursday|DATE|2025-08-14"},
      // "until" looks only at its own clause after it: the supply still runs.
      {"The firm had agreed to supply gas until June.", kDct, "June|DATE|2026-06"},
      // A conditional after "that if" is the coming deadline.
      {"Officials had been told that if the rebels did not withdraw by Monday, troops would "
       "advance.",
       kDct, "Monday|DATE|2025-08-18"},
      // Without a past perfect the cue looks ahead.
      {"The report is due by Wednesday.", kDct, "Wednesday|DATE|2025-08-20"},
      // "agreed" is a regular past tense, unlike "proceed" or "need".
      {"The two sides agreed on Thursday to extend the truce.", kDct, "Thursday|DATE|2025-08-14"},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(Dump(row.text, row.dct) == row.expected);
  }
}

TEST_CASE("TimexTagger: gives parts of the day TIME values", "[core][timex]") {
  const Row rows[] = {
      {"The blast hit the market on Friday night.", kDct, "Friday night|TIME|2025-08-15TNI"},
      {"They left last Friday morning.", kDct, "last Friday morning|TIME|2025-08-15TMO"},
      {"Shares rose by mid-afternoon yesterday.", kDct,
       "mid-afternoon yesterday|TIME|2025-08-15TAF"},
      {"Rain fell until late evening.", kDct, "late evening|TIME|2025-08-16TEV"},
      {"The talks resumed at midday.", kDct, "midday|TIME|2025-08-16T12:00"},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(Dump(row.text, row.dct) == row.expected);
  }
}

TEST_CASE("TimexTagger: anchors back-references to the previous date", "[core][timex]") {
  const Row rows[] = {
      {"Troops withdrew on Aug. 10. The following day, talks resumed.", kDct,
       "Aug. 10|DATE|2025-08-10; The following day|DATE|2025-08-11"},
      {"The plane landed on March 3. Two days later it left.", kDct,
       "March 3|DATE|2025-03-03; Two days later|DATE|2025-03-05"},
      {"Profit fell in the third quarter of 2024, down from a year earlier.", kDct,
       "the third quarter of 2024|DATE|2024-Q3; a year earlier|DATE|2024-Q3"},
      // "a year before" ending its clause reads as "a year earlier"; before a noun phrase
      // "before" is a signal and the duration stays a duration.
      {"Sales rose to 720 mln dlrs from 656 mln dlrs a year before.", kDct,
       "a year before|DATE|2024"},
      {"The vote came a year before the election.", kDct, "a year|DURATION|P1Y"},
      {"The bank failed in 2008. Later that year, rates fell.", kDct,
       "2008|DATE|2008; Later that year|DATE|2008"},
      {"The mill closed on June 3, 2019. That day, workers marched.", kDct,
       "June 3, 2019|DATE|2019-06-03; That day|DATE|2019-06-03"},
      {"The merger should close by year-end.", kDct, "year-end|DATE|2025"},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(Dump(row.text, row.dct) == row.expected);
  }
}

TEST_CASE("TimexTagger: finds durations and sets", "[core][timex]") {
  const Row rows[] = {
      {"Shelling continued for the past 24 hours.", kDct, "the past 24 hours|DURATION|PT24H"},
      {"The 3-1/2-year-old war goes on.", kDct, "3-1/2-year-old|DURATION|P3Y6M"},
      {"It was the deadliest attack in 80 years.", kDct, "80 years|DURATION|P80Y"},
      {"The talks lasted two hours.", kDct, "two hours|DURATION|PT2H"},
      {"He served a two-year term.", kDct, "two-year|DURATION|P2Y"},
      {"Output fell in the first nine months.", kDct, "the first nine months|DURATION|P9M"},
      {"The dispute has lasted for years.", kDct, "years|DURATION|PXY"},
      {"They talk every Friday.", kDct, "every Friday|SET|XXXX-WXX-5"},
      {"The paper appears daily.", kDct, "daily|SET|P1D"},
      {"Inflation runs at 5% a year.", kDct, "a year|SET|P1Y"},
      {"Prices climbed in recent years.", kDct, "recent years|DURATION|PXY"},
      {"Rates may rise in the coming weeks.", kDct, "the coming weeks|DURATION|PXW"},
      {"The strike may last two more weeks.", kDct, "two more weeks|DURATION|P2W"},
      {"The lease runs for an additional year.", kDct, "an additional year|DURATION|P1Y"},
      // Fractions of a unit: "a quarter of a century" is 25 years, not a quarter and a century.
      {"He ruled for a quarter of a century.", kDct, "a quarter of a century|DURATION|P25Y"},
      {"It took a quarter century.", kDct, "a quarter century|DURATION|P25Y"},
      {"Three quarters of a century passed.", kDct, "Three quarters of a century|DURATION|P75Y"},
      {"Output fell for several quarters of the decade.", kDct, "several quarters|DURATION|PXQ"},
      // Beyond the calendar the normalizer counts in: a past reference, no overflowing year.
      {"The ice sheet formed 20000 years ago.", kDct, "20000 years ago|DATE|PAST_REF"},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(Dump(row.text, row.dct) == row.expected);
  }
}

TEST_CASE("TimexTagger: ignores numbers and words that are not time", "[core][timex]") {
  const char* texts[] = {
      "The ticket cost $27.",
      "Talks may resume.",
      "She sat by the window.",
      "Thousands march in the capital.",
      "They march 19 miles to the border.",
      "It was a one-on-one meeting.",
      "The senator is in his sixties.",
      "The bank sold the short-term notes.",
      "Two B-2 bombers flew over.",
      "The hotline is open 24/7.",
      "Call 555-0142 or (907) 555-2025.",
      "The home team won 3-1.",
      "Half (1/2) of the votes were counted.",
      "The city has 379480 residents.",
      "See page 1998 of the report.",
      "The rule is in section 2020 of the code.",
      "The 52-year-old man was detained.",
      "He is 52 years old.",
      "A crowd of 2000 people gathered.",
      "The recent sale was approved.",
      "He sold more shares than that.",
      "They met in the morning.",
      "Batch 444444444444444444444444444444444444444444 years ago failed.",
      // Terms of trade statistics, not the present (current_terms.txt).
      "Canada's current account deficit widened.",
      "Current assets exceed current liabilities.",
      // "a quarter" as a fraction.
      "Rates rose a quarter point.",
      "A quarter of the votes were counted.",
      "Prices fell nearly a quarter of a point.",
      // Newspapers named after a weekday.
      "The Sunday Express said its poll showed a lead.",
      "A poll for the Sunday Times was published.",
  };
  for (const char* text : texts) {
    INFO(text);
    CHECK(Dump(text, kDct).empty());
  }
}

TEST_CASE("TimexTagger: reads days of the month, half-years and units before last",
          "[core][timex]") {
  const Row rows[] = {
      {"He left the day before yesterday.", kDct, "the day before yesterday|DATE|2025-08-14"},
      {"He returns the day after tomorrow.", kDct, "the day after tomorrow|DATE|2025-08-18"},
      {"The week before last, talks stalled.", kDct, "The week before last|DATE|2025-W31"},
      {"Prices fell the month before last.", kDct, "the month before last|DATE|2025-06"},
      // A unit named after "last" makes it "the day before [last Tuesday]".
      {"He arrived the day before last Tuesday.", kDct, "last Tuesday|DATE|2025-08-12"},
      {"Profit rose in the first half of 2024.", kDct, "the first half of 2024|DATE|2024-H1"},
      {"Sales fell in the 2024 second half.", kDct, "the 2024 second half|DATE|2024-H2"},
      {"H1 2025 results beat forecasts.", kDct, "H1 2025|DATE|2025-H1"},
      // Half a match, not of a year: no year, no expression.
      {"In the second half, the visitors scored twice.", kDct, ""},
      {"Wages rose in the past decade.", kDct, "the past decade|DURATION|P10Y"},
      // "on the 12th": the DCT's month, or the month before or after by tense.
      {"Talks resumed on the 12th.", kDct, "the 12th|DATE|2025-08-12"},
      {"The vote was held on the 20th.", kDct, "the 20th|DATE|2025-07-20"},
      {"The vote will be held on the 20th.", kDct, "the 20th|DATE|2025-08-20"},
      {"They will meet again on the 3rd.", kDct, "the 3rd|DATE|2025-09-03"},
      {"Parliament sits until the 3rd of this month.", kDct,
       "the 3rd of this month|DATE|2025-08-03"},
      {"He lives on the 15th floor.", kDct, ""},
      {"The firm marked the 15th anniversary on Friday.", kDct, "Friday|DATE|2025-08-15"},
      // A participle after "be" is no past tense: "will be held on Friday" is the next one.
      {"The vote will be held on Friday.", kDct, "Friday|DATE|2025-08-22"},
      // A clock time takes the day named after it; the extents stay apart.
      {"Polls will close at 8 p.m. ET on Tuesday.", kDct,
       "8 p.m. ET|TIME|2025-08-19T20:00; Tuesday|DATE|2025-08-19"},
      {"The truce took effect at midnight local time (2200 GMT) on Sunday.", kDct,
       "midnight|TIME|2025-08-10T24:00; Sunday|DATE|2025-08-10"},
      // A range of days: its first day.
      {"The central bank will meet on Sept. 17-18.", kDct, "Sept. 17-18|DATE|2025-09-17"},
      {"The strike lasted 3-1/2 days.", kDct, "3-1/2 days|DURATION|P3DT12H"},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(Dump(row.text, row.dct) == row.expected);
  }
  Document document;
  std::vector<Timex> timexes = TagText("Profit rose in the first half of 2024.", kDct, &document);
  REQUIRE(timexes.size() == 1);
  CHECK(timexes[0].begin == CivilDate{2024, 1, 1});
  CHECK(timexes[0].end == CivilDate{2024, 6, 30});
  CHECK(TagText("Talks resume on the 15th.", "").at(0).value == "XXXX-XX-15");
}

TEST_CASE("TimexTagger: keeps relative values unresolved without a DCT", "[core][timex]") {
  std::vector<Timex> timexes = TagText("The vote was held in February.", "");
  REQUIRE(timexes.size() == 1);
  CHECK(timexes[0].value == "XXXX-02");
  CHECK(timexes[0].anchor == "dct");
  CHECK(timexes[0].precision == Precision::kNone);
  CHECK_FALSE(timexes[0].begin.has_value());

  timexes = TagText("He left on Friday and returned in 2019.", "");
  REQUIRE(timexes.size() == 2);
  CHECK(timexes[0].value == "XXXX-WXX-5");
  CHECK(timexes[1].value == "2019");
  CHECK(timexes[1].anchor.empty());
}

TEST_CASE("TimexTagger: fills spans, intervals, precision, rule and mod", "[core][timex]") {
  Document document;
  std::vector<Timex> timexes =
      TagText("Leaders met on Friday.\n\nThey plan a summit early next year.", kDct, &document);
  REQUIRE(timexes.size() == 2);
  CHECK(document.Slice(timexes[0].span) == "Friday");
  CHECK(timexes[0].sentence == 0);
  CHECK(timexes[0].precision == Precision::kDay);
  CHECK(timexes[0].begin == CivilDate{2025, 8, 15});
  CHECK(timexes[0].end == CivilDate{2025, 8, 15});
  CHECK(timexes[0].anchor == "dct");
  CHECK(timexes[0].rule == "weekday");
  CHECK(document.Slice(timexes[1].span) == "early next year");
  CHECK(timexes[1].sentence == 1);
  CHECK(timexes[1].value == "2026");
  CHECK(timexes[1].mod == "START");
  CHECK(timexes[1].precision == Precision::kYear);
  CHECK(timexes[1].begin == CivilDate{2026, 1, 1});
  CHECK(timexes[1].end == CivilDate{2026, 12, 31});
}

TEST_CASE("TimexTagger: reports a malformed lexicon with file and line", "[core][timex]") {
  // A data directory whose month list has a bad month number.
  std::string dir = testing::SourceDir() + "/tests/testdata/timex/bad_lexicon";
  Result<TimexTagger> tagger = TimexTagger::Create(dir);
  REQUIRE_FALSE(tagger.ok());
  CHECK(tagger.status().message().find("month_names.txt:4:1: bad month number") !=
        std::string::npos);
}

}  // namespace
}  // namespace eventgraph
