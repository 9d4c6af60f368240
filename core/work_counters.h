// Work counters: how many values, lines and bytes the readers stepped over,
// so that tests can bound the work a pathological input causes by its size
// (no quadratic re-scans) without timing anything.
//
//   ThreadWorkCounters() = {};
//   IngestResult r = ReadInputBytes("day.jsonl", bytes, {});
//   REQUIRE(ThreadWorkCounters().ingest_bytes <= 4 * bytes.size());
//
// Counted per thread (ingest and JSON parsing run where they are called), so
// extraction threads do not disturb each other's counts.
#ifndef DIPLOGRAPH_CORE_WORK_COUNTERS_H_
#define DIPLOGRAPH_CORE_WORK_COUNTERS_H_

#include <cstdint>

namespace diplograph {

struct WorkCounters {
  uint64_t json_values = 0;   // JSON values parsed (core/json_value.cc)
  uint64_t json_bytes = 0;    // bytes the JSON parser read, and re-read to find an error's line
  uint64_t ingest_lines = 0;  // lines looked at while reading articles (core/ingest.cc)
  uint64_t ingest_bytes = 0;  // bytes looked at while reading articles, JSON parsing apart
};

inline WorkCounters& ThreadWorkCounters() {
  static thread_local WorkCounters counters;
  return counters;
}

}  // namespace diplograph

#endif  // DIPLOGRAPH_CORE_WORK_COUNTERS_H_
