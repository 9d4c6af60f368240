// `diplograph query GRAPH ...`: an actor's ego network in a time window
// (--actor, --depth, --from, --to, --type), the shortest chain of
// interactions between two actors (--path A B) or the most central actors
// (--top N), from a saved graph.jsonld (or a `build` output folder) or from
// articles, built as `build` builds them.
#ifndef DIPLOGRAPH_CLI_QUERY_COMMAND_H_
#define DIPLOGRAPH_CLI_QUERY_COMMAND_H_

#include <optional>
#include <string>
#include <vector>

#include "cli/pipeline.h"
#include "core/date.h"
#include "exporters/dot.h"

namespace diplograph {

struct QueryOptions {
  PipelineOptions pipeline;  // inputs: the graph or the articles
  std::string format;
  std::optional<Date> from, to;
  std::vector<std::string> actors, types, path;
  unsigned depth = 1;
  unsigned top = 0;
  DotOptions dot;
};

// Returns the exit status: 0, 1 (bad input, unknown actor, no chain), 2 usage.
int RunQueryCommand(const QueryOptions& options);

}  // namespace diplograph

#endif  // DIPLOGRAPH_CLI_QUERY_COMMAND_H_
