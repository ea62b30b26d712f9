// SPDX-License-Identifier: Apache-2.0
// TEMPORARY dispatch of `eventgraph timex` until the command table lands (lead reconciles).
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/timex_command.h"

int main(int argc, char** argv) {
  if (argc >= 2 && std::string_view(argv[1]) == "timex") {
    std::vector<std::string> args(argv + 2, argv + argc);
    return eventgraph::RunTimexCommand(args, std::cin, std::cout, std::cerr);
  }
  return 0;
}
