// SPDX-License-Identifier: Apache-2.0
#include "core/debug_string.h"

namespace eventgraph {
namespace {

std::string SpanText(Span span) {
  // Appends rather than `"[" + std::string&&`, which GCC 12 -O3 flags with a false -Wrestrict.
  std::string out = "[";
  out += std::to_string(span.begin);
  out += ',';
  out += std::to_string(span.end);
  out += ')';
  return out;
}

std::string Quoted(std::string_view text, Span span) {
  if (span.end > text.size() || span.begin > span.end) return "\"?\"";
  std::string out = "\"";
  for (char c : text.substr(span.begin, span.size())) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string Join(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ", ";
    out += items[i];
  }
  return out + "]";
}

}  // namespace

std::string DebugString(const Token& token, std::string_view text) {
  std::string out = std::string(TokenKindName(token.kind)) + " " + Quoted(text, token.span) + " " +
                    SpanText(token.span);
  const struct {
    TokenFlag flag;
    const char* name;
  } kFlags[] = {{kTokenCapitalized, "cap"},     {kTokenAllCaps, "caps"},
                {kTokenAbbreviation, "abbr"},   {kTokenPossessive, "poss"},
                {kTokenHyphenated, "hyph"},     {kTokenNewlineBefore, "nl"},
                {kTokenParagraphBefore, "para"}};
  for (const auto& f : kFlags) {
    if (token.Has(f.flag)) {
      out += ' ';
      out += f.name;
    }
  }
  return out;
}

std::string DebugString(const Sentence& sentence, std::string_view text) {
  return std::string(SentenceKindName(sentence.kind)) + " " + SpanText(sentence.span) + " " +
         Quoted(text, sentence.span);
}

std::string DebugString(const Timex& timex, std::string_view text) {
  std::string out = std::string(TimexTypeName(timex.type)) + " " + Quoted(text, timex.span) + " " +
                    SpanText(timex.span) + " " + timex.value + " " +
                    std::string(PrecisionName(timex.precision));
  if (!timex.mod.empty()) out += " mod=" + timex.mod;
  if (!timex.anchor.empty()) out += " anchor=" + timex.anchor;
  if (!timex.rule.empty()) out += " rule=" + timex.rule;
  return out;
}

std::string DebugString(const Mention& mention, std::string_view text) {
  static const char* kForms[] = {"name", "title", "demonym", "pronoun", "acronym"};
  std::string out = std::string(EntityKindName(mention.kind)) + " " + Quoted(text, mention.span) +
                    " " + SpanText(mention.span) + " " + kForms[static_cast<int>(mention.form)] +
                    " -> " + std::to_string(mention.entity);
  if (mention.author) out += " author";
  if (!mention.rule.empty()) out += " rule=" + mention.rule;
  return out;
}

std::string DebugString(const Entity& entity) {
  std::string out =
      std::string(EntityKindName(entity.kind)) + " \"" + entity.name + "\" key=" + entity.key;
  if (!entity.titles.empty()) out += " titles=" + Join(entity.titles);
  if (!entity.aliases.empty()) out += " aliases=" + Join(entity.aliases);
  if (!entity.country.empty()) out += " country=" + entity.country;
  if (entity.author) out += " author";
  return out;
}

std::string DebugString(const Event& event, std::string_view text) {
  std::string out = event.type + " " + std::string(EventStatusName(event.status)) + " " +
                    Quoted(text, event.trigger) + " " + SpanText(event.trigger);
  if (event.time.known()) out += " time=" + event.time.value;
  if (event.place >= 0) out += " place=" + std::to_string(event.place);
  std::vector<std::string> parts;
  for (const Participant& p : event.participants) {
    parts.push_back(std::to_string(p.entity) + ":" + std::string(ParticipantRoleName(p.role)));
  }
  out += " participants=" + Join(parts);
  if (event.corefers_to >= 0) out += " corefers=" + std::to_string(event.corefers_to);
  return out;
}

}  // namespace eventgraph
