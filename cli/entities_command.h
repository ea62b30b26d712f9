// SPDX-License-Identifier: Apache-2.0
// `eventgraph entities INPUT... [--explain] [--aliases FILE] [--data-dir DIR]`: prints the
// entities of each document as JSON Lines.
#ifndef EVENTGRAPH_CLI_ENTITIES_COMMAND_H_
#define EVENTGRAPH_CLI_ENTITIES_COMMAND_H_

#include <iosfwd>
#include <string>
#include <vector>

namespace eventgraph {

/// Reads INPUT... (files, directories, .jsonl, "-" for JSONL on `in`), runs tokenizer, sentence
/// splitter, timex tagger and entity recognizer on each document and writes one JSON line per
/// entity to `out` (export/entity_jsonl.h). `--explain` adds every mention with the rule and
/// evidence that joined it to its entity; `--aliases FILE` applies a TSV or JSON alias table
/// (core/alias_table.h); `--data-dir DIR` overrides compiled-in lexicons. Diagnostics go to
/// `err`. Returns 0 when all inputs were read, 1 when some were skipped or setup failed, 2 on
/// usage errors. `args` exclude the program and command names.
int RunEntitiesCommand(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                       std::ostream& err);

}  // namespace eventgraph

#endif  // EVENTGRAPH_CLI_ENTITIES_COMMAND_H_
