#include "cli/merge_command.h"

#include <algorithm>
#include <iostream>

#include "cli/report.h"
#include "exporters/jsonld.h"
#include "exporters/jsonld_reader.h"
#include "exporters/output_file.h"
#include "graph/temporal_graph.h"

namespace diplograph {

namespace {

struct Input {
  std::string path, text;
};

}  // namespace

int RunMergeCommand(const std::vector<std::string>& inputs, const std::string& output) {
  if (inputs.empty()) return UsageError("merge needs at least one saved graph (graph.jsonld)");
  if (output.empty()) return UsageError("merge needs an output file: -o OUT.jsonld");
  std::vector<Input> files;
  for (const std::string& path : inputs) {
    Result<std::string> text = ReadWholeFile(path);
    if (!text.ok()) {
      ReportError(text.status());
      return 1;
    }
    files.push_back({path, text.take()});
  }
  // Facts of one document id found in several inputs are added in the order
  // of the inputs' contents, not of the command line, so that any order of
  // the same files gives the same graph.
  std::stable_sort(files.begin(), files.end(), [](const Input& a, const Input& b) { return a.text < b.text; });
  std::vector<Facts> all;
  bool failed = false;
  for (const Input& f : files) {
    Result<std::vector<Facts>> facts = ReadJsonLdFacts(f.text, f.path);
    if (!facts.ok()) {
      ReportError(facts.status());
      failed = true;
      continue;
    }
    for (Facts& x : *facts) all.push_back(std::move(x));
  }
  if (failed) {
    ReportError("nothing written; fix or leave out the inputs above");
    return 1;
  }
  std::stable_sort(all.begin(), all.end(), [](const Facts& a, const Facts& b) { return a.doc_id < b.doc_id; });
  TemporalGraph g;
  for (const Facts& f : all) g.AddFacts(f);
  if (Status s = WriteFileAtomically(output, WriteJsonLd(g)); !s.ok()) {
    ReportError(s);
    return 1;
  }
  std::cout << "wrote " << output << "\n"
            << inputs.size() << " graph(s), " << g.Documents().size() << " article(s), " << g.Actors().size()
            << " actor(s), " << g.Places().size() << " place(s), " << g.Events().size() << " event(s)\n";
  return 0;
}

}  // namespace diplograph
