#include "cli/diff_command.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <thread>
#include <vector>

#include "cli/report.h"
#include "exporters/diff_writer.h"
#include "graph/graph_diff.h"

namespace diplograph {

namespace {

// What LoadGraph reads as a saved graph rather than as articles.
bool IsSavedGraph(const std::string& input) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path path = input;
  return (path.extension() == ".jsonld" && fs::is_regular_file(path, ec)) ||
         fs::is_regular_file(path / "graph.jsonld", ec);
}

// A graph loaded and built (its first query merges it), ready to be read
// from any thread.
Result<TemporalGraph> LoadBuilt(const PipelineOptions& options, const std::string& input) {
  PipelineOptions one = options;
  one.inputs = {input};
  Result<TemporalGraph> g = LoadGraph(one);
  if (g.ok()) g->Events();
  return g;
}

}  // namespace

int RunDiffCommand(const PipelineOptions& options, const std::string& format) {
  // 1 means "different" here, so trouble of any kind is 2, as for diff(1).
  constexpr int kTrouble = 2;
  if (options.inputs.size() != 2)
    return UsageError("diff needs two graphs: OLD NEW (graph.jsonld files, build folders or articles)");
  std::string fmt = format.empty() ? "text" : format;
  if (fmt != "text" && fmt != "json" && fmt != "dot")
    return UsageError("unknown --format '" + fmt + "' for diff (text, json, dot)");
  // Two saved graphs are read and merged side by side, one on another
  // thread; articles are read one input after the other, so that their
  // warnings come in order.
  std::optional<Result<TemporalGraph>> loaded;
  std::thread other;
  if (IsSavedGraph(options.inputs[0]) && IsSavedGraph(options.inputs[1]))
    other = std::thread([&] { loaded = LoadBuilt(options, options.inputs[0]); });
  else
    loaded = LoadBuilt(options, options.inputs[0]);
  Result<TemporalGraph> new_graph = LoadBuilt(options, options.inputs[1]);
  if (other.joinable()) other.join();
  Result<TemporalGraph>& old_graph = *loaded;
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
  KeepUntilExit(old_graph.take());
  KeepUntilExit(new_graph.take());
  return d.empty() ? 0 : 1;
}

}  // namespace diplograph
