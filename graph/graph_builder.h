// SPDX-License-Identifier: Apache-2.0
// GraphBuilder: per-document Annotations → graph records, and many documents → one GraphData.
#ifndef EVENTGRAPH_GRAPH_GRAPH_BUILDER_H_
#define EVENTGRAPH_GRAPH_GRAPH_BUILDER_H_

#include <vector>

#include "core/pipeline.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {

/// The records one document contributes: its DocumentRecord (with sentences), its entities (ids
/// from MakeEntityId(kind, Entity::key)), one EventRecord per event coreference chain (with its
/// EventMentionRecord) and its relations (with RelationMentionRecords), every record with
/// SourceRefs into the document. Events of the same document that describe one event are merged
/// as across documents. Pure; cannot fail; deterministic.
GraphData BuildDocumentGraph(const Annotations& annotations);

/// The same records before the document's own merge: one EntityRecord per Entity (two may share
/// an id), one EventRecord per coreference chain holding that chain's EventMentionRecord (no id,
/// label or merged fields) and one RelationRecord per relation holding its mention. Not a
/// finished graph: meant for GraphMerger::Add(), which merges atoms anyway, so that
/// Add(BuildDocumentAtoms(a)) gives the same merge as Add(BuildDocumentGraph(a)) without
/// clustering each document twice. BuildDocumentGraph(a) ==
/// MergeGraphData({BuildDocumentAtoms(a)}).
GraphData BuildDocumentAtoms(const Annotations& annotations);

/// BuildDocumentAtoms() that moves the entities' strings (names, aliases, titles, keys) into the
/// records instead of copying them: `annotations` is left valid but unspecified.
GraphData BuildDocumentAtoms(Annotations&& annotations);

/// Merges per-document (or per-shard) graphs into one, deterministically: the result does not
/// depend on the order or grouping of `parts` (see MergeGraphData() in graph/merge.h).
GraphData MergeGraphs(std::vector<GraphData> parts);

}  // namespace eventgraph

#endif  // EVENTGRAPH_GRAPH_GRAPH_BUILDER_H_
