// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the CLI commands: exit codes, CLI11 parsing of an args vector, option values.
#ifndef EVENTGRAPH_CLI_CLI_OPTIONS_H_
#define EVENTGRAPH_CLI_CLI_OPTIONS_H_

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/alias_table.h"
#include "core/diagnostics.h"
#include "core/text.h"

namespace CLI {
class App;
}

namespace eventgraph {

/// Process exit codes (ninja exit_status.h). Stable: documented in --help.
enum ExitCode : int {
  kExitOk = 0,       // everything processed
  kExitFailure = 1,  // some input skipped or an output failed
  kExitUsage = 2,    // bad command line
};

/// Parses `args` (without program and command names) into `app`. Returns nullopt on success;
/// otherwise the exit code to return (0 after --help, 2 on a usage error), having printed help or
/// the error to `out`/`err`.
std::optional<int> ParseArgs(CLI::App& app, const std::vector<std::string>& args, std::ostream& out,
                             std::ostream& err);

/// Parses a --dct value; prints "eventgraph: --dct: ..." to err and returns false when invalid.
bool ParseDctOption(const std::string& text, std::optional<CivilDate>* dct, std::ostream& err);

/// The CLI help text of --aliases (build, extract and entities say the same).
inline constexpr const char* kAliasesOptionHelp =
    "alias file (TSV or JSON: canonical name, aliases, !forbidden names, kind) that forces or "
    "forbids entity merges";

/// Loads a --aliases file (AliasTable::Load: TSV or JSON) into `aliases`; nothing when `path` is
/// empty. Prints "<prefix>: <error with file:line:col>" to err and returns false when it fails.
bool LoadAliasesOption(const std::string& path, std::string_view prefix,
                       std::shared_ptr<const AliasTable>* aliases, std::ostream& err);

/// Prints each diagnostic on its own line to `err`.
void PrintDiagnostics(const Diagnostics& diagnostics, std::ostream& err);

}  // namespace eventgraph

#endif  // EVENTGRAPH_CLI_CLI_OPTIONS_H_
