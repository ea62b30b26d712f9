// SPDX-License-Identifier: Apache-2.0
// Private to export/: builds a cgraph graph from a GraphData (the conventions of
// docs/dot_conventions.md), owned by a std::unique_ptr with agclose as deleter. Shared by the
// dot and svg writers. cgraph is not thread-safe: call from one thread at a time.
#ifndef EVENTGRAPH_EXPORT_INTERNAL_AGRAPH_BUILDER_H_
#define EVENTGRAPH_EXPORT_INTERNAL_AGRAPH_BUILDER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include <graphviz/cgraph.h>

#include "core/status.h"
#include "graph/knowledge_graph.h"

namespace eventgraph::internal {

/// agclose(), and for a graph on ArenaMemDisc() also the few blocks cdt took from malloc.
void CloseAgraph(Agraph_t* graph);

struct AgraphCloser {
  void operator()(Agraph_t* graph) const {
    if (graph != nullptr) CloseAgraph(graph);
  }
};
using AgraphPtr = std::unique_ptr<Agraph_t, AgraphCloser>;

struct AgraphOptions {
  /// Put event nodes in one "cluster_<year>" subgraph per year (undated: no cluster).
  bool clusters_by_year = false;
  /// Graph label drawn at the top ("" = none), e.g. the size-guard note.
  std::string title;
  /// Graph attributes for sfdp-style layouts (overlap removal) instead of dot's rankdir.
  bool force_directed = false;
  /// Entities in no event, relation or containment ("isolated") are drawn only up to this many,
  /// the most mentioned first; the graph's `comment` and `eg_isolated_omitted` say how many
  /// were left out. SIZE_MAX (default) keeps every one.
  size_t isolated_limit = SIZE_MAX;
};

/// Builds the graph. `disc` may be null (cgraph defaults); the dot writer passes its string I/O
/// discipline. Internal error if cgraph refuses a node or edge.
Result<AgraphPtr> BuildAgraph(const GraphData& graph, const AgraphOptions& options, Agdisc_t* disc);

/// A cgraph memory discipline that allocates from an arena: agclose() of the root graph
/// (CloseAgraph()) releases the whole arena at once instead of deleting every node, edge and
/// string one by one (a tenth of writing the DOT of a 30k-node graph). Memory freed while the
/// graph is open is not reused, so use it for a graph that is built once, written and closed.
Agmemdisc_t* ArenaMemDisc();

/// Escapes `text` for a DOT escString attribute (label, tooltip): a backslash becomes "\\" so
/// that "C:\path" does not turn into the escape "\p". cgraph itself quotes '"'. Newlines become
/// "\n" (centred line break).
std::string DotEscString(std::string_view text);

/// Appends DotEscString(text) to `out`.
void AppendDotEscString(std::string_view text, std::string* out);

/// Collects cgraph error messages instead of letting cgraph print them to stderr while alive;
/// restores the previous handler when destroyed.
class AgErrorCapture {
 public:
  AgErrorCapture();
  ~AgErrorCapture();
  AgErrorCapture(const AgErrorCapture&) = delete;
  AgErrorCapture& operator=(const AgErrorCapture&) = delete;
  /// Messages captured so far, joined with "; ".
  std::string messages() const;

 private:
  agusererrf previous_;
};

}  // namespace eventgraph::internal

#endif  // EVENTGRAPH_EXPORT_INTERNAL_AGRAPH_BUILDER_H_
