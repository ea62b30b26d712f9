// SPDX-License-Identifier: Apache-2.0
// Written directly as XML (GEXF needs nested <spells>, which no library here writes).
#include "export/gexf_writer.h"

#include <algorithm>
#include <map>

#include "export/internal/graph_elements.h"
#include "export/internal/provenance.h"
#include "export/internal/xml_util.h"
#include "graph/timeline.h"

namespace eventgraph {
namespace {

using internal::XmlEscape;

struct Attribute {
  const char* id;
  const char* type;
};

constexpr Attribute kNodeAttributes[] = {
    {"kind", "string"}, {"entity_kind", "string"}, {"type", "string"},      {"status", "string"},
    {"time", "string"}, {"precision", "string"},   {"mentions", "integer"}, {"aliases", "string"},
    {"docs", "string"}, {"sources", "string"},
};
constexpr Attribute kEdgeAttributes[] = {
    {"kind", "string"},   {"role", "string"}, {"relation_type", "string"}, {"event", "string"},
    {"status", "string"}, {"time", "string"}, {"sources", "string"},
};

void AttributeDecls(std::string* out, const char* cls, const Attribute* begin,
                    const Attribute* end) {
  *out += "    <attributes class=\"" + std::string(cls) + "\" mode=\"static\">\n";
  for (const Attribute* a = begin; a != end; ++a) {
    *out += "      <attribute id=\"" + std::string(a->id) + "\" title=\"" + a->id + "\" type=\"" +
            a->type + "\"/>\n";
  }
  *out += "    </attributes>\n";
}

void AttValues(std::string* out, const std::vector<std::pair<std::string, std::string>>& values,
               const char* indent) {
  *out += std::string(indent) + "<attvalues>\n";
  for (const auto& [key, value] : values) {
    if (value.empty()) continue;
    *out += std::string(indent) + "  <attvalue for=\"" + key + "\" value=\"" + XmlEscape(value) +
            "\"/>\n";
  }
  *out += std::string(indent) + "</attvalues>\n";
}

void Spells(std::string* out, std::vector<DayInterval> spells, const char* indent) {
  if (spells.empty()) return;
  std::sort(spells.begin(), spells.end(), [](const DayInterval& a, const DayInterval& b) {
    return a.first != b.first ? a.first < b.first : a.last < b.last;
  });
  std::vector<DayInterval> merged;
  for (const DayInterval& s : spells) {
    if (!merged.empty() && DaysFromCivil(s.first) <= DaysFromCivil(merged.back().last) + 1) {
      merged.back().last = std::max(merged.back().last, s.last);
    } else {
      merged.push_back(s);
    }
  }
  *out += std::string(indent) + "<spells>\n";
  for (const DayInterval& s : merged) {
    *out += std::string(indent) + "  <spell start=\"" + s.first.ToIso() + "\" end=\"" +
            s.last.ToIso() + "\"/>\n";
  }
  *out += std::string(indent) + "</spells>\n";
}

}  // namespace

std::string WriteGexf(const GraphData& graph) {
  const KnowledgeGraph kg{&graph};
  const internal::Elements elements = internal::BuildElements(kg);
  // Entity spells from the events they take part in.
  std::map<std::string, std::vector<DayInterval>> entity_spells;
  for (const EventRecord& e : graph.events) {
    std::optional<DayInterval> interval = TimeInterval(e.time);
    if (!interval) continue;
    for (const ParticipantRecord& p : e.participants) {
      entity_spells[p.entity.value()].push_back(*interval);
    }
  }
  std::string out;
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out +=
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n";
  out += "  <meta>\n    <creator>eventgraph</creator>\n";
  out += "    <description>" +
         XmlEscape(std::to_string(graph.entities.size()) + " entities, " +
                   std::to_string(graph.events.size()) + " events, " +
                   std::to_string(graph.relations.size()) + " relations from " +
                   std::to_string(graph.documents.size()) + " documents") +
         "</description>\n  </meta>\n";
  out +=
      "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\" "
      "timerepresentation=\"interval\">\n";
  AttributeDecls(&out, "node", std::begin(kNodeAttributes), std::end(kNodeAttributes));
  AttributeDecls(&out, "edge", std::begin(kEdgeAttributes), std::end(kEdgeAttributes));
  out += "    <nodes>\n";
  for (const internal::ElementNode& node : elements.nodes) {
    out +=
        "      <node id=\"" + XmlEscape(node.id) + "\" label=\"" + XmlEscape(node.label) + "\">\n";
    std::vector<DayInterval> spells;
    if (const EntityRecord* e = node.entity) {
      AttValues(&out,
                {{"kind", "entity"},
                 {"entity_kind", std::string(EntityKindName(e->kind))},
                 {"mentions", std::to_string(e->mentions)},
                 {"aliases", internal::Join(e->aliases, "; ")},
                 {"docs", internal::JoinDocs(e->docs, " ")}},
                "        ");
      auto it = entity_spells.find(e->id.value());
      if (it != entity_spells.end()) spells = it->second;
    } else {
      const EventRecord& ev = *node.event;
      AttValues(&out,
                {{"kind", "event"},
                 {"type", ev.type},
                 {"status", std::string(EventStatusName(ev.status))},
                 {"time", ev.time ? ev.time->value : ""},
                 {"precision", ev.time ? std::string(PrecisionName(ev.time->precision)) : ""},
                 {"sources", internal::SourcesText(ev.sources, " ")}},
                "        ");
      if (auto interval = TimeInterval(ev.time)) spells.push_back(*interval);
    }
    Spells(&out, std::move(spells), "        ");
    out += "      </node>\n";
  }
  out += "    </nodes>\n    <edges>\n";
  for (const internal::ElementEdge& edge : elements.edges) {
    out += "      <edge id=\"" + XmlEscape(edge.id) + "\" source=\"" +
           XmlEscape(elements.nodes[edge.source].id) + "\" target=\"" +
           XmlEscape(elements.nodes[edge.target].id) + "\" label=\"" + XmlEscape(edge.label) + "\"";
    if (edge.relation && edge.relation->symmetric) out += " type=\"undirected\"";
    out += ">\n";
    AttValues(
        &out,
        {{"kind", std::string(EdgeKindName(edge.kind))},
         {"role", edge.kind == EdgeKind::kParticipatesIn ? edge.label : ""},
         {"relation_type", edge.relation ? edge.relation->type : ""},
         {"event", edge.event ? edge.event->id.value() : ""},
         {"status", edge.event || edge.relation ? std::string(EventStatusName(edge.status)) : ""},
         {"time", edge.time ? edge.time->value : ""},
         {"sources", internal::SourcesText(*edge.sources, " ")}},
        "        ");
    std::vector<DayInterval> spells;
    if (auto interval = TimeInterval(edge.time)) spells.push_back(*interval);
    Spells(&out, std::move(spells), "        ");
    out += "      </edge>\n";
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  return out;
}

}  // namespace eventgraph
