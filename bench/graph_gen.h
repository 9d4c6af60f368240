// Synthetic facts for timing the graph at scale: articles of a made-up
// news stream, with states and their ministers meeting, calling and
// agreeing on days and months of one year, some reported by several
// outlets (so that merging has work to do).
//
//   GraphGenOptions o;
//   o.events = 1000000;
//   std::vector<Facts> facts = GenerateFacts(o);   // the same on every run
//   TemporalGraph g;
//   for (const Facts& f : facts) g.AddFacts(f);
#ifndef DIPLOGRAPH_BENCH_GRAPH_GEN_H_
#define DIPLOGRAPH_BENCH_GRAPH_GEN_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/facts.h"

namespace diplograph {

struct GraphGenOptions {
  size_t events = 1000;         // reports, over all articles
  size_t events_per_article = 8;
  size_t states = 150;          // each with a foreign minister
  int year = 2015;
  double month_only = 0.1;      // share of reports dated only to the month
  double repeat = 0.3;          // share of reports that retell an earlier one
  uint64_t seed = 1;
};

// Articles in id order, each with its actors (sorted) and events.
std::vector<Facts> GenerateFacts(const GraphGenOptions& options);

}  // namespace diplograph

#endif  // DIPLOGRAPH_BENCH_GRAPH_GEN_H_
