#include "cli/merge_command.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <thread>

#include "cli/pipeline.h"
#include "cli/report.h"
#include "exporters/jsonld.h"
#include "exporters/jsonld_reader.h"
#include "exporters/output_file.h"
#include "graph/temporal_graph.h"

namespace diplograph {

namespace {

using File = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

File Open(const std::string& path) { return File(std::fopen(path.c_str(), "rb"), &std::fclose); }

// Whether file a's bytes sort before file b's as std::string's operator<
// sorts them (bytes unsigned, then the shorter first), reading a block at a
// time rather than the whole files.
bool ContentLess(const std::string& a, const std::string& b) {
  File fa = Open(a), fb = Open(b);
  if (!fa || !fb) return !fa && fb;
  constexpr size_t kBlock = size_t{1} << 16;
  std::vector<char> x(kBlock), y(kBlock);
  while (true) {
    size_t n = std::fread(x.data(), 1, kBlock, fa.get());
    size_t m = std::fread(y.data(), 1, kBlock, fb.get());
    if (int c = std::memcmp(x.data(), y.data(), std::min(n, m)); c != 0) return c < 0;
    if (n != m) return n < m;
    if (n < kBlock) return false;
  }
}

// Each input read on a thread of its own (as many at once as there are
// cores): reading is most of a merge, and the inputs are independent.
std::vector<std::optional<Result<std::vector<Facts>>>> ReadAll(const std::vector<std::string>& files) {
  std::vector<std::optional<Result<std::vector<Facts>>>> out(files.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next++) < files.size();) out[i] = ReadJsonLdFactsFile(files[i]);
  };
  size_t threads = std::min<size_t>(files.size(), std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  return out;
}

}  // namespace

int RunMergeCommand(const std::vector<std::string>& inputs, const std::string& output) {
  if (inputs.empty()) return UsageError("merge needs at least one saved graph (graph.jsonld)");
  if (output.empty()) return UsageError("merge needs an output file: -o OUT.jsonld");
  for (const std::string& path : inputs) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      ReportError(Status::Error(path, 0, "is a folder; give the graph.jsonld inside it"));
      return 1;
    }
    if (!Open(path)) {
      ReportError(Status::Error(path, 0, "cannot open the file; check the path"));
      return 1;
    }
  }
  // Facts of one document id found in several inputs are added in the order
  // of the inputs' contents, not of the command line, so that any order of
  // the same files gives the same graph.
  std::vector<std::string> files = inputs;
  std::stable_sort(files.begin(), files.end(), ContentLess);
  std::vector<Facts> all;
  bool failed = false;
  for (std::optional<Result<std::vector<Facts>>>& read : ReadAll(files)) {
    Result<std::vector<Facts>>& facts = *read;
    if (!facts.ok()) {
      ReportError(facts.status());
      failed = true;
      continue;
    }
    if (all.empty()) {
      all = facts.take();
    } else {
      all.reserve(all.size() + facts->size());
      for (Facts& x : *facts) all.push_back(std::move(x));
    }
  }
  if (failed) {
    ReportError("nothing written; fix or leave out the inputs above");
    return 1;
  }
  std::stable_sort(all.begin(), all.end(), [](const Facts& a, const Facts& b) { return a.doc_id < b.doc_id; });
  TemporalGraph g;
  g.set_threads(std::max(1u, std::thread::hardware_concurrency()));
  g.AddFacts(std::move(all));
  all = {};
  if (Status s = WriteJsonLdFile(g, output, std::max(1u, std::thread::hardware_concurrency())); !s.ok()) {
    ReportError(s);
    return 1;
  }
  std::cout << "wrote " << output << "\n"
            << inputs.size() << " graph(s), " << g.Documents().size() << " article(s), " << g.Actors().size()
            << " actor(s), " << g.Places().size() << " place(s), " << g.Events().size() << " event(s)\n";
  KeepUntilExit(std::move(g));
  return 0;
}

}  // namespace diplograph
