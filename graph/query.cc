#include "graph/query.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string_view>

#include "core/flat_index.h"
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
// per actor in id order, one edge per pair of actors that met. Adjacency
// lists come out in id order, so searches break ties by id. Ids are the
// graph's own strings, and actors are numbered rather than looked up by
// id, since a big graph has millions of participations.
struct Projection {
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  std::vector<std::string_view> actors;  // by vertex
  std::vector<size_t> event_count;       // by vertex
  // The events kept, in graph order, and the vertices of each one's
  // participants, each once: who[who_at[i], who_at[i + 1]).
  std::vector<const GraphNode*> kept;
  std::vector<uint32_t> who;
  std::vector<size_t> who_at;
  Graph g;

  Projection(const TemporalGraph& graph, const EventFilter& filter) : who_at{0} {
    // Numbered as first seen, then renumbered in id order.
    for (const GraphNode* n : graph.Events()) {
      const Event& e = n->event;
      if (!filter.Keeps(e)) continue;
      kept.push_back(n);
      for (const auto* list : {&e.sources, &e.targets, &e.mediators})
        for (const std::string& id : *list) {
          auto [number, fresh] = index_.Insert(id, static_cast<uint32_t>(actors.size()));
          if (fresh) actors.push_back(id);
          who.push_back(*number);
        }
      who_at.push_back(who.size());
    }
    std::vector<uint32_t> order(actors.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return actors[a] < actors[b]; });
    vertex_of_.resize(order.size());
    std::vector<std::string_view> by_id(order.size());
    for (uint32_t v = 0; v < order.size(); ++v) {
      vertex_of_[order[v]] = v;
      by_id[v] = actors[order[v]];
    }
    actors = std::move(by_id);
    event_count.assign(actors.size(), 0);
    // Pairs that met, each once, in id order (a < b): the edges.
    FlatMap<uint64_t, char, Mix64Hash> met;
    std::vector<uint64_t> pairs;
    for (size_t i = 0; i + 1 < who_at.size(); ++i) {
      auto first = who.begin() + static_cast<std::ptrdiff_t>(who_at[i]);
      auto last = who.begin() + static_cast<std::ptrdiff_t>(who_at[i + 1]);
      for (auto it = first; it != last; ++it) *it = vertex_of_[*it];
      std::sort(first, last);
      auto end = std::unique(first, last);
      for (auto a = first; a != end; ++a) {
        ++event_count[*a];
        for (auto b = a + 1; b != end; ++b)
          if (uint64_t pair = uint64_t{*a} << 32 | *b; met.Insert(pair, 0).second) pairs.push_back(pair);
      }
      // Duplicates (an actor both source and mediator) are moved to the end
      // of the event's run; they are marked so that readers skip them.
      std::fill(end, last, kNone);
    }
    std::sort(pairs.begin(), pairs.end());
    g = Graph(actors.size());
    for (uint64_t pair : pairs) boost::add_edge(pair >> 32, pair & 0xFFFFFFFFu, g);
  }

  // The vertex of an actor id, if it took part in a kept event.
  std::optional<size_t> Vertex(const std::string& id) const {
    const uint32_t* number = index_.Find(id);
    if (number == nullptr) return std::nullopt;
    return vertex_of_[*number];
  }

  // The ids of the kept events in which two vertices met, in graph order.
  std::vector<std::string> Met(size_t a, size_t b) const {
    std::vector<std::string> out;
    for (size_t i = 0; i < kept.size(); ++i) {
      bool with_a = false, with_b = false;
      for (size_t j = who_at[i]; j < who_at[i + 1]; ++j) {
        with_a = with_a || who[j] == a;
        with_b = with_b || who[j] == b;
      }
      if (with_a && with_b) out.push_back(kept[i]->id);
    }
    return out;
  }

  static constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();

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

 private:
  FlatIndex<uint32_t> index_;        // id to the number first given
  std::vector<uint32_t> vertex_of_;  // by that number
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
  std::optional<size_t> from = p.Vertex(actor);
  if (!from) return out;
  std::vector<size_t> distance, predecessor;
  p.Search(*from, distance, predecessor);
  size_t reach = depth == 0 ? 0 : depth - 1;
  for (size_t i = 0; i < p.kept.size(); ++i) {
    for (size_t j = p.who_at[i]; j < p.who_at[i + 1]; ++j) {
      if (p.who[j] != Projection::kNone && distance[p.who[j]] <= reach) {
        out.push_back(p.kept[i]->id);
        break;
      }
    }
  }
  return out;
}

Result<std::vector<Hop>> ShortestChain(const TemporalGraph& graph, const std::string& from, const std::string& to,
                                       const EventFilter& filter) {
  Projection p(graph, filter);
  std::optional<size_t> a = p.Vertex(from), b = p.Vertex(to);
  auto name = [&](const std::string& id) {
    const GraphNode* n = graph.FindNode(id);
    return n && !n->actor.name.empty() ? n->actor.name : id;
  };
  if (!a || !b) {
    const std::string& alone = !a ? from : to;
    return Status::Error(name(alone) + " takes part in no event that passes the filter; no chain from " + name(from) +
                         " to " + name(to));
  }
  std::vector<size_t> distance, predecessor;
  p.Search(*a, distance, predecessor);
  if (distance[*b] == std::numeric_limits<size_t>::max())
    return Status::Error("no chain of interactions links " + name(from) + " to " + name(to) +
                         " in the events that pass the filter");
  std::vector<Hop> hops;
  for (size_t v = *b; v != *a; v = predecessor[v]) {
    size_t u = predecessor[v];
    hops.push_back({std::string(p.actors[u]), std::string(p.actors[v]), p.Met(u, v)});
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
    out.push_back({std::string(p.actors[i]), score[i], boost::degree(i, p.g), p.event_count[i]});
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

NumberedGraph NumberGraph(const TemporalGraph& graph) {
  NumberedGraph out;
  std::vector<const GraphNode*>& nodes = out.nodes;
  for (const auto& list : {graph.Actors(), graph.Places()}) nodes.insert(nodes.end(), list.begin(), list.end());
  const size_t first_event = nodes.size();
  std::vector<const GraphNode*> events = graph.Events();
  nodes.insert(nodes.end(), events.begin(), events.end());
  const size_t first_document = nodes.size();
  std::vector<const GraphNode*> documents = graph.Documents();
  nodes.insert(nodes.end(), documents.begin(), documents.end());

  // Ranks by id. The keys hold an id's first 24 bytes, zero-padded, as
  // big-endian numbers: they compare as the bytes do, so that sorting a
  // million ids seldom reads one.
  struct IdKey {
    std::array<uint64_t, 3> head;
    uint32_t node;
  };
  std::vector<IdKey> keys(nodes.size());
  for (uint32_t i = 0; i < keys.size(); ++i) {
    const std::string& id = nodes[i]->id;
    std::array<unsigned char, 24> bytes{};
    std::memcpy(bytes.data(), id.data(), std::min(id.size(), bytes.size()));
    keys[i].node = i;
    for (size_t w = 0; w < 3; ++w) {
      keys[i].head[w] = 0;
      for (size_t b = 0; b < 8; ++b) keys[i].head[w] = keys[i].head[w] << 8 | bytes[8 * w + b];
    }
  }
  std::sort(keys.begin(), keys.end(), [&](const IdKey& a, const IdKey& b) {
    if (a.head != b.head) return a.head < b.head;
    return nodes[a.node]->id < nodes[b.node]->id;
  });
  out.rank.resize(nodes.size());
  out.by_rank.resize(nodes.size());
  for (uint32_t r = 0; r < keys.size(); ++r) {
    out.by_rank[r] = keys[r].node;
    out.rank[keys[r].node] = r;
  }
  keys = {};

  // The other end of an event's edge is found as TemporalGraph finds it:
  // an actor or place, else a document, else (never, in graphs the
  // pipeline makes) an event.
  FlatIndex<uint32_t> by_id(first_event + (nodes.size() - first_document));
  for (size_t i = 0; i < first_event; ++i) by_id.Insert(nodes[i]->id, static_cast<uint32_t>(i));
  for (size_t i = first_document; i < nodes.size(); ++i) by_id.Insert(nodes[i]->id, static_cast<uint32_t>(i));
  std::optional<FlatIndex<uint32_t>> events_by_id;
  auto find = [&](const std::string& id) -> const uint32_t* {
    if (const uint32_t* i = by_id.Find(id)) return i;
    if (!events_by_id) {
      events_by_id.emplace(first_document - first_event);
      for (size_t i = first_event; i < first_document; ++i)
        events_by_id->Insert(nodes[i]->id, static_cast<uint32_t>(i));
    }
    return events_by_id->Find(id);
  };
  // Sorted by the ranks of both ends, then role, as Edges() sorts ids.
  struct SortEdge {
    uint64_t ranks;  // from's in the high half, to's in the low
    EdgeRole role;
    bool operator<(const SortEdge& o) const { return ranks != o.ranks ? ranks < o.ranks : role < o.role; }
  };
  std::vector<SortEdge> sorted;
  sorted.reserve(4 * events.size());
  for (size_t v = first_event; v < first_document; ++v) {
    uint64_t event_rank = out.rank[v];
    ForEachEventEdge(nodes[v]->event, [&](const std::string& other, EdgeRole role, bool outward) {
      const uint32_t* w = find(other);
      if (w == nullptr) return;
      uint64_t other_rank = out.rank[*w];
      sorted.push_back({outward ? event_rank << 32 | other_rank : other_rank << 32 | event_rank, role});
    });
  }
  std::sort(sorted.begin(), sorted.end());
  out.edges.resize(sorted.size());
  for (size_t i = 0; i < sorted.size(); ++i)
    out.edges[i] = {out.by_rank[sorted[i].ranks >> 32], out.by_rank[sorted[i].ranks & 0xFFFFFFFFu], sorted[i].role};
  return out;
}

}  // namespace diplograph
