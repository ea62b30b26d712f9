// SPDX-License-Identifier: Apache-2.0
// KnowledgeGraph: documents, entities, events and relations as records, with a Boost.Graph
// adjacency_list over them (entities and events as nodes; participation, place and relation
// edges). The records are exactly what graph.json holds (docs/graph-json.md).
#ifndef EVENTGRAPH_GRAPH_KNOWLEDGE_GRAPH_H_
#define EVENTGRAPH_GRAPH_KNOWLEDGE_GRAPH_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/entity.h"
#include "core/event.h"
#include "core/text.h"
#include "core/timex.h"
#include "core/token.h"
#include "graph/ids.h"

namespace eventgraph {

/// Where a fact was read: document, sentence index, byte span into that document's text, and the
/// text of the span. Every record carries at least one.
struct SourceRef {
  DocId doc;
  uint32_t sentence = 0;
  Span span;
  std::string text;

  friend auto operator<=>(const SourceRef&, const SourceRef&) = default;
};

struct SentenceRecord {
  Span span;
  SentenceKind kind = SentenceKind::kBody;
  friend bool operator==(const SentenceRecord&, const SentenceRecord&) = default;
};

struct DocumentRecord {
  DocId id;
  std::string path;
  std::string title;
  std::optional<CivilDate> date;  // partial when only a dateline gave month and day
  DctSource date_source = DctSource::kNone;
  std::vector<SentenceRecord> sentences;
  /// The document's text and the region extractors read, kept only for a document without a DCT
  /// of its own (date_source kNone or kInferred): a merge that infers its DCT processes it again
  /// from them, so `extract` + `merge` equal one `build`. Empty text otherwise.
  std::string text;
  Span body;
  friend bool operator==(const DocumentRecord&, const DocumentRecord&) = default;
};

struct EntityRecord {
  EntityId id;
  std::string name;
  EntityKind kind = EntityKind::kPerson;
  std::vector<std::string> aliases;  // sorted, unique
  std::vector<std::string> titles;   // sorted, unique
  uint32_t mentions = 0;
  std::vector<DocId> docs;  // sorted, unique
  // Mentions in each of `docs` (same order), so that merging a document twice does not count
  // it twice. Empty when unknown (a graph.json without "doc_mentions"): then merges sum
  // `mentions`.
  std::vector<uint32_t> doc_mentions;
  std::string key;       // the merge key
  std::string country;   // ISO 3166-1 alpha-2 or ""
  std::string iso_code;  // ISO 3166 code of a country/region or ""
  std::optional<double> latitude;
  std::optional<double> longitude;
  std::optional<EntityId> parent;  // containing place
  bool author = false;
  /// Typed an organization for lack of person evidence in every document so far; the id is a
  /// person's, and a document with the evidence makes it a person (Entity::unconfirmed_person).
  bool unconfirmed_person = false;
  friend bool operator==(const EntityRecord&, const EntityRecord&) = default;
};

struct ParticipantRecord {
  EntityId entity;
  ParticipantRole role = ParticipantRole::kParticipant;
  friend auto operator<=>(const ParticipantRecord&, const ParticipantRecord&) = default;
};

/// Why two event mentions were merged (for --explain-merges).
struct MergeRecord {
  SourceRef kept;
  SourceRef merged;
  std::string reason;
  friend bool operator==(const MergeRecord&, const MergeRecord&) = default;
};

/// One event as one document reports it: a within-document coreference chain ("Biden met Xi
/// in November. The summit took place at ..."), with the type, time, place and participants
/// that document gives. Merge() re-clusters these from scratch, so merging shards in any grouping
/// gives the same graph as one build. Stable: appears in graph.json ("mentions" of an event).
struct EventMentionRecord {
  std::string type;
  EventStatus status = EventStatus::kOccurred;
  std::optional<TimeValue> time;
  std::optional<EntityId> place;
  /// The place and the places the text says contain it, most specific first ("at X in Y, Z").
  std::vector<EntityId> place_chain;
  std::vector<ParticipantRecord> participants;  // sorted by entity id
  std::vector<EntityId> excluded;  // said not to be present ("was not invited"); sorted
  double confidence = 0.0;
  std::string rule;                // rule id of the chain's first trigger
  std::vector<SourceRef> sources;  // every trigger of the chain, sorted; sources[0] names it
  friend bool operator==(const EventMentionRecord&, const EventMentionRecord&) = default;
};

struct EventRecord {
  EventId id;
  std::string type;
  std::string label;
  EventStatus status = EventStatus::kOccurred;
  std::optional<TimeValue> time;
  std::optional<EntityId> place;
  std::vector<ParticipantRecord> participants;  // sorted by entity id
  double confidence = 0.0;
  std::vector<SourceRef> sources;  // sorted
  std::vector<MergeRecord> merges;
  /// The per-document reports this event was merged from, sorted by sources[0].
  std::vector<EventMentionRecord> mentions;
  friend bool operator==(const EventRecord&, const EventRecord&) = default;
};

/// One relation as one document reports it. `event` is sources[0] of the EventMentionRecord it
/// derives from (so Merge() can find the merged event again), or empty. Stable: appears in
/// graph.json ("mentions" of a relation).
struct RelationMentionRecord {
  SourceRef source;
  EventStatus status = EventStatus::kOccurred;
  std::optional<TimeValue> time;
  std::optional<SourceRef> event;
  friend bool operator==(const RelationMentionRecord&, const RelationMentionRecord&) = default;
};

struct RelationRecord {
  RelationId id;
  std::string type;
  EntityId source;
  EntityId target;
  std::optional<EventId> event;
  EventStatus status = EventStatus::kOccurred;
  bool symmetric = false;
  std::optional<TimeValue> time;
  std::vector<SourceRef> sources;
  std::vector<RelationMentionRecord> mentions;  // sorted by source
  friend bool operator==(const RelationRecord&, const RelationRecord&) = default;
};

/// The plain content of a graph: what graph.json serializes. Vectors are kept sorted by id.
struct GraphData {
  std::vector<DocumentRecord> documents;
  std::vector<EntityRecord> entities;
  std::vector<EventRecord> events;
  std::vector<RelationRecord> relations;
  friend bool operator==(const GraphData&, const GraphData&) = default;
};

/// Stable: appears in exports; do not rename.
enum class NodeKind : uint8_t { kEntity, kEvent };
enum class EdgeKind : uint8_t { kParticipatesIn, kTookPlaceIn, kRelation, kLocatedIn };
std::string_view EdgeKindName(EdgeKind kind);

namespace internal {
struct GraphTopology;
}

/// A facade over boost::adjacency_list with bundled NodeData/EdgeData; the API speaks NodeId and
/// EdgeId only. Built from GraphData (which it owns, or borrows); immutable afterwards. Movable,
/// not copyable. Thread-safe for concurrent const use.
class KnowledgeGraph {
 public:
  explicit KnowledgeGraph(GraphData data);
  /// Borrows `*data` instead of owning a copy (exporters of a large graph): it must outlive the
  /// KnowledgeGraph and not change.
  explicit KnowledgeGraph(const GraphData* data);
  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;
  KnowledgeGraph(const KnowledgeGraph&) = delete;
  KnowledgeGraph& operator=(const KnowledgeGraph&) = delete;
  ~KnowledgeGraph();

  const GraphData& data() const { return *data_; }

  size_t node_count() const;
  size_t edge_count() const;

  NodeKind node_kind(NodeId node) const;
  /// Index into data().entities or data().events, by node_kind().
  uint32_t node_record(NodeId node) const;
  std::optional<NodeId> FindEntity(const EntityId& id) const;
  std::optional<NodeId> FindEvent(const EventId& id) const;
  NodeId EntityNode(size_t entity_index) const;
  NodeId EventNode(size_t event_index) const;

  struct EdgeView {
    EdgeId id;
    NodeId source;
    NodeId target;
    EdgeKind kind;
    int32_t relation = -1;  // index into data().relations for kRelation edges
    ParticipantRole role = ParticipantRole::kParticipant;  // for kParticipatesIn
  };
  /// Every edge, in a deterministic order.
  std::vector<EdgeView> Edges() const;
  /// Edges touching `node` (either direction), deterministic order.
  std::vector<EdgeView> IncidentEdges(NodeId node) const;

  /// Access to the Boost.Graph topology for graph/ algorithms (query.cc, timeline.cc).
  const internal::GraphTopology& topology() const { return *topology_; }

 private:
  void BuildTopology();

  GraphData owned_;
  const GraphData* data_;  // &owned_, or the borrowed data
  std::unique_ptr<internal::GraphTopology> topology_;
};

}  // namespace eventgraph

#endif  // EVENTGRAPH_GRAPH_KNOWLEDGE_GRAPH_H_
