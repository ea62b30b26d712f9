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
