// GEXF 1.3 export of the temporal graph, for Gephi's timeline and networkx
// (`networkx.read_gexf("graph.gexf")`).
//
//   std::string xml = WriteGexf(graph);
//   Status s = WriteFileAtomically("out/graph.gexf", xml);
//
// A dynamic graph (mode="dynamic", timeformat="date"): event nodes and every
// edge carry start and end as days, the event's date widened to its
// precision (an event known only as "2025-05" spans 2025-05-01 to
// 2025-05-31); an ongoing event has no end, undated events and all other
// nodes no time at all (they are always present). Node ids are the stable
// content ids; node data is declared in <attributes> (kind, category, name,
// name_ar, country, mode, status, date, source, url) and edges carry their
// role as label and attribute.
#ifndef DIPLOGRAPH_EXPORTERS_GEXF_H_
#define DIPLOGRAPH_EXPORTERS_GEXF_H_

#include <string>

#include "graph/temporal_graph.h"

namespace diplograph {

std::string WriteGexf(const TemporalGraph& graph);

}  // namespace diplograph

#endif  // DIPLOGRAPH_EXPORTERS_GEXF_H_
