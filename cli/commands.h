// SPDX-License-Identifier: Apache-2.0
// The command table (ninja's Tool list): every `eventgraph <command>` with its summary.
#ifndef EVENTGRAPH_CLI_COMMANDS_H_
#define EVENTGRAPH_CLI_COMMANDS_H_

#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace eventgraph {

/// A command receives its arguments (without program and command name) and the three streams,
/// and returns an ExitCode.
using CommandFunction = int (*)(const std::vector<std::string>& args, std::istream& in,
                                std::ostream& out, std::ostream& err);

struct Command {
  const char* name;
  const char* summary;
  CommandFunction run;
};

/// Every command, in the order `eventgraph help` lists them.
const std::vector<Command>& Commands();

/// Runs `eventgraph ARGS...` (argv without the program name) and returns the exit code.
int RunEventgraph(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                  std::ostream& err);

int RunBuildCommand(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                    std::ostream& err);
int RunHelpCommand(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                   std::ostream& err);
int RunVersionCommand(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                      std::ostream& err);

}  // namespace eventgraph

#endif  // EVENTGRAPH_CLI_COMMANDS_H_
