// SPDX-License-Identifier: Apache-2.0
// graph.json writer. Field order is fixed and every list is written in the order GraphData keeps
// (sorted by id), so output is byte-identical for equal GraphData. docs/graph-json.md is the
// contract; keep in sync with json_reader.cc.
#include "export/json_writer.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace eventgraph {
namespace {

using Pretty = rapidjson::PrettyWriter<rapidjson::StringBuffer>;
using Compact = rapidjson::Writer<rapidjson::StringBuffer>;

template <typename Writer>
void String(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

template <typename Writer>
void Key(Writer& w, const char* key) {
  w.Key(key);
}

template <typename Writer>
void OptionalDate(Writer& w, const std::optional<CivilDate>& date) {
  if (date && (date->year != 0 || date->month != 0)) {
    String(w, date->ToIso());
  } else {
    w.Null();
  }
}

template <typename Writer>
void WriteTime(Writer& w, const std::optional<TimeValue>& time) {
  if (!time) {
    w.Null();
    return;
  }
  w.StartObject();
  Key(w, "value");
  String(w, time->value);
  Key(w, "precision");
  String(w, PrecisionName(time->precision));
  Key(w, "begin");
  if (time->begin.year != 0) {
    String(w, time->begin.ToIso());
  } else {
    w.Null();
  }
  Key(w, "end");
  if (time->end.year != 0) {
    String(w, time->end.ToIso());
  } else {
    w.Null();
  }
  Key(w, "text");
  String(w, time->text);
  w.EndObject();
}

template <typename Writer>
void WriteSource(Writer& w, const SourceRef& s) {
  w.StartObject();
  Key(w, "doc");
  String(w, s.doc.value());
  Key(w, "sentence");
  w.Uint(s.sentence);
  Key(w, "begin");
  w.Uint(s.span.begin);
  Key(w, "end");
  w.Uint(s.span.end);
  Key(w, "text");
  String(w, s.text);
  w.EndObject();
}

template <typename Writer>
void WriteSources(Writer& w, const std::vector<SourceRef>& sources) {
  w.StartArray();
  for (const SourceRef& s : sources) WriteSource(w, s);
  w.EndArray();
}

template <typename Writer>
void WriteStrings(Writer& w, const std::vector<std::string>& items) {
  w.StartArray();
  for (const std::string& s : items) String(w, s);
  w.EndArray();
}

template <typename Writer>
void WriteDocument(Writer& w, const DocumentRecord& d) {
  w.StartObject();
  Key(w, "id");
  String(w, d.id.value());
  Key(w, "path");
  String(w, d.path);
  Key(w, "title");
  String(w, d.title);
  Key(w, "date");
  OptionalDate(w, d.date);
  Key(w, "date_source");
  String(w, DctSourceName(d.date_source));
  Key(w, "sentences");
  w.StartArray();
  for (const SentenceRecord& s : d.sentences) {
    w.StartObject();
    Key(w, "begin");
    w.Uint(s.span.begin);
    Key(w, "end");
    w.Uint(s.span.end);
    Key(w, "kind");
    String(w, SentenceKindName(s.kind));
    w.EndObject();
  }
  w.EndArray();
  if (!d.text.empty()) {
    Key(w, "body");
    w.StartObject();
    Key(w, "begin");
    w.Uint(d.body.begin);
    Key(w, "end");
    w.Uint(d.body.end);
    w.EndObject();
    Key(w, "text");
    String(w, d.text);
  }
  w.EndObject();
}

template <typename Writer>
void WriteEntity(Writer& w, const EntityRecord& e) {
  w.StartObject();
  Key(w, "id");
  String(w, e.id.value());
  Key(w, "name");
  String(w, e.name);
  Key(w, "kind");
  String(w, EntityKindName(e.kind));
  Key(w, "aliases");
  WriteStrings(w, e.aliases);
  Key(w, "titles");
  WriteStrings(w, e.titles);
  Key(w, "mentions");
  w.Uint(e.mentions);
  Key(w, "docs");
  w.StartArray();
  for (const DocId& d : e.docs) String(w, d.value());
  w.EndArray();
  Key(w, "key");
  String(w, e.key);
  if (!e.country.empty()) {
    Key(w, "country");
    String(w, e.country);
  }
  if (!e.iso_code.empty()) {
    Key(w, "iso_code");
    String(w, e.iso_code);
  }
  if (e.latitude && e.longitude) {
    Key(w, "latitude");
    w.Double(*e.latitude);
    Key(w, "longitude");
    w.Double(*e.longitude);
  }
  if (e.parent) {
    Key(w, "parent");
    String(w, e.parent->value());
  }
  if (e.author) {
    Key(w, "author");
    w.Bool(true);
  }
  w.EndObject();
}

template <typename Writer>
void WriteParticipants(Writer& w, const std::vector<ParticipantRecord>& participants) {
  w.StartArray();
  for (const ParticipantRecord& p : participants) {
    w.StartObject();
    Key(w, "entity");
    String(w, p.entity.value());
    Key(w, "role");
    String(w, ParticipantRoleName(p.role));
    w.EndObject();
  }
  w.EndArray();
}

template <typename Writer>
void WriteEntityIds(Writer& w, const std::vector<EntityId>& ids) {
  w.StartArray();
  for (const EntityId& id : ids) String(w, id.value());
  w.EndArray();
}

// One per-article report of an event (EventMentionRecord): what merging re-clusters.
template <typename Writer>
void WriteEventMention(Writer& w, const EventMentionRecord& m) {
  w.StartObject();
  Key(w, "type");
  String(w, m.type);
  Key(w, "status");
  String(w, EventStatusName(m.status));
  Key(w, "time");
  WriteTime(w, m.time);
  Key(w, "place");
  if (m.place) {
    String(w, m.place->value());
  } else {
    w.Null();
  }
  Key(w, "place_chain");
  WriteEntityIds(w, m.place_chain);
  Key(w, "participants");
  WriteParticipants(w, m.participants);
  Key(w, "excluded");
  WriteEntityIds(w, m.excluded);
  Key(w, "confidence");
  w.Double(m.confidence);
  Key(w, "rule");
  String(w, m.rule);
  Key(w, "sources");
  WriteSources(w, m.sources);
  w.EndObject();
}

template <typename Writer>
void WriteEvent(Writer& w, const EventRecord& e) {
  w.StartObject();
  Key(w, "id");
  String(w, e.id.value());
  Key(w, "type");
  String(w, e.type);
  Key(w, "label");
  String(w, e.label);
  Key(w, "status");
  String(w, EventStatusName(e.status));
  Key(w, "time");
  WriteTime(w, e.time);
  Key(w, "place");
  if (e.place) {
    String(w, e.place->value());
  } else {
    w.Null();
  }
  Key(w, "participants");
  WriteParticipants(w, e.participants);
  Key(w, "confidence");
  w.Double(e.confidence);
  Key(w, "sources");
  WriteSources(w, e.sources);
  if (!e.merges.empty()) {
    Key(w, "merges");
    w.StartArray();
    for (const MergeRecord& m : e.merges) {
      w.StartObject();
      Key(w, "kept");
      WriteSource(w, m.kept);
      Key(w, "merged");
      WriteSource(w, m.merged);
      Key(w, "reason");
      String(w, m.reason);
      w.EndObject();
    }
    w.EndArray();
  }
  Key(w, "mentions");
  w.StartArray();
  for (const EventMentionRecord& m : e.mentions) WriteEventMention(w, m);
  w.EndArray();
  w.EndObject();
}

template <typename Writer>
void WriteRelation(Writer& w, const RelationRecord& r) {
  w.StartObject();
  Key(w, "id");
  String(w, r.id.value());
  Key(w, "type");
  String(w, r.type);
  Key(w, "source");
  String(w, r.source.value());
  Key(w, "target");
  String(w, r.target.value());
  Key(w, "event");
  if (r.event) {
    String(w, r.event->value());
  } else {
    w.Null();
  }
  Key(w, "status");
  String(w, EventStatusName(r.status));
  Key(w, "symmetric");
  w.Bool(r.symmetric);
  Key(w, "time");
  WriteTime(w, r.time);
  Key(w, "sources");
  WriteSources(w, r.sources);
  Key(w, "mentions");
  w.StartArray();
  for (const RelationMentionRecord& m : r.mentions) {
    w.StartObject();
    Key(w, "source");
    WriteSource(w, m.source);
    Key(w, "status");
    String(w, EventStatusName(m.status));
    Key(w, "time");
    WriteTime(w, m.time);
    Key(w, "event");
    if (m.event) {
      WriteSource(w, *m.event);
    } else {
      w.Null();
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

namespace {

template <typename Writer>
void WriteGraph(Writer& w, const GraphData& graph) {
  w.StartObject();
  Key(w, "schema");
  String(w, kGraphJsonSchema);
  Key(w, "documents");
  w.StartArray();
  for (const DocumentRecord& d : graph.documents) WriteDocument(w, d);
  w.EndArray();
  Key(w, "entities");
  w.StartArray();
  for (const EntityRecord& e : graph.entities) WriteEntity(w, e);
  w.EndArray();
  Key(w, "events");
  w.StartArray();
  for (const EventRecord& e : graph.events) WriteEvent(w, e);
  w.EndArray();
  Key(w, "relations");
  w.StartArray();
  for (const RelationRecord& r : graph.relations) WriteRelation(w, r);
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::string WriteGraphJson(const GraphData& graph) {
  rapidjson::StringBuffer buffer;
  Pretty w(buffer);
  w.SetIndent(' ', 2);
  WriteGraph(w, graph);
  std::string out(buffer.GetString(), buffer.GetSize());
  out += '\n';
  return out;
}

std::string WriteGraphJsonLine(const GraphData& graph) {
  rapidjson::StringBuffer buffer;
  Compact w(buffer);
  WriteGraph(w, graph);
  std::string out(buffer.GetString(), buffer.GetSize());
  out += '\n';
  return out;
}

std::string TimeValueJson(const TimeValue& time) {
  rapidjson::StringBuffer buffer;
  Compact w(buffer);
  WriteTime(w, std::optional<TimeValue>(time));
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace eventgraph
