#include "graph/query.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>

#include <algorithm>
#include <limits>
#include <map>
#include <set>

#include "core/text.h"

namespace diplograph {

namespace {

// The first and the last day a date stands for.
long FirstDay(const Date& d) { return Date::Day(d.year, d.month ? d.month : 1, d.day ? d.day : 1).DaysSinceEpoch(); }
long LastDay(const Date& d) {
  int month = d.month ? d.month : 12;
  return Date::Day(d.year, month, d.day ? d.day : DaysInMonth(d.year, month)).DaysSinceEpoch();
}

// Everyone who took part in an event, once.
std::vector<std::string> Participants(const Event& e) {
  std::set<std::string> all(e.sources.begin(), e.sources.end());
  all.insert(e.targets.begin(), e.targets.end());
  all.insert(e.mediators.begin(), e.mediators.end());
  return {all.begin(), all.end()};
}

// The actor–actor projection of the events that pass a filter: one vertex
// per actor in id order, one edge per pair of actors that met, with the
// events in which they met. Adjacency lists come out in id order, so
// searches break ties by id.
struct Projection {
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  std::vector<std::string> actors;
  std::map<std::string, size_t> index;
  std::map<std::pair<size_t, size_t>, std::vector<std::string>> met;
  std::vector<size_t> event_count;
  Graph g;

  Projection(const TemporalGraph& graph, const EventFilter& filter) {
    std::vector<std::pair<const Event*, std::vector<std::string>>> kept;
    std::set<std::string> ids;
    for (const GraphNode* n : graph.Events()) {
      if (!filter.Keeps(n->event)) continue;
      kept.emplace_back(&n->event, Participants(n->event));
      ids.insert(kept.back().second.begin(), kept.back().second.end());
    }
    actors.assign(ids.begin(), ids.end());
    for (size_t i = 0; i < actors.size(); ++i) index[actors[i]] = i;
    event_count.assign(actors.size(), 0);
    for (const auto& [event, who] : kept) {
      for (size_t i = 0; i < who.size(); ++i) {
        size_t a = index[who[i]];
        ++event_count[a];
        for (size_t j = i + 1; j < who.size(); ++j) met[{a, index[who[j]]}].push_back(event->id);
      }
    }
    g = Graph(actors.size());
    for (const auto& [pair, events] : met) boost::add_edge(pair.first, pair.second, g);
  }

  // Hops from `from` to every actor (max for unreachable) and the vertex
  // each was first reached from.
  void Search(size_t from, std::vector<size_t>& distance, std::vector<size_t>& predecessor) const {
    distance.assign(actors.size(), std::numeric_limits<size_t>::max());
    predecessor.resize(actors.size());
    for (size_t i = 0; i < actors.size(); ++i) predecessor[i] = i;
    distance[from] = 0;
    boost::breadth_first_search(
        g, from,
        boost::visitor(boost::make_bfs_visitor(
            std::make_pair(boost::record_distances(distance.data(), boost::on_tree_edge()),
                           boost::record_predecessors(predecessor.data(), boost::on_tree_edge())))));
  }
};

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// " sergey lavrov " holds " lavrov ": whole words only.
bool HoldsWords(const std::string& name, const std::string& words) {
  return (" " + name + " ").find(" " + words + " ") != std::string::npos;
}

std::string Describe(const GraphNode& n) {
  std::string out = n.actor.name.empty() ? n.id : n.actor.name;
  if (!n.actor.name_ar.empty()) out += " / " + n.actor.name_ar;
  return out + " (" + n.id + ")";
}

}  // namespace

bool EventFilter::Keeps(const Event& e) const {
  if (!types.empty() && std::find(types.begin(), types.end(), e.category) == types.end()) return false;
  if (!from && !to) return true;
  if (!e.start.known()) return false;
  const Date& end = e.end.known() && e.start < e.end ? e.end : e.start;
  if (from && LastDay(end) < FirstDay(*from)) return false;
  if (to && FirstDay(e.start) > LastDay(*to)) return false;
  return true;
}

Result<std::string> ResolveActor(const TemporalGraph& graph, const std::string& name) {
  std::string wanted = FoldForMatch(Trim(name));
  if (wanted.empty()) return Status::Error("an empty actor name; give an English or Arabic name");
  std::vector<const GraphNode*> nodes = graph.Actors();
  for (const GraphNode* p : graph.Places()) nodes.push_back(p);
  std::vector<const GraphNode*> exact, partial;
  std::vector<std::pair<size_t, const GraphNode*>> near;
  for (const GraphNode* n : nodes) {
    std::vector<std::string> forms = {n->id, n->actor.name, n->actor.name_ar};
    forms.insert(forms.end(), n->actor.names.begin(), n->actor.names.end());
    bool is_exact = false, is_partial = false;
    size_t best = std::numeric_limits<size_t>::max();
    for (const std::string& f : forms) {
      if (f.empty()) continue;
      std::string folded = FoldForMatch(f);
      is_exact = is_exact || folded == wanted;
      is_partial = is_partial || HoldsWords(folded, wanted);
      // A misspelt surname is close to one word of the name, not to all of it.
      best = std::min(best, EditDistance(folded, wanted));
      for (size_t b = 0, e; b < folded.size(); b = e + 1) {
        e = std::min(folded.find(' ', b), folded.size());
        best = std::min(best, EditDistance(folded.substr(b, e - b), wanted));
      }
    }
    if (is_exact) exact.push_back(n);
    else if (is_partial) partial.push_back(n);
    near.emplace_back(best, n);
  }
  const std::vector<const GraphNode*>& found = exact.empty() ? partial : exact;
  if (found.size() == 1) return found[0]->id;
  std::string list;
  if (found.size() > 1) {
    for (const GraphNode* n : found) list += "\n  " + Describe(*n);
    return Status::Error("'" + name + "' names " + std::to_string(found.size()) +
                         " actors; give one of these names or ids:" + list);
  }
  std::stable_sort(near.begin(), near.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  // Close: within a third of the name's bytes (Arabic letters take two).
  const size_t close = std::max<size_t>(2, wanted.size() / 3);
  for (size_t i = 0; i < near.size() && i < 5 && near[i].first <= close; ++i) list += "\n  " + Describe(*near[i].second);
  return Status::Error("no actor called '" + name + "' in the graph" +
                       (list.empty() ? std::string("; no name is close to it (query --top 20 lists the main actors)")
                                     : "; the closest names:" + list));
}

std::vector<std::string> EgoNetwork(const TemporalGraph& graph, const std::string& actor, unsigned depth,
                                    const EventFilter& filter) {
  std::vector<std::string> out;
  const GraphNode* node = graph.FindNode(actor);
  if (node != nullptr && node->kind == NodeKind::kPlace) {
    // A place takes part in no interaction: its network is what happened there.
    for (const GraphNode* n : graph.Events())
      if (n->event.location == actor && filter.Keeps(n->event)) out.push_back(n->id);
    return out;
  }
  Projection p(graph, filter);
  auto it = p.index.find(actor);
  if (it == p.index.end()) return out;
  std::vector<size_t> distance, predecessor;
  p.Search(it->second, distance, predecessor);
  size_t reach = depth == 0 ? 0 : depth - 1;
  for (const GraphNode* n : graph.Events()) {
    if (!filter.Keeps(n->event)) continue;
    for (const std::string& who : Participants(n->event)) {
      if (distance[p.index.at(who)] <= reach) {
        out.push_back(n->id);
        break;
      }
    }
  }
  return out;
}

Result<std::vector<Hop>> ShortestChain(const TemporalGraph& graph, const std::string& from, const std::string& to,
                                       const EventFilter& filter) {
  Projection p(graph, filter);
  auto a = p.index.find(from), b = p.index.find(to);
  auto name = [&](const std::string& id) {
    const GraphNode* n = graph.FindNode(id);
    return n && !n->actor.name.empty() ? n->actor.name : id;
  };
  if (a == p.index.end() || b == p.index.end()) {
    const std::string& alone = a == p.index.end() ? from : to;
    return Status::Error(name(alone) + " takes part in no event that passes the filter; no chain from " + name(from) +
                         " to " + name(to));
  }
  std::vector<size_t> distance, predecessor;
  p.Search(a->second, distance, predecessor);
  if (distance[b->second] == std::numeric_limits<size_t>::max())
    return Status::Error("no chain of interactions links " + name(from) + " to " + name(to) +
                         " in the events that pass the filter");
  std::vector<Hop> hops;
  for (size_t v = b->second; v != a->second; v = predecessor[v]) {
    size_t u = predecessor[v];
    hops.push_back({p.actors[u], p.actors[v], p.met.at({std::min(u, v), std::max(u, v)})});
  }
  std::reverse(hops.begin(), hops.end());
  return hops;
}

std::vector<Centrality> CentralActors(const TemporalGraph& graph, const EventFilter& filter, size_t top) {
  Projection p(graph, filter);
  std::vector<double> score(p.actors.size(), 0.0);
  boost::brandes_betweenness_centrality(
      p.g, boost::make_iterator_property_map(score.begin(), boost::get(boost::vertex_index, p.g)));
  std::vector<Centrality> out;
  for (size_t i = 0; i < p.actors.size(); ++i)
    out.push_back({p.actors[i], score[i], boost::degree(i, p.g), p.event_count[i]});
  std::sort(out.begin(), out.end(), [](const Centrality& x, const Centrality& y) {
    if (x.betweenness != y.betweenness) return x.betweenness > y.betweenness;
    if (x.partners != y.partners) return x.partners > y.partners;
    return x.actor < y.actor;
  });
  if (top > 0 && out.size() > top) out.resize(top);
  return out;
}

TemporalGraph SelectEvents(const TemporalGraph& graph, const std::vector<std::string>& event_ids) {
  // Each event goes back to the documents it was read in, as the JSON-LD
  // reader does; merging the copies gives the events of `graph` again.
  std::map<std::string, Facts> docs;
  std::map<std::string, std::set<std::string>> named;
  for (const std::string& id : event_ids) {
    const GraphNode* n = graph.FindNode(id);
    if (n == nullptr || n->kind != NodeKind::kEvent) continue;
    const Event& e = n->event;
    std::vector<std::string> who = Participants(e);
    if (!e.location.empty()) who.push_back(e.location);
    for (const Evidence& ev : e.evidence) {
      auto [it, fresh] = docs.try_emplace(ev.doc_id);
      Facts& f = it->second;
      if (fresh) {
        const GraphNode* d = graph.FindNode(ev.doc_id);
        f.doc_id = ev.doc_id;
        if (d != nullptr) {
          f.doc_path = d->document.path;
          f.doc_title = d->document.title;
          f.doc_url = d->document.url;
          f.doc_source = d->document.source;
          f.language = d->document.language;
          f.published = d->document.published;
        }
      }
      if (f.events.empty() || f.events.back().id != id) {
        Event copy = e;
        copy.evidence.clear();
        f.events.push_back(std::move(copy));
      }
      f.events.back().evidence.push_back(ev);
      named[ev.doc_id].insert(who.begin(), who.end());
    }
  }
  TemporalGraph out;
  for (auto& [doc, f] : docs) {
    for (const std::string& a : named[doc])
      if (const GraphNode* n = graph.FindNode(a)) f.actors.push_back(n->actor);
    out.AddFacts(f);
  }
  return out;
}

}  // namespace diplograph
