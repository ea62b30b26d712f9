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
#include "core/pipeline.h"
#include "core/text.h"
#include "export/corpus_reader.h"

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

/// The options `build` and `extract` share: what to read and how to set up the pipeline.
struct ExtractionOptions {
  std::vector<std::string> inputs;
  std::string dct_text;
  std::string data_dir;
  std::string aliases_path;
};

/// Adds the positional inputs, --dct, --data-dir and --aliases to `app`, bound to `options`.
void AddExtractionOptions(CLI::App& app, ExtractionOptions* options);

/// After parsing: the corpus options (--dct) and the pipeline (--data-dir, --aliases). Prints
/// the error and returns the exit status (usage for a bad --dct, failure otherwise) when one of
/// them fails.
std::optional<int> SetUpExtraction(const ExtractionOptions& options, CorpusOptions* corpus_options,
                                   std::optional<Pipeline>* pipeline, std::ostream& err);

/// Prints each diagnostic on its own line to `err`.
void PrintDiagnostics(const Diagnostics& diagnostics, std::ostream& err);

}  // namespace eventgraph

#endif  // EVENTGRAPH_CLI_CLI_OPTIONS_H_
