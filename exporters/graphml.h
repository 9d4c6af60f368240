// GraphML export of the temporal graph, for Gephi, Cytoscape, yEd and
// networkx (`networkx.read_graphml("graph.graphml")`).
//
//   std::string xml = WriteGraphml(graph);
//   Status s = WriteFileAtomically("out/graph.graphml", xml);
//
// The bytes Boost.Graph's write_graphml would write. Every node carries the
// same string keys (empty where they do not apply):
//   id        the stable content id (GraphML's own node ids, n0, n1 ..., only
//             number the nodes in this file)
//   kind      actor, place, event or document
//   label     display label: the English name, the event summary
//             ("CONSULT (phone): Marco Rubio → Sergey Lavrov"), the title
//   name, name_ar, country   actors and places
//   category  actors and places: the actor kind (person, state, city ...);
//             events: the PLOVER category
//   mode, status             events
//   start, end               events: ISO 8601 at the precision known
//                            ("2025-05", "2025-05-15"); documents: start is
//                            the publication date
//   source    events: the articles they were read in ("; "-separated
//             paths); documents: the publisher
//   url       documents
// Edges carry role (agent, recipient, mediator, location, evidence) and the
// start and end of their event.
#ifndef DIPLOGRAPH_EXPORTERS_GRAPHML_H_
#define DIPLOGRAPH_EXPORTERS_GRAPHML_H_

#include <string>

#include "graph/temporal_graph.h"

namespace diplograph {

std::string WriteGraphml(const TemporalGraph& graph);

}  // namespace diplograph

#endif  // DIPLOGRAPH_EXPORTERS_GRAPHML_H_
