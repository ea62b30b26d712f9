// SPDX-License-Identifier: Apache-2.0
// Renders query answers (graph/query.h, graph/timeline.h) as aligned plain text for people or as
// JSON for machines (`eventgraph query ... [--json]`).
#ifndef EVENTGRAPH_EXPORT_QUERY_OUTPUT_H_
#define EVENTGRAPH_EXPORT_QUERY_OUTPUT_H_

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/query.h"

namespace eventgraph {

/// Output style of every Format*() function.
enum class QueryFormat : uint8_t { kText, kJson };

/// `entity`: name, id, kind, titles, aliases, mentions, documents, events, relations, first and
/// last seen. JSON: {"id","name","kind","titles","aliases","mentions","docs","events",
/// "relations","first_seen","last_seen"}.
std::string FormatEntityInfo(const KnowledgeGraph& graph, const EntityInfo& info,
                             QueryFormat format);

/// `relations`: one row per relation (date, type, source, target, status, sources, event).
/// JSON: {"relations": [{"id","type","source":{id,name},"target":{id,name},"time","status",
/// "event","sources"}]}.
std::string FormatRelations(const KnowledgeGraph& graph, const std::vector<size_t>& relations,
                            QueryFormat format);

/// `timeline`: one row per event (date, precision, type, status, label, place, participants).
/// JSON: {"events": [timeline.json event objects]}.
std::string FormatTimeline(const KnowledgeGraph& graph, const std::vector<size_t>& events,
                           QueryFormat format);

/// `path`: the chain, one entity per line with the linking relation or event between them.
/// JSON: {"length", "entities": [{id,name}], "hops": [{"from","to","label","relation","event",
/// "time"}]}.
std::string FormatPath(const KnowledgeGraph& graph, size_t from, const std::vector<PathHop>& hops,
                       QueryFormat format);

/// `neighbors`: hops, name, kind, links. JSON: {"neighbors": [{"id","name","kind","hops",
/// "links"}]}.
std::string FormatNeighbors(const KnowledgeGraph& graph, const std::vector<NeighborRow>& rows,
                            QueryFormat format);

/// `top`: rank, name, kind, score. JSON: {"by", "entities": [{"rank","id","name","kind",
/// "score"}]}.
std::string FormatTop(const KnowledgeGraph& graph, RankBy by, const std::vector<RankRow>& rows,
                      QueryFormat format);

/// Rows as columns padded to the widest cell (in code points), two spaces apart, the first row
/// being the header; trailing spaces trimmed. Shared by the text formats.
std::string AlignColumns(const std::vector<std::vector<std::string>>& rows);

}  // namespace eventgraph

#endif  // EVENTGRAPH_EXPORT_QUERY_OUTPUT_H_
