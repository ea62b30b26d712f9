// SPDX-License-Identifier: Apache-2.0
#include "export/internal/style.h"

#include <array>
#include <utility>

#include "graph/ids.h"

namespace eventgraph::internal {
namespace {

struct TypeColor {
  std::string_view type;
  std::string_view fill;
  std::string_view stroke;
};

// Sorted by type. Light fills readable under black text, with a darker stroke.
constexpr std::array<TypeColor, 10> kKnownTypes = {{
    {"attack", "#f4a6a6", "#b22222"},
    {"call", "#bde0f6", "#1f77b4"},
    {"exercise", "#d9d9d9", "#555555"},
    {"meeting", "#9ecae1", "#08519c"},
    {"negotiation", "#c7e9c0", "#238b45"},
    {"signing", "#fdd0a2", "#d94801"},
    {"statement", "#dadaeb", "#6a51a3"},
    {"transfer", "#fee391", "#b8860b"},
    {"visit", "#fcc5c0", "#ae017e"},
    {"war", "#fb6a4a", "#67000d"},
}};

constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kPalette = {{
    {"#ccebc5", "#33a02c"},
    {"#fbb4ae", "#e31a1c"},
    {"#b3cde3", "#1f78b4"},
    {"#decbe4", "#6a3d9a"},
    {"#fed9a6", "#ff7f00"},
    {"#e5d8bd", "#8c6d31"},
}};

std::pair<std::string_view, std::string_view> Colors(std::string_view type) {
  for (const TypeColor& known : kKnownTypes) {
    if (known.type == type) return {known.fill, known.stroke};
  }
  const std::string hash = StableHash(type);
  const auto index =
      static_cast<size_t>(hash.back() >= 'a' ? hash.back() - 'a' + 10 : hash.back() - '0') %
      kPalette.size();
  return kPalette[index];
}

}  // namespace

NodeStyle EntityStyle(EntityKind kind) {
  switch (kind) {
    case EntityKind::kPerson:
      return {"ellipse", "#cfe2ff", "#1f4e99"};
    case EntityKind::kOrganization:
      return {"box", "#ffe5b4", "#b35900"};
    case EntityKind::kCountry:
      return {"doubleoctagon", "#d4edda", "#1e7b34"};
    case EntityKind::kPlace:
      return {"house", "#e8dcf5", "#6a3d9a"};
    case EntityKind::kGroup:
      return {"hexagon", "#f8d7da", "#a71d2a"};
  }
  return {"ellipse", "#eeeeee", "#555555"};
}

std::string EventTypeColor(std::string_view type) { return std::string(Colors(type).first); }
std::string_view EventTypeFill(std::string_view type) { return Colors(type).first; }
std::string EventTypeStroke(std::string_view type) { return std::string(Colors(type).second); }

}  // namespace eventgraph::internal
