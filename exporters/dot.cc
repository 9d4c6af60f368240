#include "exporters/dot.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <set>
#include <vector>

#include "exporters/jsonld.h"
#include "exporters/output_file.h"

namespace diplograph {

namespace {

struct GraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
struct ContextCloser {
  void operator()(GVC_t* c) const { gvFreeContext(c); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;
using ContextPtr = std::unique_ptr<GVC_t, ContextCloser>;

// cgraph 2.42 takes char*: one mutable copy per call.
class CStr {
 public:
  explicit CStr(const std::string& s) : buf_(s.begin(), s.end()) { buf_.push_back('\0'); }
  char* get() { return buf_.data(); }

 private:
  std::vector<char> buf_;
};

void Set(void* obj, const std::string& key, const std::string& value) {
  CStr k(key), v(value), empty("");
  agsafeset(obj, k.get(), v.get(), empty.get());
}

const char* Shape(ActorKind k) {
  switch (k) {
    case ActorKind::kPerson: return "ellipse";
    case ActorKind::kState: return "box";
    case ActorKind::kOrganisation: return "hexagon";
    case ActorKind::kArmedGroup: return "octagon";
    case ActorKind::kGovernmentBody: return "component";
    default: return "house";
  }
}

// Fill colours by PLOVER quad class: verbal/material cooperation/conflict.
const char* CategoryColour(const std::string& c) {
  if (c == "AGREE" || c == "CONSULT" || c == "SUPPORT") return "#d9ead3";  // verbal cooperation
  if (c == "COOPERATE" || c == "AID" || c == "RETREAT" || c == "CONCEDE") return "#b6d7a8";
  if (c == "DEMAND" || c == "DISAPPROVE" || c == "REJECT" || c == "THREATEN" || c == "INVESTIGATE")
    return "#fce5cd";  // verbal conflict
  return "#f4cccc";   // material conflict
}

std::string ActorLabel(const Actor& a, const DotOptions& o) {
  switch (o.labels) {
    case DotOptions::Labels::kEnglish: return a.name;
    case DotOptions::Labels::kArabic: return a.name_ar.empty() ? a.name : a.name_ar;
    case DotOptions::Labels::kBoth:
      return a.name_ar.empty() ? a.name : a.name + "\n" + a.name_ar;
  }
  return a.name;
}

}  // namespace

std::vector<const GraphNode*> DiagramEvents(const TemporalGraph& graph, const DotOptions& o) {
  std::vector<const GraphNode*> events = graph.Events();
  if (o.max_events == 0 || events.size() <= o.max_events) return events;
  std::vector<const GraphNode*> ranked = events;
  std::stable_sort(ranked.begin(), ranked.end(), [](const GraphNode* a, const GraphNode* b) {
    if (a->event.evidence.size() != b->event.evidence.size())
      return a->event.evidence.size() > b->event.evidence.size();
    return a->event.start.ToIso() > b->event.start.ToIso();
  });
  ranked.resize(o.max_events);
  std::set<const GraphNode*> keep(ranked.begin(), ranked.end());
  std::vector<const GraphNode*> out;
  for (const GraphNode* e : events)
    if (keep.count(e)) out.push_back(e);
  return out;
}

namespace {

Result<GraphPtr> Build(const TemporalGraph& graph, const DotOptions& o) {
  std::vector<const GraphNode*> events = DiagramEvents(graph, o);
  std::set<std::string> shown;
  for (const GraphNode* n : events) {
    shown.insert(n->id);
    for (const auto* list : {&n->event.sources, &n->event.targets, &n->event.mediators})
      shown.insert(list->begin(), list->end());
    if (!n->event.location.empty()) shown.insert(n->event.location);
  }
  CStr name("diplograph");
  GraphPtr g(agopen(name.get(), Agdirected, nullptr));
  if (!g) return Status::Error("cannot create the Graphviz graph");
  Set(g.get(), "rankdir", "LR");
  Set(g.get(), "fontname", o.font);
  Set(g.get(), "bgcolor", "white");
  Set(g.get(), "charset", "UTF-8");
  // A bound on the drawing (inches): Graphviz scales a larger layout down,
  // so a big news day gives a readable page, not a 20,000-pixel PNG.
  Set(g.get(), "size", "40,40");
  if (events.size() > 30) {
    // dot's crossing minimisation grows fast with hub nodes (a state in
    // every event): bounded passes lay out a big news day in seconds
    // instead of a minute, at a small cost in tidiness.
    Set(g.get(), "mclimit", "0.1");
    Set(g.get(), "nslimit", "2");
    Set(g.get(), "nslimit1", "2");
  }
  auto node = [&](const std::string& id) {
    CStr c(id);
    return agnode(g.get(), c.get(), 1);
  };
  for (const GraphNode* n : graph.Actors()) {
    if (!shown.count(n->id)) continue;
    Agnode_t* v = node(n->id);
    Set(v, "label", ActorLabel(n->actor, o));
    Set(v, "shape", Shape(n->actor.kind));
    Set(v, "fontname", o.font);
    Set(v, "style", "filled");
    Set(v, "fillcolor", n->actor.kind == ActorKind::kPerson ? "#cfe2f3" : "#fff2cc");
  }
  for (const GraphNode* n : graph.Places()) {
    if (!shown.count(n->id)) continue;
    Agnode_t* v = node(n->id);
    Set(v, "label", ActorLabel(n->actor, o));
    Set(v, "shape", "house");
    Set(v, "fontname", o.font);
  }
  for (const GraphNode* n : events) {
    const Event& e = n->event;
    Agnode_t* v = node(n->id);
    std::string label = e.category + (e.mode.empty() ? "" : " (" + e.mode + ")") + "\n" + DateLabel(e);
    if (e.status != EventStatus::kHappened && e.status != EventStatus::kOngoing)
      label += "\n[" + std::string(EventStatusName(e.status)) + "]";
    Set(v, "label", label);
    Set(v, "shape", "box");
    Set(v, "style", "rounded,filled");
    Set(v, "fillcolor", CategoryColour(e.category));
    Set(v, "fontname", o.font);
    Set(v, "tooltip", EventLabel(graph, e));
  }
  for (const GraphEdge& edge : graph.Edges()) {
    if (edge.role == "evidence" || !shown.count(edge.from) || !shown.count(edge.to)) continue;
    CStr from(edge.from), to(edge.to);
    Agnode_t* a = agnode(g.get(), from.get(), 0);
    Agnode_t* b = agnode(g.get(), to.get(), 0);
    if (!a || !b) continue;
    CStr ename("");
    Agedge_t* e = agedge(g.get(), a, b, ename.get(), 1);
    Set(e, "label", edge.role);
    Set(e, "fontname", o.font);
    Set(e, "fontsize", "10");
    if (edge.role == "location") Set(e, "style", "dashed");
    if (edge.role == "mediator") Set(e, "style", "dotted");
  }
  return g;
}

}  // namespace

Result<std::string> WriteDot(const TemporalGraph& graph, const DotOptions& options) {
  Result<GraphPtr> g = Build(graph, options);
  if (!g.ok()) return g.status();
  char* data = nullptr;
  size_t size = 0;
  FILE* mem = open_memstream(&data, &size);
  if (mem == nullptr) return Status::Error("out of memory writing DOT");
  agwrite(g->get(), mem);
  std::fclose(mem);
  std::string out(data, size);
  std::free(data);
  return out;
}

Status RenderDiagram(const TemporalGraph& graph, const DotOptions& options, const std::string& format,
                     const std::string& path) {
  Result<GraphPtr> g = Build(graph, options);
  if (!g.ok()) return g.status();
  // One gvc context for the process: Graphviz 2.42's pango plugin keeps a
  // font cache that outlives gvFreeContext, so a second context reads freed
  // memory (seen under AddressSanitizer when rendering SVG, then PNG).
  static std::mutex mutex;
  static ContextPtr shared(gvContext());
  std::lock_guard<std::mutex> lock(mutex);
  GVC_t* gvc = shared.get();
  if (gvc == nullptr) return Status::Error(path, 0, "cannot start Graphviz");
  CStr engine("dot");
  if (gvLayout(gvc, g->get(), engine.get()) != 0)
    return Status::Error(path, 0, "Graphviz could not lay out the graph");
  // Cairo shapes Arabic; the old gd renderer does not.
  std::string renderer = format == "png" ? "png:cairo" : format == "pdf" ? "pdf:cairo" : format;
  Status s = WriteViaTemporary(path, [&](const std::string& tmp) {
    CStr fmt(renderer), file(tmp);
    if (gvRenderFilename(gvc, g->get(), fmt.get(), file.get()) != 0)
      return Status::Error(path, 0, "Graphviz cannot render '" + format + "'; is the graphviz package installed?");
    return Status();
  });
  gvFreeLayout(gvc, g->get());
  return s;
}

}  // namespace diplograph
