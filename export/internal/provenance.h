// SPDX-License-Identifier: Apache-2.0
// Private to export/: compact text forms of provenance and lists for flat formats (GraphML, GEXF,
// CSV, DOT attributes).
#ifndef EVENTGRAPH_EXPORT_INTERNAL_PROVENANCE_H_
#define EVENTGRAPH_EXPORT_INTERNAL_PROVENANCE_H_

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace eventgraph::internal {

/// "doc#sentence[begin,end)" per source (UTF-8 byte offsets), joined by `separator`.
std::string SourcesText(const std::vector<SourceRef>& sources, std::string_view separator);

/// The values joined by `separator`.
std::string Join(const std::vector<std::string>& values, std::string_view separator);

/// Document ids joined by `separator`.
std::string JoinDocs(const std::vector<DocId>& docs, std::string_view separator);

}  // namespace eventgraph::internal

#endif  // EVENTGRAPH_EXPORT_INTERNAL_PROVENANCE_H_
