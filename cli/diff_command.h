// `diplograph diff OLD NEW [--format text|json|dot]`: what changed between
// two graphs, each a saved graph.jsonld, a `build` output folder or
// articles (built as `build` builds them). Exit status as diff(1): 0 when
// the graphs are equal, 1 when they differ, 2 for usage errors and
// unreadable inputs. Text is coloured on a terminal unless NO_COLOR is set.
#ifndef DIPLOGRAPH_CLI_DIFF_COMMAND_H_
#define DIPLOGRAPH_CLI_DIFF_COMMAND_H_

#include <string>

#include "cli/pipeline.h"

namespace diplograph {

// `options.inputs` holds OLD and NEW; the other options apply to articles.
int RunDiffCommand(const PipelineOptions& options, const std::string& format);

}  // namespace diplograph

#endif  // DIPLOGRAPH_CLI_DIFF_COMMAND_H_
