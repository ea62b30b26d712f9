// SPDX-License-Identifier: Apache-2.0
// Private to export/: every attribute of a node or edge as JSON object members, shared by the
// cytoscape and jgf writers so both carry the same attributes.
#ifndef EVENTGRAPH_EXPORT_INTERNAL_JSON_ELEMENTS_H_
#define EVENTGRAPH_EXPORT_INTERNAL_JSON_ELEMENTS_H_

#include "export/internal/graph_elements.h"
#include "export/internal/json_util.h"

namespace eventgraph::internal {

/// Writes the members (keys and values, inside an open object) describing `node`: "kind"
/// ("entity"/"event") and the record's fields except the label, which the caller writes.
void JsonNodeMembers(JsonWriter& w, const ElementNode& node);

/// Writes the members describing `edge`: "kind", "label", "role" (participation), "type",
/// "relation", "event", "status", "symmetric", "time", "sources".
void JsonEdgeMembers(JsonWriter& w, const ElementEdge& edge);

}  // namespace eventgraph::internal

#endif  // EVENTGRAPH_EXPORT_INTERNAL_JSON_ELEMENTS_H_
