// SPDX-License-Identifier: Apache-2.0
// Fuzzes ReadGraphJson, the reader behind merge, export and query. Whatever it accepts must
// round-trip: WriteGraphJson() of the result reads back, and writing that again gives
// byte-identical JSON. (GraphData equality after the first read is not required: the writer may
// normalize numbers, e.g. confidence, that arbitrary input spells differently.)

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/check.h"
#include "core/status.h"
#include "export/json_reader.h"
#include "export/json_writer.h"
#include "fuzz/fuzz_util.h"
#include "graph/knowledge_graph.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > eventgraph::kFuzzMaxInputBytes) return 0;
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  eventgraph::Result<eventgraph::GraphData> graph = eventgraph::ReadGraphJson(json, "fuzz.json");
  if (!graph.ok()) {
    EVENTGRAPH_CHECK(!graph.status().message().empty());
    return 0;
  }
  const std::string written = eventgraph::WriteGraphJson(graph.value());
  eventgraph::Result<eventgraph::GraphData> reread =
      eventgraph::ReadGraphJson(written, "rewritten.json");
  EVENTGRAPH_CHECK(reread.ok());
  EVENTGRAPH_CHECK(eventgraph::WriteGraphJson(reread.value()) == written);
  return 0;
}
