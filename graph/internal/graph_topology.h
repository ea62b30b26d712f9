// SPDX-License-Identifier: Apache-2.0
// Private to graph/: the boost::adjacency_list behind KnowledgeGraph, with bundled NodeData and
// EdgeData, plus the undirected entity-only projection the queries run Boost.Graph algorithms on.
#ifndef EVENTGRAPH_GRAPH_INTERNAL_GRAPH_TOPOLOGY_H_
#define EVENTGRAPH_GRAPH_INTERNAL_GRAPH_TOPOLOGY_H_

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "graph/knowledge_graph.h"

namespace eventgraph::internal {

/// Bundled vertex property: which record the vertex stands for.
struct NodeData {
  NodeKind kind = NodeKind::kEntity;
  uint32_t record = 0;  // index into GraphData::entities or ::events
};

/// Bundled edge property. `id` is the stable EdgeId (insertion order, see knowledge_graph.cc).
struct EdgeData {
  uint32_t id = 0;
  EdgeKind kind = EdgeKind::kRelation;
  int32_t relation = -1;
  ParticipantRole role = ParticipantRole::kParticipant;
};

using Topology =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeData, EdgeData>;
using Vertex = boost::graph_traits<Topology>::vertex_descriptor;
using Edge = boost::graph_traits<Topology>::edge_descriptor;

struct GraphTopology {
  Topology graph;
  /// edges[EdgeId] → descriptor, so edges are listed in id order.
  std::vector<Edge> edges;
  /// Id value → vertex. The keys view the ids of the KnowledgeGraph's GraphData, whose record
  /// vectors keep their buffers when the KnowledgeGraph is moved.
  std::unordered_map<std::string_view, uint32_t> entity_index;
  std::unordered_map<std::string_view, uint32_t> event_index;
};

}  // namespace eventgraph::internal

#endif  // EVENTGRAPH_GRAPH_INTERNAL_GRAPH_TOPOLOGY_H_
