// The stages every command that reads articles runs, in one place: load the
// lexicon, read the inputs, extract and merge, and write a graph in one of
// the exporter formats.
//
//   PipelineOptions o;
//   o.inputs = {"news/"};
//   Result<Lexicon> lex = LoadLexicon(o);
//   bool failed = false;
//   std::vector<Document> docs = ReadAll(o, failed);
//   TemporalGraph g = BuildGraph(docs, *lex, o.jobs, failed);
//   Result<std::string> text = WriteGraphAs(g, "timeline", {});
#ifndef DIPLOGRAPH_CLI_PIPELINE_H_
#define DIPLOGRAPH_CLI_PIPELINE_H_

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/document.h"
#include "core/lexicon.h"
#include "core/status.h"
#include "exporters/dot.h"
#include "graph/temporal_graph.h"

namespace diplograph {

struct PipelineOptions {
  std::vector<std::string> inputs;  // files, folders, '-'
  std::optional<Date> date;         // --date: for articles that carry none
  std::vector<std::string> lexicons, cameo_actors;
  bool verbose = false;
  unsigned jobs = 1;
};

Result<Lexicon> LoadLexicon(const PipelineOptions& options);

// Reads every input, reporting bad articles on standard error and going on;
// sets `failed` when any input could not be read.
std::vector<Document> ReadAll(const PipelineOptions& options, bool& failed);

// Extracts and merges: facts are added in document-id order, so the graph
// does not depend on the order of the inputs or on `jobs`.
// `progress`, when given, is called with the number of articles extracted so
// far (from any thread, at most every 1% of the work); it must be cheap.
TemporalGraph BuildGraph(const std::vector<Document>& docs, const Lexicon& lex, unsigned jobs, bool& failed,
                         const std::function<void(size_t done, size_t total)>& progress = {});

// Reads and extracts in one pass, a batch of articles at a time (about
// 16 MB of text; a JSON Lines file is read in pieces), so that memory holds
// one batch and the facts, not every article. Reports bad inputs as ReadAll
// does; `articles` is the number read. Same graph as ReadAll + BuildGraph.
// `progress` gets (articles extracted, 0) as it goes.
TemporalGraph BuildGraphFromInputs(const PipelineOptions& options, const Lexicon& lex, bool& failed,
                                   size_t& articles,
                                   const std::function<void(size_t done, size_t total)>& progress = {});

// The graph of the inputs: a saved graph when they are one .jsonld file or
// one `build` output folder (holding graph.jsonld), else the articles in
// them, built as BuildGraph builds them. Fails if any article is unreadable.
Result<TemporalGraph> LoadGraph(const PipelineOptions& options);

// The graph formats `extract` and `query` print: jsonld, dot, timeline
// (markdown), text, graphml, gexf, timelinejs, csv.
bool IsGraphFormat(const std::string& format);
extern const char kGraphFormatList[];  // "jsonld, dot, timeline, text, ..."
Result<std::string> WriteGraphAs(const TemporalGraph& graph, const std::string& format, const DotOptions& dot);

// For commands that end after their work: the graph's memory is left to go
// back to the system at exit, not freed block by block (seconds at 10^6
// events).
void KeepUntilExit(TemporalGraph&& g);

}  // namespace diplograph

#endif  // DIPLOGRAPH_CLI_PIPELINE_H_
