// Times the graph and every export on a synthetic graph of N events
// (bench/synthetic_graph.h): insert, JSON-LD write and read, GraphML, GEXF,
// TimelineJS, timelines, CSV and DOT, and the diff against a modified copy.
// Leaves DIR/a.jsonld and DIR/b.jsonld (the modified copy) for timing the
// `merge` and `diff` commands end to end (bench/run_all.sh does).
//
//   graph_bench --events 100000 --dir /tmp/g
//   # events 99998
//   # insert_seconds 1.9
//   # jsonld_write_seconds 0.8
//   # ...
//
// Output is one "key value" line each, for scripts.
#include <malloc.h>

#include <cstdlib>
#include <ctime>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>

#include "bench/cpu_clock.h"
#include "bench/synthetic_graph.h"
#include "exporters/csv.h"
#include "exporters/dot.h"
#include "exporters/gexf.h"
#include "exporters/graphml.h"
#include "exporters/jsonld.h"
#include "exporters/jsonld_reader.h"
#include "exporters/output_file.h"
#include "exporters/timeline.h"
#include "exporters/timelinejs.h"
#include "graph/graph_diff.h"

namespace diplograph {
namespace {

using Clock = bench::CpuClock;
double Seconds(Clock::time_point since) { return bench::CpuSeconds(since); }

// Times `fn` (which returns the text written) and writes the text to `path`
// as `build` does; prints "<name>_seconds" and "<name>_mb".
template <typename Fn>
bool TimeWrite(const std::string& name, const std::string& path, Fn fn) {
  Clock::time_point start = Clock::now();
  std::string text = fn();
  Status s = WriteFileAtomically(path, text);
  double secs = Seconds(start);
  if (!s.ok()) {
    std::cerr << "graph_bench: error: " << s.ToString() << "\n";
    return false;
  }
  std::cout << name << "_seconds " << secs << "\n" << name << "_mb " << text.size() / 1e6 << "\n";
  return true;
}

TemporalGraph Insert(const std::vector<Facts>& docs) {
  TemporalGraph g;
  for (const Facts& f : docs) g.AddFacts(f);
  return g;
}

int Main(int argc, char** argv) {
  BenchGraphSpec spec;
  std::string dir;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--events") == 0 && i + 1 < argc) {
      spec.events = std::strtoull(argv[++i], nullptr, 10);
    } else if (std::strcmp(argv[i], "--dir") == 0 && i + 1 < argc) {
      dir = argv[++i];
    } else {
      std::cerr << "usage: graph_bench --events N --dir DIR\n";
      return 2;
    }
  }
  if (dir.empty() || spec.events == 0) {
    std::cerr << "usage: graph_bench --events N --dir DIR\n";
    return 2;
  }
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    std::cerr << "graph_bench: error: " << dir << ": cannot create the folder: " << ec.message() << "\n";
    return 1;
  }
  auto path = [&](const char* name) { return (std::filesystem::path(dir) / name).string(); };

  Clock::time_point start = Clock::now();
  std::vector<Facts> docs = MakeBenchFacts(spec);
  std::cout << "generate_seconds " << Seconds(start) << "\n";
  start = Clock::now();
  TemporalGraph g = Insert(docs);
  double insert = Seconds(start);
  std::cout << "documents " << docs.size() << "\n" << "insert_seconds " << insert << "\n";
  docs.clear();  // made again for the modified copy, so that the peak is two graphs, not four
  docs.shrink_to_fit();
#ifdef __GLIBC__
  malloc_trim(0);  // so that the next step timed does not pay for these frees
#endif
  // The graph's own listings, which every exporter starts from.
  start = Clock::now();
  size_t events = g.Events().size();
  std::cout << "events_list_seconds " << Seconds(start) << "\n";
  start = Clock::now();
  size_t edges = g.Edges().size();
  std::cout << "edges_list_seconds " << Seconds(start) << "\n"
            << "events " << events << "\n"
            << "actors " << g.Actors().size() + g.Places().size() << "\n"
            << "edges " << edges << "\n";

  bool ok = TimeWrite("jsonld_write", path("a.jsonld"), [&] { return WriteJsonLd(g); });
  {  // the graph read back is freed before the next steps
    start = Clock::now();
    Result<TemporalGraph> read = ReadJsonLdFile(path("a.jsonld"));
    if (!read.ok()) {
      std::cerr << "graph_bench: error: " << read.status().ToString() << "\n";
      return 1;
    }
    std::cout << "jsonld_read_seconds " << Seconds(start) << "\n";
  }

  ok = ok && TimeWrite("graphml_write", path("a.graphml"), [&] { return WriteGraphml(g); });
  ok = ok && TimeWrite("gexf_write", path("a.gexf"), [&] { return WriteGexf(g); });
  ok = ok && TimeWrite("timelinejs_write", path("a.timeline.json"), [&] { return WriteTimelineJs(g); });
  ok = ok && TimeWrite("timeline_md_write", path("a.timeline.md"), [&] { return WriteTimelineMarkdown(g); });
  ok = ok && TimeWrite("timeline_txt_write", path("a.timeline.txt"), [&] { return WriteTimelineText(g); });
  ok = ok && TimeWrite("csv_write", path("a.csv"), [&] { return WriteEventsCsv(g); });
  ok = ok && TimeWrite("dot_write", path("a.dot"), [&] {
    Result<std::string> dot = WriteDot(g, {});
    return dot.ok() ? dot.take() : std::string();
  });
  if (!ok) return 1;

  std::vector<Facts> changed = ModifyBenchFacts(MakeBenchFacts(spec), spec);
  TemporalGraph modified = Insert(changed);
  changed.clear();
  changed.shrink_to_fit();
  if (Status s = WriteFileAtomically(path("b.jsonld"), WriteJsonLd(modified)); !s.ok()) {
    std::cerr << "graph_bench: error: " << s.ToString() << "\n";
    return 1;
  }
  start = Clock::now();
  GraphDiff diff = DiffGraphs(g, modified);
  std::cout << "diff_seconds " << Seconds(start) << "\n"
            << "diff_added " << diff.events_added.size() << "\n"
            << "diff_removed " << diff.events_removed.size() << "\n"
            << "diff_changed " << diff.events_changed.size() << "\n";
  return 0;
}

}  // namespace
}  // namespace diplograph

int main(int argc, char** argv) { return diplograph::Main(argc, argv); }
