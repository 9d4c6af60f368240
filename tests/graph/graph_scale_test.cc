// Merge and diff at scale, on synthetic graphs (bench/graph_gen.h). Hidden
// from the default run; time it in a release build:
//   diplograph_tests "[.scale]" --durations yes
// DIPLOGRAPH_SCALE_EVENTS sets the number of reports (default 1000000);
// DIPLOGRAPH_SCALE_OUT=DIR also writes two halves and the whole as JSON-LD
// there, for timing `diplograph merge` and `diplograph diff`.
#include <catch2/catch.hpp>

#include <chrono>
#include <ctime>
#include <string>
#include <cstdlib>
#include <iostream>

#include "bench/graph_gen.h"
#include "exporters/jsonld.h"
#include "exporters/output_file.h"
#include "graph/graph_diff.h"
#include "graph/temporal_graph.h"

namespace diplograph {

namespace {

// Wall-clock and processor seconds: on a shared machine the second is the
// one to compare with the 10 s budget.
struct Timer {
  std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::now();
  std::clock_t cpu = std::clock();
  std::string Report() const {
    double w = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count();
    double c = static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
    return std::to_string(c) + " s cpu (" + std::to_string(w) + " s wall)";
  }
};

}  // namespace

TEST_CASE("Merge and diff of a million synthetic reports", "[.scale]") {
  GraphGenOptions o;
  if (const char* n = std::getenv("DIPLOGRAPH_SCALE_EVENTS")) o.events = std::strtoul(n, nullptr, 10);
  else o.events = 1000000;
  std::vector<Facts> facts = GenerateFacts(o);
  Timer merge_timer;
  TemporalGraph g;
  for (const Facts& f : facts) g.AddFacts(f);
  std::string adding = merge_timer.Report();
  size_t events = g.Events().size();
  std::string merge = merge_timer.Report();
  std::cout << "adding the facts took " << adding << "\n";
  // Tomorrow's graph: the same articles with every 100th report moved a
  // day, a status changed, or dropped.
  std::vector<Facts> changed = facts;
  size_t k = 0;
  for (Facts& f : changed)
    for (Event& e : f.events)
      if (++k % 100 == 0 && e.start.has_day()) e.start = e.end = e.start.day < 28 ? e.start.AddDays(1) : e.start;
      else if (k % 100 == 50) e.status = EventStatus::kPlanned;
  TemporalGraph h;
  for (const Facts& f : changed) h.AddFacts(f);
  (void)h.Events();
  Timer diff_timer;
  GraphDiff d = DiffGraphs(g, h);
  std::string diff = diff_timer.Report();
  std::cout << o.events << " reports -> " << events << " events; merge " << merge << ", diff " << diff << " ("
            << d.events_changed.size() << " changed, " << d.events_added.size() << " added, "
            << d.events_removed.size() << " removed)\n";
  CHECK(events < o.events);  // retold reports merged
  CHECK(!d.empty());
  if (const char* dir = std::getenv("DIPLOGRAPH_SCALE_OUT")) {
    std::vector<Facts> first(facts.begin(), facts.begin() + static_cast<long>(facts.size() / 2));
    std::vector<Facts> second(facts.begin() + static_cast<long>(facts.size() / 2), facts.end());
    TemporalGraph a, b;
    for (const Facts& f : first) a.AddFacts(f);
    for (const Facts& f : second) b.AddFacts(f);
    CHECK(WriteFileAtomically(std::string(dir) + "/half1.jsonld", WriteJsonLd(a)).ok());
    CHECK(WriteFileAtomically(std::string(dir) + "/half2.jsonld", WriteJsonLd(b)).ok());
    CHECK(WriteFileAtomically(std::string(dir) + "/whole.jsonld", WriteJsonLd(g)).ok());
    CHECK(WriteFileAtomically(std::string(dir) + "/changed.jsonld", WriteJsonLd(h)).ok());
  }
}

}  // namespace diplograph
