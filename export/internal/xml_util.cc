// SPDX-License-Identifier: Apache-2.0
#include "export/internal/xml_util.h"

#include <cmath>
#include <cstdio>

namespace eventgraph::internal {

std::string XmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        out.push_back(c);
    }
  }
  return out;
}

std::string Fixed1(double value) {
  char buffer[32];
  double rounded = std::round(value * 10.0) / 10.0;
  if (rounded == 0.0) rounded = 0.0;  // no "-0.0"
  std::snprintf(buffer, sizeof buffer, "%.1f", rounded);
  return buffer;
}

}  // namespace eventgraph::internal
