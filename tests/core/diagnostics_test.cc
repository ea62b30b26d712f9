// SPDX-License-Identifier: Apache-2.0
#include "core/diagnostics.h"

#include <catch2/catch.hpp>

namespace eventgraph {
namespace {

TEST_CASE("Diagnostic: formats source, line, column, severity and message", "[core][diag]") {
  Diagnostic d{Severity::kError, "ingest", "a.jsonl", 3, 7, "malformed JSON"};
  CHECK(d.ToString() == "a.jsonl:3:7: error: malformed JSON");
  d.column = 0;
  CHECK(d.ToString() == "a.jsonl:3: error: malformed JSON");
  d.line = 0;
  CHECK(d.ToString() == "a.jsonl: error: malformed JSON");
}

TEST_CASE("Diagnostics: counts errors and drops everything when disabled", "[core][diag]") {
  Diagnostics diags;
  diags.Add(Severity::kWarning, "ingest", "a", 1, 1, "w");
  diags.Add(Severity::kError, "ingest", "a", 1, 1, "e");
  CHECK(diags.size() == 2);
  CHECK(diags.error_count() == 1);
  Diagnostics off(false);
  off.Add(Severity::kError, "x", "y", 0, 0, "z");
  CHECK(off.empty());
}

}  // namespace
}  // namespace eventgraph
