// SPDX-License-Identifier: Apache-2.0
#include "export/csv_writer.h"

#include "export/internal/graph_elements.h"
#include "export/internal/provenance.h"

namespace eventgraph {
namespace {

std::string Field(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') {
      out += "\"\"";
    } else if (c == '\n' || c == '\r') {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  out.push_back('"');
  return out;
}

std::string ArrayField(const std::vector<std::string>& values) {
  std::string joined;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) joined.push_back(';');
    for (char c : values[i]) joined.push_back(c == ';' ? ',' : c);
  }
  return Field(joined);
}

std::string Row(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out.push_back(',');
    out += fields[i];
  }
  out.push_back('\n');
  return out;
}

std::string UpperSnake(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') {
      out.push_back(static_cast<char>(c - 'a' + 'A'));
    } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      out.push_back(c);
    } else {
      out.push_back('_');
    }
  }
  return out.empty() ? "RELATED_TO" : out;
}

std::string Capitalized(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out;
}

std::string DateField(const CivilDate& date) { return date.complete() ? date.ToIso() : ""; }

std::vector<std::string> SourceList(const std::vector<SourceRef>& sources) {
  std::vector<std::string> out;
  out.reserve(sources.size());
  for (const SourceRef& s : sources) out.push_back(internal::SourcesText({s}, ""));
  return out;
}

std::string Number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

constexpr const char* kImport =
    "# Import with Neo4j 5 (stop the database first; the target database must be empty):\n"
    "neo4j-admin database import full --array-delimiter=\";\" --quote='\"' \\\n"
    "  --nodes=entities.csv --nodes=events.csv \\\n"
    "  --relationships=participates_in.csv --relationships=took_place_in.csv \\\n"
    "  --relationships=relations.csv --relationships=located_in.csv neo4j\n";

}  // namespace

std::vector<ExportFile> WriteNeo4jCsv(const GraphData& graph) {
  const KnowledgeGraph kg{&graph};
  const internal::Elements elements = internal::BuildElements(kg);
  std::string entities = Row({"id:ID(Entity)", ":LABEL", "name", "kind", "aliases:string[]",
                              "titles:string[]", "mentions:int", "docs:string[]", "country",
                              "iso_code", "latitude:double", "longitude:double"});
  std::string events =
      Row({"id:ID(Event)", ":LABEL", "type", "label", "status", "time", "precision", "begin:date",
           "end:date", "confidence:double", "sources:string[]"});
  for (const internal::ElementNode& node : elements.nodes) {
    if (const EntityRecord* e = node.entity) {
      std::vector<std::string> docs;
      for (const DocId& d : e->docs) docs.push_back(d.value());
      entities +=
          Row({Field(e->id.value()), Field("Entity;" + Capitalized(EntityKindName(e->kind))),
               Field(e->name), Field(EntityKindName(e->kind)), ArrayField(e->aliases),
               ArrayField(e->titles), std::to_string(e->mentions), ArrayField(docs),
               Field(e->country), Field(e->iso_code), e->latitude ? Number(*e->latitude) : "",
               e->longitude ? Number(*e->longitude) : ""});
    } else {
      const EventRecord& ev = *node.event;
      events +=
          Row({Field(ev.id.value()), Field("Event"), Field(ev.type), Field(ev.label),
               Field(EventStatusName(ev.status)), Field(ev.time ? ev.time->value : ""),
               Field(ev.time ? PrecisionName(ev.time->precision) : ""),
               ev.time ? DateField(ev.time->begin) : "", ev.time ? DateField(ev.time->end) : "",
               Number(ev.confidence), ArrayField(SourceList(ev.sources))});
    }
  }
  std::string participates = Row({":START_ID(Entity)", ":END_ID(Event)", ":TYPE", "id", "role"});
  std::string took_place = Row({":START_ID(Event)", ":END_ID(Entity)", ":TYPE", "id"});
  std::string relations =
      Row({":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "id", "type", "event", "status", "time",
           "begin:date", "end:date", "symmetric:boolean", "sources:string[]"});
  std::string located = Row({":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "id"});
  for (const internal::ElementEdge& edge : elements.edges) {
    const std::string_view s = elements.nodes[edge.source].id;
    const std::string_view t = elements.nodes[edge.target].id;
    switch (edge.kind) {
      case EdgeKind::kParticipatesIn:
        participates +=
            Row({Field(s), Field(t), Field("PARTICIPATES_IN"), Field(edge.id), Field(edge.label)});
        break;
      case EdgeKind::kTookPlaceIn:
        took_place += Row({Field(s), Field(t), Field("TOOK_PLACE_IN"), Field(edge.id)});
        break;
      case EdgeKind::kLocatedIn:
        located += Row({Field(s), Field(t), Field("LOCATED_IN"), Field(edge.id)});
        break;
      case EdgeKind::kRelation: {
        const RelationRecord& r = *edge.relation;
        relations +=
            Row({Field(s), Field(t), Field(UpperSnake(r.type)), Field(r.id.value()), Field(r.type),
                 Field(r.event ? r.event->value() : ""), Field(EventStatusName(r.status)),
                 Field(r.time ? r.time->value : ""), r.time ? DateField(r.time->begin) : "",
                 r.time ? DateField(r.time->end) : "", r.symmetric ? "true" : "false",
                 ArrayField(SourceList(r.sources))});
        break;
      }
    }
  }
  return {
      {"IMPORT.txt", kImport},
      {"entities.csv", entities},
      {"events.csv", events},
      {"located_in.csv", located},
      {"participates_in.csv", participates},
      {"relations.csv", relations},
      {"took_place_in.csv", took_place},
  };
}

}  // namespace eventgraph
