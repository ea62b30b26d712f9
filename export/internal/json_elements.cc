// SPDX-License-Identifier: Apache-2.0
#include "export/internal/json_elements.h"

namespace eventgraph::internal {

void JsonNodeMembers(JsonWriter& w, const ElementNode& node) {
  JsonKey(w, "kind");
  JsonString(w, node.kind == NodeKind::kEntity ? "entity" : "event");
  if (const EntityRecord* e = node.entity) {
    JsonKey(w, "name");
    JsonString(w, e->name);
    JsonKey(w, "entity_kind");
    JsonString(w, EntityKindName(e->kind));
    JsonKey(w, "aliases");
    JsonStringArray(w, e->aliases);
    JsonKey(w, "titles");
    JsonStringArray(w, e->titles);
    JsonKey(w, "mentions");
    w.Uint(e->mentions);
    JsonKey(w, "docs");
    w.StartArray();
    for (const DocId& d : e->docs) JsonString(w, d.value());
    w.EndArray();
    JsonKey(w, "country");
    JsonString(w, e->country);
    JsonKey(w, "iso_code");
    JsonString(w, e->iso_code);
    JsonKey(w, "latitude");
    if (e->latitude) {
      w.Double(*e->latitude);
    } else {
      w.Null();
    }
    JsonKey(w, "longitude");
    if (e->longitude) {
      w.Double(*e->longitude);
    } else {
      w.Null();
    }
    JsonKey(w, "parent");
    if (e->parent) {
      JsonString(w, e->parent->value());
    } else {
      w.Null();
    }
    JsonKey(w, "author");
    w.Bool(e->author);
    return;
  }
  const EventRecord& e = *node.event;
  JsonKey(w, "type");
  JsonString(w, e.type);
  JsonKey(w, "status");
  JsonString(w, EventStatusName(e.status));
  JsonKey(w, "time");
  JsonTime(w, e.time);
  JsonKey(w, "place");
  if (e.place) {
    JsonString(w, e.place->value());
  } else {
    w.Null();
  }
  JsonKey(w, "participants");
  w.StartArray();
  for (const ParticipantRecord& p : e.participants) {
    w.StartObject();
    JsonKey(w, "entity");
    JsonString(w, p.entity.value());
    JsonKey(w, "role");
    JsonString(w, ParticipantRoleName(p.role));
    w.EndObject();
  }
  w.EndArray();
  JsonKey(w, "confidence");
  w.Double(e.confidence);
  JsonKey(w, "sources");
  JsonSources(w, e.sources);
}

void JsonEdgeMembers(JsonWriter& w, const ElementEdge& edge) {
  JsonKey(w, "kind");
  JsonString(w, EdgeKindName(edge.kind));
  JsonKey(w, "label");
  JsonString(w, edge.label);
  if (edge.kind == EdgeKind::kParticipatesIn) {
    JsonKey(w, "role");
    JsonString(w, edge.label);
  }
  if (edge.relation) {
    JsonKey(w, "type");
    JsonString(w, edge.relation->type);
    JsonKey(w, "relation");
    JsonString(w, edge.relation->id.value());
    JsonKey(w, "symmetric");
    w.Bool(edge.relation->symmetric);
  }
  JsonKey(w, "event");
  if (edge.event) {
    JsonString(w, edge.event->id.value());
  } else {
    w.Null();
  }
  JsonKey(w, "status");
  JsonString(w, EventStatusName(edge.status));
  JsonKey(w, "time");
  JsonTime(w, edge.time);
  JsonKey(w, "sources");
  JsonSources(w, *edge.sources);
}

}  // namespace eventgraph::internal
