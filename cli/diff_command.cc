#include "cli/diff_command.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "cli/report.h"
#include "exporters/diff_writer.h"
#include "graph/graph_diff.h"

namespace diplograph {

int RunDiffCommand(const PipelineOptions& options, const std::string& format) {
  // 1 means "different" here, so trouble of any kind is 2, as for diff(1).
  constexpr int kTrouble = 2;
  if (options.inputs.size() != 2)
    return UsageError("diff needs two graphs: OLD NEW (graph.jsonld files, build folders or articles)");
  std::string fmt = format.empty() ? "text" : format;
  if (fmt != "text" && fmt != "json" && fmt != "dot")
    return UsageError("unknown --format '" + fmt + "' for diff (text, json, dot)");
  PipelineOptions one = options;
  one.inputs = {options.inputs[0]};
  Result<TemporalGraph> old_graph = LoadGraph(one);
  one.inputs = {options.inputs[1]};
  Result<TemporalGraph> new_graph = LoadGraph(one);
  for (const auto* g : {&old_graph, &new_graph})
    if (!g->ok()) ReportError(g->status());
  if (!old_graph.ok() || !new_graph.ok()) return kTrouble;
  GraphDiff d = DiffGraphs(*old_graph, *new_graph);
  if (fmt == "json") {
    std::cout << WriteDiffJson(d, *old_graph, *new_graph);
  } else if (fmt == "dot") {
    std::cout << WriteDiffDot(d, *old_graph, *new_graph);
  } else {
    // https://no-color.org: any non-empty NO_COLOR turns colour off.
    const char* no_color = std::getenv("NO_COLOR");
    bool color = isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0');
    std::cout << WriteDiffText(d, *old_graph, *new_graph, color);
  }
  return d.empty() ? 0 : 1;
}

}  // namespace diplograph
