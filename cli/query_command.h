// SPDX-License-Identifier: Apache-2.0
// `eventgraph query GRAPH.json entity|relations|timeline|path|neighbors|top ... [--json]`.
#ifndef EVENTGRAPH_CLI_QUERY_COMMAND_H_
#define EVENTGRAPH_CLI_QUERY_COMMAND_H_

#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace eventgraph {

/// Answers one question about graph.json:
///   entity NAME
///   relations A [B] [--type T] [--from D] [--to D]
///   timeline [--actor A]... [--place P] [--from D] [--to D] [--type T]
///   path A B
///   neighbors A [--hops K]
///   top [--by degree|betweenness|mentions] [-n N]
/// as aligned text, or JSON with --json. Exit 0 ok (also for empty answers), 1 unreadable graph,
/// unknown name (with the closest names) or no path, 2 usage.
int RunQueryCommand(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                    std::ostream& err);

}  // namespace eventgraph

#endif  // EVENTGRAPH_CLI_QUERY_COMMAND_H_
