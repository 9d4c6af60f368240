// `diplograph timex FILE... [--date D] [--format jsonl|timeml]`: the time
// expressions of each article, one JSON record a line (text, begin, end,
// type, value, anchor), or TimeML with TIMEX3 tags.
#ifndef DIPLOGRAPH_CLI_TIMEX_COMMAND_H_
#define DIPLOGRAPH_CLI_TIMEX_COMMAND_H_

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"

namespace diplograph {

// Returns the process exit status (0, 1 bad input, 2 usage).
int RunTimexCommand(const std::vector<std::string>& inputs, const std::optional<Date>& date,
                    const std::string& format);

}  // namespace diplograph

#endif  // DIPLOGRAPH_CLI_TIMEX_COMMAND_H_
