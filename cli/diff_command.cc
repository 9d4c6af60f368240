#include "cli/diff_command.h"

#include <iostream>

#include "cli/report.h"
#include "exporters/diff_writer.h"
#include "exporters/jsonld_reader.h"
#include "graph/graph_diff.h"

namespace diplograph {

int RunDiffCommand(const std::vector<std::string>& inputs, const std::string& format) {
  // 1 means "different" here, so trouble of any kind is 2, as for diff(1).
  constexpr int kTrouble = 2;
  if (inputs.size() != 2) return UsageError("diff needs two saved graphs: OLD.jsonld NEW.jsonld");
  std::string fmt = format.empty() ? "text" : format;
  if (fmt != "text" && fmt != "json") return UsageError("unknown --format '" + fmt + "' for diff (text, json)");
  Result<TemporalGraph> old_graph = ReadJsonLdFile(inputs[0]);
  Result<TemporalGraph> new_graph = ReadJsonLdFile(inputs[1]);
  for (const auto* g : {&old_graph, &new_graph})
    if (!g->ok()) ReportError(g->status());
  if (!old_graph.ok() || !new_graph.ok()) return kTrouble;
  GraphDiff d = DiffGraphs(*old_graph, *new_graph);
  std::cout << (fmt == "json" ? WriteDiffJson(d, *old_graph, *new_graph) : WriteDiffText(d, *old_graph, *new_graph));
  return d.empty() ? 0 : 1;
}

}  // namespace diplograph
