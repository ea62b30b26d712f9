// SPDX-License-Identifier: Apache-2.0
// Relations follow from event participants and the relation of the event's type
// (event_types.txt) or trigger (Event::relation: "blamed", "negotiated", "called"). Pairs are
// capped per event mention (kMaxPrincipals) so a long list of names stays linear.
#include "core/relation_extractor.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace eventgraph {

namespace {

constexpr size_t kMaxPrincipals = 8;

int32_t HeadOf(const std::vector<Event>& events, int32_t index) {
  int32_t guard = 0;
  while (index >= 0 && static_cast<size_t>(index) < events.size() &&
         events[static_cast<size_t>(index)].corefers_to >= 0 && guard++ < 1000) {
    index = events[static_cast<size_t>(index)].corefers_to;
  }
  return index;
}

}  // namespace

Result<RelationExtractor> RelationExtractor::Create(std::string_view data_dir) {
  Result<EventTypeTable> types = EventTypeTable::Load(data_dir);
  if (!types.ok()) return types.status();
  return RelationExtractor(std::move(types).value());
}

std::vector<Relation> RelationExtractor::Extract(const Annotations& annotations,
                                                 Diagnostics* /*diagnostics*/) const {
  std::vector<Relation> out;
  std::set<std::tuple<std::string, int32_t, int32_t, int32_t>> seen;
  const std::vector<Event>& events = annotations.events;
  const int32_t entity_count = static_cast<int32_t>(annotations.entities.size());
  auto add = [&](const std::string& type, int32_t source, int32_t target, bool symmetric,
                 int32_t head, const Event& mention) {
    if (source == target || source < 0 || target < 0 || source >= entity_count ||
        target >= entity_count) {
      return;
    }
    if (symmetric && target < source) std::swap(source, target);
    if (!seen.emplace(type, source, target, head).second) return;
    const Event& h = events[static_cast<size_t>(head)];
    Relation r;
    r.type = type;
    r.source = source;
    r.target = target;
    r.event = head;
    r.status = h.status;
    r.symmetric = symmetric;
    r.time = h.time.known() ? h.time : mention.time;
    r.sentence = mention.sentence;
    r.span = mention.trigger;
    out.push_back(std::move(r));
  };
  for (size_t k = 0; k < events.size(); ++k) {
    const Event& e = events[k];
    const int32_t head = HeadOf(events, static_cast<int32_t>(k));
    const Event& h = events[static_cast<size_t>(head)];
    auto excluded = [&](int32_t entity) {
      return std::find(h.excluded.begin(), h.excluded.end(), entity) != h.excluded.end() ||
             std::find(e.excluded.begin(), e.excluded.end(), entity) != e.excluded.end();
    };
    std::vector<int32_t> agents;
    std::vector<int32_t> patients;
    std::vector<int32_t> principals;
    std::vector<int32_t> companions;
    for (const Participant& p : e.participants) {
      if (excluded(p.entity)) continue;
      switch (p.role) {
        case ParticipantRole::kAgent:
          agents.push_back(p.entity);
          principals.push_back(p.entity);
          break;
        case ParticipantRole::kPatient:
          patients.push_back(p.entity);
          principals.push_back(p.entity);
          break;
        case ParticipantRole::kParticipant:
          principals.push_back(p.entity);
          break;
        case ParticipantRole::kCompanion:
          companions.push_back(p.entity);
          break;
      }
    }
    if (!principals.empty()) {
      for (int32_t c : companions) add("accompanied", c, principals.front(), false, head, e);
    }
    if (e.relation == "accompanied") continue;
    const EventTypeInfo* info = types_.Find(e.type);
    if (info == nullptr) continue;
    const std::string& type = e.relation.empty() ? info->relation : e.relation;
    if (type.empty()) continue;
    if (principals.size() > kMaxPrincipals) principals.resize(kMaxPrincipals);
    if (info->direction == RelationDirection::kSymmetric) {
      for (size_t i = 0; i < principals.size(); ++i) {
        for (size_t j = i + 1; j < principals.size(); ++j) {
          add(type, principals[i], principals[j], true, head, e);
        }
      }
    } else {
      for (int32_t a : agents) {
        for (int32_t p : patients) add(type, a, p, false, head, e);
      }
    }
  }
  return out;
}

}  // namespace eventgraph
