// SPDX-License-Identifier: Apache-2.0
// GraphFilter: the --from/--to, --actor/--hops and --type selection applied before any export.
#ifndef EVENTGRAPH_EXPORT_GRAPH_FILTER_H_
#define EVENTGRAPH_EXPORT_GRAPH_FILTER_H_

#include <cstdint>
#include <string>

#include "core/status.h"
#include "graph/knowledge_graph.h"
#include "graph/timeline.h"

namespace eventgraph {

/// Every field defaults to "keep everything".
struct GraphFilter {
  /// Keep events and relations whose time overlaps the range (undated ones are dropped when a
  /// bound is set).
  DateRange range;
  /// Keep the ego network of this actor: entities within `hops` of it on the entity graph, the
  /// events they take part in and the relations among them. "" = no ego filter.
  std::string actor;
  /// Ego radius. Default 1.
  uint32_t hops = 1;
  /// Keep events of this type and relations of this type (or whose event has it). "" = all.
  std::string type;

  bool empty() const { return range.unbounded() && actor.empty() && type.empty(); }
};

/// The part of `graph` the filter selects. Events keep only participants that are kept;
/// entities are kept when a kept event or relation refers to them (as participant, place or
/// end), plus the ego network itself; places keep their parent chain; documents are kept when a
/// kept record cites them. Ids are unchanged. NotFound (with suggestions) for an unknown actor.
Result<GraphData> FilterGraph(const GraphData& graph, const GraphFilter& filter);

}  // namespace eventgraph

#endif  // EVENTGRAPH_EXPORT_GRAPH_FILTER_H_
