// What changed between two graphs (two news days, two runs): actors and
// places added or removed, events added, removed or changed.
//
//   GraphDiff d = DiffGraphs(yesterday, today);
//   if (!d.empty()) std::cout << d.Dump();
//   // event ~ CONSULT/phone 2025-05-15 [explicit] happened usa -> rus
//   //   start: 2025-05 -> 2025-05-15
//
// Events are matched by a key that survives a refined date, so that
// "in May" becoming "on 15 May" is one change, not a removal and an
// addition. Two events match when they have
//   - the same category (PLOVER), and
//   - the same sides: the source and target actors, each person or body
//     standing for its country as in the graph's own merging
//     (TemporalGraph::Side), so a minister joining his state is a change;
// and then, in this order of preference, within each such group:
//   1. the same event id (the same start date exactly);
//   2. start dates in the same month (a year-only date: the same year);
//   3. one start date containing the other (2025 contains 2025-05-15).
// Candidates pair up in date order. What stays unmatched is added or removed.
// Mediators, location and documents are compared, not matched on.
#ifndef DIPLOGRAPH_GRAPH_GRAPH_DIFF_H_
#define DIPLOGRAPH_GRAPH_GRAPH_DIFF_H_

#include <string>
#include <vector>

#include "core/facts.h"
#include "graph/temporal_graph.h"

namespace diplograph {

// One field of a matched event that differs. Single-valued fields (start,
// end, status, mode, location) set before/after; sets of ids (agent,
// recipient, mediator, documents) set removed/added.
struct FieldChange {
  std::string field;
  std::string before, after;
  std::vector<std::string> removed, added;
};

struct EventChange {
  Event before, after;  // as in the old and the new graph
  std::vector<FieldChange> changes;
};

struct GraphDiff {
  std::vector<Actor> actors_added, actors_removed;  // actors and places, by id
  std::vector<Event> events_added, events_removed;  // in graph order (date, id)
  std::vector<EventChange> events_changed;          // in the new graph's order

  bool empty() const {
    return actors_added.empty() && actors_removed.empty() && events_added.empty() && events_removed.empty() &&
           events_changed.empty();
  }
  // One line per entry ("actor + tur (state) Turkey", "event - ...",
  // "event ~ ..." followed by "  field: before -> after" lines).
  std::string Dump() const;
};

GraphDiff DiffGraphs(const TemporalGraph& old_graph, const TemporalGraph& new_graph);

}  // namespace diplograph

#endif  // DIPLOGRAPH_GRAPH_GRAPH_DIFF_H_
