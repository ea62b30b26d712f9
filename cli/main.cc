// SPDX-License-Identifier: Apache-2.0
// eventgraph: the command-line entry point. All logic lives in the command table (commands.cc).
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  return eventgraph::RunEventgraph(args, std::cin, std::cout, std::cerr);
}
