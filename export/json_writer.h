// SPDX-License-Identifier: Apache-2.0
// Graph JSON writer: GraphData → graph.json text (schema "eventgraph.graph/1",
// docs/graph-json.md). Deterministic: same GraphData, byte-identical output.
#ifndef EVENTGRAPH_EXPORT_JSON_WRITER_H_
#define EVENTGRAPH_EXPORT_JSON_WRITER_H_

#include <string>

#include "core/status.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {

/// The schema name written to and required from graph.json. Stable.
inline constexpr const char* kGraphJsonSchema = "eventgraph.graph/1";

/// Serializes `graph` as UTF-8 JSON ending in a newline, one record per line: the first line
/// holds the schema, then each list ("documents", "entities", "events", "relations") opens on a
/// line of its own with every record on one compact line (docs/graph-json.md, "Layout").
std::string WriteGraphJson(const GraphData& graph);

/// Writes WriteGraphJson(graph) to the file `path` atomically (temporary file + rename, as
/// WriteFileAtomically()), streaming: the text is never held in memory whole. IoError naming the
/// path on failure.
Status WriteGraphJsonFile(const GraphData& graph, const std::string& path);

/// The same object on one line (no indentation) followed by '\n': the per-document lines that
/// `eventgraph extract` writes and `eventgraph merge` reads.
std::string WriteGraphJsonLine(const GraphData& graph);

/// JSON for one TimeValue ({"value","precision","begin","end","text"}), as graph.json writes it;
/// shared by the other JSON exporters.
std::string TimeValueJson(const TimeValue& time);

}  // namespace eventgraph

#endif  // EVENTGRAPH_EXPORT_JSON_WRITER_H_
