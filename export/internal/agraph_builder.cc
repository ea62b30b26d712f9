// SPDX-License-Identifier: Apache-2.0
// Nodes are created in KnowledgeGraph order (entities, then events) and edges in EdgeId order,
// so cgraph writes them in a deterministic order. Node names are the stable record ids; every
// node and edge also gets an `id` attribute (the SVG element id) and `eg_*` attributes carrying
// kind, time and provenance. See docs/dot_conventions.md for shapes and colours.
#include "export/internal/agraph_builder.h"

#include <deque>
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

// cgraph's API takes char* for strings it only reads; keep mutable copies alive per call. A
// deque, because push_back must not move earlier strings (a vector would, and with the
// small-string optimization their data() pointers would dangle).
class Strings {
 public:
  char* operator()(std::string_view s) {
    store_.emplace_back(s);
    return store_.back().data();
  }

 private:
  std::deque<std::string> store_;
};

void Set(void* object, Strings& s, std::string_view name, std::string_view value) {
  agsafeset(object, s(name), s(value), s(""));
}

// Node and edge attributes by name, each declared (agattr with default "") on first use and then
// set through its symbol: agsafeset looks the name up in the graph's attribute dictionary on
// every call, which dominated writing a 30k-node graph. First use declares, as agsafeset did, so
// the attribute order in the DOT output is the same. cgraph copies every value (agstrdup), so
// one scratch buffer serves all calls.
class AttributeSetter {
 public:
  AttributeSetter(Agraph_t* graph, int kind) : graph_(graph), kind_(kind) {}

  void operator()(void* object, std::string_view name, std::string_view value) {
    auto it = symbols_.find(name);  // no std::string made for names seen before
    if (it == symbols_.end()) {
      scratch_.assign(name);
      std::string empty;
      it = symbols_.emplace(std::string(name), agattr(graph_, kind_, scratch_.data(), empty.data()))
               .first;
    }
    Agsym_t* sym = it->second;
    // A new object holds the default already: setting "" over a "" default changes nothing
    // (undated events' eg_time, unlabelled edges), so cgraph need not copy it.
    if (value.empty() && sym != nullptr && sym->defval != nullptr && sym->defval[0] == '\0') {
      return;
    }
    scratch_.assign(value);
    agxset(object, sym, scratch_.data());
  }

 private:
  Agraph_t* graph_;
  int kind_;
  std::map<std::string, Agsym_t*, std::less<>> symbols_;
  std::string scratch_;
};

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

  const KnowledgeGraph kg{&data};
  const Elements elements = BuildElements(kg);
  std::map<int32_t, Agraph_t*> clusters;
  std::vector<Agnode_t*> nodes;
  nodes.reserve(elements.nodes.size());
  AttributeSetter set_node(g.get(), AGNODE);
  AttributeSetter set_edge(g.get(), AGEDGE);
  std::string scratch;
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
    scratch = node.id;
    Agnode_t* n = agnode(parent, scratch.data(), 1);
    if (n == nullptr) return Status::Internal("cgraph: agnode failed for " + node.id);
    nodes.push_back(n);
    set_node(n, "id", node.id);
    if (const EntityRecord* e = node.entity) {
      const NodeStyle style = EntityStyle(e->kind);
      set_node(n, "label", DotEscString(e->name));
      set_node(n, "shape", style.shape);
      set_node(n, "style", "filled");
      set_node(n, "fillcolor", style.fill);
      set_node(n, "color", style.stroke);
      set_node(n, "eg_kind", EntityKindName(e->kind));
      set_node(n, "eg_mentions", std::to_string(e->mentions));
      std::string docs;
      for (const DocId& d : e->docs) docs += (docs.empty() ? "" : " ") + d.value();
      set_node(n, "eg_docs", docs);
      std::string tooltip = e->name + " (" + std::string(EntityKindName(e->kind)) + ")";
      for (const std::string& t : e->titles) tooltip += "\n" + t;
      set_node(n, "tooltip", DotEscString(tooltip));
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
      set_node(n, "label", label);
      set_node(n, "shape", "box");
      set_node(n, "style", style);
      set_node(n, "fillcolor", EventTypeColor(ev.type));
      set_node(n, "eg_kind", "event");
      set_node(n, "eg_type", ev.type);
      set_node(n, "eg_status", EventStatusName(ev.status));
      set_node(n, "eg_time", ev.time ? ev.time->value : "");
      set_node(n, "eg_sources", SourcesAttribute(ev.sources));
      std::string tooltip = ev.type + " (" + std::string(EventStatusName(ev.status)) + ")";
      for (const SourceRef& src : ev.sources) tooltip += "\n" + src.text;
      set_node(n, "tooltip", DotEscString(tooltip));
    }
  }
  for (const ElementEdge& edge : elements.edges) {
    scratch = edge.id;
    Agedge_t* e = agedge(g.get(), nodes[edge.source], nodes[edge.target], scratch.data(), 1);
    if (e == nullptr) return Status::Internal("cgraph: agedge failed for " + edge.id);
    set_edge(e, "id", edge.id);
    std::string label = DotEscString(edge.label);
    switch (edge.kind) {
      case EdgeKind::kParticipatesIn:
        set_edge(e, "color", "#7f7f7f");
        break;
      case EdgeKind::kTookPlaceIn:
        set_edge(e, "color", "#9467bd");
        set_edge(e, "style", "dotted");
        break;
      case EdgeKind::kRelation:
        set_edge(e, "color", "#b22222");
        set_edge(e, "penwidth", "2");
        if (edge.time && edge.time->known()) label += "\\n" + DotEscString(edge.time->value);
        if (edge.relation->symmetric) set_edge(e, "dir", "both");
        if (edge.status != EventStatus::kOccurred) set_edge(e, "style", "dashed");
        break;
      case EdgeKind::kLocatedIn:
        set_edge(e, "color", "#9467bd");
        set_edge(e, "style", "dashed");
        set_edge(e, "arrowhead", "empty");
        break;
    }
    set_edge(e, "label", label);
    set_edge(e, "eg_kind", EdgeKindName(edge.kind));
    if (edge.event) set_edge(e, "eg_event", edge.event->id.value());
    if (edge.time) set_edge(e, "eg_time", edge.time->value);
    if (!edge.sources->empty()) set_edge(e, "eg_sources", SourcesAttribute(*edge.sources));
  }
  return g;
}

}  // namespace eventgraph::internal
