// SPDX-License-Identifier: Apache-2.0
#include "export/internal/provenance.h"

namespace eventgraph::internal {

std::string SourcesText(const std::vector<SourceRef>& sources, std::string_view separator) {
  std::string out;
  for (const SourceRef& s : sources) {
    if (!out.empty()) out += separator;
    out += s.doc.value() + "#" + std::to_string(s.sentence) + "[" + std::to_string(s.span.begin) +
           "," + std::to_string(s.span.end) + ")";
  }
  return out;
}

std::string Join(const std::vector<std::string>& values, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += separator;
    out += values[i];
  }
  return out;
}

std::string JoinDocs(const std::vector<DocId>& docs, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < docs.size(); ++i) {
    if (i > 0) out += separator;
    out += docs[i].value();
  }
  return out;
}

}  // namespace eventgraph::internal
