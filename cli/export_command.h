// SPDX-License-Identifier: Apache-2.0
// `eventgraph export GRAPH.json --format F [-o FILE] [filters]`.
#ifndef EVENTGRAPH_CLI_EXPORT_COMMAND_H_
#define EVENTGRAPH_CLI_EXPORT_COMMAND_H_

#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace eventgraph {

/// Reads graph.json, applies --from/--to, --actor/--hops and --type, and writes the format
/// (ExportFormats()) to -o FILE atomically, or to stdout; csv needs -o DIR. --list-formats
/// prints the format table. Exit 0 ok, 1 unreadable graph, unknown name or failed write,
/// 2 usage (unknown format, bad date).
int RunExportCommand(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                     std::ostream& err);

}  // namespace eventgraph

#endif  // EVENTGRAPH_CLI_EXPORT_COMMAND_H_
