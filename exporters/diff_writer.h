// The difference between two graphs (graph/graph_diff.h) for people and for
// programs. Names come from the graphs: removed things from the old one,
// added and changed things from the new one.
//
//   GraphDiff d = DiffGraphs(old_graph, new_graph);
//   std::cout << WriteDiffText(d, old_graph, new_graph);
//   // 1 actor added, 0 removed; 1 event added, 0 removed, 1 changed
//   //
//   // events changed:
//   //   ~ 2025-05-15 CONSULT: United States → Russia  [event-4f…]
//   //       start: 2025-05 → 2025-05-15
//
// WriteDiffJson gives one object: {"equal", "summary": {counts},
// "actors": {"added", "removed"}, "events": {"added", "removed", "changed"}},
// each event with its @id ("dgid:event-…", as in graph.jsonld), label,
// eventType and dates; each change {"field", "old", "new"} or
// {"field", "added", "removed"} (ids as "dgid:…").
//
// WriteDiffDot draws both graphs as one, for `dot -Tsvg`.
#ifndef DIPLOGRAPH_EXPORTERS_DIFF_WRITER_H_
#define DIPLOGRAPH_EXPORTERS_DIFF_WRITER_H_

#include <string>

#include "graph/graph_diff.h"
#include "graph/temporal_graph.h"

namespace diplograph {

// With `color`, ANSI colours for a terminal: additions green, removals red,
// changes yellow, the summary bold.
std::string WriteDiffText(const GraphDiff& diff, const TemporalGraph& old_graph, const TemporalGraph& new_graph,
                          bool color = false);
std::string WriteDiffJson(const GraphDiff& diff, const TemporalGraph& old_graph, const TemporalGraph& new_graph);
// The union of both graphs in Graphviz DOT: added actors, events and links
// green, removed ones red and dashed, changed events orange (with what
// changed in the label), the rest grey; a legend explains the colours.
std::string WriteDiffDot(const GraphDiff& diff, const TemporalGraph& old_graph, const TemporalGraph& new_graph);

}  // namespace diplograph

#endif  // DIPLOGRAPH_EXPORTERS_DIFF_WRITER_H_
