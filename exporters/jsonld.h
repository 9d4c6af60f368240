// JSON-LD export of the temporal graph (see DESIGN.md, "JSON-LD contract").
//
//   std::string json = WriteJsonLd(graph);
//   Status s = WriteJsonLdFile(graph, "out/graph.jsonld", 2);  // the same, on 2 threads
//
// One object with an inline @context (schema.org as vocabulary, diplograph's
// own terms under https://w3id.org/diplograph/ns#, SEM types) and @graph:
// actors, places, events and documents, each with a stable @id.
#ifndef DIPLOGRAPH_EXPORTERS_JSONLD_H_
#define DIPLOGRAPH_EXPORTERS_JSONLD_H_

#include <string>

#include "core/status.h"
#include "graph/temporal_graph.h"

namespace diplograph {

std::string WriteJsonLd(const TemporalGraph& graph);
// The same text written to `path` (atomically, see output_file.h), made on
// `threads` threads while it is written: the same bytes for any number.
Status WriteJsonLdFile(const TemporalGraph& graph, const std::string& path, unsigned threads);

// A short human label of an event ("CONSULT (phone): Marco Rubio, Sergey Lavrov").
std::string EventLabel(const TemporalGraph& graph, const Event& e);
// The display name of an actor or place node id.
const std::string& NodeName(const TemporalGraph& graph, const std::string& id);
// "2025-05-15 – 2025-05-16", "since 2022-02-24", "2025-05".
std::string DateLabel(const Event& e);
// The paths of the articles an event was read in, "; "-separated, each once.
std::string EventDocuments(const TemporalGraph& graph, const Event& e);

}  // namespace diplograph

#endif  // DIPLOGRAPH_EXPORTERS_JSONLD_H_
