// SPDX-License-Identifier: Apache-2.0
// gvc owns the layout; its context, layout and render buffer are each released by a RAII guard
// so every early return frees them. The size guard picks the largest k such that the top-k
// entities by mentions plus their events fit under the node limit.
#include "export/svg_writer.h"

#include <algorithm>
#include <memory>
#include <numeric>
#include <set>

#include <graphviz/gvc.h>

#include "export/internal/agraph_builder.h"

namespace eventgraph {
namespace {

struct GvcCloser {
  void operator()(GVC_t* gvc) const {
    if (gvc != nullptr) gvFreeContext(gvc);
  }
};

// Subset of `graph`: entities in `keep` (by index), events with a participant among them.
GraphData Subset(const GraphData& graph, const std::vector<size_t>& keep) {
  std::set<std::string> ids;
  for (size_t i : keep) ids.insert(graph.entities[i].id.value());
  GraphData out;
  out.documents = graph.documents;
  for (const EntityRecord& e : graph.entities) {
    if (ids.count(e.id.value()) == 0) continue;
    out.entities.push_back(e);
    if (out.entities.back().parent && ids.count(out.entities.back().parent->value()) == 0) {
      out.entities.back().parent.reset();
    }
  }
  std::set<std::string> events;
  for (const EventRecord& e : graph.events) {
    EventRecord copy = e;
    std::erase_if(copy.participants,
                  [&](const ParticipantRecord& p) { return ids.count(p.entity.value()) == 0; });
    if (copy.participants.empty()) continue;
    if (copy.place && ids.count(copy.place->value()) == 0) copy.place.reset();
    events.insert(copy.id.value());
    out.events.push_back(std::move(copy));
  }
  for (const RelationRecord& r : graph.relations) {
    if (ids.count(r.source.value()) == 0 || ids.count(r.target.value()) == 0) continue;
    RelationRecord copy = r;
    if (copy.event && events.count(copy.event->value()) == 0) copy.event.reset();
    out.relations.push_back(std::move(copy));
  }
  return out;
}

}  // namespace

GraphData LimitGraphForSvg(const GraphData& graph, size_t node_limit, std::string* note) {
  note->clear();
  if (graph.entities.size() + graph.events.size() <= node_limit) return graph;
  std::vector<size_t> order(graph.entities.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const EntityRecord& x = graph.entities[a];
    const EntityRecord& y = graph.entities[b];
    if (x.mentions != y.mentions) return x.mentions > y.mentions;
    return x.id < y.id;
  });
  // Binary search the largest k whose subset fits.
  size_t lo = 0;
  size_t hi = std::min(order.size(), node_limit);
  while (lo < hi) {
    const size_t mid = (lo + hi + 1) / 2;
    GraphData candidate = Subset(
        graph,
        std::vector<size_t>(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(mid)));
    if (candidate.entities.size() + candidate.events.size() <= node_limit) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  *note = "showing the top " + std::to_string(lo) + " of " + std::to_string(graph.entities.size()) +
          " entities by mentions (node limit " + std::to_string(node_limit) + ")";
  return Subset(
      graph, std::vector<size_t>(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(lo)));
}

Result<std::string> WriteSvg(const GraphData& graph, const SvgOptions& options) {
  std::string note;
  const GraphData shown = LimitGraphForSvg(graph, options.node_limit, &note);
  const size_t node_count = shown.entities.size() + shown.events.size();
  const std::string layout = !options.layout.empty()                     ? options.layout
                             : node_count > options.force_directed_above ? "sfdp"
                                                                         : "dot";
  internal::AgErrorCapture errors;
  // The context is created first so it is freed last, after agclose of the graph.
  std::unique_ptr<GVC_t, GvcCloser> gvc(gvContext());
  if (!gvc) return Status::Internal("gvc: gvContext failed");
  internal::AgraphOptions agraph_options;
  agraph_options.clusters_by_year = options.clusters_by_year && layout == "dot";
  agraph_options.title = note;
  agraph_options.force_directed = layout != "dot";
  Result<internal::AgraphPtr> g = internal::BuildAgraph(shown, agraph_options, nullptr);
  if (!g.ok()) return g.status();
  if (gvLayout(gvc.get(), g->get(), layout.c_str()) != 0) {
    return Status::Internal("gvc: layout '" + layout + "' failed: " + errors.messages());
  }
  char* data = nullptr;
  unsigned int length = 0;
  const int rendered = gvRenderData(gvc.get(), g->get(), "svg", &data, &length);
  std::string out;
  if (rendered == 0 && data != nullptr) out.assign(data, length);
  if (data != nullptr) gvFreeRenderData(data);
  gvFreeLayout(gvc.get(), g->get());
  if (rendered != 0) return Status::Internal("gvc: SVG rendering failed: " + errors.messages());
  return out;
}

}  // namespace eventgraph
