// Reading a graph.jsonld written by WriteJsonLd back into a TemporalGraph,
// so that saved graphs can be merged and diffed.
//
//   Result<TemporalGraph> g = ReadJsonLdFile("out/graph.jsonld");
//   if (!g.ok()) return Fail(g.status());  // "out/graph.jsonld:3: invalid JSON: ..."
//   WriteJsonLd(*g);  // the same bytes as the file read
//
// The file is turned back into one Facts per document (each event goes to
// every document it has evidence in; each actor to the first document, by
// id, that names it, which is where the graph takes its description from),
// and those are added to the graph in document-id order, as `build` does.
// Merging several files is adding all their facts in that order.
//
// The file is mapped and parsed where it lies (a pipe is read as a stream),
// one node of @graph at a time, and the pages parsed are let go as it goes,
// so reading takes memory for the graph, not for the text.
//
// What the JSON-LD does not say is restored to an equivalent value: an
// event's unknown end date comes back as its start date, a state's absent
// dg:country as itself, an actor's surface forms as its alternate names
// other than the Arabic one, and an evidence's absent eventDate as the
// event's start (alternativeDate is derived from those, so it is not read).
// Every output is the same either way.
#ifndef DIPLOGRAPH_EXPORTERS_JSONLD_READER_H_
#define DIPLOGRAPH_EXPORTERS_JSONLD_READER_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/facts.h"
#include "core/status.h"
#include "graph/temporal_graph.h"

namespace diplograph {

// One Facts per document node, sorted by document id. `file` names the
// input in error messages.
Result<std::vector<Facts>> ReadJsonLdFacts(std::string_view text, const std::string& file);
// The same, read from the file at `path` as it is parsed.
Result<std::vector<Facts>> ReadJsonLdFactsFile(const std::string& path);
// For tests: `hook` is called with the path of each regular file once it is
// mapped, before it is read (null: none).
void SetMappedFileHookForTesting(std::function<void(const std::string&)> hook);

Result<TemporalGraph> ReadJsonLd(std::string_view text, const std::string& file);
Result<TemporalGraph> ReadJsonLdFile(const std::string& path);

// The whole content of a file, or an error naming it.
Result<std::string> ReadWholeFile(const std::string& path);

}  // namespace diplograph

#endif  // DIPLOGRAPH_EXPORTERS_JSONLD_READER_H_
