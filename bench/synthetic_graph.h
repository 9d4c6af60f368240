// Synthetic facts for timing the graph and its exporters at sizes no corpus
// here reaches (10^4 to 10^6 events). Deterministic: the same spec gives the
// same facts on every run and platform.
//
//   std::vector<Facts> docs = MakeBenchFacts({.events = 100000});
//   TemporalGraph g;
//   for (const Facts& f : docs) g.AddFacts(f);   // ~100,000 events
//   std::vector<Facts> next = ModifyBenchFacts(docs, {.events = 100000});
//
// Each document states `events_per_doc` events between states and persons
// (a person stands for its state), at a place half of the time, with a
// mediator one time in ten, dated on a day in 2000-2024, with one evidence
// sentence. Shaped like the SaudiNewsNet graph: many small documents, a few
// thousand actors, most events seen once.
#ifndef DIPLOGRAPH_BENCH_SYNTHETIC_GRAPH_H_
#define DIPLOGRAPH_BENCH_SYNTHETIC_GRAPH_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/facts.h"

namespace diplograph {

struct BenchGraphSpec {
  size_t events = 10000;
  size_t events_per_doc = 10;
  uint64_t seed = 1;
};

// One Facts per document, sorted by document id (the order `build` adds them).
std::vector<Facts> MakeBenchFacts(const BenchGraphSpec& spec);

// A later version of the same documents, for diff and merge: one event in
// 100 re-dated within its month (a change), one in 200 dropped (a removal)
// and one new document per 200 events (additions). Sorted by document id.
std::vector<Facts> ModifyBenchFacts(const std::vector<Facts>& docs, const BenchGraphSpec& spec);

}  // namespace diplograph

#endif  // DIPLOGRAPH_BENCH_SYNTHETIC_GRAPH_H_
