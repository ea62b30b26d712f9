// SPDX-License-Identifier: Apache-2.0
// A document's events become EventMentionRecords, one per coreference chain (the head and every
// event whose Event::corefers_to leads to it): the chain's most precise time (its own timex's
// first), its most specific
// place (the longest place chain), the union of its participants less the excluded, and every
// trigger as a source. The document's graph is then normalized by MergeGraphData(), so a
// one-document graph and a merged one are built the same way.
#include "graph/graph_builder.h"

#include <algorithm>
#include <map>
#include <set>
#include <type_traits>

#include "graph/internal/entity_ids.h"
#include "graph/merge.h"

namespace eventgraph {

namespace {

int32_t HeadOf(const std::vector<Event>& events, int32_t index) {
  for (int guard = 0; guard < 1000 && index >= 0 && static_cast<size_t>(index) < events.size() &&
                      events[static_cast<size_t>(index)].corefers_to >= 0;
       ++guard) {
    index = events[static_cast<size_t>(index)].corefers_to;
  }
  return index;
}

SourceRef MakeSource(const Document& doc, uint32_t sentence, Span span) {
  SourceRef s;
  s.doc = DocId(doc.id());
  s.sentence = sentence;
  s.span = span;
  if (span.end <= doc.text().size() && span.begin <= span.end) {
    s.text = std::string(doc.Slice(span));
  }
  return s;
}

// The body of both BuildDocumentAtoms() overloads: `AnnotationsT` is `const Annotations` (copy
// the entities' strings) or `Annotations` (move them: the caller is done with them).
template <typename AnnotationsT>
GraphData AtomsOf(AnnotationsT& annotations) {
  constexpr bool kConsume = !std::is_const_v<AnnotationsT>;
  // `into = value`, moving when the annotations are consumed.
  auto take = [](auto& into, auto& value) {
    if constexpr (kConsume) {
      into = std::move(value);
    } else {
      into = value;
    }
  };
  GraphData g;
  const Document& doc = annotations.document;
  const DocId doc_id(doc.id());
  DocumentRecord d;
  d.id = doc_id;
  d.path = doc.path();
  d.title = doc.title();
  d.date = doc.dct();
  d.date_source = doc.dct_source();
  d.sentences.reserve(annotations.sentences.size());
  for (const Sentence& s : annotations.sentences) {
    d.sentences.push_back(SentenceRecord{s.span, s.kind});
  }
  // An undated document may get a DCT by inference when merged: keep what re-processing needs.
  if (!doc.dct() || doc.dct_source() == DctSource::kInferred) {
    d.text = doc.text();
    d.body = doc.body();
  }
  g.documents.push_back(std::move(d));

  // Entities. Their ids are grouped below by number, not by string (159k ids on Reuters).
  auto& entities = annotations.entities;
  // (id number, entity index), sorted by number below so that equal ids are neighbours.
  std::vector<std::pair<uint64_t, uint32_t>> by_number;
  std::vector<EntityId> ids;
  by_number.reserve(entities.size());
  ids.reserve(entities.size());
  for (size_t i = 0; i < entities.size(); ++i) {
    const Entity& e = entities[i];
    // An unconfirmed person keeps a person's id: documents that confirm it merge with it.
    const uint64_t number = internal::EntityIdNumber(
        e.unconfirmed_person ? EntityKind::kPerson : e.kind, e.key.empty() ? e.name : e.key);
    by_number.emplace_back(number, static_cast<uint32_t>(i));
    ids.push_back(internal::EntityIdOfNumber(number));
  }
  // Mentions per id in this document: two entities that end up with one id (same kind and
  // key) share one per-document count, which merging keeps once (see EntityRecord). Ids sorted
  // by number, so that equal ids are neighbours: no map for a handful of entities.
  std::vector<uint32_t> document_mentions(entities.size());
  std::sort(by_number.begin(), by_number.end());
  for (size_t i = 0; i < by_number.size();) {
    size_t j = i;
    uint32_t sum = 0;
    for (; j < by_number.size() && by_number[j].first == by_number[i].first; ++j) {
      sum += entities[by_number[j].second].mention_count;
    }
    for (; i < j; ++i) document_mentions[by_number[i].second] = sum;
  }
  // Parents by key: the first entity with that key, else a place of that key, found by a scan
  // (a parent is rare and a document has a few dozen entities at most; a hash map, then a
  // sorted index, of every key cost more than the scans they saved). Empty when no entity has
  // a parent.
  // Example: "San Francisco" with parent "california" gets the id of the document's
  // "California" entity, or MakeEntityId(kPlace, "california") without one.
  std::vector<std::optional<EntityId>> parents;
  for (size_t i = 0; i < entities.size(); ++i) {
    const std::string& parent = entities[i].parent;
    if (parent.empty()) continue;
    if (parents.empty()) parents.resize(entities.size());
    size_t k = 0;
    while (k < entities.size() && entities[k].key != parent) ++k;
    parents[i] = k < entities.size() ? ids[k] : MakeEntityId(EntityKind::kPlace, parent);
  }
  auto id_of = [&](int32_t index) -> std::optional<EntityId> {
    if (index < 0 || static_cast<size_t>(index) >= ids.size()) return std::nullopt;
    return ids[static_cast<size_t>(index)];
  };

  // Events: one mention per coreference chain.
  const std::vector<Event>& events = annotations.events;
  std::map<int32_t, std::vector<size_t>> chains;
  for (size_t k = 0; k < events.size(); ++k) {
    chains[HeadOf(events, static_cast<int32_t>(k))].push_back(k);
  }
  std::map<int32_t, SourceRef> anchor_of_head;
  for (const auto& [head, members] : chains) {
    if (head < 0) continue;
    const Event& h = events[static_cast<size_t>(head)];
    EventMentionRecord m;
    m.type = h.type;
    m.status = h.status;
    m.rule = h.rule;
    std::set<int32_t> excluded;
    std::map<EntityId, ParticipantRole> roles;
    const Event* timed = nullptr;
    const Event* placed = nullptr;
    std::set<SourceRef> sources;
    for (size_t k : members) {
      const Event& e = events[k];
      excluded.insert(e.excluded.begin(), e.excluded.end());
      m.confidence = std::max(m.confidence, e.confidence);
      sources.insert(MakeSource(doc, e.sentence, e.trigger));
      // At equal precision a time the mention's own timex gives beats one it took from the
      // sentence or the article: "...prisoner swap" (headline, the article's main time) and
      // "completed their largest prisoner exchange ... on Thursday".
      if (e.time.known() &&
          (timed == nullptr || e.time.precision > timed->time.precision ||
           (e.time.precision == timed->time.precision && e.timex >= 0 && timed->timex < 0))) {
        timed = &e;
      }
      if (e.place >= 0 &&
          (placed == nullptr || e.place_chain.size() > placed->place_chain.size())) {
        placed = &e;
      }
    }
    for (size_t k : members) {
      for (const Participant& p : events[k].participants) {
        std::optional<EntityId> id = id_of(p.entity);
        if (!id || excluded.count(p.entity) != 0) continue;
        roles.emplace(*id, p.role);
      }
    }
    for (const auto& [id, role] : roles) m.participants.push_back(ParticipantRecord{id, role});
    for (int32_t x : excluded) {
      if (std::optional<EntityId> id = id_of(x)) m.excluded.push_back(*id);
    }
    std::sort(m.excluded.begin(), m.excluded.end());
    m.excluded.erase(std::unique(m.excluded.begin(), m.excluded.end()), m.excluded.end());
    if (timed != nullptr) m.time = timed->time;
    if (placed != nullptr) {
      m.place = id_of(placed->place);
      for (int32_t p : placed->place_chain) {
        if (std::optional<EntityId> id = id_of(p)) m.place_chain.push_back(*id);
      }
    }
    m.sources.assign(sources.begin(), sources.end());
    anchor_of_head[head] = m.sources.front();
    EventRecord r;
    r.type = m.type;
    r.status = m.status;
    r.mentions.push_back(std::move(m));
    g.events.push_back(std::move(r));
  }

  // Relations.
  for (const Relation& rel : annotations.relations) {
    std::optional<EntityId> source = id_of(rel.source);
    std::optional<EntityId> target = id_of(rel.target);
    if (!source || !target) continue;
    RelationRecord r;
    r.type = rel.type;
    r.source = *source;
    r.target = *target;
    r.symmetric = rel.symmetric;
    RelationMentionRecord m;
    m.source = MakeSource(doc, rel.sentence, rel.span);
    m.status = rel.status;
    if (rel.time.known()) m.time = rel.time;
    int32_t head = HeadOf(events, rel.event);
    auto it = anchor_of_head.find(head);
    if (rel.event >= 0 && it != anchor_of_head.end()) m.event = it->second;
    r.mentions.push_back(std::move(m));
    g.relations.push_back(std::move(r));
  }

  // Entity records last, so that their ids can move in; each is made in place and its strings
  // are moved (or copied) straight into it, not through temporaries.
  g.entities.reserve(entities.size());
  for (size_t i = 0; i < entities.size(); ++i) {
    auto& e = entities[i];
    EntityRecord& r = g.entities.emplace_back();
    r.id = std::move(ids[i]);
    if (!parents.empty()) r.parent = std::move(parents[i]);
    take(r.name, e.name);
    r.kind = e.kind;
    take(r.aliases, e.aliases);
    take(r.titles, e.titles);
    r.mentions = e.mention_count;
    r.docs.push_back(doc_id);
    r.doc_mentions.push_back(document_mentions[i]);
    take(r.key, e.key);
    take(r.country, e.country);
    take(r.iso_code, e.iso_code);
    r.latitude = e.latitude;
    r.longitude = e.longitude;
    r.author = e.author;
    r.unconfirmed_person = e.unconfirmed_person;
  }
  return g;
}

}  // namespace

GraphData BuildDocumentAtoms(const Annotations& annotations) { return AtomsOf(annotations); }

GraphData BuildDocumentAtoms(Annotations&& annotations) { return AtomsOf(annotations); }

GraphData BuildDocumentGraph(const Annotations& annotations) {
  std::vector<GraphData> parts;
  parts.push_back(BuildDocumentAtoms(annotations));
  return MergeGraphData(std::move(parts));
}

GraphData MergeGraphs(std::vector<GraphData> parts) { return MergeGraphData(std::move(parts)); }

}  // namespace eventgraph
