// Writing outputs atomically: to a temporary file beside the target, then
// renamed into place, so a failure never leaves a half-written file.
//
//   Status s = WriteFileAtomically("out/graph.jsonld", json_text);
#ifndef DIPLOGRAPH_EXPORTERS_OUTPUT_FILE_H_
#define DIPLOGRAPH_EXPORTERS_OUTPUT_FILE_H_

#include <functional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace diplograph {

Status WriteFileAtomically(const std::string& path, std::string_view content);

// For writers that need a file name (gvc renders to a path): `write` is
// given a temporary path to fill; on success it is renamed to `path`.
Status WriteViaTemporary(const std::string& path, const std::function<Status(const std::string&)>& write);

}  // namespace diplograph

#endif  // DIPLOGRAPH_EXPORTERS_OUTPUT_FILE_H_
