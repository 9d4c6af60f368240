// CPU time of the process, not wall time: the machines the benchmarks run on
// are often shared, and a single-threaded step's CPU time is what it would
// take alone.
//
//   double t0 = diplograph::bench::CpuClock::now();
//   Work();
//   double s = diplograph::bench::CpuSeconds(t0);
#ifndef DIPLOGRAPH_BENCH_CPU_CLOCK_H_
#define DIPLOGRAPH_BENCH_CPU_CLOCK_H_

#include <ctime>

namespace diplograph::bench {

struct CpuClock {
  using time_point = double;
  static double now() {
    timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
  }
};

inline double CpuSeconds(CpuClock::time_point since) { return CpuClock::now() - since; }

}  // namespace diplograph::bench

#endif  // DIPLOGRAPH_BENCH_CPU_CLOCK_H_
