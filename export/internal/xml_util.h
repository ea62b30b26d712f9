// SPDX-License-Identifier: Apache-2.0
// Private to export/: XML escaping and number formatting for the writers that emit XML text
// directly (timeline SVG, GEXF).
#ifndef EVENTGRAPH_EXPORT_INTERNAL_XML_UTIL_H_
#define EVENTGRAPH_EXPORT_INTERNAL_XML_UTIL_H_

#include <string>
#include <string_view>

namespace eventgraph::internal {

/// Escapes &, <, >, " and ' for XML text and attribute values, and drops control characters
/// XML 1.0 forbids (everything below U+0020 except tab, LF, CR).
std::string XmlEscape(std::string_view text);

/// A number with one decimal ("12.5", "-3.0"): deterministic coordinates.
std::string Fixed1(double value);

}  // namespace eventgraph::internal

#endif  // EVENTGRAPH_EXPORT_INTERNAL_XML_UTIL_H_
