// SPDX-License-Identifier: Apache-2.0
// Timex JSONL: reads {"id","dct","text"} lines into Documents and writes the timex output line
// {"id","timexes":[{"begin","end","text","type","value"}]} that shared/eval/te3_score.py reads.
#ifndef EVENTGRAPH_EXPORT_TIMEX_JSONL_H_
#define EVENTGRAPH_EXPORT_TIMEX_JSONL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "core/text.h"
#include "core/timex.h"

namespace eventgraph {

/// Parses one JSONL line: "id" (string, required), "text" (string, required), "dct" (optional
/// "YYYY-MM-DD"; set as the document's DCT with source kHeader). Other fields are ignored. The
/// document's path is "<source>:<line_number>". ParseError "<source>:<line>:<col>: <message>"
/// on bad JSON, a missing field or a malformed dct.
Result<Document> ParseTimexJsonlLine(std::string_view line, std::string_view source,
                                     uint32_t line_number);

/// The output line for `document` (no trailing newline): {"id":..,"timexes":[{"begin":..,"end":
/// ..,"text":..,"type":..,"value":..}, ...]} with UTF-8 byte offsets into document.text(), in
/// the order given. Stable: the format te3_score.py reads; do not rename fields.
std::string FormatTimexJsonlLine(const Document& document, const std::vector<Timex>& timexes);

}  // namespace eventgraph

#endif  // EVENTGRAPH_EXPORT_TIMEX_JSONL_H_
