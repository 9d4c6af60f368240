// Questions asked of a graph: an actor's ego network in a time window, the
// shortest chain of interactions between two actors, the most central
// actors. Chains and centrality run on the actor–actor projection: two
// actors are linked when they take part (as agent, recipient or mediator)
// in one event that passes the filter.
//
//   EventFilter f;
//   f.from = Date::Month(2025, 5);
//   f.types = {"CONSULT"};
//   Result<std::string> rubio = ResolveActor(g, "روبيو");      // "marco-rubio"
//   TemporalGraph ego = SelectEvents(g, EgoNetwork(g, *rubio, 2, f));
//   Result<std::vector<Hop>> chain = ShortestChain(g, *rubio, "xi-jinping", f);
//   for (const Centrality& c : CentralActors(g, f, 10)) Print(c.actor, c.betweenness);
#ifndef DIPLOGRAPH_GRAPH_QUERY_H_
#define DIPLOGRAPH_GRAPH_QUERY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/status.h"
#include "graph/temporal_graph.h"

namespace diplograph {

// Which events a query looks at. A window keeps the events whose dates
// overlap it (--from 2025-05 starts on 1 May, --to 2025-05 ends on 31 May);
// with a window, undated events are left out.
struct EventFilter {
  std::optional<Date> from, to;
  std::vector<std::string> types;  // PLOVER categories; empty: all
  bool Keeps(const Event& e) const;
};

// The actor (or place) node a name denotes: its id, English or Arabic name
// or a surface form seen in an article, folded as the lexicon folds (case,
// Arabic diacritics, hamza and alef variants); failing that, a name that
// holds the given words ("Lavrov"). An unknown or ambiguous name is an
// error that lists the closest candidates.
Result<std::string> ResolveActor(const TemporalGraph& graph, const std::string& name);

// Ids of the events that pass `filter` and involve the actor or an actor
// fewer than `depth` interactions away from it (depth 1: the actor's own
// events), in graph order.
std::vector<std::string> EgoNetwork(const TemporalGraph& graph, const std::string& actor, unsigned depth,
                                    const EventFilter& filter);

// One step of a chain: two actors and the events in which they met.
struct Hop {
  std::string from, to;
  std::vector<std::string> events;  // in graph order (date, then id)
};
// The fewest hops from `from` to `to`; ties are broken by actor id, so the
// answer is deterministic. An error when no chain exists.
Result<std::vector<Hop>> ShortestChain(const TemporalGraph& graph, const std::string& from, const std::string& to,
                                       const EventFilter& filter);

struct Centrality {
  std::string actor;
  double betweenness = 0;  // Brandes, unnormalised, undirected (as networkx gives it)
  size_t partners = 0;     // degree in the projection
  size_t events = 0;       // events passing the filter the actor takes part in
};
// Actors ranked by betweenness, then partners, then id; at most `top` (0: all).
std::vector<Centrality> CentralActors(const TemporalGraph& graph, const EventFilter& filter, size_t top);

// The graph of the given events with their actors, places and documents,
// every event as in `graph`.
TemporalGraph SelectEvents(const TemporalGraph& graph, const std::vector<std::string>& event_ids);

// The whole graph with its nodes numbered, for the writers of whole-graph
// formats (GraphML, GEXF): the nodes and edges TemporalGraph lists, without
// the two ids Edges() copies for each of millions of edges. Node ids are
// taken to be distinct across kinds, as the graph makes them.
//
//   NumberedGraph n = NumberGraph(g);
//   for (const NumberedGraph::Edge& e : n.edges)
//     Print(n.nodes[e.from]->id, n.nodes[e.to]->id, EdgeRoleName(e.role));
struct NumberedGraph {
  // Actors(), Places(), Events() and Documents(), one list after another.
  std::vector<const GraphNode*> nodes;
  // Each node's place when the nodes are sorted by id, and the node (its
  // number in `nodes`) at each place.
  std::vector<uint32_t> rank, by_rank;
  struct Edge {
    uint32_t from, to;  // in `nodes`
    EdgeRole role;
  };
  // The edges of Edges(), in its order: by the ids of from and to, then role.
  std::vector<Edge> edges;
};
NumberedGraph NumberGraph(const TemporalGraph& graph);

}  // namespace diplograph

#endif  // DIPLOGRAPH_GRAPH_QUERY_H_
