// Writing outputs atomically: to a temporary file beside the target, then
// renamed into place, so a failure never leaves a half-written file.
//
//   Status s = WriteFileAtomically("out/graph.jsonld", json_text);
//
// A set of outputs can be replaced together: while an OutputBatch is open,
// written files wait in their temporary files and Commit() renames them all
// at once, so a failure or an interrupt part-way leaves the previous set as
// it was, not half old and half new.
//
//   InstallInterruptHandlers("diplograph: interrupted; previous outputs in out left as they were\n");
//   OutputBatch batch;
//   Status a = WriteFileAtomically("out/graph.jsonld", json);  // out/graph.jsonld.tmp-PID
//   Status b = WriteFileAtomically("out/timeline.md", md);
//   if (a.ok() && b.ok()) batch.Commit();  // else ~OutputBatch removes the temporaries
#ifndef DIPLOGRAPH_EXPORTERS_OUTPUT_FILE_H_
#define DIPLOGRAPH_EXPORTERS_OUTPUT_FILE_H_

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace diplograph {

Status WriteFileAtomically(const std::string& path, std::string_view content);

// The same for a text made piece by piece: `produce` hands each piece, in
// order, to the sink it is given, which writes it and says whether all went
// well so far (once it says false, the rest is not written and the error is
// returned).
using PieceSink = std::function<bool(std::string_view)>;
Status WriteFileInPieces(const std::string& path, const std::function<void(const PieceSink&)>& produce);

// For writers that need a file name (gvc renders to a path): `write` is
// given a temporary path to fill; on success it is renamed to `path` (at
// Commit, when a batch is open).
Status WriteViaTemporary(const std::string& path, const std::function<Status(const std::string&)>& write);

// One at a time, opened and committed by one thread.
class OutputBatch {
 public:
  OutputBatch();
  ~OutputBatch();  // removes the temporaries of an uncommitted batch
  OutputBatch(const OutputBatch&) = delete;
  OutputBatch& operator=(const OutputBatch&) = delete;

  // Renames every file written since the batch opened into place. An
  // interrupt that arrives meanwhile waits until all are renamed.
  Status Commit();

 private:
  friend Status WriteViaTemporary(const std::string&, const std::function<Status(const std::string&)>&);
  std::vector<std::pair<std::string, std::string>> pending_;  // temporary, target
  bool committed_ = false;
};

// SIGINT and SIGTERM: every temporary file not yet renamed is removed,
// `message` goes to standard error and the process exits with 128 + the
// signal (130, 143). During OutputBatch::Commit the signal is only noted,
// and InterruptSignal() says which one came.
void InstallInterruptHandlers(const std::string& message);
int InterruptSignal();

}  // namespace diplograph

#endif  // DIPLOGRAPH_EXPORTERS_OUTPUT_FILE_H_
