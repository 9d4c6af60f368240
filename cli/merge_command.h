// `diplograph merge A.jsonld B.jsonld ... -o OUT.jsonld`: saved graphs
// merged into one, as if their articles had been built together; the same
// bytes whatever the order of the inputs.
#ifndef DIPLOGRAPH_CLI_MERGE_COMMAND_H_
#define DIPLOGRAPH_CLI_MERGE_COMMAND_H_

#include <string>
#include <vector>

namespace diplograph {

// Returns the process exit status (0, 1 bad input or failure, 2 usage).
int RunMergeCommand(const std::vector<std::string>& inputs, const std::string& output);

}  // namespace diplograph

#endif  // DIPLOGRAPH_CLI_MERGE_COMMAND_H_
