// SPDX-License-Identifier: Apache-2.0
// DEV ONLY (uncommitted): a crude tokenizer until the lead's lands.
#include "core/tokenizer.h"

namespace eventgraph {
Tokenizer::Tokenizer(Lexicon abbreviations) : abbreviations_(std::move(abbreviations)) {}
Result<Tokenizer> Tokenizer::Create(std::string_view data_dir) {
  Result<Lexicon> abbr = Lexicon::Load("abbreviations.txt", data_dir);
  if (!abbr.ok()) return abbr.status();
  return Tokenizer(std::move(abbr).value());
}
std::vector<Token> Tokenizer::Tokenize(const Document& document, Span range) const {
  return Tokenize(std::string_view(document.text()), range);
}
namespace {
bool Alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }
bool Digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool Space(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
}
std::vector<Token> Tokenizer::Tokenize(std::string_view t, Span range) const {
  std::vector<Token> out;
  uint32_t i = range.begin, n = range.end;
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (Space(c)) { ++i; continue; }
    uint32_t b = i;
    Token tok;
    if (Alpha(c)) {
      while (i < n) {
        unsigned char d = static_cast<unsigned char>(t[i]);
        if (Alpha(d) || Digit(d)) { ++i; continue; }
        if ((d == '-' || d == '.') && i + 1 < n && Alpha(static_cast<unsigned char>(t[i + 1]))) { ++i; continue; }
        if (d == '\'' && i + 1 < n && Alpha(static_cast<unsigned char>(t[i + 1])) && !(t[i+1]=='s' && (i + 2 >= n || !Alpha(static_cast<unsigned char>(t[i+2]))))) { ++i; continue; }
        break;
      }
      if (i < n && t[i] == '.') {
        std::string w(t.substr(b, i - b));
        for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        static const char* abbr[] = {"jan","feb","mar","apr","aug","sep","sept","oct","nov","dec","mon","tue","tues","wed","thu","thur","thurs","fri","sat","sun","mr","mrs","ms","dr","st","no","gen","gov","sen","rep","inc","corp","co","ltd","jr","sr","vs","p.m","a.m","u.s","u.n","u.k"};
        bool keep = w.find('.') != std::string::npos || w.size() == 1;
        for (const char* a : abbr) if (w == a) keep = true;
        if (keep) ++i;
      }
      tok.kind = TokenKind::kWord;
    } else if (Digit(c)) {
      while (i < n) {
        unsigned char d = static_cast<unsigned char>(t[i]);
        if (Digit(d)) { ++i; continue; }
        if ((d == '.' || d == ',' || d == ':' || d == '/' || d == '-') && i + 1 < n && Digit(static_cast<unsigned char>(t[i + 1]))) { ++i; continue; }
        break;
      }
      while (i < n && Alpha(static_cast<unsigned char>(t[i])) && (t[i]=='s'||t[i]=='t'||t[i]=='h'||t[i]=='n'||t[i]=='d'||t[i]=='r')) ++i;
      tok.kind = TokenKind::kNumber;
    } else if (c == '\'' && i + 1 < n && t[i+1] == 's') {
      i += 2; tok.kind = TokenKind::kWord; tok.flags |= kTokenPossessive;
    } else if (c == '-') {
      while (i < n && t[i] == '-') ++i;
      tok.kind = TokenKind::kDash;
    } else if (c >= 0x80) {
      ++i; while (i < n && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) ++i;
      tok.kind = TokenKind::kSymbol;
    } else {
      ++i;
      tok.kind = (c=='$'||c=='%'||c=='&'||c=='+'||c=='@'||c=='#') ? TokenKind::kSymbol : TokenKind::kPunct;
    }
    tok.span = Span{b, i};
    if (b == 0 || Space(static_cast<unsigned char>(t[b-1]))) tok.flags |= kTokenSpaceBefore;
    out.push_back(tok);
  }
  return out;
}
}  // namespace eventgraph
