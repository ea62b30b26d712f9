// SPDX-License-Identifier: Apache-2.0
// A well-formedness check for XML exports (SVG, GraphML, GEXF) with libexpat.
#ifndef EVENTGRAPH_TESTS_XML_CHECK_H_
#define EVENTGRAPH_TESTS_XML_CHECK_H_

#include <map>
#include <string>
#include <string_view>

namespace eventgraph::testing {

struct XmlSummary {
  std::string error;                         // "" when well-formed, else "line:col: message"
  std::string root;                          // name of the root element
  std::map<std::string, size_t> elements;    // element name → count
  std::map<std::string, size_t> attributes;  // "element@attribute" → count
  std::string text;                          // all character data, concatenated
};

/// Parses `xml` with expat (namespace prefixes kept as written).
XmlSummary ParseXml(std::string_view xml);

}  // namespace eventgraph::testing

#endif  // EVENTGRAPH_TESTS_XML_CHECK_H_
