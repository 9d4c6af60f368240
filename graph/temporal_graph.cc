#include "graph/temporal_graph.h"

#include <boost/graph/adjacency_list.hpp>

#include <algorithm>
#include <cstdio>
#include <set>
#include <tuple>

#include "core/stable_hash.h"

namespace diplograph {

namespace {


template <typename T>
void AddSorted(std::vector<T>& v, const T& x) {
  auto it = std::lower_bound(v.begin(), v.end(), x);
  if (it == v.end() || *it != x) v.insert(it, x);
}

}  // namespace

const char* NodeKindName(NodeKind k) {
  switch (k) {
    case NodeKind::kActor: return "actor";
    case NodeKind::kPlace: return "place";
    case NodeKind::kEvent: return "event";
    case NodeKind::kDocument: return "document";
  }
  return "actor";
}

struct TemporalGraph::Impl {
  // vecS keeps insertion order; exports sort by id, so order of insertion
  // never shows in the output.
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, GraphNode, GraphEdge>;
  using Vertex = Graph::vertex_descriptor;
  Graph g;
  std::map<std::string, Vertex> index;

  GraphNode* Find(const std::string& id) {
    auto it = index.find(id);
    return it == index.end() ? nullptr : &g[it->second];
  }
  Vertex Add(GraphNode node) {
    Vertex v = boost::add_vertex(node, g);
    index[node.id] = v;
    return v;
  }
  // Edges already present, so that linking stays logarithmic: a state in
  // thousands of events would make boost::edge's scan of its out-edges
  // quadratic over a corpus.
  std::set<std::tuple<std::string, std::string, std::string>> links;

  void Link(const std::string& from, const std::string& to, const std::string& role) {
    auto a = index.find(from), b = index.find(to);
    if (a == index.end() || b == index.end()) return;
    if (!links.emplace(from, to, role).second) return;
    boost::add_edge(a->second, b->second, GraphEdge{from, to, role}, g);
  }
};

TemporalGraph::TemporalGraph() : impl_(std::make_unique<Impl>()) {}
TemporalGraph::~TemporalGraph() = default;
TemporalGraph::TemporalGraph(TemporalGraph&&) noexcept = default;
TemporalGraph& TemporalGraph::operator=(TemporalGraph&&) noexcept = default;

void TemporalGraph::AddFacts(const Facts& facts) {
  Impl& d = *impl_;
  std::string doc_id = facts.doc_id;
  if (!d.Find(doc_id)) {
    GraphNode n;
    n.kind = NodeKind::kDocument;
    n.id = doc_id;
    n.document = {doc_id, facts.doc_path, facts.doc_title, facts.doc_url, facts.doc_source,
                  facts.language, facts.published};
    d.Add(std::move(n));
  }
  for (const Actor& a : facts.actors) {
    GraphNode* n = d.Find(a.id);
    if (n == nullptr) {
      GraphNode node;
      node.kind = IsPlaceKind(a.kind) ? NodeKind::kPlace : NodeKind::kActor;
      node.id = a.id;
      node.actor = a;
      node.actor.names.clear();
      node.actor.roles.clear();
      d.Add(std::move(node));
      n = d.Find(a.id);
    }
    for (const auto& name : a.names) AddSorted(n->actor.names, name);
    for (const auto& role : a.roles) AddSorted(n->actor.roles, role);
  }
  // Events match across articles by the state each actor stands for.
  for (const Event& e : facts.events) {
    std::set<std::string> sides;
    for (const auto& s : e.sources) sides.insert(Side(s));
    for (const auto& t : e.targets) sides.insert(Side(t));
    std::string key = e.category + "|" + e.start.ToIso();
    for (const auto& s : sides) key += "|" + s;
    std::string id = "event-" + StableHash(key).substr(0, 16);
    GraphNode* n = d.Find(id);
    if (n == nullptr) {
      GraphNode node;
      node.kind = NodeKind::kEvent;
      node.id = id;
      node.event = e;
      node.event.id = id;
      node.event.evidence.clear();
      node.event.sources.clear();
      node.event.targets.clear();
      node.event.mediators.clear();
      node.event.quantities.clear();
      d.Add(std::move(node));
      n = d.Find(id);
    }
    Event& m = n->event;
    for (const auto& s : e.sources) AddSorted(m.sources, s);
    for (const auto& t : e.targets)
      if (!std::binary_search(m.sources.begin(), m.sources.end(), t)) AddSorted(m.targets, t);
    for (const auto& x : e.mediators) AddSorted(m.mediators, x);
    for (const auto& q : e.quantities) AddSorted(m.quantities, q);
    if (m.mode.empty() || (!e.mode.empty() && e.mode < m.mode)) m.mode = e.mode;
    if (m.location.empty() || (!e.location.empty() && e.location < m.location)) m.location = e.location;
    if (m.end < e.end) m.end = e.end;
    for (const Evidence& ev : e.evidence) {
      auto pos = std::find_if(m.evidence.begin(), m.evidence.end(), [&](const Evidence& x) {
        return x.doc_id == ev.doc_id && x.trigger == ev.trigger;
      });
      if (pos == m.evidence.end()) m.evidence.push_back(ev);
    }
    std::sort(m.evidence.begin(), m.evidence.end(), [](const Evidence& a, const Evidence& b) {
      return std::tie(a.doc_id, a.trigger.begin) < std::tie(b.doc_id, b.trigger.begin);
    });
    for (const auto& s : m.sources) d.Link(s, id, "agent");
    for (const auto& t : m.targets) d.Link(id, t, "recipient");
    for (const auto& x : m.mediators) d.Link(x, id, "mediator");
    if (!m.location.empty()) d.Link(id, m.location, "location");
    d.Link(id, doc_id, "evidence");
  }
}

const GraphNode* TemporalGraph::FindNode(const std::string& id) const { return impl_->Find(id); }

std::string TemporalGraph::Side(const std::string& actor_id) const {
  const GraphNode* n = impl_->Find(actor_id);
  if (n && n->actor.kind != ActorKind::kState && !n->actor.country.empty()) return n->actor.country;
  return actor_id;
}

std::vector<const GraphNode*> TemporalGraph::Actors() const {
  std::vector<const GraphNode*> out;
  for (const auto& [id, v] : impl_->index)
    if (impl_->g[v].kind == NodeKind::kActor) out.push_back(&impl_->g[v]);
  return out;  // std::map iterates in id order
}

std::vector<const GraphNode*> TemporalGraph::Places() const {
  std::vector<const GraphNode*> out;
  for (const auto& [id, v] : impl_->index)
    if (impl_->g[v].kind == NodeKind::kPlace) out.push_back(&impl_->g[v]);
  return out;
}

std::vector<const GraphNode*> TemporalGraph::Documents() const {
  std::vector<const GraphNode*> out;
  for (const auto& [id, v] : impl_->index)
    if (impl_->g[v].kind == NodeKind::kDocument) out.push_back(&impl_->g[v]);
  return out;
}

std::vector<const GraphNode*> TemporalGraph::Events() const {
  std::vector<const GraphNode*> out;
  for (const auto& [id, v] : impl_->index)
    if (impl_->g[v].kind == NodeKind::kEvent) out.push_back(&impl_->g[v]);
  std::stable_sort(out.begin(), out.end(), [](const GraphNode* a, const GraphNode* b) {
    std::string da = a->event.start.ToIso(), db = b->event.start.ToIso();
    if (da != db) return da < db;
    return a->id < b->id;
  });
  return out;
}

std::vector<GraphEdge> TemporalGraph::Edges() const {
  std::vector<GraphEdge> out;
  auto [begin, end] = boost::edges(impl_->g);
  for (auto it = begin; it != end; ++it) out.push_back(impl_->g[*it]);
  std::sort(out.begin(), out.end(), [](const GraphEdge& a, const GraphEdge& b) {
    return std::tie(a.from, a.to, a.role) < std::tie(b.from, b.to, b.role);
  });
  return out;
}

size_t TemporalGraph::node_count() const { return boost::num_vertices(impl_->g); }

}  // namespace diplograph
