// `diplograph diff OLD NEW [--format text|json]`: what changed between two
// saved graphs (graph.jsonld). Exit status as diff(1): 0 when the graphs are
// equal, 1 when they differ, 2 for usage errors and unreadable inputs.
#ifndef DIPLOGRAPH_CLI_DIFF_COMMAND_H_
#define DIPLOGRAPH_CLI_DIFF_COMMAND_H_

#include <string>
#include <vector>

namespace diplograph {

int RunDiffCommand(const std::vector<std::string>& inputs, const std::string& format);

}  // namespace diplograph

#endif  // DIPLOGRAPH_CLI_DIFF_COMMAND_H_
