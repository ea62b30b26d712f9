// SPDX-License-Identifier: Apache-2.0
// Nodes are created in KnowledgeGraph order (entities, then events) and edges in EdgeId order,
// so cgraph writes them in a deterministic order. Node names are the stable record ids; every
// node and edge also gets an `id` attribute (the SVG element id) and `eg_*` attributes carrying
// kind, time and provenance. See docs/dot_conventions.md for shapes and colours.
#include "export/internal/agraph_builder.h"

#include <map>
#include <mutex>
#include <vector>

#include "export/internal/graph_elements.h"
#include "export/internal/style.h"

namespace eventgraph::internal {
namespace {

std::mutex g_error_mutex;
std::vector<std::string>* g_errors = nullptr;

int CaptureError(char* message) {
  if (g_errors != nullptr && message != nullptr) {
    std::string text(message);
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    g_errors->push_back(text);
  }
  return 0;
}

std::vector<std::string> g_error_store;

// cgraph's API takes char* for strings it only reads; keep mutable copies alive per call.
class Strings {
 public:
  char* operator()(std::string_view s) {
    store_.emplace_back(s);
    return store_.back().data();
  }

 private:
  std::vector<std::string> store_;
};

void Set(void* object, Strings& s, std::string_view name, std::string_view value) {
  agsafeset(object, s(name), s(value), s(""));
}

std::string SourcesAttribute(const std::vector<SourceRef>& sources) {
  std::string out;
  for (const SourceRef& src : sources) {
    if (!out.empty()) out += " ";
    out += src.doc.value() + "#" + std::to_string(src.sentence) + "[" +
           std::to_string(src.span.begin) + "," + std::to_string(src.span.end) + ")";
  }
  return out;
}

}  // namespace

AgErrorCapture::AgErrorCapture() {
  g_error_mutex.lock();
  g_error_store.clear();
  g_errors = &g_error_store;
  previous_ = agseterrf(CaptureError);
}

AgErrorCapture::~AgErrorCapture() {
  agseterrf(previous_);
  g_errors = nullptr;
  g_error_mutex.unlock();
}

std::string AgErrorCapture::messages() const {
  std::string out;
  for (const std::string& m : g_error_store) {
    if (!out.empty()) out += "; ";
    out += m;
  }
  return out;
}

std::string DotEscString(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      continue;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

Result<AgraphPtr> BuildAgraph(const GraphData& data, const AgraphOptions& options, Agdisc_t* disc) {
  Strings s;
  AgraphPtr g(agopen(s("eventgraph"), Agdirected, disc));
  if (!g) return Status::Internal("cgraph: agopen failed");
  Set(g.get(), s, "charset", "UTF-8");
  Set(g.get(), s, "fontname", "Helvetica");
  if (options.force_directed) {
    Set(g.get(), s, "overlap", "prism");
    Set(g.get(), s, "outputorder", "edgesfirst");
  } else {
    Set(g.get(), s, "rankdir", "LR");
  }
  if (!options.title.empty()) {
    Set(g.get(), s, "label", DotEscString(options.title));
    Set(g.get(), s, "labelloc", "t");
  }
  agattr(g.get(), AGNODE, s("fontname"), s("Helvetica"));
  agattr(g.get(), AGNODE, s("fontsize"), s("11"));
  agattr(g.get(), AGEDGE, s("fontname"), s("Helvetica"));
  agattr(g.get(), AGEDGE, s("fontsize"), s("9"));

  const KnowledgeGraph kg{GraphData(data)};
  const Elements elements = BuildElements(kg);
  std::map<int32_t, Agraph_t*> clusters;
  std::vector<Agnode_t*> nodes;
  nodes.reserve(elements.nodes.size());
  for (const ElementNode& node : elements.nodes) {
    Agraph_t* parent = g.get();
    if (options.clusters_by_year && node.event && node.event->time) {
      std::optional<int32_t> year;
      if (node.event->time->begin.year != 0) year = node.event->time->begin.year;
      if (year) {
        Agraph_t*& cluster = clusters[*year];
        if (cluster == nullptr) {
          cluster = agsubg(g.get(), s("cluster_" + std::to_string(*year)), 1);
          if (cluster == nullptr) return Status::Internal("cgraph: agsubg failed");
          Set(cluster, s, "label", std::to_string(*year));
          Set(cluster, s, "style", "rounded,dashed");
          Set(cluster, s, "color", "#888888");
        }
        parent = cluster;
      }
    }
    Agnode_t* n = agnode(parent, s(node.id), 1);
    if (n == nullptr) return Status::Internal("cgraph: agnode failed for " + node.id);
    nodes.push_back(n);
    Set(n, s, "id", node.id);
    if (const EntityRecord* e = node.entity) {
      const NodeStyle style = EntityStyle(e->kind);
      Set(n, s, "label", DotEscString(e->name));
      Set(n, s, "shape", style.shape);
      Set(n, s, "style", "filled");
      Set(n, s, "fillcolor", style.fill);
      Set(n, s, "color", style.stroke);
      Set(n, s, "eg_kind", EntityKindName(e->kind));
      Set(n, s, "eg_mentions", std::to_string(e->mentions));
      std::string docs;
      for (const DocId& d : e->docs) docs += (docs.empty() ? "" : " ") + d.value();
      Set(n, s, "eg_docs", docs);
      std::string tooltip = e->name + " (" + std::string(EntityKindName(e->kind)) + ")";
      for (const std::string& t : e->titles) tooltip += "\n" + t;
      Set(n, s, "tooltip", DotEscString(tooltip));
    } else {
      const EventRecord& ev = *node.event;
      std::string label = DotEscString(node.label);
      if (ev.time && ev.time->known()) label += "\\n" + DotEscString(ev.time->value);
      std::string style = "rounded,filled";
      if (ev.status == EventStatus::kPlanned || ev.status == EventStatus::kUncertain) {
        style += ",dashed";
      } else if (ev.status == EventStatus::kNegated) {
        style += ",dotted";
      }
      Set(n, s, "label", label);
      Set(n, s, "shape", "box");
      Set(n, s, "style", style);
      Set(n, s, "fillcolor", EventTypeColor(ev.type));
      Set(n, s, "eg_kind", "event");
      Set(n, s, "eg_type", ev.type);
      Set(n, s, "eg_status", EventStatusName(ev.status));
      Set(n, s, "eg_time", ev.time ? ev.time->value : "");
      Set(n, s, "eg_sources", SourcesAttribute(ev.sources));
      std::string tooltip = ev.type + " (" + std::string(EventStatusName(ev.status)) + ")";
      for (const SourceRef& src : ev.sources) tooltip += "\n" + src.text;
      Set(n, s, "tooltip", DotEscString(tooltip));
    }
  }
  for (const ElementEdge& edge : elements.edges) {
    Agedge_t* e = agedge(g.get(), nodes[edge.source], nodes[edge.target], s(edge.id), 1);
    if (e == nullptr) return Status::Internal("cgraph: agedge failed for " + edge.id);
    Set(e, s, "id", edge.id);
    std::string label = DotEscString(edge.label);
    switch (edge.kind) {
      case EdgeKind::kParticipatesIn:
        Set(e, s, "color", "#7f7f7f");
        break;
      case EdgeKind::kTookPlaceIn:
        Set(e, s, "color", "#9467bd");
        Set(e, s, "style", "dotted");
        break;
      case EdgeKind::kRelation:
        Set(e, s, "color", "#b22222");
        Set(e, s, "penwidth", "2");
        if (edge.time && edge.time->known()) label += "\\n" + DotEscString(edge.time->value);
        if (edge.relation->symmetric) Set(e, s, "dir", "both");
        if (edge.status != EventStatus::kOccurred) Set(e, s, "style", "dashed");
        break;
      case EdgeKind::kLocatedIn:
        Set(e, s, "color", "#9467bd");
        Set(e, s, "style", "dashed");
        Set(e, s, "arrowhead", "empty");
        break;
    }
    Set(e, s, "label", label);
    Set(e, s, "eg_kind", EdgeKindName(edge.kind));
    if (edge.event) Set(e, s, "eg_event", edge.event->id.value());
    if (edge.time) Set(e, s, "eg_time", edge.time->value);
    if (!edge.sources->empty()) Set(e, s, "eg_sources", SourcesAttribute(*edge.sources));
  }
  return g;
}

}  // namespace eventgraph::internal
