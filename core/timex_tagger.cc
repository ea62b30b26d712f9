// SPDX-License-Identifier: Apache-2.0
// TimexTagger: per sentence, builds atoms from the tokens (core/internal/timex_atoms.h), scans
// them left to right for the longest grammar match (core/internal/timex_grammar.h), and
// normalizes each match (core/timex_normalizer.h). The previous resolved date is carried across
// sentences so that "the following day" and "a year earlier" can refer back.
#include "core/timex_tagger.h"

#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/internal/timex_atoms.h"
#include "core/internal/timex_grammar.h"
#include "core/internal/timex_words.h"
#include "core/timex_normalizer.h"

namespace eventgraph {

TimexTagger::TimexTagger(std::unique_ptr<internal::TimexRules> rules) : rules_(std::move(rules)) {}
TimexTagger::TimexTagger(TimexTagger&&) noexcept = default;
TimexTagger& TimexTagger::operator=(TimexTagger&&) noexcept = default;
TimexTagger::~TimexTagger() = default;

Result<TimexTagger> TimexTagger::Create(std::string_view data_dir) {
  Result<internal::TimexRules> rules = internal::TimexRules::Load(data_dir);
  if (!rules.ok()) return rules.status();
  auto owned = std::make_unique<internal::TimexRules>(std::move(rules).value());
  owned->Freeze();  // after the move: the table points into owned->words
  return TimexTagger(std::move(owned));
}

namespace {

// Writes the ASCII lower case of text[span] into the same offsets of `lower`; other bytes are
// copied unchanged, so offsets stay offsets. Sixteen bytes a step while the text goes on that far:
// a step may run past span.end, which only lower-cases a few more bytes of the text into their
// own offsets.
void LowerAscii(std::string_view text, Span span, char* lower) {
  const unsigned char* in = reinterpret_cast<const unsigned char*>(text.data());
  uint32_t k = span.begin;
#if defined(__SSE2__)
  // 'A'..'Z' plus 0x3F are the 26 smallest signed bytes, 0x80..0x99: one signed compare.
  const __m128i shift = _mm_set1_epi8(0x3F);
  const __m128i limit = _mm_set1_epi8(static_cast<char>(0x80 + 26));
  const __m128i bit = _mm_set1_epi8(0x20);
  for (; k < span.end && k + 16 <= text.size(); k += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + k));
    const __m128i upper = _mm_cmplt_epi8(_mm_add_epi8(v, shift), limit);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(lower + k),
                     _mm_or_si128(v, _mm_and_si128(upper, bit)));
  }
#endif
  for (; k < span.end; ++k) {
    unsigned char c = in[k];
    lower[k] = static_cast<char>(c | (static_cast<unsigned char>(c - 'A') < 26 ? 0x20 : 0));
  }
}

// The ASCII lower case of a short word into *buffer; false when it does not fit.
bool LowerWord(std::string_view word, char (&buffer)[32], std::string_view* out) {
  if (word.empty() || word.size() >= sizeof buffer) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    char c = word[k];
    buffer[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  *out = std::string_view(buffer, word.size());
  return true;
}

// A regular past tense or participle: "announced", "postponed", "agreed", "guaranteed";
// rejects "need", "indeed", "proceed", "breed", "bed".
bool LooksPastTense(std::string_view word) {
  size_t n = word.size();
  if (n < 5 || word[n - 2] != 'e' || word[n - 1] != 'd') return false;
  if (word[n - 3] != 'e') return true;
  return n >= 6 && (word[n - 4] == 'r' || word[n - 4] == 't');
}

// True when `token` is the word "as", in any case: "as pledged", "As agreed"; rejects "ask".
bool IsAs(std::string_view text, const Token& token) {
  if (token.kind != TokenKind::kWord || token.span.size() != 2) return false;
  std::string_view w = text.substr(token.span.begin, 2);
  return (w[0] == 'a' || w[0] == 'A') && (w[1] == 's' || w[1] == 'S');
}

// The tense of the clause an expression starting at token `first` sits in (sentence tokens from
// `sentence_begin`). The word right before it decides first: a future cue ("until [Friday]",
// "as soon as [Tuesday]", "effective [Feb. 1]") or a past-tense verb ("announced [Wednesday]",
// "said [Friday]"). A cue yields to a past perfect in its clause: "had filed reports by
// [Wednesday]", "Until [Thursday], they had not called him a suspect" (past). Else the nearest
// marker before it in the sentence: a future marker ("will meet on [Friday]") or a past-tense
// verb without -ed ("will stay, he said, since he was rescued in [November]": past). -ed words
// count only right before the expression, as participles used as adjectives are common ("will
// be paid on an unspecified date in [January]"), or after "as" ("would act as pledged in
// [February]": past). No marker before it: the first marker after it in the same clause ("On
// [Tuesday], the league plans to hold a news conference": future; "On [Tuesday], he said he
// will go": past). No marker at all: the past.
Tense ClauseTense(const internal::TimexRules& rules, std::string_view text,
                  const std::vector<Token>& tokens, uint32_t sentence_begin, uint32_t sentence_end,
                  uint32_t first, uint32_t last) {
  char buffer[32];
  auto word_at = [&](uint32_t index) -> std::string_view {
    const Token& token = tokens[index];
    std::string_view lower;
    if (token.kind != TokenKind::kWord ||
        !LowerWord(text.substr(token.span.begin, token.span.size()), buffer, &lower)) {
      return std::string_view();
    }
    return lower;
  };
  // The class of the tense marker at token `index`: kClassFuture, kClassPast or 0.
  auto marker_at = [&](uint32_t index) -> uint32_t {
    const Token& token = tokens[index];
    if (token.kind != TokenKind::kWord) return 0;
    // The (first byte, last byte, length) bit of the markers, then the bloom filter, reject
    // most words before they are lower-cased ("company", "the"; "said" goes on to the lookup).
    const std::string_view raw = text.substr(token.span.begin, token.span.size());
    if (!raw.empty() && raw.size() < 64 &&
        ((rules.marker_pairs[internal::TimexRules::HeadPairIndex(raw.front(), raw.back())] >>
          raw.size()) &
         1) == 0) {
      return 0;
    }
    if (!rules.MayContain(raw)) return 0;
    std::string_view word = word_at(index);
    const internal::WordInfo* info = word.empty() ? nullptr : rules.Find(word);
    if (info == nullptr) return 0;
    // "set"/"plan" speak of the future only before "to": "set to resume [Monday]", not "set a
    // record [Friday]".
    if (info->Is(internal::kClassFuture) ||
        (info->Is(internal::kClassFutureTo) && index + 1 < sentence_end &&
         word_at(index + 1) == "to")) {
      // A past perfect makes it a past plan: "had been due to expire [Friday]", "had planned
      // to sign on [Monday]" (the Friday and Monday before the article).
      if (index > sentence_begin) {
        std::string_view before = word_at(index - 1);
        if (before == "been" && index - 1 > sentence_begin) before = word_at(index - 2);
        if (before == "had") return internal::kClassPast;
      }
      return internal::kClassFuture;
    }
    // A participle after "be" is no past tense: "will be paid in [January]".
    if (info->Is(internal::kClassPast) && !(index > sentence_begin && word_at(index - 1) == "be")) {
      return internal::kClassPast;
    }
    return 0;
  };
  // A word that opens another clause: the right-hand scan stops there ("[Friday], when he set
  // aside vacation plans", "a statement [Friday] saying the entry will").
  auto opens_clause = [&](std::string_view word) {
    return word == "which" || word == "who" || word == "that" || word == "when" ||
           word == "while" || word == "after" || word == "before" || word == "because" ||
           word == "if" || word == "saying";
  };
  // The first marker after the expression, before a clause boundary: a comma after a marker-free
  // stretch is fine ("On [Tuesday], the league plans to hold"). Here a regular past tense is a
  // past marker unless "be" comes before it ("On [Friday], the government planned to pay": past;
  // "On [Monday], the vote is scheduled to": future), and a future verb in -s needs "to"
  // ("plans to", not "vacation plans").
  constexpr uint32_t kRightWindow = 16;
  auto marker_after = [&]() -> uint32_t {
    for (uint32_t t = last; t < sentence_end && t < last + kRightWindow; ++t) {
      const Token& token = tokens[t];
      if (token.kind == TokenKind::kPunct && text[token.span.begin] == ';') return 0;
      if (token.kind != TokenKind::kWord) continue;
      std::string_view word = word_at(t);
      if (word.empty() || opens_clause(word)) return 0;
      if (LooksPastTense(word)) {
        std::string_view before = t > last ? word_at(t - 1) : std::string_view();
        if (before != "is" && before != "are" && before != "be" && before != "been") {
          return internal::kClassPast;
        }
      }
      const bool plural_verb = word.back() == 's';
      const uint32_t marker = marker_at(t);
      if (marker == internal::kClassFuture && plural_verb &&
          !(t + 1 < sentence_end && word_at(t + 1) == "to")) {
        continue;
      }
      if (marker != 0) return marker;
    }
    return 0;
  };
  // True when "had" stands in the clause around the expression: before it (only after "by":
  // "had filed reports by [Wednesday]"; not "had contracted to buy until [June]", still running)
  // back to a comma or a clause opener ("had been told that if they did not act by [Monday]"
  // is the coming Monday), or after it up to the end of the clause ("Until [Thursday], they had
  // not called him a suspect").
  auto past_perfect_near = [&](bool look_left) {
    for (uint32_t t = first; look_left && t > sentence_begin && t + kRightWindow > first;) {
      --t;
      if (tokens[t].kind == TokenKind::kPunct && text[tokens[t].span.begin] == ',') break;
      std::string_view word = word_at(t);
      if (opens_clause(word)) break;
      if (word == "had") return true;
    }
    for (uint32_t t = last; t < sentence_end && t < last + kRightWindow; ++t) {
      if (tokens[t].kind == TokenKind::kPunct && text[tokens[t].span.begin] == ';') break;
      std::string_view word = word_at(t);
      if (opens_clause(word)) break;
      if (word == "had") return true;
    }
    return false;
  };
  uint32_t t = first;
  if (t > sentence_begin) {
    uint32_t at = t - 1;
    std::string_view word = word_at(at);
    // The cue may stand before a preposition or a place adverb: "due on [Friday]", "an
    // agreement signed here [Saturday]" (the Saturday before, even after "will" earlier).
    if ((word == "on" || word == "at" || word == "here" || word == "there") &&
        t - 1 > sentence_begin) {
      word = word_at(--at);
    }
    if (word == "as" && t >= sentence_begin + 3 && word_at(t - 2) == "soon") {
      return Tense::kFuture;  // "as soon as [Tuesday]"
    }
    if (!word.empty()) {
      const internal::WordInfo* info = rules.Find(word);
      if (info != nullptr && info->Is(internal::kClassFutureCue)) {
        return past_perfect_near(word == "by") ? Tense::kPast : Tense::kFuture;
      }
      // A participle after "be" is no past tense: "will be held on [Friday]" goes on to "will".
      if (((info != nullptr && info->Is(internal::kClassPast)) || LooksPastTense(word)) &&
          !(at > sentence_begin && word_at(at - 1) == "be")) {
        return Tense::kPast;
      }
    }
  }
  while (t > sentence_begin) {
    --t;
    const Token& token = tokens[t];
    if (token.kind != TokenKind::kWord) continue;
    std::string_view raw = text.substr(token.span.begin, token.span.size());
    // A regular past right after a relative or subject pronoun is a finite verb, past even
    // after an earlier "would": "a rule that would have expanded pay, siding with groups that
    // sued the department in [May]", "he signed it in [March]".
    if (t > sentence_begin && !raw.empty() && raw[0] >= 'a' && raw[0] <= 'z' &&
        (LooksPastTense(raw) || raw == "sued")) {
      const std::string_view before = word_at(t - 1);
      if (before == "that" || before == "who" || before == "which" || before == "he" ||
          before == "she" || before == "they" || before == "we" || before == "it") {
        return Tense::kPast;
      }
    }
    // An "as" clause with a regular past participle reports a past act even after "would":
    // "would be hard-pressed to deliver the aid as pledged at the summit in [March]" (past).
    // Not a planned one: "will go ahead as planned in [March]" ("planned" is a future marker).
    if (t > sentence_begin && LooksPastTense(raw) && IsAs(text, tokens[t - 1])) {
      std::string_view word = word_at(t);
      const internal::WordInfo* info = word.empty() ? nullptr : rules.Find(word);
      if (info == nullptr || !info->Is(internal::kClassFuture)) return Tense::kPast;
    }
    // marker_at()'s first test inline: most words fail it ("company", "the") and skip the call.
    const size_t size = raw.size();
    if (size == 0 ||
        (size < 64 &&
         ((rules.marker_pairs[internal::TimexRules::HeadPairIndex(raw.front(), raw.back())] >>
           size) &
          1) == 0)) {
      continue;
    }
    if (uint32_t marker = marker_at(t)) {
      return marker == internal::kClassFuture ? Tense::kFuture : Tense::kPast;
    }
  }
  // Only an expression that opens the sentence, alone or after a preposition, looks to the
  // right: "On [Tuesday], the league plans to", "[Saturday] will be windy". Inside a noun
  // phrase the verb after it says nothing of its time: "the [January] removal of the chief will
  // take place", "[February] trade data are due".
  uint32_t words_before = 0;
  uint32_t word_before = 0;
  for (uint32_t k = sentence_begin; k < first && words_before < 2; ++k) {
    if (tokens[k].kind != TokenKind::kWord) continue;
    word_before = k;
    ++words_before;
  }
  if (words_before > 1) return Tense::kPast;
  if (words_before == 1) {
    std::string_view word = word_at(word_before);
    if (word != "on" && word != "in" && word != "at" && word != "from") return Tense::kPast;
  }
  // As the subject, only with the verb right after it: "[Saturday] will be windy", not
  // "[February] credit numbers are due on Wednesday" (a modifier of "numbers").
  if (words_before == 0 && !(last < sentence_end && marker_at(last) == internal::kClassFuture)) {
    return Tense::kPast;
  }
  return marker_after() == internal::kClassFuture ? Tense::kFuture : Tense::kPast;
}

// True when a resolved value reaches outside the years TIMEX3 can write (0001-9999).
bool OutsideYearRange(const NormalizedValue& value) {
  auto outside = [](const std::optional<CivilDate>& d) {
    return d && (d->year < 1 || d->year > 9999);
  };
  return outside(value.begin) || outside(value.end);
}

}  // namespace

std::vector<Timex> TimexTagger::Tag(const Document& document, const std::vector<Token>& tokens,
                                    const std::vector<Sentence>& sentences,
                                    const std::optional<CivilDate>& dct,
                                    Diagnostics* /*diagnostics*/) const {
  std::vector<Timex> timexes;
  if (tokens.empty()) return timexes;
  const std::string& text = document.text();
  // The lower-cased text, filled per window; reused between calls on the same thread. Eight
  // bytes of padding let the word lookup load a prefix in one go (TimexRules::FindPadded()).
  thread_local std::string lower;
  if (lower.size() < text.size() + 8) lower.resize(text.size() + 8);
  // Scratch vectors, reused between calls on the same thread: no allocation per document.
  thread_local std::vector<internal::Atom> atoms;
  thread_local std::vector<uint32_t> heads;
  thread_local std::vector<internal::TokenWindow> windows;
  // The sentences with windows: their windows and heads are ranges of `windows` and `heads`.
  struct SentenceWindows {
    uint32_t sentence = 0;
    uint32_t token_begin = 0;
    uint32_t token_end = 0;
    size_t window_begin = 0;
    size_t window_end = 0;
    size_t head_begin = 0;
    size_t head_end = 0;
  };
  thread_local std::vector<SentenceWindows> sentence_windows;
  NormalizedValue previous;
  bool has_previous = false;
  std::optional<CivilDate> anchor_dct;
  if (dct && IsValidDate(*dct)) anchor_dct = dct;

  size_t next_head = 0;  // first head not yet behind the atom being tried
  size_t head_end = 0;   // end of the heads of the sentence being tagged
  auto tag_window = [&](uint32_t sentence_index, uint32_t sentence_begin, uint32_t sentence_end,
                        internal::TokenWindow window) {
    LowerAscii(text, Span{tokens[window.begin].span.begin, tokens[window.end - 1].span.end},
               lower.data());
    atoms.clear();
    internal::BuildAtoms(*rules_, text, std::string_view(lower.data(), text.size()), tokens,
                         window.begin, window.end, &atoms);
    internal::GrammarMatch match;
    // Locals: the thread_local vectors do not change in this loop, but the compiler cannot
    // tell across the calls and would reload their sizes for every atom.
    const internal::Atom* const atom_data = atoms.data();
    const size_t atom_count = atoms.size();
    const uint32_t* const head_data = heads.data();
    const size_t head_count = head_end;
    for (size_t i = 0; i < atom_count; ++i) {
      const internal::Atom& a = atom_data[i];
      // Every match holds a head at most kWindowBefore tokens after its start: skip to the
      // first head at or after this atom, and past atoms too far before it.
      while (next_head < head_count && head_data[next_head] < a.token) ++next_head;
      if (next_head == head_count) break;
      if (head_data[next_head] - a.token > internal::kWindowBefore) continue;
      // Inline fast path: a word that is no starter of the lexicon ("said", "percent", or none
      // at all) and has no digit starts nothing, unless it is a capitalized plural
      // ("Tuesdays"), which MatchTimexAt checks; "Reuters" goes on to it, "Smith" does not.
      if ((a.classes & internal::kTimexStartClasses) == 0 && a.int_value < 0 &&
          (a.text.empty() || a.text[0] < '\'' || a.text[0] > '9') &&
          !(a.capitalized && a.text.size() > 4 && a.text.back() == 's')) {
        continue;
      }
      if (!internal::MatchTimexAt(*rules_, atoms, i, &match)) continue;
      NormalizeContext context;
      context.dct = anchor_dct;
      context.previous = has_previous ? &previous : nullptr;
      // Only calendar fields without a year lean by tense ("Friday", "in February"); years,
      // durations and "last week" do not, so most matches skip the scan.
      const TimexSpec& spec = match.spec;
      if (spec.kind == TimexSpecKind::kCalendar && spec.year == 0 && spec.decade < 0 &&
          spec.century < 0) {
        context.tense = ClauseTense(*rules_, text, tokens, sentence_begin, sentence_end,
                                    atoms[match.begin].token, atoms[match.end - 1].token + 1);
        // "since [Friday]" is past; so is a possessive weekday: "[Wednesday]'s ruling".
        if (match.begin > 0 && atoms[match.begin - 1].text == "since") {
          context.tense = Tense::kMarkedPast;  // "since [April]" in a March article: last April
        }
        if (match.end < atoms.size() && atoms[match.end].text == "'s" &&
            spec.direction == Direction::kDefault) {
          context.tense = Tense::kPast;
        }
      }
      NormalizedValue value = NormalizeTimex(match.spec, context);
      if (OutsideYearRange(value)) {
        // TIMEX3 years are 0001-9999 and CivilDate's year 0 means "unknown": counting past
        // them ("last December" against a DCT in year 1, a span ending after 9999) leaves the
        // expression unresolved, as without a DCT, instead of writing "0000-12" or "10000-01".
        // Found by the pipeline fuzzer: graph.json could not read such dates back.
        context.dct.reset();
        context.previous = nullptr;
        value = NormalizeTimex(match.spec, context);
      }
      Timex& timex = timexes.emplace_back();  // filled in place: no move of its strings
      timex.span = Span{atoms[match.begin].span.begin, atoms[match.end - 1].span.end};
      timex.sentence = sentence_index;
      timex.type = match.spec.type;
      if (timex.type == TimexType::kDate && value.precision == Precision::kTime &&
          match.spec.hour >= 0) {
        timex.type = TimexType::kTime;
      }
      // Moved, not copied: the normalizer reads only the precision, interval and quarter of
      // `previous`, never its strings.
      timex.value = std::move(value.value);
      timex.precision = value.precision;
      timex.begin = value.begin;
      timex.end = value.end;
      timex.anchor = std::move(value.anchor);
      timex.rule = match.rule;
      timex.mod.assign(match.spec.mod);
      if ((timex.type == TimexType::kDate || timex.type == TimexType::kTime) && value.begin) {
        previous = std::move(value);
        has_previous = true;
      }
      i = match.end - 1;
    }
  };

  // First the windows of every sentence, then the tagging: the heads bound the number of
  // timexes (every match holds one), so the result takes one allocation and its strings are
  // never moved by a reallocation. Capped for number tables, whose heads are mostly no dates.
  windows.clear();
  heads.clear();
  sentence_windows.clear();
  auto find_windows = [&](uint32_t sentence_index, uint32_t begin, uint32_t end) {
    if (begin >= end) return;
    SentenceWindows range;
    range.sentence = sentence_index;
    range.token_begin = begin;
    range.token_end = end;
    range.window_begin = windows.size();
    range.head_begin = heads.size();
    internal::FindTimexWindows(*rules_, text, tokens, begin, end, &windows, &heads);
    range.window_end = windows.size();
    range.head_end = heads.size();
    if (range.window_end != range.window_begin) sentence_windows.push_back(range);
  };
  if (sentences.empty()) {
    find_windows(0, 0, static_cast<uint32_t>(tokens.size()));
  } else {
    for (size_t s = 0; s < sentences.size(); ++s) {
      find_windows(static_cast<uint32_t>(s), sentences[s].token_begin, sentences[s].token_end);
    }
  }
  constexpr size_t kMaxReserved = 256;
  timexes.reserve(heads.size() < kMaxReserved ? heads.size() : kMaxReserved);
  for (const SentenceWindows& range : sentence_windows) {
    next_head = range.head_begin;
    head_end = range.head_end;
    for (size_t w = range.window_begin; w < range.window_end; ++w) {
      tag_window(range.sentence, range.token_begin, range.token_end, windows[w]);
    }
  }
  return timexes;
}

}  // namespace eventgraph
