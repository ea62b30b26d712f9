// SPDX-License-Identifier: Apache-2.0
// Questions about actors, answered as plain structs (the CLI prints them as text or JSON):
// entity, relations, path, neighbors and top. Names are resolved with FindEntityByName().
#ifndef EVENTGRAPH_GRAPH_QUERY_H_
#define EVENTGRAPH_GRAPH_QUERY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "graph/knowledge_graph.h"
#include "graph/timeline.h"

namespace eventgraph {

/// What `query entity NAME` reports.
struct EntityInfo {
  size_t entity = 0;                    // index into data().entities
  uint32_t event_count = 0;             // events it takes part in
  uint32_t relation_count = 0;          // relations it is source or target of
  std::optional<CivilDate> first_seen;  // earliest day of its dated events/relations
  std::optional<CivilDate> last_seen;   // latest day of its dated events/relations
};

/// NotFound with suggestions for unknown names.
Result<EntityInfo> QueryEntity(const KnowledgeGraph& graph, std::string_view name);

/// Filters of `query relations A [B]`. Defaults: no filter.
struct RelationQuery {
  std::string a;     // required
  std::string b;     // "" = any counterpart
  std::string type;  // relation type ("met"), "" = any
  DateRange range;
};

/// Indices into data().relations involving A (and B, either direction), sorted by time (first
/// day, then last day, then id; undated relations last).
Result<std::vector<size_t>> QueryRelations(const KnowledgeGraph& graph, const RelationQuery& query);

/// One step of a path: from one entity to the next, with the evidence that links them: a
/// relation (type, event, date) or, failing that, an event both take part in.
struct PathHop {
  size_t from = 0;                 // entity index
  size_t to = 0;                   // entity index
  std::optional<size_t> relation;  // index into data().relations
  std::optional<size_t> event;     // index into data().events
  std::optional<TimeValue> time;   // of the relation, else of the event
  std::string label;               // relation type or event type
};

/// The shortest chain of relations (and shared events) between A and B over the undirected
/// entity graph (Boost.Graph breadth_first_search). Where two entities are linked several times,
/// the hop shows the most recent dated link. Empty hops when A == B; NotFound "no path between
/// 'A' and 'B'" when they are not connected.
Result<std::vector<PathHop>> QueryPath(const KnowledgeGraph& graph, std::string_view a,
                                       std::string_view b);

/// An entity within K hops of the start.
struct NeighborRow {
  size_t entity = 0;
  uint32_t distance = 0;  // hops from the start (>= 1)
  uint32_t links = 0;     // relations + shared events linking it to the previous hop's entities
};

/// Entities within `hops` (>= 1) of `name`, sorted by distance, then links (descending), then
/// name. The start itself is not listed.
Result<std::vector<NeighborRow>> QueryNeighbors(const KnowledgeGraph& graph, std::string_view name,
                                                uint32_t hops);

/// Ranking of `query top`. Stable: names appear on the command line.
enum class RankBy : uint8_t { kDegree, kBetweenness, kMentions };
std::string_view RankByName(RankBy by);
std::optional<RankBy> ParseRankBy(std::string_view name);

struct RankRow {
  size_t entity = 0;
  double score = 0.0;  // distinct linked entities, betweenness (Brandes, unnormalized), mentions
};

/// The `limit` highest-ranked entities (ties by name, then id). Betweenness is computed on the
/// undirected entity graph with Boost.Graph's brandes_betweenness_centrality.
std::vector<RankRow> TopEntities(const KnowledgeGraph& graph, RankBy by, size_t limit);

}  // namespace eventgraph

#endif  // EVENTGRAPH_GRAPH_QUERY_H_
