// SPDX-License-Identifier: Apache-2.0
// `eventgraph merge a.json b.json ... -o all.json`: the reduce step over graph shards.
#ifndef EVENTGRAPH_CLI_MERGE_COMMAND_H_
#define EVENTGRAPH_CLI_MERGE_COMMAND_H_

#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace eventgraph {

/// Reads every graph.json given (schema eventgraph.graph/1; any other schema is refused with a
/// message naming the file), merges them with MergeGraphData() and writes the result atomically
/// to -o (or to stdout with "-o -"). --explain-merges prints why each event merge happened to
/// stderr. The output does not depend on the order or grouping of the inputs. Exit codes: 0 ok,
/// 1 an input could not be read or the output not written (nothing is written then), 2 usage.
int RunMergeCommand(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                    std::ostream& err);

}  // namespace eventgraph

#endif  // EVENTGRAPH_CLI_MERGE_COMMAND_H_
