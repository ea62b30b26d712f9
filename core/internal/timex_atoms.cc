// SPDX-License-Identifier: Apache-2.0
// Builds atoms from tokens: splits words and numbers at inner ASCII hyphens and folds a
// free-standing hyphen glued on both sides ("3 - 1/2" written "3-1/2" but tokenized apart) into
// the hyphen_before flag of the next atom.
#include "core/internal/timex_atoms.h"

namespace eventgraph {
namespace internal {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

void AddAtom(const TimexRules& rules, std::string_view text, std::string_view lower, Span span,
             TokenKind kind, bool hyphen_before, std::vector<Atom>* atoms) {
  Atom atom;
  atom.span = span;
  atom.text = lower.substr(span.begin, span.size());
  atom.kind = kind;
  atom.hyphen_before = hyphen_before;
  atom.space_before = span.begin == 0 || IsSpace(text[span.begin - 1]);
  char first = text[span.begin];
  atom.capitalized = first >= 'A' && first <= 'Z';
  bool all_digits = !atom.text.empty() && atom.text.size() <= 9;
  for (char c : atom.text) {
    if (c < '0' || c > '9') {
      all_digits = false;
      break;
    }
  }
  if (all_digits) {
    int32_t v = 0;
    for (char c : atom.text) v = v * 10 + (c - '0');
    atom.int_value = v;
    atom.digits = static_cast<uint8_t>(atom.text.size());
    atom.kind = TokenKind::kNumber;
  } else if (kind == TokenKind::kWord || kind == TokenKind::kNumber || kind == TokenKind::kSymbol ||
             kind == TokenKind::kPunct) {
    atom.info = rules.Find(atom.text);
  }
  atoms->push_back(atom);
}

}  // namespace

void BuildAtoms(const TimexRules& rules, std::string_view text, std::string_view lower,
                const std::vector<Token>& tokens, uint32_t begin, uint32_t end,
                std::vector<Atom>* atoms) {
  bool pending_hyphen = false;
  for (uint32_t t = begin; t < end; ++t) {
    const Token& token = tokens[t];
    std::string_view token_text = lower.substr(token.span.begin, token.span.size());
    if (token.kind == TokenKind::kDash && token_text == "-") {
      // A hyphen with no space on either side joins its neighbours: "3-1/2", "year-old".
      bool glued_left = token.span.begin > 0 && !IsSpace(text[token.span.begin - 1]) && t > begin &&
                        tokens[t - 1].span.end == token.span.begin;
      bool glued_right = t + 1 < end && tokens[t + 1].span.begin == token.span.end;
      if (glued_left && glued_right) {
        pending_hyphen = true;
        continue;
      }
      AddAtom(rules, text, lower, token.span, token.kind, false, atoms);
      pending_hyphen = false;
      continue;
    }
    bool splittable = (token.kind == TokenKind::kWord || token.kind == TokenKind::kNumber) &&
                      token_text.find('-', 1) != std::string_view::npos;
    if (!splittable) {
      AddAtom(rules, text, lower, token.span, token.kind, pending_hyphen, atoms);
      pending_hyphen = false;
      continue;
    }
    uint32_t part_begin = token.span.begin;
    bool hyphen = pending_hyphen;
    for (uint32_t pos = token.span.begin; pos <= token.span.end; ++pos) {
      if (pos == token.span.end || text[pos] == '-') {
        if (pos > part_begin) {
          AddAtom(rules, text, lower, Span{part_begin, pos}, token.kind, hyphen, atoms);
          hyphen = true;
        }
        part_begin = pos + 1;
      }
    }
    pending_hyphen = false;
  }
}

}  // namespace internal
}  // namespace eventgraph
