// SPDX-License-Identifier: Apache-2.0
// GEXF 1.3 (https://gexf.net) with dynamic time, so Gephi's timeline plays the graph over time.
#ifndef EVENTGRAPH_EXPORT_GEXF_WRITER_H_
#define EVENTGRAPH_EXPORT_GEXF_WRITER_H_

#include <string>

#include "graph/knowledge_graph.h"

namespace eventgraph {

/// <graph mode="dynamic" timeformat="date" timerepresentation="interval">: events carry a spell
/// over the days their time covers; entities one spell per dated event they take part in
/// (merged where they overlap); edges the spell of their relation or event. Undated elements
/// have no spells (always present). Node and edge attributes carry kind, type, status, time,
/// mentions and provenance (sources "doc#sentence[begin,end)"). Symmetric relations are
/// type="undirected". Deterministic.
std::string WriteGexf(const GraphData& graph);

}  // namespace eventgraph

#endif  // EVENTGRAPH_EXPORT_GEXF_WRITER_H_
