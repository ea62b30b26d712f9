// SPDX-License-Identifier: Apache-2.0
#include "cli/timex_command.h"

#include <sstream>

#include <catch2/catch.hpp>

namespace eventgraph {
namespace {

struct Output {
  int status = 0;
  std::string out;
  std::string err;
};

Output Run(const std::vector<std::string>& args, const std::string& input) {
  std::istringstream in(input);
  std::ostringstream out;
  std::ostringstream err;
  Output result;
  result.status = RunTimexCommand(args, in, out, err);
  result.out = out.str();
  result.err = err.str();
  return result;
}

TEST_CASE("eventgraph timex: tags plain text against --dct", "[cli][timex]") {
  Output r = Run({"--dct", "2025-08-16"}, "The leaders met on Friday.");
  CHECK(r.status == 0);
  CHECK(r.out == R"({"id":"-","timexes":[{"begin":19,"end":25,"text":"Friday","type":"DATE",)"
                 R"("value":"2025-08-15"}]})"
                 "\n");
}

TEST_CASE("eventgraph timex: tags JSONL lines, skipping bad ones", "[cli][timex]") {
  Output r = Run({},
                 "{\"id\":\"a\",\"dct\":\"2025-08-16\",\"text\":\"Talks ended yesterday.\"}\n"
                 "not json\n"
                 "{\"id\":\"b\",\"text\":\"in 1867\"}\n");
  CHECK(r.status == 1);
  CHECK(r.out ==
        R"({"id":"a","timexes":[{"begin":12,"end":21,"text":"yesterday","type":"DATE",)"
        R"("value":"2025-08-15"}]})"
        "\n"
        R"({"id":"b","timexes":[{"begin":3,"end":7,"text":"1867","type":"DATE","value":"1867"}]})"
        "\n");
  CHECK(r.err == "-:2:2: Invalid value.\n");  // RapidJSON stops at the "o" of "not"
}

TEST_CASE("eventgraph timex: rejects a malformed --dct with usage status", "[cli][timex]") {
  Output r = Run({"--dct", "Aug 16"}, "x");
  CHECK(r.status == 2);
  CHECK(r.err == "eventgraph timex: --dct: expected YYYY-MM-DD, got 'Aug 16'\n");
  CHECK(Run({"--no-such-option"}, "x").status == 2);
}

}  // namespace
}  // namespace eventgraph
