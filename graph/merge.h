// SPDX-License-Identifier: Apache-2.0
// Merge: many per-document or per-shard GraphData → one, associatively and deterministically.
#ifndef EVENTGRAPH_GRAPH_MERGE_H_
#define EVENTGRAPH_GRAPH_MERGE_H_

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/event_types.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {

/// Merges graphs into one. Merge(Merge(a, b), c) == Merge(a, Merge(b, c)) == Merge(a, b, c), and
/// the order of `parts` does not matter: the result is a function of the union of the parts'
/// documents, entities, event mentions and relation mentions (EventRecord::mentions,
/// RelationRecord::mentions), re-clustered from scratch each time. Rules:
///  - documents by id; entities by id (= kind + merge key): names, aliases, titles, documents
///    united, mention counts summed;
///  - event mentions are merged when their types share a family (event_types.txt), their status
///    is the same, their times overlap at their precisions (2018 ~ 2018-07-16; 2025-08-15 !~
///    2025-08-14), their places are compatible (equal, or one contains the other through
///    EntityRecord::parent or a mention's place_chain: Joint Base Elmendorf-Richardson ⊂
///    Anchorage ⊂ Alaska; a place of unknown containment fits any) and they share a participant.
///    An undated mention joins the one cluster it fits, if exactly one does;
///  - a merged event keeps every source, the most precise time and the most specific place, the
///    union of participants less those any report excludes, and a MergeRecord per merged mention;
///  - an undated document sharing an event with dated ones gets their (most common) date with
///    date_source kInferred.
/// Records without mentions (read from a graph.json that lacks them) count as one mention each.
/// Near-linear: mentions are indexed by (family, status, participant, year); no all-pairs pass.
/// `types` gives the families; an empty table makes only equal types compatible.
GraphData MergeGraphData(std::vector<GraphData> parts, const EventTypeTable& types);

/// MergeGraphData() with the compiled-in event_types.txt.
GraphData MergeGraphData(std::vector<GraphData> parts);

namespace internal {
struct GraphMergerState;
}

/// MergeGraphData() one part at a time, so a caller never holds all the parts: Add() consumes
/// each part (documents and entities combine at once, event and relation mentions are kept as
/// atoms), Finish() clusters. Add(a); Add(b); Finish() == MergeGraphData({a, b}), byte for byte.
class GraphMerger {
 public:
  /// Uses the compiled-in event_types.txt.
  GraphMerger();
  /// `types` must outlive the merger.
  explicit GraphMerger(const EventTypeTable& types);
  ~GraphMerger();
  GraphMerger(GraphMerger&&) noexcept;
  GraphMerger& operator=(GraphMerger&&) noexcept;

  /// Adds `part` (consumed).
  void Add(GraphData part);

  /// Removes the event and relation mentions reported by `docs` (by their first source) that were
  /// added so far, as if the parts had never held them; records read without mentions stay.
  void DropMentionsOf(const std::set<DocId>& docs);

  /// The merge of everything added so far; the merger stays as it was.
  GraphData Merged() const;

  /// The merge of everything added so far; leaves the merger empty.
  GraphData Finish();

 private:
  std::unique_ptr<internal::GraphMergerState> state_;
};

/// The id of the entity with merge key `key` (falls back to the lower-cased name) and `kind`:
/// "ent:" + StableHash(kind name + ":" + key).
EntityId MakeEntityId(EntityKind kind, const std::string& key);

/// One line per merge, for `eventgraph build --explain-merges`:
///   evt:0123456789abcdef meeting 2025-08-15: b.txt:3 [talks] + a.txt:0 [summit]: same family
///   meeting; time 2025-08-15 ~ 2025-08-15; place Anchorage ⊂ Alaska; shared participants
///   Donald Trump, Vladimir Putin
/// Events in id order, merges in record order; "" when nothing was merged.
std::string FormatMergeRecords(const GraphData& graph);

/// Documents whose date was inferred (date_source kInferred): the hook for re-running the timex
/// normalizer with the inferred DCT (set it with Document::set_dct(date, DctSource::kInferred),
/// process the document again and merge once more).
std::vector<DocumentRecord> InferredDocuments(const GraphData& graph);

}  // namespace eventgraph

#endif  // EVENTGRAPH_GRAPH_MERGE_H_
