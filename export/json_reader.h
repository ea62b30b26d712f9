// SPDX-License-Identifier: Apache-2.0
// Graph JSON reader: graph.json text → GraphData, used by merge, export and query.
#ifndef EVENTGRAPH_EXPORT_JSON_READER_H_
#define EVENTGRAPH_EXPORT_JSON_READER_H_

#include <string>
#include <string_view>

#include "core/status.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {

/// Parses graph.json text. `source_name` (a path) prefixes error messages:
/// "out/graph.json:1:57: parse error: Missing a comma..." or
/// "a.json: unsupported schema 'eventgraph.graph/2' (this build reads eventgraph.graph/1)".
/// Input written by WriteGraphJson() round-trips exactly.
Result<GraphData> ReadGraphJson(std::string_view json, std::string_view source_name);

/// Parses graph JSON that is either one object (graph.json) or one object per line (the JSONL
/// that `eventgraph extract` writes); returns every graph found. Errors name the line:
/// "shard.jsonl:3:1: parse error: ...".
Result<std::vector<GraphData>> ReadGraphJsonParts(std::string_view text,
                                                  std::string_view source_name);

/// Reads and parses the file at `path`.
Result<GraphData> ReadGraphJsonFile(const std::string& path);

}  // namespace eventgraph

#endif  // EVENTGRAPH_EXPORT_JSON_READER_H_
