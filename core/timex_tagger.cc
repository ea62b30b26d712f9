// SPDX-License-Identifier: Apache-2.0
// TimexTagger: per sentence, builds atoms from the tokens (core/internal/timex_atoms.h), scans
// them left to right for the longest grammar match (core/internal/timex_grammar.h), and
// normalizes each match (core/timex_normalizer.h). The previous resolved date is carried across
// sentences so that "the following day" and "a year earlier" can refer back.
#include "core/timex_tagger.h"

#include <string>

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

// Writes the ASCII lower case of text[span] into the same offsets of *lower; other bytes are
// copied unchanged, so offsets stay offsets.
void LowerAscii(std::string_view text, Span span, std::string* lower) {
  for (uint32_t k = span.begin; k < span.end; ++k) {
    char c = text[k];
    (*lower)[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
}

}  // namespace

std::vector<Timex> TimexTagger::Tag(const Document& document, const std::vector<Token>& tokens,
                                    const std::vector<Sentence>& sentences,
                                    const std::optional<CivilDate>& dct,
                                    Diagnostics* /*diagnostics*/) const {
  std::vector<Timex> timexes;
  if (tokens.empty()) return timexes;
  const std::string& text = document.text();
  std::string lower(text.size(), ' ');  // filled per sentence that may hold a timex
  std::vector<internal::Atom> atoms;
  atoms.reserve(64);
  NormalizedValue previous;
  bool has_previous = false;
  std::optional<CivilDate> anchor_dct;
  if (dct && IsValidDate(*dct)) anchor_dct = dct;

  auto tag_range = [&](uint32_t sentence_index, uint32_t begin, uint32_t end) {
    if (begin >= end || !internal::MayContainTimex(*rules_, text, tokens, begin, end)) return;
    LowerAscii(text, Span{tokens[begin].span.begin, tokens[end - 1].span.end}, &lower);
    atoms.clear();
    internal::BuildAtoms(*rules_, text, lower, tokens, begin, end, &atoms);
    // The clause leans to the future after a future marker: "will meet on [Friday]"; a marker
    // after the expression does not count ("said [Thursday] that troops will stay").
    size_t first_future = atoms.size();
    for (size_t k = 0; k < atoms.size(); ++k) {
      if (atoms[k].Is(internal::kClassFuture)) {
        first_future = k;
        break;
      }
    }
    internal::GrammarMatch match;
    for (size_t i = 0; i < atoms.size(); ++i) {
      // Inline fast path: a word with no lexicon entry and no digit starts nothing, unless it
      // is a capitalized plural ("Tuesdays"), which MatchTimexAt checks.
      const internal::Atom& a = atoms[i];
      if (a.info == nullptr && a.int_value < 0 && !a.capitalized &&
          (a.text.empty() || a.text[0] < '\'' || a.text[0] > '9')) {
        continue;
      }
      if (!internal::MatchTimexAt(*rules_, atoms, i, &match)) continue;
      NormalizeContext context;
      context.dct = anchor_dct;
      context.previous = has_previous ? &previous : nullptr;
      context.tense = first_future < match.begin ? Tense::kFuture : Tense::kPast;
      if (match.begin > 0 && atoms[match.begin - 1].text == "since") context.tense = Tense::kPast;
      NormalizedValue value = NormalizeTimex(match.spec, context);
      Timex timex;
      timex.span = Span{atoms[match.begin].span.begin, atoms[match.end - 1].span.end};
      timex.sentence = sentence_index;
      timex.type = match.spec.type;
      if (timex.type == TimexType::kDate && value.precision == Precision::kTime &&
          match.spec.hour >= 0) {
        timex.type = TimexType::kTime;
      }
      timex.value = value.value;
      timex.precision = value.precision;
      timex.begin = value.begin;
      timex.end = value.end;
      timex.anchor = value.anchor;
      timex.rule = match.rule;
      timex.mod = std::string(match.spec.mod);
      if ((timex.type == TimexType::kDate || timex.type == TimexType::kTime) && value.begin) {
        previous = std::move(value);
        has_previous = true;
      }
      timexes.push_back(std::move(timex));
      i = match.end - 1;
    }
  };

  if (sentences.empty()) {
    tag_range(0, 0, static_cast<uint32_t>(tokens.size()));
  } else {
    for (size_t s = 0; s < sentences.size(); ++s) {
      tag_range(static_cast<uint32_t>(s), sentences[s].token_begin, sentences[s].token_end);
    }
  }
  return timexes;
}

}  // namespace eventgraph
