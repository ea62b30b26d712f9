// SPDX-License-Identifier: Apache-2.0
// `eventgraph extract`: the stateless map step. Documents in, one per-document graph JSON line
// out (or --dump: the canonical DebugString() of every annotation).
#ifndef EVENTGRAPH_CLI_EXTRACT_COMMAND_H_
#define EVENTGRAPH_CLI_EXTRACT_COMMAND_H_

#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace eventgraph {

/// eventgraph extract INPUT... [-o FILE] [--dct D] [--data-dir DIR] [--aliases FILE] [--dump]
int RunExtractCommand(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                      std::ostream& err);

}  // namespace eventgraph

#endif  // EVENTGRAPH_CLI_EXTRACT_COMMAND_H_
