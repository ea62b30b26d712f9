// SPDX-License-Identifier: Apache-2.0
// Private to export/: shapes and colours by entity kind and event type, shared by the DOT, SVG and
// timeline writers so a meeting has the same colour everywhere. Keep in sync with
// docs/dot_conventions.md.
#ifndef EVENTGRAPH_EXPORT_INTERNAL_STYLE_H_
#define EVENTGRAPH_EXPORT_INTERNAL_STYLE_H_

#include <string>
#include <string_view>

#include "core/entity.h"

namespace eventgraph::internal {

struct NodeStyle {
  std::string_view shape;   // Graphviz shape
  std::string_view fill;    // fill colour "#rrggbb"
  std::string_view stroke;  // outline colour
};

/// person: ellipse/blue, organization: box/orange, country: doubleoctagon/green,
/// place: house/purple, group: hexagon/red.
NodeStyle EntityStyle(EntityKind kind);

/// A fixed colour for well-known event types (meeting: blue, attack: red...) and a stable
/// palette colour (by hash of the name) for any other type.
std::string EventTypeColor(std::string_view type);

/// EventTypeColor() as a view of a constant (valid for the program's life).
std::string_view EventTypeFill(std::string_view type);

/// A darker shade of EventTypeColor() for outlines and text.
std::string EventTypeStroke(std::string_view type);

}  // namespace eventgraph::internal

#endif  // EVENTGRAPH_EXPORT_INTERNAL_STYLE_H_
