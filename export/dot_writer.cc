// SPDX-License-Identifier: Apache-2.0
// agwrite() writes through the graph's I/O discipline; ours appends to a std::string, so no
// temporary file is needed. Its memory comes from an arena (ArenaMemDisc()), released at once when
// the graph is closed (CloseAgraph(), which also frees what cdt took from malloc).
#include "export/dot_writer.h"

#include "export/internal/agraph_builder.h"

namespace eventgraph {
namespace {

int PutString(void* chan, const char* str) {
  static_cast<std::string*>(chan)->append(str);
  return 0;
}

int Flush(void*) { return 0; }

}  // namespace

Result<std::string> WriteDot(const GraphData& graph, const DotOptions& options) {
  internal::AgErrorCapture errors;
  Agiodisc_t io = {AgIoDisc.afread, PutString, Flush};
  Agdisc_t disc = {internal::ArenaMemDisc(), &AgIdDisc, &io};
  internal::AgraphOptions agraph_options;
  agraph_options.clusters_by_year = options.clusters_by_year;
  agraph_options.isolated_limit = options.isolated_limit;
  Result<internal::AgraphPtr> g = internal::BuildAgraph(graph, agraph_options, &disc);
  if (!g.ok()) return g.status();
  std::string out;
  if (agwrite(g->get(), &out) != 0) {
    return Status::Internal("cgraph: agwrite failed: " + errors.messages());
  }
  return out;
}

}  // namespace eventgraph
