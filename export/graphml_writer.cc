// SPDX-License-Identifier: Apache-2.0
// A plain boost::adjacency_list with bundled string/number properties is filled from the shared
// element list and handed to write_graphml; dynamic_properties is an ordered map, so keys come
// out sorted by name.
#include "export/graphml_writer.h"

#include <sstream>

// GCC 12 reports a false -Wmaybe-uninitialized inside Boost's adj_list_edge_iterator (its
// boost::optional member) when write_graphml is instantiated at -O2.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/property_map/dynamic_property_map.hpp>

#include "export/internal/graph_elements.h"
#include "export/internal/provenance.h"

namespace eventgraph {
namespace {

struct VertexProps {
  std::string eg_id, label, kind, entity_kind, type, status, time, time_begin, time_end, precision,
      aliases, titles, docs, sources, place;
  int mentions = 0;
  double confidence = 0.0;
  double latitude = 0.0;
  double longitude = 0.0;
};

struct EdgeProps {
  std::string eg_id, kind, label, role, relation_type, event, status, time, sources;
  bool symmetric = false;
};

using OutGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, VertexProps, EdgeProps>;

void SetTime(const std::optional<TimeValue>& time, std::string* value, std::string* begin,
             std::string* end, std::string* precision) {
  if (!time) return;
  *value = time->value;
  if (begin) *begin = time->begin.ToIso();
  if (end) *end = time->end.ToIso();
  if (precision) *precision = PrecisionName(time->precision);
}

}  // namespace

Result<std::string> WriteGraphMl(const GraphData& graph) {
  const KnowledgeGraph kg{&graph};
  const internal::Elements elements = internal::BuildElements(kg);
  OutGraph g(elements.nodes.size());
  for (size_t i = 0; i < elements.nodes.size(); ++i) {
    const internal::ElementNode& node = elements.nodes[i];
    VertexProps& v = g[i];
    v.eg_id = node.id;
    v.label = node.label;
    if (const EntityRecord* e = node.entity) {
      v.kind = "entity";
      v.entity_kind = EntityKindName(e->kind);
      v.aliases = internal::Join(e->aliases, "; ");
      v.titles = internal::Join(e->titles, "; ");
      v.docs = internal::JoinDocs(e->docs, " ");
      v.mentions = static_cast<int>(e->mentions);
      v.latitude = e->latitude.value_or(0.0);
      v.longitude = e->longitude.value_or(0.0);
    } else {
      const EventRecord& ev = *node.event;
      v.kind = "event";
      v.type = ev.type;
      v.status = EventStatusName(ev.status);
      SetTime(ev.time, &v.time, &v.time_begin, &v.time_end, &v.precision);
      v.confidence = ev.confidence;
      v.sources = internal::SourcesText(ev.sources, " ");
      if (ev.place) v.place = ev.place->value();
      std::vector<DocId> docs;
      for (const SourceRef& s : ev.sources) docs.push_back(s.doc);
      v.docs = internal::JoinDocs(docs, " ");
    }
  }
  for (const internal::ElementEdge& edge : elements.edges) {
    EdgeProps p;
    p.eg_id = edge.id;
    p.kind = EdgeKindName(edge.kind);
    p.label = edge.label;
    if (edge.kind == EdgeKind::kParticipatesIn) p.role = edge.label;
    if (edge.relation) {
      p.relation_type = edge.relation->type;
      p.symmetric = edge.relation->symmetric;
    }
    if (edge.event) p.event = edge.event->id.value();
    if (edge.event || edge.relation) p.status = EventStatusName(edge.status);
    SetTime(edge.time, &p.time, nullptr, nullptr, nullptr);
    p.sources = internal::SourcesText(*edge.sources, " ");
    boost::add_edge(edge.source, edge.target, p, g);
  }
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("eg_id", boost::get(&VertexProps::eg_id, g));
  dp.property("label", boost::get(&VertexProps::label, g));
  dp.property("kind", boost::get(&VertexProps::kind, g));
  dp.property("entity_kind", boost::get(&VertexProps::entity_kind, g));
  dp.property("type", boost::get(&VertexProps::type, g));
  dp.property("status", boost::get(&VertexProps::status, g));
  dp.property("time", boost::get(&VertexProps::time, g));
  dp.property("time_begin", boost::get(&VertexProps::time_begin, g));
  dp.property("time_end", boost::get(&VertexProps::time_end, g));
  dp.property("precision", boost::get(&VertexProps::precision, g));
  dp.property("aliases", boost::get(&VertexProps::aliases, g));
  dp.property("titles", boost::get(&VertexProps::titles, g));
  dp.property("docs", boost::get(&VertexProps::docs, g));
  dp.property("sources", boost::get(&VertexProps::sources, g));
  dp.property("place", boost::get(&VertexProps::place, g));
  dp.property("mentions", boost::get(&VertexProps::mentions, g));
  dp.property("confidence", boost::get(&VertexProps::confidence, g));
  dp.property("latitude", boost::get(&VertexProps::latitude, g));
  dp.property("longitude", boost::get(&VertexProps::longitude, g));
  dp.property("edge_id", boost::get(&EdgeProps::eg_id, g));
  dp.property("edge_kind", boost::get(&EdgeProps::kind, g));
  dp.property("edge_label", boost::get(&EdgeProps::label, g));
  dp.property("role", boost::get(&EdgeProps::role, g));
  dp.property("relation_type", boost::get(&EdgeProps::relation_type, g));
  dp.property("event", boost::get(&EdgeProps::event, g));
  dp.property("edge_status", boost::get(&EdgeProps::status, g));
  dp.property("edge_time", boost::get(&EdgeProps::time, g));
  dp.property("symmetric", boost::get(&EdgeProps::symmetric, g));
  dp.property("edge_sources", boost::get(&EdgeProps::sources, g));
  std::ostringstream out;
  try {
    boost::write_graphml(out, g, boost::get(boost::vertex_index, g), dp, true);
  } catch (const std::exception& e) {
    return Status::Internal(std::string("graphml: ") + e.what());
  }
  return out.str();
}

}  // namespace eventgraph
