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

#include <algorithm>
#include <cstddef>
#include <set>
#include <string>
#include <string_view>

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

// Calls visit(doc_id, its document node or nullptr) for each article event
// `e` was read in, once each, in the order of its evidence.
template <typename Visit>
void ForEachEventDocument(const TemporalGraph& graph, const Event& e, Visit&& visit) {
  // An event has a handful of reports, which a scan checks faster than a
  // set; a much-reported one gets the set.
  constexpr size_t kFew = 16;
  std::set<std::string_view> many;
  for (size_t i = 0; i < e.evidence.size(); ++i) {
    const Evidence& ev = e.evidence[i];
    if (e.evidence.size() > kFew) {
      if (!many.insert(ev.doc_id).second) continue;
    } else if (std::any_of(e.evidence.begin(), e.evidence.begin() + static_cast<std::ptrdiff_t>(i),
                           [&](const Evidence& earlier) { return earlier.doc_id == ev.doc_id; })) {
      continue;
    }
    visit(std::string_view(ev.doc_id), graph.FindNode(ev.doc_id));
  }
}

}  // namespace diplograph

#endif  // DIPLOGRAPH_EXPORTERS_JSONLD_H_
