// SPDX-License-Identifier: Apache-2.0
// Folding maps Latin-1 Supplement and Latin Extended-A letters to their ASCII base letter with a
// table (no ICU in graph/): "Müller" → "muller", "Łukasz" → "lukasz". Cyrillic and Greek capitals
// are lower-cased by their fixed offsets. Everything that is neither a letter nor a digit
// separates words.
#include "graph/name_match.h"

#include <algorithm>

#include "core/text.h"

namespace eventgraph {
namespace {

// Base letters for U+00C0..U+017F; '\0' marks a code point without a base (×, ÷) and "ss"-like
// expansions are handled in code.
constexpr char kLatin1BaseChars[] =
    "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"   // U+00C0..U+00DF
    "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";  // U+00E0..U+00FF
// Sized explicitly: the table contains NUL bytes.
constexpr std::string_view kLatin1Base(kLatin1BaseChars, sizeof(kLatin1BaseChars) - 1);
constexpr std::string_view kLatinExtABase =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjjjkkklllllllll"  // U+0100..U+0141
    "lnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";     // U+0142..U+017F

bool AppendFolded(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    const auto c = static_cast<char>(cp);
    if (c >= 'A' && c <= 'Z') {
      out->push_back(static_cast<char>(c - 'A' + 'a'));
      return true;
    }
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out->push_back(c);
      return true;
    }
    return false;
  }
  if (cp == 0xDF) {  // ß
    out->append("ss");
    return true;
  }
  if (cp >= 0xC0 && cp <= 0xFF) {
    const char base = kLatin1Base[cp - 0xC0];
    if (base == '\0') return false;
    out->push_back(base);
    return true;
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    const size_t index = cp - 0x100;
    if (index < kLatinExtABase.size()) {
      out->push_back(kLatinExtABase[index]);
      return true;
    }
    return false;
  }
  if (cp >= 0x0410 && cp <= 0x042F) cp += 0x20;  // Cyrillic А..Я → а..я
  if (cp >= 0x0400 && cp <= 0x040F) cp += 0x50;  // Ѐ..Џ → ѐ..џ
  if (cp >= 0x0391 && cp <= 0x03A9) cp += 0x20;  // Greek Α..Ω → α..ω
  // General punctuation, symbols and spaces separate words.
  if ((cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7) {
    return false;
  }
  AppendUtf8(cp, out);
  return true;
}

std::vector<char32_t> CodePoints(std::string_view text) {
  std::vector<char32_t> out;
  size_t pos = 0;
  while (pos < text.size()) {
    if (Utf8SequenceLength(text, pos) == 0) {
      ++pos;
      continue;
    }
    size_t length = 0;
    out.push_back(DecodeUtf8(text, pos, &length));
    pos += length;
  }
  return out;
}

std::string LastWord(const std::string& folded) {
  const size_t space = folded.rfind(' ');
  return space == std::string::npos ? folded : folded.substr(space + 1);
}

// Index of the better of two candidates: more mentions, then smaller id.
bool Better(const EntityRecord& a, const EntityRecord& b) {
  if (a.mentions != b.mentions) return a.mentions > b.mentions;
  return a.id < b.id;
}

}  // namespace

std::string FoldName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  size_t pos = 0;
  while (pos < name.size()) {
    if (Utf8SequenceLength(name, pos) == 0) {
      ++pos;
      continue;
    }
    size_t length = 0;
    const char32_t cp = DecodeUtf8(name, pos, &length);
    pos += length;
    // Apostrophes join: "O'Brien" → "obrien", "Putin’s" → "putins".
    if (cp == '\'' || cp == 0x2019) continue;
    std::string folded;
    if (AppendFolded(cp, &folded)) {
      if (pending_space && !out.empty()) out.push_back(' ');
      pending_space = false;
      out += folded;
    } else {
      pending_space = true;
    }
  }
  return out;
}

size_t EditDistance(std::string_view a, std::string_view b) {
  const std::vector<char32_t> x = CodePoints(a);
  const std::vector<char32_t> y = CodePoints(b);
  std::vector<size_t> row(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= x.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= y.size(); ++j) {
      const size_t above = row[j];
      const size_t substitution = diagonal + (x[i - 1] == y[j - 1] ? 0 : 1);
      row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
      diagonal = above;
    }
  }
  return row[y.size()];
}

Result<size_t> FindEntityByName(const GraphData& graph, std::string_view name) {
  const std::string wanted = FoldName(name);
  std::optional<size_t> exact;
  std::optional<size_t> by_last_word;
  size_t last_word_matches = 0;
  for (size_t i = 0; i < graph.entities.size(); ++i) {
    const EntityRecord& e = graph.entities[i];
    bool match = e.id.value() == name || (!wanted.empty() && FoldName(e.name) == wanted);
    for (const std::string& alias : e.aliases) match = match || FoldName(alias) == wanted;
    if (match && (!exact || Better(e, graph.entities[*exact]))) exact = i;
    if (!match && !wanted.empty() && wanted.find(' ') == std::string::npos &&
        e.kind == EntityKind::kPerson && LastWord(FoldName(e.name)) == wanted) {
      ++last_word_matches;
      by_last_word = i;
    }
  }
  if (exact) return *exact;
  if (last_word_matches == 1) return *by_last_word;
  std::string message = "no entity named '" + std::string(name) + "'";
  const std::vector<std::string> closest = ClosestEntityNames(graph, name, 3);
  if (!closest.empty()) {
    message += "; closest: ";
    for (size_t i = 0; i < closest.size(); ++i) {
      if (i > 0) message += ", ";
      message += closest[i];
    }
  }
  return Status::NotFound(message);
}

std::vector<std::string> ClosestEntityNames(const GraphData& graph, std::string_view name,
                                            size_t limit) {
  const std::string wanted = FoldName(name);
  std::vector<std::pair<size_t, std::string>> scored;
  for (const EntityRecord& e : graph.entities) {
    size_t best = EditDistance(wanted, FoldName(e.name));
    for (const std::string& alias : e.aliases) {
      best = std::min(best, EditDistance(wanted, FoldName(alias)));
    }
    scored.emplace_back(best, e.name);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  for (const auto& [distance, entity_name] : scored) {
    if (out.size() >= limit) break;
    if (std::find(out.begin(), out.end(), entity_name) == out.end()) out.push_back(entity_name);
  }
  return out;
}

}  // namespace eventgraph
