// SPDX-License-Identifier: Apache-2.0
// Merging is a pure function of the union of its inputs' atoms (documents, entities, event
// mentions, relation mentions), which makes it associative and order-independent:
//
//  1. Documents and entities combine field by field with commutative, associative rules
//     (union, sum, minimum, "longest then smallest").
//  2. Event mentions are deduplicated and put in one canonical order: status, dated before
//     undated, more precise first, earlier first, then every other field.
//  3. Greedy clustering in that order. A dated mention looks up the clusters indexed under
//     (family, status, participant, year) for its participants and years, and joins the
//     compatible one sharing the most participants (ties: the older cluster). An undated mention
//     joins the cluster it fits if exactly one fits best, else starts its own.
//  4. Records are derived from the clusters; relation mentions follow their event mention
//     (by its first source) into the merged event.
// The clustering never compares all pairs: each mention only sees the clusters sharing a
// participant and a year with it.
#include "graph/merge.h"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstring>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/event.h"
#include "core/prefetch.h"
#include "graph/ids.h"
#include "graph/internal/entity_ids.h"

namespace eventgraph {

namespace {

constexpr size_t kMaxYears = 3;
constexpr int kMaxDepth = 12;

// ---------------------------------------------------------------------------------------------
// Time

struct Interval {
  bool known = false;
  CivilDate begin;
  CivilDate end;
};

Interval IntervalOf(const std::optional<TimeValue>& time) {
  Interval out;
  if (!time || !time->known() || time->begin.year == 0 || time->end.year == 0) return out;
  out.known = true;
  out.begin = time->begin;
  out.end = time->end;
  if (out.begin.month == 0) out.begin.month = 1;
  if (out.begin.day == 0) out.begin.day = 1;
  if (out.end.month == 0) out.end.month = 12;
  if (out.end.day == 0) out.end.day = 31;
  return out;
}

bool Overlaps(const Interval& a, const Interval& b) {
  if (!a.known || !b.known) return true;
  return !(a.end < b.begin || b.end < a.begin);
}

// A total order on optional times (for canonical sorting). The strings are views: sorting
// compares keys often, and copying value and text for each comparison dominated the sort.
auto TimeKey(const std::optional<TimeValue>& t) {
  Interval i = IntervalOf(t);
  return std::make_tuple(!i.known, t ? -static_cast<int>(t->precision) : 0, i.begin, i.end,
                         t ? std::string_view(t->value) : std::string_view(),
                         t ? std::string_view(t->text) : std::string_view());
}

// ---------------------------------------------------------------------------------------------
// Canonical order of event mentions

using TimeKeyType = decltype(TimeKey(std::optional<TimeValue>()));

// The canonical order of event mentions: status, time (TimeKey(), computed once per mention by
// the caller), then every other field. Each field is compared once, three-way (comparing with
// `!=` and then `<` walked equal prefixes of source lists twice; sorting Reuters' 3177 mentions
// made 37k comparisons).
bool MentionLess(const EventMentionRecord& a, const TimeKeyType& ta, const EventMentionRecord& b,
                 const TimeKeyType& tb) {
  if (a.status != b.status) return a.status < b.status;
  if (auto c = ta <=> tb; c != 0) return c < 0;
  if (auto c = a.sources <=> b.sources; c != 0) return c < 0;
  if (auto c = a.type <=> b.type; c != 0) return c < 0;
  if (auto c = a.place <=> b.place; c != 0) return c < 0;
  if (auto c = a.place_chain <=> b.place_chain; c != 0) return c < 0;
  if (auto c = a.participants <=> b.participants; c != 0) return c < 0;
  if (auto c = a.excluded <=> b.excluded; c != 0) return c < 0;
  if (auto c = a.rule <=> b.rule; c != 0) return c < 0;
  return a.confidence < b.confidence;
}

// ---------------------------------------------------------------------------------------------
// Documents and entities

int DateRank(DctSource source) {
  switch (source) {
    case DctSource::kHeader:
    case DctSource::kOption:
      return 3;
    case DctSource::kDateline:
      return 2;
    case DctSource::kInferred:
      return 1;
    case DctSource::kNone:
      return 0;
  }
  return 0;
}

bool DocumentBetter(const DocumentRecord& a, const DocumentRecord& b) {
  auto key = [](const DocumentRecord& d) {
    return std::make_tuple(DateRank(d.date_source), d.date.value_or(CivilDate{}),
                           d.sentences.size(), d.path, d.title);
  };
  return key(a) > key(b);
}

template <typename T>
void UniteSorted(std::vector<T>* into, const std::vector<T>& from) {
  std::vector<T> out;
  out.reserve(into->size() + from.size());
  std::set_union(into->begin(), into->end(), from.begin(), from.end(), std::back_inserter(out));
  *into = std::move(out);
}

void MinNonEmpty(std::string* into, const std::string& from) {
  if (!from.empty() && (into->empty() || from < *into)) *into = from;
}

bool SortedUnique(const std::vector<std::string>& v) {
  return std::adjacent_find(v.begin(), v.end(), std::greater_equal<>()) == v.end();
}

// Sorts and deduplicates `v` unless it already is (most lists are: one document's, or merged).
void MakeSortedUnique(std::vector<std::string>* v) {
  if (SortedUnique(*v)) return;
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

// The union of two sorted unique name lists (aliases, titles) into `into`. An entity's names
// repeat from document to document: when `from` adds none (the common case: "Reagan" in 400
// articles), nothing is copied. Sorting every document's names once at the end instead was a
// quarter of the merge (an entity in 400 articles sorted 400 copies of its few aliases).
// Example: ["Reagan", "Ronald Reagan"] + ["Reagan"] stays; + ["President Reagan"] gets three.
void UniteNames(std::vector<std::string>* into, std::vector<std::string>&& from) {
  if (from.empty()) return;
  MakeSortedUnique(&from);
  // Whether `into` holds all of `from` already, by halving: "United States" has dozens of
  // aliases, and each document brings one or two of them (std::includes walked all of them).
  bool included = true;
  auto pos = into->begin();
  for (const std::string& name : from) {
    pos = std::lower_bound(pos, into->end(), name);
    if (pos == into->end() || *pos != name) {
      included = false;
      break;
    }
  }
  if (included) return;
  std::vector<std::string> out;
  out.reserve(into->size() + from.size());
  std::set_union(std::make_move_iterator(into->begin()), std::make_move_iterator(into->end()),
                 std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()),
                 std::back_inserter(out));
  *into = std::move(out);
}

// Casing accidents in a name, worst first: words typed with the shift key held one letter too
// long ("TExas", "Exchange COmmission", "AMerica": two or more capitals, then two or more small
// letters), then shouted words of five or more letters ("REUTERS", "NEW YORK" from datelines and
// headlines). Acronyms of up to four letters are not shouting: "OPEC", "NATO", "U.S.".
std::pair<int, int> CasingAccidents(std::string_view name) {
  int typed = 0;
  int shouted = 0;
  size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    size_t upper = 0;
    size_t lower = 0;
    size_t leading_upper = 0;
    size_t leading_lower = 0;  // small letters right after the leading capitals
    bool in_leading = true;
    for (; i < name.size() && name[i] != ' '; ++i) {
      const char c = name[i];
      if (c >= 'A' && c <= 'Z') {
        ++upper;
        if (in_leading && leading_lower == 0) {
          ++leading_upper;
        } else {
          in_leading = false;
        }
      } else if (c >= 'a' && c <= 'z') {
        ++lower;
        if (in_leading) ++leading_lower;
      } else {
        in_leading = false;
      }
    }
    if (leading_upper >= 2 && leading_lower >= 2) ++typed;
    if (lower == 0 && upper >= 5) ++shouted;
  }
  return {typed, shouted};
}

// Whether `a` is the better display name of one entity than `b`: the fuller form ("Ronald
// Reagan" over "Reagan"), then, between forms of one length, fewer casing accidents ("Texas"
// over "TExas" and "TEXAS", "Reuters" over "REUTERS"), then byte order. A strict total order,
// so the name a merge keeps does not depend on the order or grouping of its inputs.
bool BetterName(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return a.size() > b.size();
  if (a == b) return false;  // the common case: one name in every document
  const auto accidents_a = CasingAccidents(a);
  const auto accidents_b = CasingAccidents(b);
  if (accidents_a != accidents_b) return accidents_a < accidents_b;
  return a < b;
}

// `e` is consumed: its strings and lists move into `into`. `into`'s aliases and titles are
// sorted and unique (InsertEntity() makes them so).
void CombineEntity(EntityRecord* into, EntityRecord&& e) {
  if (BetterName(e.name, into->name)) into->name = std::move(e.name);
  UniteNames(&into->aliases, std::move(e.aliases));
  UniteNames(&into->titles, std::move(e.titles));
  // Per-document counts stay parallel to docs only while every input has them.
  const bool counted =
      into->doc_mentions.size() == into->docs.size() && e.doc_mentions.size() == e.docs.size();
  // Appended one by one: a part brings one document, and a range insert of one element cost
  // more than the element.
  for (DocId& doc : e.docs) into->docs.push_back(std::move(doc));
  if (counted) {
    for (uint32_t count : e.doc_mentions) into->doc_mentions.push_back(count);
  } else {
    into->doc_mentions.clear();
  }
  into->mentions += e.mentions;
  MinNonEmpty(&into->key, e.key);
  MinNonEmpty(&into->country, e.country);
  MinNonEmpty(&into->iso_code, e.iso_code);
  if (e.latitude && e.longitude) {
    if (!into->latitude || !into->longitude ||
        std::make_pair(*e.latitude, *e.longitude) <
            std::make_pair(*into->latitude, *into->longitude)) {
      into->latitude = e.latitude;
      into->longitude = e.longitude;
    }
  }
  if (e.parent && (!into->parent || *e.parent < *into->parent)) into->parent = std::move(e.parent);
  into->author = into->author && e.author;
  // One id, so both are persons by their scanner; one with the evidence makes the whole one.
  if (into->unconfirmed_person != e.unconfirmed_person) {
    into->kind = EntityKind::kPerson;
    into->unconfirmed_person = false;
  }
}

// The rank of each merged document's id in id order (the merged documents are a std::map, so
// in that order), made on first use: an entity's documents are sorted by number, not by
// comparing id strings ("U.S." is in thousands of Reuters articles, and comparing
// "reuters21578-..." strings while sorting them was a third of SortedEntities()).
class DocRanks {
 public:
  explicit DocRanks(const std::map<DocId, DocumentRecord>& documents) : documents_(documents) {}

  // The ranks of `docs` into `*ranks`; false when some id is not a merged document's.
  bool Find(const std::vector<DocId>& docs, std::vector<uint32_t>* ranks) {
    if (rank_.empty()) {
      rank_.reserve(documents_.size());
      uint32_t next = 0;
      for (const auto& [id, record] : documents_) rank_.emplace(id.value(), next++);
    }
    ranks->clear();
    for (const DocId& doc : docs) {
      auto it = rank_.find(doc.value());
      if (it == rank_.end()) return false;
      ranks->push_back(it->second);
    }
    return true;
  }

 private:
  const std::map<DocId, DocumentRecord>& documents_;
  std::unordered_map<std::string_view, uint32_t> rank_;  // views the ids in `documents_`
};

// `ranks`, when given, ranks the documents `e` names (else their ids are compared).
void Normalize(EntityRecord* e, DocRanks* ranks) {
  MakeSortedUnique(&e->aliases);
  MakeSortedUnique(&e->titles);
  if (e->doc_mentions.size() != e->docs.size() || e->docs.empty()) {
    // Counts unknown (an input without doc_mentions): the sum stands, as before.
    e->doc_mentions.clear();
    std::sort(e->docs.begin(), e->docs.end());
    e->docs.erase(std::unique(e->docs.begin(), e->docs.end()), e->docs.end());
    return;
  }
  // A document seen twice (merged again, or in two overlapping shards) counts once, with its
  // larger count, so merge(g, g) == g and the result does not depend on grouping.
  const size_t n = e->docs.size();
  bool increasing = true;  // nothing to sort or drop: most entities are in one document
  for (size_t i = 1; i < n && increasing; ++i) increasing = e->docs[i - 1] < e->docs[i];
  if (!increasing) {
    // Sorted by (document, count) through indices: moving the document ids while sorting cost
    // more than comparing them. The last of equal documents has the largest count.
    // By rank the order and the equal documents are the ones of the ids.
    std::vector<uint32_t> order(n);
    for (size_t i = 0; i < n; ++i) order[i] = static_cast<uint32_t>(i);
    std::vector<uint32_t> rank;
    const bool ranked = ranks != nullptr && ranks->Find(e->docs, &rank);
    if (ranked) {
      std::sort(order.begin(), order.end(), [e, &rank](uint32_t a, uint32_t b) {
        return std::tie(rank[a], e->doc_mentions[a]) < std::tie(rank[b], e->doc_mentions[b]);
      });
    } else {
      std::sort(order.begin(), order.end(), [e](uint32_t a, uint32_t b) {
        return std::tie(e->docs[a], e->doc_mentions[a]) < std::tie(e->docs[b], e->doc_mentions[b]);
      });
    }
    auto same_doc = [&](uint32_t a, uint32_t b) {
      return ranked ? rank[a] == rank[b] : e->docs[a] == e->docs[b];
    };
    std::vector<DocId> docs;
    std::vector<uint32_t> counts;
    docs.reserve(n);
    counts.reserve(n);
    for (size_t k = 0; k < n; ++k) {
      if (k + 1 < n && same_doc(order[k + 1], order[k])) continue;  // keep the max
      docs.push_back(std::move(e->docs[order[k]]));
      counts.push_back(e->doc_mentions[order[k]]);
    }
    e->docs = std::move(docs);
    e->doc_mentions = std::move(counts);
  }
  e->mentions = 0;
  for (uint32_t count : e->doc_mentions) e->mentions += count;
}

// ---------------------------------------------------------------------------------------------
// Places

// Entities sorted by id, unique: what the merge derives records from (a sorted vector, not a
// map: 29k entities on Reuters, each a node to allocate, fill and free).
using SortedEntityList = std::vector<EntityRecord>;

const EntityRecord* FindSorted(const SortedEntityList& entities, const EntityId& id) {
  auto it = std::lower_bound(entities.begin(), entities.end(), id,
                             [](const EntityRecord& e, const EntityId& key) { return e.id < key; });
  return it == entities.end() || it->id != id ? nullptr : &*it;
}

class Containment {
 public:
  Containment(const SortedEntityList& entities, const std::vector<EventMentionRecord>& mentions)
      : entities_(entities) {
    for (const EntityRecord& e : entities) {
      if (e.parent && *e.parent != e.id) parent_[e.id] = *e.parent;
    }
    for (const EventMentionRecord& m : mentions) {
      for (size_t i = 0; i + 1 < m.place_chain.size(); ++i) {
        const EntityId& child = m.place_chain[i];
        const EntityId& parent = m.place_chain[i + 1];
        if (child != parent && parent_.count(child) == 0 && !Contains(child, parent)) {
          parent_[child] = parent;
        }
      }
    }
  }

  // True when `outer` is `inner` or one of its ancestors.
  bool Contains(const EntityId& outer, const EntityId& inner) const {
    EntityId cur = inner;
    for (int depth = 0; depth < kMaxDepth; ++depth) {
      if (cur == outer) return true;
      auto it = parent_.find(cur);
      if (it == parent_.end()) return false;
      cur = it->second;
    }
    return false;
  }

  int Depth(const EntityId& place) const {
    int depth = 0;
    EntityId cur = place;
    for (; depth < kMaxDepth; ++depth) {
      auto it = parent_.find(cur);
      if (it == parent_.end()) break;
      cur = it->second;
    }
    return depth;
  }

  // A place nothing says where it lies fits anywhere ("a room at an air base").
  bool Unknown(const EntityId& place) const {
    if (parent_.count(place) != 0) return false;
    const EntityRecord* e = FindSorted(entities_, place);
    return e == nullptr || e->kind == EntityKind::kPlace;
  }

  bool Compatible(const EntityId& a, const EntityId& b) const {
    return Contains(a, b) || Contains(b, a) || Unknown(a) || Unknown(b);
  }

 private:
  const SortedEntityList& entities_;
  std::map<EntityId, EntityId> parent_;
};

// ---------------------------------------------------------------------------------------------
// Clustering

struct Cluster {
  std::vector<size_t> members;
  Interval time;
  std::vector<EntityId> places;
  std::vector<EntityId> participants;  // sorted
  std::vector<EntityId> agents;        // sorted
  std::vector<EntityId> patients;      // sorted
  std::vector<DocId> docs;             // sorted
};

std::vector<EntityId> ParticipantIds(const EventMentionRecord& m) {
  std::vector<EntityId> ids;
  for (const ParticipantRecord& p : m.participants) ids.push_back(p.entity);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

// The sorted ids of m's participants in `role`.
std::vector<EntityId> IdsInRole(const EventMentionRecord& m, ParticipantRole role) {
  std::vector<EntityId> ids;
  for (const ParticipantRecord& p : m.participants) {
    if (p.role == role) ids.push_back(p.entity);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

size_t Shared(const std::vector<EntityId>& a, const std::vector<EntityId>& b) {
  size_t n = 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++n;
      ++i;
      ++j;
    }
  }
  return n;
}

class Clusterer {
 public:
  Clusterer(const std::vector<EventMentionRecord>& mentions, const EventTypeTable& types,
            const SortedEntityList& entities, const Containment& containment,
            const std::map<DocId, DocumentRecord>& documents)
      : mentions_(mentions),
        types_(types),
        entities_(entities),
        containment_(containment),
        documents_(documents) {}

  std::vector<Cluster> Run() {
    for (size_t i = 0; i < mentions_.size(); ++i) Place(i);
    return std::move(clusters_);
  }

 private:
  // The mention's part of its index keys, family of m.type and status ("meeting\t0\t"), written
  // into `key_prefix_` once a mention: Place(), and Register() after it, add each participant and
  // year with Key().
  void SetKeyPrefix(const EventMentionRecord& m) {
    key_prefix_.clear();
    if (const EventTypeInfo* info = types_.Find(m.type)) {
      key_prefix_ += info->family;
    } else {
      key_prefix_ += "type:";
      key_prefix_ += m.type;
    }
    key_prefix_ += '\t';
    AppendInt(&key_prefix_, static_cast<int>(m.status));
    key_prefix_ += '\t';
  }

  // The index key of (family, status: SetKeyPrefix(); entity, year; 0: any year) written into
  // `key_`, whose buffer every lookup reuses: "meeting\t0\tent:0123456789abcdef\t2025". Built as
  // a new string per lookup (with a copy of the family name), the keys cost more than the
  // lookups.
  const std::string& Key(const EntityId& entity, int year) {
    key_.assign(key_prefix_);
    key_ += entity.value();
    key_ += '\t';
    if (year == 0) {
      key_ += '*';
    } else {
      AppendInt(&key_, year);
    }
    return key_;
  }

  // std::to_string(value) appended, without the temporary.
  static void AppendInt(std::string* out, int value) {
    char digits[16];
    const char* end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out->append(digits, static_cast<size_t>(end - digits));
  }

  std::vector<int> Years(const Interval& t) const {
    std::vector<int> years;
    if (!t.known) return years;
    for (int y = t.begin.year; y <= t.end.year && years.size() < kMaxYears; ++y) {
      years.push_back(y);
    }
    return years;
  }

  bool Fits(const EventMentionRecord& m, const Interval& t, const Cluster& c) const {
    if (!Overlaps(t, c.time)) return false;
    if (m.place) {
      for (const EntityId& p : c.places) {
        if (!containment_.Compatible(*m.place, p)) return false;
      }
    }
    return true;
  }

  // `key_prefix_` must be the mention's (SetKeyPrefix()).
  void Register(size_t cluster, const std::vector<EntityId>& participants, const Interval& t) {
    const std::vector<int> years = Years(t);
    for (const EntityId& p : participants) {
      auto add = [&](const std::string& key) {
        std::vector<uint32_t>& list = index_[key];
        if (list.empty() || list.back() != cluster) list.push_back(static_cast<uint32_t>(cluster));
      };
      add(Key(p, 0));
      for (int y : years) add(Key(p, y));
    }
  }

  void Place(size_t i) {
    const EventMentionRecord& m = mentions_[i];
    const Interval t = IntervalOf(m.time);
    const std::vector<EntityId> participants = ParticipantIds(m);
    const EventTypeInfo* type_info = types_.Find(m.type);
    const bool symmetric =
        type_info != nullptr && type_info->direction == RelationDirection::kSymmetric;
    const std::vector<EntityId> agents = IdsInRole(m, ParticipantRole::kAgent);
    const std::vector<EntityId> patients = IdsInRole(m, ParticipantRole::kPatient);
    std::vector<uint32_t> candidates;
    SetKeyPrefix(m);
    std::vector<int> years = Years(t);
    if (years.empty()) years.push_back(0);
    for (const EntityId& p : participants) {
      for (int y : years) {
        auto it = index_.find(Key(p, y));
        if (it == index_.end()) continue;
        candidates.insert(candidates.end(), it->second.begin(), it->second.end());
      }
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    size_t best = clusters_.size();
    size_t best_shared = 0;
    size_t ties = 0;
    const DocId* doc = m.sources.empty() ? nullptr : &m.sources.front().doc;
    size_t same_doc = clusters_.size();
    size_t same_doc_count = 0;
    for (uint32_t c : candidates) {
      const Cluster& cluster = clusters_[c];
      if (!Fits(m, t, cluster)) continue;
      size_t shared = Shared(participants, cluster.participants);
      if (shared == 0) continue;
      // Roles reversed make another event: "Iran attacked a U.S.-flagged ship" on Friday is
      // not "U.S. forces attacked Iranian oil platforms" on Monday, nor is a criticism's target
      // its author.
      if (Shared(agents, cluster.patients) != 0 || Shared(patients, cluster.agents) != 0) continue;
      // An undated report joins a cluster of other articles only when they share two names:
      // "Trump met Zelenskiy" or "a meeting with Zelenskiy" (undated) is not the week-32 meeting
      // of Ushakov and Zelenskiy. One shared name suffices within its own article.
      if (!t.known && shared < 2 &&
          (doc == nullptr || !std::binary_search(cluster.docs.begin(), cluster.docs.end(), *doc))) {
        continue;
      }
      // A mention that shares one name with a cluster while each names another party is
      // another event when it is undated or from an article the cluster already has: "CNN
      // reached an agreement with China Central Television" and "CNN also reached an
      // agreement with Televerket Kabel TV" are two deals; "Starmer hosted Harris at Chequers"
      // and "Earlier on Sunday, Harris met O'Neill in Belfast" two meetings. A minister of a
      // country named on the other side is that country's party (HasOtherParty()). Dated, only
      // for symmetric types: "EU fines Apple" (headline) and "The European Commission fined
      // Apple" are one fine under two names. Across articles a dated report may name other
      // aides of the same meeting.
      const bool same_article = symmetric && doc != nullptr &&
                                std::binary_search(cluster.docs.begin(), cluster.docs.end(), *doc);
      if ((!t.known || same_article) && shared < 2 &&
          HasOtherParty(participants, cluster.participants) &&
          HasOtherParty(cluster.participants, participants)) {
        continue;
      }
      if (shared > best_shared) {
        best = c;
        best_shared = shared;
        ties = 1;
      } else if (shared == best_shared) {
        ++ties;
      }
      if (doc != nullptr && std::binary_search(cluster.docs.begin(), cluster.docs.end(), *doc)) {
        if (same_doc_count == 0) same_doc = c;
        ++same_doc_count;
      }
    }
    // An undated mention joins only an unambiguous cluster: "Trump met Putin" without a date
    // could be any of their meetings, unless exactly one of them is from the same article, or
    // exactly one ended in the week before the month and day of the article's yearless
    // dateline ("ANCHORAGE, Aug 16 -": the 2025-08-15 summit, not the 2018-07-16 one).
    if (!t.known && ties > 1) {
      size_t recent = clusters_.size();
      size_t recent_count = 0;
      const DocumentRecord* record = nullptr;
      if (doc != nullptr) {
        auto it = documents_.find(*doc);
        if (it != documents_.end()) record = &it->second;
      }
      if (record != nullptr && record->date && record->date->year == 0 &&
          record->date->month != 0 && record->date->day != 0) {
        for (uint32_t c : candidates) {
          const Cluster& cluster = clusters_[c];
          if (!cluster.time.known || !Fits(m, t, cluster) ||
              Shared(participants, cluster.participants) != best_shared) {
            continue;
          }
          const CivilDate& end = cluster.time.end;
          const int dct = record->date->month * 31 + record->date->day;
          const int last = end.month * 31 + end.day;
          if (last <= dct && dct - last <= 7) {
            recent = c;
            ++recent_count;
          }
        }
      }
      if (same_doc_count == 1) {
        best = same_doc;
      } else if (recent_count == 1) {
        best = recent;
      } else {
        best = clusters_.size();
      }
    }
    if (best == clusters_.size()) {
      clusters_.emplace_back();
      clusters_.back().time = t;
    }
    Cluster& cluster = clusters_[best];
    cluster.members.push_back(i);
    if (t.known) {
      if (!cluster.time.known) {
        cluster.time = t;
      } else {
        cluster.time.begin = std::max(cluster.time.begin, t.begin);
        cluster.time.end = std::min(cluster.time.end, t.end);
      }
    }
    if (m.place &&
        std::find(cluster.places.begin(), cluster.places.end(), *m.place) == cluster.places.end()) {
      cluster.places.push_back(*m.place);
    }
    UniteSorted(&cluster.participants, participants);
    UniteSorted(&cluster.agents, agents);
    UniteSorted(&cluster.patients, patients);
    if (doc != nullptr) UniteSorted(&cluster.docs, std::vector<DocId>{*doc});
    Register(best, participants, t);
  }

  // Whether `a` stands for `b` or the other way round: a person of a country the other is
  // ("Nigerian Finance Minister Chu Okongwu" and Nigeria).
  bool Represents(const EntityId& a, const EntityId& b) const {
    const EntityRecord* x = FindSorted(entities_, a);
    const EntityRecord* y = FindSorted(entities_, b);
    if (x == nullptr || y == nullptr) return false;
    if (x->kind == EntityKind::kCountry) std::swap(x, y);
    return x->kind == EntityKind::kPerson && y->kind == EntityKind::kCountry &&
           !x->country.empty() && x->country == y->iso_code;
  }

  // Whether `a` names a party that `b` neither names nor is represented in.
  bool HasOtherParty(const std::vector<EntityId>& a, const std::vector<EntityId>& b) const {
    for (const EntityId& x : a) {
      if (std::binary_search(b.begin(), b.end(), x)) continue;
      bool represented = false;
      for (const EntityId& y : b) represented = represented || Represents(x, y);
      if (!represented) return true;
    }
    return false;
  }

  const std::vector<EventMentionRecord>& mentions_;
  const EventTypeTable& types_;
  const SortedEntityList& entities_;
  const Containment& containment_;
  const std::map<DocId, DocumentRecord>& documents_;
  std::vector<Cluster> clusters_;
  std::unordered_map<std::string, std::vector<uint32_t>> index_;
  std::string key_prefix_;  // SetKeyPrefix()'s
  std::string key_;         // Key()'s buffer
};

// ---------------------------------------------------------------------------------------------
// Records

std::string SourceKey(const SourceRef& s) {
  return s.doc.value() + ":" + std::to_string(s.span.begin) + "-" + std::to_string(s.span.end);
}

std::string TimeText(const std::optional<TimeValue>& t) {
  if (!t || !t->known()) return "undated";
  return t->value + " (" + std::string(PrecisionName(t->precision)) + ")";
}

class RecordBuilder {
 public:
  RecordBuilder(const SortedEntityList& entities, const Containment& containment)
      : entities_(entities), containment_(containment) {}

  // Valid while `entities_` and `id` live.
  const std::string& Name(const EntityId& id) const {
    const EntityRecord* e = FindSorted(entities_, id);
    return e == nullptr ? id.value() : e->name;
  }

  // Appended to a string, not written to a std::ostringstream: constructing one cost more than
  // the rest of a reason.
  std::string Reason(const EventMentionRecord& kept, const EventMentionRecord& merged) const {
    std::string out = "same family (" + kept.type + ", " + merged.type + "); time " +
                      TimeText(kept.time) + " ~ " + TimeText(merged.time) + "; place ";
    if (kept.place && merged.place) {
      if (*kept.place == *merged.place) {
        out += Name(*kept.place);
      } else if (containment_.Contains(*merged.place, *kept.place)) {
        out += Name(*kept.place) + " in " + Name(*merged.place);
      } else if (containment_.Contains(*kept.place, *merged.place)) {
        out += Name(*merged.place) + " in " + Name(*kept.place);
      } else {
        out += Name(*kept.place) + " ~ " + Name(*merged.place) + " (containment unknown)";
      }
    } else if (kept.place || merged.place) {
      out += Name(kept.place ? *kept.place : *merged.place) + " (one report)";
    } else {
      out += "none";
    }
    out += "; shared participants ";
    std::vector<EntityId> a = ParticipantIds(kept);
    std::vector<EntityId> b = ParticipantIds(merged);
    std::vector<EntityId> shared;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
    std::vector<std::string> names;
    names.reserve(shared.size());
    for (const EntityId& id : shared) names.push_back(Name(id));
    std::sort(names.begin(), names.end());
    for (size_t i = 0; i < names.size(); ++i) {
      if (i != 0) out += ", ";
      out += names[i];
    }
    return out;
  }

  // Moves the cluster's mentions out of `all` into the record.
  EventRecord Build(const Cluster& cluster, std::vector<EventMentionRecord>& all) const {
    EventRecord e;
    const EventMentionRecord& first = all[cluster.members.front()];
    e.status = first.status;
    std::map<std::string, int> type_votes;
    std::set<EntityId> excluded;
    std::map<EntityId, std::map<ParticipantRole, int>> roles;
    std::set<SourceRef> sources;
    std::set<DocId> docs;
    double confidence = 0.0;
    const std::optional<TimeValue>* best_time = nullptr;
    std::map<std::string, int> time_votes;
    std::map<EntityId, int> place_votes;
    for (size_t index : cluster.members) {
      const EventMentionRecord& m = all[index];
      ++type_votes[m.type];
      excluded.insert(m.excluded.begin(), m.excluded.end());
      for (const ParticipantRecord& p : m.participants) ++roles[p.entity][p.role];
      for (const SourceRef& s : m.sources) {
        sources.insert(s);
        docs.insert(s.doc);
      }
      confidence = std::max(confidence, m.confidence);
      if (m.time && m.time->known()) ++time_votes[m.time->value];
      if (m.place) ++place_votes[*m.place];
    }
    // Type: the most frequent, ties to the smallest name.
    int votes = -1;
    for (const auto& [type, n] : type_votes) {
      if (n > votes) {
        votes = n;
        e.type = type;
      }
    }
    // Time: the most precise, then the most reported, then the smallest value.
    for (size_t index : cluster.members) {
      const std::optional<TimeValue>& t = all[index].time;
      if (!t || !t->known()) continue;
      if (best_time == nullptr) {
        best_time = &t;
        continue;
      }
      const TimeValue& b = **best_time;
      auto key = [&](const TimeValue& v) {
        return std::make_tuple(static_cast<int>(v.precision), time_votes[v.value], std::string(),
                               v.value);
      };
      auto ka = key(*t);
      auto kb = key(b);
      if (std::get<0>(ka) != std::get<0>(kb)   ? std::get<0>(ka) > std::get<0>(kb)
          : std::get<1>(ka) != std::get<1>(kb) ? std::get<1>(ka) > std::get<1>(kb)
          : t->value != b.value                ? t->value < b.value
                                               : t->text < b.text) {
        best_time = &t;
      }
    }
    if (best_time != nullptr) e.time = **best_time;
    // Place: the most specific (deepest), then the most reported, then the smallest id.
    std::optional<EntityId> place;
    for (const auto& [id, n] : place_votes) {
      if (!place) {
        place = id;
        continue;
      }
      int da = containment_.Depth(id);
      int db = containment_.Depth(*place);
      if (da > db || (da == db && n > place_votes.at(*place))) place = id;
    }
    e.place = place;
    for (const auto& [entity, counts] : roles) {
      if (excluded.count(entity) != 0) continue;
      ParticipantRole role = ParticipantRole::kParticipant;
      int best = -1;
      for (const auto& [r, n] : counts) {
        if (n > best) {
          best = n;
          role = r;
        }
      }
      e.participants.push_back(ParticipantRecord{entity, role});
    }
    e.sources.assign(sources.begin(), sources.end());
    e.confidence =
        RoundConfidence(std::min(0.99, confidence + 0.05 * static_cast<double>(docs.size() - 1)));
    const SourceRef& anchor = first.sources.empty() ? SourceRef{} : first.sources.front();
    e.id = EventId("evt:" + StableHash(e.type + "|" + SourceKey(anchor)));
    for (size_t k = 1; k < cluster.members.size(); ++k) {
      const EventMentionRecord& m = all[cluster.members[k]];
      MergeRecord r;
      r.kept = anchor;
      r.merged = m.sources.empty() ? SourceRef{} : m.sources.front();
      r.reason = Reason(first, m);
      e.merges.push_back(std::move(r));
    }
    e.mentions.reserve(cluster.members.size());
    for (size_t index : cluster.members) e.mentions.push_back(std::move(all[index]));
    e.label = Label(e);
    return e;
  }

  // `e.participants` must be sorted by entity id and unique (Build() makes them so).
  std::string Label(const EventRecord& e) const {
    // Principals first by how many reports name them, then by name: "meeting: Donald Trump,
    // Vladimir Putin +4", not the aides. Counted per participant by index (participants are
    // sorted by id), with names by reference: a map of copied ids and pairs of copied names cost
    // more than the rest of the merged event's record.
    const std::vector<ParticipantRecord>& participants = e.participants;
    std::vector<int> support(participants.size(), 0);
    for (const EventMentionRecord& m : e.mentions) {
      for (const ParticipantRecord& p : m.participants) {
        if (p.role == ParticipantRole::kCompanion) continue;
        auto it = std::lower_bound(
            participants.begin(), participants.end(), p.entity,
            [](const ParticipantRecord& r, const EntityId& id) { return r.entity < id; });
        if (it != participants.end() && it->entity == p.entity) {
          ++support[static_cast<size_t>(it - participants.begin())];
        }
      }
    }
    std::vector<std::pair<int, const std::string*>> ranked;
    ranked.reserve(participants.size());
    for (size_t i = 0; i < participants.size(); ++i) {
      ranked.emplace_back(-support[i], &Name(participants[i].entity));
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first < b.first : *a.second < *b.second;
    });
    std::string label = e.type;
    if (!ranked.empty()) {
      label += ": ";
      for (size_t i = 0; i < ranked.size() && i < 3; ++i) {
        if (i != 0) label += ", ";
        label += *ranked[i].second;
      }
      if (ranked.size() > 3) label += " +" + std::to_string(ranked.size() - 3);
    }
    if (e.place) label += " in " + Name(*e.place);
    if (e.time) label += ", " + e.time->value;
    if (e.status != EventStatus::kOccurred)
      label += " (" + std::string(EventStatusName(e.status)) + ")";
    return label;
  }

 private:
  const SortedEntityList& entities_;
  const Containment& containment_;
};

// Sorts `records` by id as std::sort of the records themselves would, through their indices:
// std::sort moves elements as the comparisons decide, so the indices end in the same order (ties
// included), and each record is moved once instead of at every step (an EventRecord is a few
// hundred bytes of strings and vectors; sorting 405 events by moving them cost 2.5 M
// instructions on 3000 Reuters articles).
template <typename Record>
void SortById(std::vector<Record>* records) {
  std::vector<uint32_t> order(records->size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<uint32_t>(i);
  std::sort(order.begin(), order.end(),
            [records](uint32_t a, uint32_t b) { return (*records)[a].id < (*records)[b].id; });
  std::vector<Record> sorted;
  sorted.reserve(records->size());
  for (uint32_t i : order) sorted.push_back(std::move((*records)[i]));
  *records = std::move(sorted);
}

// Records read from a graph.json without mentions count as one mention each.
EventMentionRecord SynthesizeMention(const EventRecord& e) {
  EventMentionRecord m;
  m.type = e.type;
  m.status = e.status;
  m.time = e.time;
  m.place = e.place;
  if (e.place) m.place_chain.push_back(*e.place);
  m.participants = e.participants;
  m.confidence = e.confidence;
  m.rule = "graph";
  m.sources = e.sources;
  return m;
}

}  // namespace

EntityId MakeEntityId(EntityKind kind, const std::string& key) {
  return internal::EntityIdOfNumber(internal::EntityIdNumber(kind, key));
}

// StableHash(kind name + ":" + ASCII-lower-cased key), hashed as it goes: ids are made for every
// entity of every document (159k on Reuters), and building the hashed text first cost more than
// the hash. The state after "person:" (and each other kind's prefix) is computed once.
uint64_t internal::EntityIdNumber(EntityKind kind, std::string_view key) {
  constexpr uint64_t kPrime = 1099511628211ULL;
  constexpr uint64_t kBasis = 1469598103934665603ULL;
  constexpr size_t kKinds = static_cast<size_t>(EntityKind::kGroup) + 1;
  static const std::array<uint64_t, kKinds> kPrefix = [] {
    std::array<uint64_t, kKinds> prefix{};
    for (size_t k = 0; k < kKinds; ++k) {
      uint64_t h = kBasis;
      for (char c : EntityKindName(static_cast<EntityKind>(k))) {
        h = (h ^ static_cast<unsigned char>(c)) * kPrime;
      }
      prefix[k] = (h ^ static_cast<unsigned char>(':')) * kPrime;
    }
    return prefix;
  }();
  const auto k = static_cast<size_t>(kind);
  uint64_t h = kBasis;
  if (k < kKinds) {
    h = kPrefix[k];
  } else {  // not a kind EntityKindName() knows: hash its name as MakeEntityId() always did
    for (char c : EntityKindName(kind)) h = (h ^ static_cast<unsigned char>(c)) * kPrime;
    h = (h ^ static_cast<unsigned char>(':')) * kPrime;
  }
  // ASCII lower case by table: one load a byte instead of a compare and a select.
  static constexpr std::array<unsigned char, 256> kLower = [] {
    std::array<unsigned char, 256> lower{};
    for (size_t c = 0; c < lower.size(); ++c) {
      lower[c] = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return lower;
  }();
  for (char c : key) h = (h ^ kLower[static_cast<unsigned char>(c)]) * kPrime;
  return h;
}

// The 16 hex digits written eight at a time (SWAR): the nibbles of each 32-bit half are spread
// into the bytes of a word, most significant first in memory (the low byte), and a nibble of 10 or
// more gets 'a' - '0' - 10 added. Example: 0x0123456789abcdef -> "ent:0123456789abcdef".
EntityId internal::EntityIdOfNumber(uint64_t number) {
  std::string id = "ent:0000000000000000";
  if constexpr (std::endian::native == std::endian::little) {
    constexpr uint64_t kOnes = 0x0101010101010101ULL;
    auto digits = [](uint64_t half) {  // the low 32 bits, most significant nibble first
      uint64_t x = ((half & 0xFFFFULL) << 32) | ((half >> 16) & 0xFFFFULL);
      x = ((x & 0x000000FF000000FFULL) << 16) | ((x >> 8) & 0x000000FF000000FFULL);
      x = ((x & 0x000F000F000F000FULL) << 8) | ((x >> 4) & 0x000F000F000F000FULL);
      const uint64_t letters = ((x + kOnes * 6) >> 4) & kOnes;  // 1 in each byte of 10..15
      return x + kOnes * '0' + letters * ('a' - '0' - 10);
    };
    const uint64_t high = digits(number >> 32);
    const uint64_t low = digits(number);
    std::memcpy(id.data() + 4, &high, 8);
    std::memcpy(id.data() + 12, &low, 8);
  } else {
    static constexpr char kHex[] = "0123456789abcdef";
    for (size_t i = id.size(); i > 4; --i) {
      id[i - 1] = kHex[number & 0xF];
      number >>= 4;
    }
  }
  return EntityId(std::move(id));
}

namespace {

// A relation mention with its relation's identity: the atom relations are merged from.
struct RelationAtom {
  std::string type;
  EntityId source;
  EntityId target;
  bool symmetric;
  RelationMentionRecord mention;
  bool synthesized;  // made from a record without mentions: DropMentionsOf() keeps it
};

const EventTypeTable& CompiledTypes() {
  static const EventTypeTable kTypes = [] {
    Result<EventTypeTable> t = EventTypeTable::Load("");
    return t.ok() ? std::move(t).value() : EventTypeTable();
  }();
  return kTypes;
}

// Steps 2 (sort), 3, 4 and 5 of the merge over the combined documents, entities and atoms.
GraphData FinishMerge(std::map<DocId, DocumentRecord> documents, SortedEntityList entities,
                      std::vector<EventMentionRecord> mentions,
                      std::vector<RelationAtom> relation_atoms, const EventTypeTable& types) {
  GraphData out;  // `entities` come normalized (SortedEntities())
  // Sorted through indices, as SortById() sorts records: each mention moves once.
  {
    std::vector<uint32_t> order(mentions.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<uint32_t>(i);
    std::vector<TimeKeyType> times;
    times.reserve(mentions.size());
    for (const EventMentionRecord& m : mentions) times.push_back(TimeKey(m.time));
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      return MentionLess(mentions[a], times[a], mentions[b], times[b]);
    });
    std::vector<EventMentionRecord> sorted;
    sorted.reserve(mentions.size());
    for (uint32_t i : order) sorted.push_back(std::move(mentions[i]));
    mentions = std::move(sorted);
  }
  mentions.erase(std::unique(mentions.begin(), mentions.end()), mentions.end());

  // 3. Clusters.
  Containment containment(entities, mentions);
  std::vector<Cluster> clusters =
      Clusterer(mentions, types, entities, containment, documents).Run();
  RecordBuilder builder(entities, containment);
  std::map<SourceRef, EventId> event_of_anchor;
  std::map<EventId, const EventRecord*> event_by_id;
  out.events.reserve(clusters.size());
  for (const Cluster& cluster : clusters) {
    out.events.push_back(builder.Build(cluster, mentions));
  }
  SortById(&out.events);
  for (const EventRecord& e : out.events) {
    event_by_id[e.id] = &e;
    for (const EventMentionRecord& m : e.mentions) {
      if (!m.sources.empty()) event_of_anchor[m.sources.front()] = e.id;
    }
  }

  // 4. Relations.
  using RelationKey = std::tuple<std::string, EntityId, EntityId, bool, EventId, int>;
  std::map<RelationKey, std::vector<RelationMentionRecord>> relations;
  for (RelationAtom& atom : relation_atoms) {
    if (atom.symmetric && atom.target < atom.source) std::swap(atom.source, atom.target);
    EventId event;
    if (atom.mention.event) {
      auto it = event_of_anchor.find(*atom.mention.event);
      if (it != event_of_anchor.end()) event = it->second;
    }
    int status = event.empty() ? static_cast<int>(atom.mention.status) : -1;
    relations[RelationKey{atom.type, atom.source, atom.target, atom.symmetric, event, status}]
        .push_back(std::move(atom.mention));
  }
  for (auto& [key, list] : relations) {
    const auto& [type, source, target, symmetric, event, status] = key;
    std::sort(list.begin(), list.end(),
              [](const RelationMentionRecord& a, const RelationMentionRecord& b) {
                if (a.source != b.source) return a.source < b.source;
                if (a.event != b.event) return a.event < b.event;
                if (a.status != b.status) return a.status < b.status;
                return TimeKey(a.time) < TimeKey(b.time);
              });
    list.erase(std::unique(list.begin(), list.end()), list.end());
    RelationRecord r;
    r.type = type;
    r.source = source;
    r.target = target;
    r.symmetric = symmetric;
    if (!event.empty()) {
      r.event = event;
      const EventRecord& e = *event_by_id.at(event);
      r.status = e.status;
      r.time = e.time;
    } else {
      r.status = static_cast<EventStatus>(status);
      for (const RelationMentionRecord& m : list) {
        if (m.time && m.time->known() && (!r.time || m.time->precision > r.time->precision)) {
          r.time = m.time;
        }
      }
    }
    std::set<SourceRef> sources;
    for (const RelationMentionRecord& m : list) sources.insert(m.source);
    r.sources.assign(sources.begin(), sources.end());
    r.mentions = std::move(list);
    r.id = RelationId("rel:" + StableHash(type + "|" + source.value() + "|" + target.value() + "|" +
                                          event.value() + "|" + std::to_string(status)));
    out.relations.push_back(std::move(r));
  }
  SortById(&out.relations);

  // 5. Inferred document dates.
  // An event is evidence only when the two reports share two participants, or one when the
  // undated report dates the event itself ("Russia interfered in the 2016 election"): "a meeting
  // with Zelenskiy" (undated) joined to a meeting of Ushakov and Zelenskiy does not date the
  // article.
  std::map<DocId, std::map<CivilDate, int>> evidence;
  for (const EventRecord& e : out.events) {
    std::map<DocId, std::vector<EntityId>> docs;  // participants each document reports
    std::set<DocId> dated;                        // documents that date the event themselves
    for (const EventMentionRecord& m : e.mentions) {
      if (m.sources.empty()) continue;
      std::vector<EntityId>& ids = docs[m.sources.front().doc];
      for (const ParticipantRecord& p : m.participants) ids.push_back(p.entity);
      if (m.time && m.time->known()) dated.insert(m.sources.front().doc);
    }
    for (auto& [d, ids] : docs) {
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    }
    for (const auto& [d, ids] : docs) {
      auto it = documents.find(d);
      if (it == documents.end() || DateRank(it->second.date_source) >= 2) continue;
      for (const auto& [other, other_ids] : docs) {
        auto jt = documents.find(other);
        if (jt == documents.end() || DateRank(jt->second.date_source) < 2 || !jt->second.date ||
            !jt->second.date->complete() ||
            Shared(ids, other_ids) < (dated.count(d) != 0 ? 1u : 2u)) {
          continue;
        }
        ++evidence[d][*jt->second.date];
      }
    }
  }
  for (const auto& [doc, dates] : evidence) {
    CivilDate best;
    int votes = 0;
    for (const auto& [date, n] : dates) {
      if (n > votes) {
        votes = n;
        best = date;
      }
    }
    DocumentRecord& d = documents.at(doc);
    d.date = best;
    d.date_source = DctSource::kInferred;
  }

  out.documents.reserve(documents.size());
  for (auto& [id, d] : documents) out.documents.push_back(std::move(d));
  out.entities = std::move(entities);
  return out;
}

// Entity ids as MakeEntityId() makes them ("ent:" + 16 hex digits) map one-to-one onto 64-bit
// numbers ordered as the ids are: the merger finds and sorts entities by number instead of
// comparing heap strings (on Reuters, 159k entity records fold into 29k entities, and the string
// lookups and ordered inserts were a third of the merge). Other ids (a hand-written graph.json)
// take a string index.
// Eight lower-case hex digits (the bytes of `word`, first digit lowest) as a 32-bit number, or
// nothing when a byte is no such digit. SWAR: a byte is valid when it lies in 0x30..0x39 or
// 0x61..0x66 (the "has between" test of every byte at once, exact per byte on 7-bit values);
// its value is its low nibble, plus 9 for a letter (bit 6); pairs, quads and octets of nibbles
// then combine in three shifts. Example: "0123abcd" -> 0x0123abcd; "0123ABCD" -> nothing.
std::optional<uint32_t> HexWord(uint64_t word) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kLow7 = kOnes * 0x7F;
  constexpr uint64_t kHigh = kOnes * 0x80;
  const uint64_t low7 = word & kLow7;
  auto between = [&](uint64_t m, uint64_t n) {  // bytes with m < byte < n
    return (kOnes * (127 + n) - low7) & ~word & (low7 + kOnes * (127 - m)) & kHigh;
  };
  if ((between(0x2F, 0x3A) | between(0x60, 0x67)) != kHigh) return std::nullopt;
  uint64_t v = (word & (kOnes * 0x0F)) + 9 * ((word >> 6) & kOnes);
  v = ((v << 4) | (v >> 8)) & 0x00FF00FF00FF00FFULL;
  v = ((v << 8) | (v >> 16)) & 0x0000FFFF0000FFFFULL;
  v = ((v << 16) | (v >> 32)) & 0xFFFFFFFFULL;
  return static_cast<uint32_t>(v);
}

std::optional<uint64_t> PackedEntityId(std::string_view id) {
  constexpr std::string_view kPrefix = "ent:";
  // The prefix compared as four bytes in place (string_view::compare was a call per id).
  if (id.size() != kPrefix.size() + 16 || std::memcmp(id.data(), kPrefix.data(), 4) != 0) {
    return std::nullopt;
  }
  if constexpr (std::endian::native == std::endian::little) {
    uint64_t high_word = 0;
    uint64_t low_word = 0;
    std::memcpy(&high_word, id.data() + kPrefix.size(), 8);
    std::memcpy(&low_word, id.data() + kPrefix.size() + 8, 8);
    const std::optional<uint32_t> high = HexWord(high_word);
    const std::optional<uint32_t> low = HexWord(low_word);
    if (!high || !low) return std::nullopt;
    return (uint64_t{*high} << 32) | *low;
  }
  // The value of each byte as a lower-case hex digit, 16 for any other byte.
  static constexpr std::array<uint8_t, 256> kDigit = [] {
    std::array<uint8_t, 256> digit{};
    digit.fill(16);
    for (int c = '0'; c <= '9'; ++c) digit[static_cast<size_t>(c)] = static_cast<uint8_t>(c - '0');
    for (int c = 'a'; c <= 'f'; ++c) {
      digit[static_cast<size_t>(c)] = static_cast<uint8_t>(c - 'a' + 10);
    }
    return digit;
  }();
  uint64_t value = 0;
  uint8_t seen = 0;  // or of every digit: 16 or more when some byte was not one
  for (char c : id.substr(kPrefix.size())) {
    const uint8_t digit = kDigit[static_cast<unsigned char>(c)];
    seen |= digit;
    value = (value << 4) | (digit & 0xF);
  }
  if (seen >= 16) return std::nullopt;
  return value;
}

// PrefetchLine() (core/prefetch.h): the merger's index and records are cold when a document's
// entities come (the pipeline ran in between): waiting for them one entity at a time was most of
// the cycles of Add() and CombineEntity(), so Add() starts every load of a part first.

// Entities by PackedEntityId(): open addressing with linear probing in one array, so a lookup
// touches one slot where a node-based hash map chased three pointers (the lookups of 159k
// entity records were a third of the merge).
class PackedEntityIndex {
 public:
  EntityRecord* Find(uint64_t key) const {
    if (slots_.empty()) return nullptr;
    for (size_t i = Home(key);; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.entity == nullptr) return nullptr;
      if (slot.key == key) return slot.entity;
    }
  }

  // Starts loading the slot where a lookup of `key` begins (see PrefetchLine()).
  void Prefetch(uint64_t key) const {
    if (!slots_.empty()) PrefetchLine(&slots_[Home(key)]);
  }

  // `key` must not be in the index yet.
  void Insert(uint64_t key, EntityRecord* entity) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    Place(key, entity);
    ++size_;
  }

  void Clear() {
    slots_.clear();
    mask_ = 0;
    size_ = 0;
  }

 private:
  struct Slot {
    uint64_t key = 0;
    EntityRecord* entity = nullptr;  // null: empty
  };

  size_t Home(uint64_t key) const { return static_cast<size_t>(key ^ (key >> 32)) & mask_; }

  void Place(uint64_t key, EntityRecord* entity) {
    size_t i = Home(key);
    while (slots_[i].entity != nullptr) i = (i + 1) & mask_;
    slots_[i] = Slot{key, entity};
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.entity != nullptr) Place(slot.key, slot.entity);
    }
  }

  std::vector<Slot> slots_;  // size a power of two, at most half full
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace

struct internal::GraphMergerState {
  const EventTypeTable* types = nullptr;
  std::map<DocId, DocumentRecord> documents;
  // Entities in first-seen order (a deque: addresses stay put for the indexes), combined as
  // they come and sorted by id once, in SortedEntities().
  std::deque<EntityRecord> entities;
  // PackedEntityId() of each of `entities` (0 for other ids), parsed once when it came in.
  std::vector<uint64_t> packed_ids;
  PackedEntityIndex packed_index;                                // by PackedEntityId()
  std::unordered_map<std::string_view, EntityRecord*> id_index;  // other ids; views `entities`
  std::vector<EventMentionRecord> mentions;
  std::vector<bool> synthesized;  // parallel to `mentions`
  std::vector<RelationAtom> relation_atoms;
  std::vector<std::optional<uint64_t>> packed_scratch;  // Add()'s, kept for its capacity

  // `packed` is PackedEntityId(id).
  EntityRecord* FindEntity(std::string_view id, std::optional<uint64_t> packed) {
    if (packed) return packed_index.Find(*packed);
    auto it = id_index.find(id);
    return it == id_index.end() ? nullptr : it->second;
  }

  // `packed` is PackedEntityId(e.id).
  void InsertEntity(EntityRecord&& e, std::optional<uint64_t> packed) {
    EntityRecord* r = &entities.emplace_back(std::move(e));
    packed_ids.push_back(packed.value_or(0));
    MakeSortedUnique(&r->aliases);  // as CombineEntity() expects
    MakeSortedUnique(&r->titles);
    if (packed) {
      packed_index.Insert(*packed, r);
    } else {
      id_index.emplace(r->id.value(), r);
    }
  }

  // The entities normalized and sorted by id; moved out of the state when `take`, else copied.
  SortedEntityList SortedEntities(bool take) {
    std::vector<std::pair<uint64_t, EntityRecord*>> order;
    order.reserve(entities.size());
    for (size_t i = 0; i < entities.size(); ++i) order.emplace_back(packed_ids[i], &entities[i]);
    if (id_index.empty()) {
      std::sort(order.begin(), order.end());  // numbers are unique and ordered as the ids
    } else {
      std::sort(order.begin(), order.end(),
                [](const auto& a, const auto& b) { return a.second->id < b.second->id; });
    }
    SortedEntityList sorted;
    sorted.reserve(order.size());
    DocRanks ranks(documents);
    for (const auto& [packed, e] : order) {
      if (take) {
        sorted.push_back(std::move(*e));
      } else {
        sorted.push_back(*e);
      }
      Normalize(&sorted.back(), &ranks);
    }
    return sorted;
  }
};

GraphMerger::GraphMerger() : GraphMerger(CompiledTypes()) {}

GraphMerger::GraphMerger(const EventTypeTable& types)
    : state_(std::make_unique<internal::GraphMergerState>()) {
  state_->types = &types;
}

GraphMerger::~GraphMerger() = default;
GraphMerger::GraphMerger(GraphMerger&&) noexcept = default;
GraphMerger& GraphMerger::operator=(GraphMerger&&) noexcept = default;

void GraphMerger::Add(GraphData part) {
  internal::GraphMergerState& s = *state_;
  // 1. Documents and entities.
  for (DocumentRecord& d : part.documents) {
    // An inferred date is redone from the union of the evidence, never kept: keeping it would
    // make the result depend on which shards were merged first.
    if (d.date_source == DctSource::kInferred) {
      d.date.reset();
      d.date_source = DctSource::kNone;
    }
    // One descent of the tree for a new id and a repeated one alike.
    auto it = s.documents.lower_bound(d.id);
    if (it == s.documents.end() || it->first != d.id) {
      DocId id = d.id;
      s.documents.emplace_hint(it, std::move(id), std::move(d));
    } else if (DocumentBetter(d, it->second)) {
      it->second = std::move(d);
    }
  }
  // The index slots of the part's entities, then the records they find, are loaded ahead, all
  // at once (see PrefetchLine()); then each entity is combined or inserted in order (two of one
  // part may share an id).
  std::vector<std::optional<uint64_t>>& packed = s.packed_scratch;
  packed.clear();
  for (const EntityRecord& e : part.entities) {
    packed.push_back(PackedEntityId(e.id.value()));
    if (packed.back()) s.packed_index.Prefetch(*packed.back());
  }
  for (const std::optional<uint64_t>& key : packed) {
    if (!key) continue;
    if (const EntityRecord* known = s.packed_index.Find(*key)) {
      const char* bytes = reinterpret_cast<const char*>(known);
      for (size_t offset = 0; offset < sizeof(EntityRecord); offset += 64) {
        PrefetchLine(bytes + offset);
      }
    }
  }
  for (size_t i = 0; i < part.entities.size(); ++i) {
    EntityRecord& e = part.entities[i];
    if (EntityRecord* known = s.FindEntity(e.id.value(), packed[i])) {
      CombineEntity(known, std::move(e));
    } else {
      s.InsertEntity(std::move(e), packed[i]);
    }
  }
  // 2. Event mentions, relation mentions. The first source of each event, for relations read
  // without mentions (a graph.json that lacks them), only when some relation is one.
  const bool any_relation_synthesized =
      std::any_of(part.relations.begin(), part.relations.end(),
                  [](const RelationRecord& r) { return r.mentions.empty(); });
  std::map<EventId, SourceRef> event_anchor;
  for (EventRecord& e : part.events) {
    const bool synthesized = e.mentions.empty();
    if (synthesized) e.mentions.push_back(SynthesizeMention(e));
    if (any_relation_synthesized) {
      event_anchor[e.id] =
          e.mentions.front().sources.empty() ? SourceRef{} : e.mentions.front().sources.front();
    }
    for (EventMentionRecord& m : e.mentions) {
      s.mentions.push_back(std::move(m));
      s.synthesized.push_back(synthesized);
    }
  }
  for (RelationRecord& r : part.relations) {
    const bool synthesized = r.mentions.empty();
    if (synthesized) {
      RelationMentionRecord m;
      if (!r.sources.empty()) m.source = r.sources.front();
      m.status = r.status;
      m.time = r.time;
      if (r.event) {
        auto it = event_anchor.find(*r.event);
        if (it != event_anchor.end()) m.event = it->second;
      }
      r.mentions.push_back(std::move(m));
    }
    for (RelationMentionRecord& m : r.mentions) {
      s.relation_atoms.push_back(
          RelationAtom{r.type, r.source, r.target, r.symmetric, std::move(m), synthesized});
    }
  }
}

void GraphMerger::DropMentionsOf(const std::set<DocId>& docs) {
  internal::GraphMergerState& s = *state_;
  size_t kept = 0;
  for (size_t i = 0; i < s.mentions.size(); ++i) {
    const EventMentionRecord& m = s.mentions[i];
    if (!s.synthesized[i] && !m.sources.empty() && docs.count(m.sources.front().doc) != 0) {
      continue;
    }
    if (kept != i) {
      s.mentions[kept] = std::move(s.mentions[i]);
      s.synthesized[kept] = s.synthesized[i];
    }
    ++kept;
  }
  s.mentions.resize(kept);
  s.synthesized.resize(kept);
  std::erase_if(s.relation_atoms, [&](const RelationAtom& a) {
    return !a.synthesized && docs.count(a.mention.source.doc) != 0;
  });
}

GraphData GraphMerger::Merged() const {
  internal::GraphMergerState& s = *state_;  // SortedEntities(false) only reads
  return FinishMerge(s.documents, s.SortedEntities(false), s.mentions, s.relation_atoms, *s.types);
}

GraphData GraphMerger::Finish() {
  internal::GraphMergerState& s = *state_;
  const EventTypeTable& types = *s.types;
  SortedEntityList entities = s.SortedEntities(true);
  s.entities.clear();
  s.packed_ids.clear();
  s.packed_index.Clear();
  s.id_index.clear();
  s.synthesized.clear();
  GraphData out = FinishMerge(std::move(s.documents), std::move(entities), std::move(s.mentions),
                              std::move(s.relation_atoms), types);
  state_ = std::make_unique<internal::GraphMergerState>();
  state_->types = &types;
  return out;
}

GraphData MergeGraphData(std::vector<GraphData> parts, const EventTypeTable& types) {
  GraphMerger merger(types);
  for (GraphData& part : parts) merger.Add(std::move(part));
  parts.clear();
  return merger.Finish();
}

GraphData MergeGraphData(std::vector<GraphData> parts) {
  return MergeGraphData(std::move(parts), CompiledTypes());
}

std::string FormatMergeRecords(const GraphData& graph) {
  std::ostringstream out;
  for (const EventRecord& e : graph.events) {
    for (const MergeRecord& m : e.merges) {
      out << e.id.value() << " " << e.type << " " << (e.time ? e.time->value : "undated") << ": "
          << m.merged.doc.value() << ":" << m.merged.sentence << " [" << m.merged.text << "] + "
          << m.kept.doc.value() << ":" << m.kept.sentence << " [" << m.kept.text
          << "]: " << m.reason << "\n";
    }
  }
  return out.str();
}

std::vector<DocumentRecord> InferredDocuments(const GraphData& graph) {
  std::vector<DocumentRecord> out;
  for (const DocumentRecord& d : graph.documents) {
    if (d.date_source == DctSource::kInferred) out.push_back(d);
  }
  return out;
}

}  // namespace eventgraph
