#include "graph/temporal_graph.h"

#include <boost/graph/adjacency_list.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>

#include "core/stable_hash.h"

namespace diplograph {

namespace {

template <typename T>
void AddSorted(std::vector<T>& v, const T& x) {
  auto it = std::lower_bound(v.begin(), v.end(), x);
  if (it == v.end() || *it != x) v.insert(it, x);
}

template <typename T>
void SortUnique(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// 0 unknown, 1 year, 2 month, 3 day.
int Precision(const Date& d) { return !d.known() ? 0 : d.month == 0 ? 1 : d.day == 0 ? 2 : 3; }

// The smaller of two values where "" means "not given".
void KeepSmallest(std::string& kept, const std::string& offered) {
  if (kept.empty() || (!offered.empty() && offered < kept)) kept = offered;
}

// Participants as sorted sets (an agent is not also a recipient), evidence
// in document order, each piece once.
void Normalize(Event& m) {
  SortUnique(m.sources);
  SortUnique(m.targets);
  std::erase_if(m.targets, [&](const std::string& t) { return std::binary_search(m.sources.begin(), m.sources.end(), t); });
  SortUnique(m.mediators);
  SortUnique(m.quantities);
  std::sort(m.evidence.begin(), m.evidence.end(), [](const Evidence& a, const Evidence& b) {
    return std::tie(a.doc_id, a.trigger.begin, a.trigger.end, a.sentence.begin, a.date, a.text) <
           std::tie(b.doc_id, b.trigger.begin, b.trigger.end, b.sentence.begin, b.date, b.text);
  });
  m.evidence.erase(std::unique(m.evidence.begin(), m.evidence.end(),
                               [](const Evidence& a, const Evidence& b) {
                                 return a.doc_id == b.doc_id && a.trigger == b.trigger;
                               }),
                   m.evidence.end());
}

// Union-find over atoms, smallest index as the root, so that a cluster's
// root does not depend on the order in which unions happen.
struct Clusters {
  std::vector<uint32_t> parent;
  explicit Clusters(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
  uint32_t Find(uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Join(uint32_t a, uint32_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

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

std::vector<Date> AlternativeDates(const Event& e) {
  std::vector<Date> out;
  for (const Evidence& ev : e.evidence)
    if (ev.date.known() && ev.date != e.start && Precision(ev.date) == Precision(e.start)) out.push_back(ev.date);
  SortUnique(out);
  return out;
}

struct TemporalGraph::Impl {
  // vecS keeps insertion order; the graph is built in id order, so the
  // order in which facts were added never shows.
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, GraphNode, GraphEdge>;
  using Vertex = Graph::vertex_descriptor;

  // An event as one article reports it: the unit that merging groups.
  struct Atom {
    Event event;
    std::string doc_id;
    size_t seq = 0;  // position among the article's events
  };
  struct ActorRecord {
    std::string doc_id;  // the first document (by id) that named it
    GraphNode node;
  };

  // What AddFacts collected.
  std::map<std::string, ActorRecord> actors;
  std::map<std::string, GraphNode> documents;
  std::vector<Atom> atoms;

  // The merged graph, rebuilt on the first query after an addition.
  bool built = false;
  Graph g;
  std::unordered_map<std::string, Vertex> index;
  std::vector<const GraphNode*> actor_list, place_list, event_list, document_list;

  std::string Side(const std::string& actor_id) const {
    auto it = actors.find(actor_id);
    if (it != actors.end()) {
      const Actor& a = it->second.node.actor;
      if (a.kind != ActorKind::kState && !a.country.empty()) return a.country;
    }
    return actor_id;
  }
  std::string SidesKey(const Event& e) const {
    std::vector<std::string> sides;
    sides.reserve(e.sources.size() + e.targets.size());
    for (const auto& x : e.sources) sides.push_back(Side(x));
    for (const auto& x : e.targets) sides.push_back(Side(x));
    SortUnique(sides);
    std::string key;
    for (const auto& x : sides) key += "|" + x;
    return key;
  }

  void Build();
  Event Merge(const std::vector<uint32_t>& members) const;
};

// Every field of a merged event is a function of the set of its reports
// (a union, a smallest or largest value, or the first report by document
// id), so merging saved graphs in any grouping gives the same events.
Event TemporalGraph::Impl::Merge(const std::vector<uint32_t>& members) const {
  const Event& first = atoms[members.front()].event;
  if (members.size() == 1 && !first.evidence.empty() &&
      std::all_of(first.evidence.begin(), first.evidence.end(),
                  [&](const Evidence& ev) { return ev.date == first.evidence.front().date; })) {
    // Most events are read once: the report as it is, in the merged form.
    Event m = first;
    m.id.clear();
    Normalize(m);
    m.start = m.evidence.front().date;
    if (m.end.known() && m.end < m.start) m.end = m.start;
    return m;
  }
  Event m;
  m.category = first.category;
  m.cameo = first.cameo;
  m.trigger = first.trigger;
  m.about = first.about;
  m.status = first.status;
  for (uint32_t i : members) {
    const Event& e = atoms[i].event;
    m.sources.insert(m.sources.end(), e.sources.begin(), e.sources.end());
    m.targets.insert(m.targets.end(), e.targets.begin(), e.targets.end());
    m.mediators.insert(m.mediators.end(), e.mediators.begin(), e.mediators.end());
    m.quantities.insert(m.quantities.end(), e.quantities.begin(), e.quantities.end());
    m.evidence.insert(m.evidence.end(), e.evidence.begin(), e.evidence.end());
    KeepSmallest(m.mode, e.mode);
    KeepSmallest(m.location, e.location);
    // A report that it happened outweighs one that it was planned.
    m.status = std::min(m.status, e.status);
    if (m.end < e.end) m.end = e.end;
  }
  Normalize(m);

  // The start: the finest precision reported, then the date most documents
  // give, then the earliest.
  int precision = 0;
  bool one_date = true;
  for (const Evidence& ev : m.evidence) {
    precision = std::max(precision, Precision(ev.date));
    one_date = one_date && ev.date == m.evidence.front().date;
  }
  if (m.evidence.empty()) {
    m.start = first.start;
  } else if (one_date) {
    m.start = m.evidence.front().date;
  } else {
    std::map<Date, std::set<std::string>> support;
    for (const Evidence& ev : m.evidence)
      if (Precision(ev.date) == precision) support[ev.date].insert(ev.doc_id);
    size_t best = 0;
    for (const auto& [date, docs] : support)
      if (docs.size() > best) {
        best = docs.size();
        m.start = date;
      }
  }
  if (m.end.known() && m.end < m.start) m.end = m.start;
  // The time expression of the first report (by document) as precise as
  // the start. Not "the first that gave the start": a report's saved copy
  // carries its event's merged time expression, and only a choice that a
  // part would make the same way keeps merging associative.
  const Event* anchor = &first;
  for (uint32_t i : members) {
    const auto& ev = atoms[i].event.evidence;
    if (std::any_of(ev.begin(), ev.end(), [&](const Evidence& x) { return Precision(x.date) == precision; })) {
      anchor = &atoms[i].event;
      break;
    }
  }
  m.time_value = anchor->time_value;
  m.time_anchor = anchor->time_anchor;
  return m;
}

void TemporalGraph::Impl::Build() {
  actor_list.clear();
  place_list.clear();
  event_list.clear();
  document_list.clear();

  // Reports in document order; then grouped by category and sides, and
  // within a group joined by compatible dates.
  std::vector<uint32_t> order(atoms.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return std::tie(atoms[a].doc_id, atoms[a].seq, a) < std::tie(atoms[b].doc_id, atoms[b].seq, b);
  });
  std::unordered_map<std::string, uint32_t> group_ids;
  group_ids.reserve(atoms.size());
  std::vector<std::string> group_sides(atoms.size());
  struct Entry {
    uint32_t group;
    int year, month, day;
    uint32_t atom;  // by rank in `order`
    bool operator<(const Entry& o) const {
      return std::tie(group, year, month, day, atom) < std::tie(o.group, o.year, o.month, o.day, o.atom);
    }
  };
  std::vector<Entry> entries;
  entries.reserve(atoms.size());
  // Groups whose events involve two sides or more: only those let a month
  // report join the days of that month. A one-sided "investigate" or
  // "threaten" in some month is too vague to say which day it was.
  std::vector<bool> two_sided;
  for (uint32_t r = 0; r < order.size(); ++r) {
    const Event& e = atoms[order[r]].event;
    group_sides[r] = SidesKey(e);
    auto [it, fresh] = group_ids.try_emplace(e.category + group_sides[r], static_cast<uint32_t>(group_ids.size()));
    if (fresh) two_sided.push_back(std::count(group_sides[r].begin(), group_sides[r].end(), '|') >= 2);
    for (const Evidence& ev : e.evidence) entries.push_back({it->second, ev.date.year, ev.date.month, ev.date.day, r});
    if (e.evidence.empty()) entries.push_back({it->second, e.start.year, e.start.month, e.start.day, r});
  }
  std::sort(entries.begin(), entries.end());
  Clusters clusters(atoms.size());
  for (size_t b = 0, e; b < entries.size(); b = e) {
    // One group and one month (or one year, or undated).
    e = b + 1;
    bool whole_month = entries[b].month == 0 || (entries[b].day == 0 && two_sided[entries[b].group]);
    while (e < entries.size() && entries[e].group == entries[b].group && entries[e].year == entries[b].year &&
           entries[e].month == entries[b].month)
      ++e;
    for (size_t i = b + 1; i < e; ++i)
      if (whole_month || entries[i].day == entries[i - 1].day) clusters.Join(entries[i - 1].atom, entries[i].atom);
    // (Entries are sorted by day within the month, so equal days are next
    // to each other, and a month's own reports, day 0, come first.)
  }
  // Clusters in order of their first report; members in document order.
  std::vector<std::pair<uint32_t, uint32_t>> by_cluster(order.size());  // (root, rank)
  for (uint32_t r = 0; r < order.size(); ++r) by_cluster[r] = {clusters.Find(r), r};
  std::sort(by_cluster.begin(), by_cluster.end());

  size_t clusters_count = 0;
  for (size_t i = 0; i < by_cluster.size(); ++i)
    if (i == 0 || by_cluster[i].first != by_cluster[i - 1].first) ++clusters_count;
  g = Graph(actors.size() + documents.size() + clusters_count);
  index.clear();
  index.reserve(boost::num_vertices(g));
  Vertex next = 0;
  for (const auto& [id, record] : actors) {
    g[next] = record.node;
    index.emplace(id, next);
    (record.node.kind == NodeKind::kPlace ? place_list : actor_list).push_back(&g[next]);
    ++next;
  }
  for (const auto& [id, node] : documents) {
    g[next] = node;
    index.emplace(id, next);
    document_list.push_back(&g[next]);
    ++next;
  }
  const Vertex first_event = next;
  std::vector<uint32_t> list;
  for (size_t b = 0, e; b < by_cluster.size(); b = e) {
    list.clear();
    for (e = b; e < by_cluster.size() && by_cluster[e].first == by_cluster[b].first; ++e)
      list.push_back(order[by_cluster[e].second]);
    GraphNode& n = g[next];
    n.kind = NodeKind::kEvent;
    n.event = Merge(list);
    std::string key = n.event.category + "|" + n.event.start.ToIso() + group_sides[by_cluster[b].first];
    n.id = n.event.id = "event-" + StableHash(key).substr(0, 16);
    index.emplace(n.id, next);
    event_list.push_back(&n);
    ++next;
  }
  for (Vertex v = first_event; v < next; ++v) {
    const Event& m = g[v].event;
    auto link = [&](const std::string& other, const char* role, bool outward) {
      auto it = index.find(other);
      if (it == index.end()) return;
      if (outward) boost::add_edge(v, it->second, GraphEdge{m.id, other, role}, g);
      else boost::add_edge(it->second, v, GraphEdge{other, m.id, role}, g);
    };
    for (const auto& s : m.sources) link(s, "agent", false);
    for (const auto& t : m.targets) link(t, "recipient", true);
    for (const auto& x : m.mediators) link(x, "mediator", false);
    if (!m.location.empty()) link(m.location, "location", true);
    for (size_t i = 0; i < m.evidence.size(); ++i)
      if (i == 0 || m.evidence[i].doc_id != m.evidence[i - 1].doc_id) link(m.evidence[i].doc_id, "evidence", true);
  }
  std::sort(event_list.begin(), event_list.end(), [](const GraphNode* a, const GraphNode* b) {
    return std::tie(a->event.start, a->id) < std::tie(b->event.start, b->id);
  });
  built = true;
}

TemporalGraph::TemporalGraph() : impl_(std::make_unique<Impl>()) {}
TemporalGraph::~TemporalGraph() = default;
TemporalGraph::TemporalGraph(TemporalGraph&&) noexcept = default;
TemporalGraph& TemporalGraph::operator=(TemporalGraph&&) noexcept = default;

void TemporalGraph::AddFacts(const Facts& facts) {
  Impl& d = *impl_;
  d.built = false;
  if (!d.documents.count(facts.doc_id)) {
    GraphNode n;
    n.kind = NodeKind::kDocument;
    n.id = facts.doc_id;
    n.document = {facts.doc_id, facts.doc_path, facts.doc_title, facts.doc_url, facts.doc_source,
                  facts.language, facts.published};
    d.documents.emplace(facts.doc_id, std::move(n));
  }
  for (const Actor& a : facts.actors) {
    auto [it, fresh] = d.actors.try_emplace(a.id);
    Impl::ActorRecord& record = it->second;
    // The description comes from the first document by id that named the
    // actor, whatever the order of addition; names and roles from all.
    if (fresh || facts.doc_id < record.doc_id) {
      std::vector<std::string> names = std::move(record.node.actor.names);
      std::vector<std::string> roles = std::move(record.node.actor.roles);
      record.doc_id = facts.doc_id;
      record.node.kind = IsPlaceKind(a.kind) ? NodeKind::kPlace : NodeKind::kActor;
      record.node.id = a.id;
      record.node.actor = a;
      record.node.actor.names = std::move(names);
      record.node.actor.roles = std::move(roles);
    }
    for (const auto& name : a.names) AddSorted(record.node.actor.names, name);
    for (const auto& role : a.roles) AddSorted(record.node.actor.roles, role);
  }
  size_t seq = 0;
  for (const Event& e : facts.events) {
    Impl::Atom atom{e, facts.doc_id, seq++};
    for (Evidence& ev : atom.event.evidence)
      if (!ev.date.known()) ev.date = e.start;
    d.atoms.push_back(std::move(atom));
  }
}

const GraphNode* TemporalGraph::FindNode(const std::string& id) const {
  if (!impl_->built) impl_->Build();
  auto it = impl_->index.find(id);
  return it == impl_->index.end() ? nullptr : &impl_->g[it->second];
}

std::string TemporalGraph::Side(const std::string& actor_id) const { return impl_->Side(actor_id); }

std::vector<const GraphNode*> TemporalGraph::Actors() const {
  if (!impl_->built) impl_->Build();
  return impl_->actor_list;
}

std::vector<const GraphNode*> TemporalGraph::Places() const {
  if (!impl_->built) impl_->Build();
  return impl_->place_list;
}

std::vector<const GraphNode*> TemporalGraph::Documents() const {
  if (!impl_->built) impl_->Build();
  return impl_->document_list;
}

std::vector<const GraphNode*> TemporalGraph::Events() const {
  if (!impl_->built) impl_->Build();
  return impl_->event_list;
}

std::vector<GraphEdge> TemporalGraph::Edges() const {
  if (!impl_->built) impl_->Build();
  std::vector<GraphEdge> out;
  auto [begin, end] = boost::edges(impl_->g);
  for (auto it = begin; it != end; ++it) out.push_back(impl_->g[*it]);
  std::sort(out.begin(), out.end(), [](const GraphEdge& a, const GraphEdge& b) {
    return std::tie(a.from, a.to, a.role) < std::tie(b.from, b.to, b.role);
  });
  return out;
}

size_t TemporalGraph::node_count() const {
  if (!impl_->built) impl_->Build();
  return boost::num_vertices(impl_->g);
}

}  // namespace diplograph
