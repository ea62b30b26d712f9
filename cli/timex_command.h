// SPDX-License-Identifier: Apache-2.0
// `eventgraph timex`: tags and normalizes time expressions (TIMEX3) in text or JSONL input.
#ifndef EVENTGRAPH_CLI_TIMEX_COMMAND_H_
#define EVENTGRAPH_CLI_TIMEX_COMMAND_H_

#include <iosfwd>
#include <string>
#include <vector>

namespace eventgraph {

/// `eventgraph timex [--dct YYYY-MM-DD] [FILE|-]`. Input (default stdin) is plain text (one
/// document, id = the file name) or JSONL lines {"id","dct","text"} (detected by a leading '{').
/// Writes one JSON line per document: {"id","timexes":[{"begin","end","text","type","value"}]}
/// with UTF-8 byte offsets. --dct anchors documents that carry no dct. Returns 0 when every
/// document was tagged, 1 when an input could not be read or a line was skipped, 2 on usage
/// errors.
int RunTimexCommand(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                    std::ostream& err);

}  // namespace eventgraph

#endif  // EVENTGRAPH_CLI_TIMEX_COMMAND_H_
