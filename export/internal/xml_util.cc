// SPDX-License-Identifier: Apache-2.0
#include "export/internal/xml_util.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>

namespace eventgraph::internal {

namespace {

// Whether XmlEscape() replaces or drops `c`.
bool NeedsXmlEscape(char c) {
  switch (c) {
    case '&':
    case '<':
    case '>':
    case '"':
    case '\'':
      return true;
    default:
      return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
  }
}

}  // namespace

std::string XmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  // The runs between the characters to replace are copied whole: most labels have none.
  size_t run = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (!NeedsXmlEscape(c)) continue;
    out.append(text.data() + run, i - run);
    run = i + 1;
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
      default:  // a control character: dropped
        break;
    }
  }
  out.append(text.data() + run, text.size() - run);
  return out;
}

std::string Fixed1(double value) {
  const double tenths = std::round(value * 10.0);
  // Tenths as an integer, written by hand: what snprintf("%.1f") writes for tenths / 10 (the
  // double nearest a number of tenths prints as that number), at a tenth of snprintf's cost
  // (the timeline SVG writes ~8k coordinates). Huge and non-finite values take snprintf.
  if (std::isfinite(tenths) && std::fabs(tenths) < 1e15) {
    auto n = static_cast<int64_t>(tenths);
    std::string out;
    if (n < 0) {
      out += '-';  // zero has no sign: no "-0.0"
      n = -n;
    }
    char digits[20];
    const std::to_chars_result r = std::to_chars(digits, digits + sizeof digits, n / 10);
    out.append(digits, r.ptr);
    out += '.';
    out += static_cast<char>('0' + n % 10);
    return out;
  }
  char buffer[32];
  double rounded = tenths / 10.0;
  if (rounded == 0.0) rounded = 0.0;  // no "-0.0"
  std::snprintf(buffer, sizeof buffer, "%.1f", rounded);
  return buffer;
}

}  // namespace eventgraph::internal
