#!/usr/bin/env bash
# Runs every benchmark and writes bench/RESULTS.md: the whole SaudiNewsNet
# corpus through `build` at -j1 and -j2 against the ICU floor, the English
# articles, synthetic graphs of 10^4, 10^5 and 10^6 events (graph, every
# export, merge and diff), the Google Benchmark inner stages and, when perf
# works, where extraction spends its time.
#
# usage: bench/run_all.sh [BUILD_DIR]      (default build/release)
#   cmake --preset release && cmake --build --preset release
#   QUICK=1 bench/run_all.sh    one run each, synthetic graphs up to 10^5, no perf
#   PERF=0  bench/run_all.sh    no perf profile
#   OUT=file                    write the table somewhere else than bench/RESULTS.md
#   SNN=dir ENGLISH=dir         other corpus folders (a missing one is skipped)
#
# Timings are medians of 3 runs wherever a run takes under a minute (one run
# otherwise), each after a sync; peak memory is the largest of the runs.
# Corpora are read from ../shared and skipped when absent. The 10^6-event
# graph needs about 8 GB of memory (graph_bench); QUICK=1 stops at 10^5.
set -euo pipefail
# One block, read whole before it runs, so that editing this file during a
# run (which takes a while) cannot change what the run does.
{
cd "$(dirname "$0")/.."
build=${1:-build/release}
bin=$build/cli/diplograph
out=${OUT:-bench/RESULTS.md}
quick=${QUICK:-0}
snn=${SNN:-../shared/corpus/saudinewsnet}
english=${ENGLISH:-../shared/corpus/en}
for tool in "$bin" "$build/bench/icu_floor" "$build/bench/graph_bench" "$build/bench/extract_bench"; do
  [ -x "$tool" ] || {
    echo "run_all.sh: $tool is missing; build first:" >&2
    echo "  cmake --preset release && cmake --build --preset release" >&2
    exit 1
  }
done
if [ "$(awk '/^CMAKE_BUILD_TYPE:/ { split($0, a, "="); print a[2] }' "$build/CMakeCache.txt")" != Release ]; then
  echo "run_all.sh: warning: $build is not a Release build; the figures will not be comparable" >&2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
runs=3
[ "$quick" = 1 ] && runs=1
log() { echo "run_all.sh: $*" >&2; }

# timed LABEL CMD...: runs CMD up to $runs times (once when a run takes a
# minute or more). Sets wall and cpu (median seconds, wall clock and user +
# system), peak_mb (the largest) and status (of the last run); CMD's output
# of the last run is in $tmp/$LABEL.out.
timed() {
  local label=$1
  shift
  local walls=() cpus=() peak=0 i w u s kb
  for ((i = 1; i <= runs; i++)); do
    status=0
    # The files earlier steps wrote (gigabytes at 10^6 events) are flushed
    # first, so that their write-back does not run during the timing.
    sync
    /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$@" > "$tmp/$label.out" 2> "$tmp/$label.err" || status=$?
    read -r w u s kb < <(tail -n 1 "$tmp/time")
    walls+=("$w")
    cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')")
    ((kb > peak)) && peak=$kb
    awk -v w="$w" 'BEGIN { exit !(w >= 60) }' && break
  done
  wall=$(median "${walls[@]}")
  cpu=$(median "${cpus[@]}")
  peak_mb=$((peak / 1024))
  log "$label: wall ${walls[*]} s, CPU ${cpus[*]} s, peak $peak_mb MB"
}
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# key FILE NAME: the value of a "name value" line.
key() { awk -v k="$2" '$1 == k { print $2; found = 1 } END { if (!found) print "" }' "$1"; }
# num FORMAT NUMBER: printf through awk, an empty value as "–". calc FORMAT EXPR: arithmetic.
num() { awk -v f="$1" -v x="$2" 'BEGIN { if (x == "") print "–"; else printf f "\n", x }'; }
calc() { awk "BEGIN { printf \"$1\n\", $2 }"; }

machine_cpu=$(lscpu | awk -F: '/^Model name/ { gsub(/^ +/, "", $2); print $2; exit }')
machine_cores=$(nproc)
machine_ram=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
commit=$(git rev-parse --short HEAD 2> /dev/null || echo unknown)
git diff --quiet HEAD 2> /dev/null || commit="$commit + uncommitted changes"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u '+%Y-%m-%d %H:%M UTC')

# --- Corpora ------------------------------------------------------------
corpus_rows=""
floor_rows=""
perf_pid=""
corpus_line() {  # NAME JOBS FLOORFILE
  local name=$1 jobs=$2 f=$3 articles bytes sentences floor
  articles=$(grep -o '^[0-9]* article' "$tmp/$name-j$jobs.out" | grep -o '^[0-9]*' || echo 0)
  bytes=$(key "$f" bytes)
  sentences=$(key "$f" sentences)
  floor=$(key "$f" floor_seconds)
  corpus_rows+="| $name | $jobs | $articles | $(calc '%.1f' "$bytes / 1e6") | $sentences | $wall | $cpu"
  corpus_rows+=" | $(calc '%.0f' "$articles / $wall") | $(calc '%.0f' "$articles / $cpu")"
  corpus_rows+=" | $(calc '%.2f' "$bytes / 1e6 / $cpu") | $(calc '%.0f' "$sentences / $cpu")"
  corpus_rows+=" | $(calc '%.1f' "$cpu / $floor") | $peak_mb |"$'\n'
}
floor_line() {  # NAME FLOORFILE
  local f=$2
  floor_rows+="| $1 | $(key "$f" articles) | $(calc '%.1f' "$(key "$f" bytes) / 1e6") | $(key "$f" chars)"
  floor_rows+=" | $(key "$f" words) | $(key "$f" sentences) | $(num '%.3g' "$(key "$f" floor_seconds)")"
  floor_rows+=" | $(num '%.1f' "$(key "$f" floor_mb_per_s)") | $(num '%.3g' "$(key "$f" sentence_seconds)") |"$'\n'
}

if [ -d "$snn" ]; then
  mkdir -p "$tmp/snn"
  for zip in "$snn"/*.zip; do unzip -p "$zip" > "$tmp/snn/$(basename "$zip" .zip).json"; done
  log "ICU floor, SaudiNewsNet"
  "$build/bench/icu_floor" --repeat "$runs" "$tmp/snn" > "$tmp/floor-snn" 2> "$tmp/floor-snn.err" || true
  floor_line SaudiNewsNet "$tmp/floor-snn"
  for jobs in 1 2; do
    timed "SaudiNewsNet-j$jobs" "$bin" build -j "$jobs" "$tmp/snn" -o "$tmp/out-snn-j$jobs"
    corpus_line SaudiNewsNet "$jobs" "$tmp/floor-snn"
  done
  # The profile runs beside the sections below, to save a run's time.
  if [ "${PERF:-1}" = 1 ] && [ "$quick" != 1 ] && command -v perf > /dev/null &&
    perf record -o "$tmp/probe.data" -- true > /dev/null 2>&1; then
    log "perf record, SaudiNewsNet -j1 (in the background)"
    perf record -F 499 -o "$tmp/perf.data" -- "$bin" build -j 1 "$tmp/snn" -o "$tmp/out-perf" > /dev/null 2>&1 &
    perf_pid=$!
  fi
  if ! cmp -s "$tmp/out-snn-j1/graph.jsonld" "$tmp/out-snn-j2/graph.jsonld"; then
    log "warning: -j1 and -j2 wrote different graph.jsonld"
    corpus_rows+="| **-j1 and -j2 outputs differ** | | | | | | | | | | | | |"$'\n'
  fi
else
  log "SKIP: $snn is absent"
fi
if [ -d "$english" ]; then
  log "ICU floor, English"
  "$build/bench/icu_floor" --repeat "$runs" "$english" > "$tmp/floor-en" 2> "$tmp/floor-en.err" || true
  floor_line English "$tmp/floor-en"
  timed "English-j1" "$bin" build -j 1 "$english" -o "$tmp/out-en"
  corpus_line English 1 "$tmp/floor-en"
else
  log "SKIP: $english is absent"
fi

# --- Synthetic graphs -----------------------------------------------------
graph_rows=""
sizes="10000 100000 1000000"
[ "$quick" = 1 ] && sizes="10000 100000"
for n in $sizes; do
  dir=$tmp/graph-$n.d
  log "synthetic graph, $n events"
  # One run for the graph_bench breakdown (its steps take seconds at most
  # below 10^6 events and are timed inside); merge and diff as commands.
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$build/bench/graph_bench" --events "$n" --dir "$dir" > "$tmp/graph-$n" \
    2> "$tmp/graph-$n.err" || { log "graph_bench --events $n failed: $(cat "$tmp/graph-$n.err")"; continue; }
  read -r _ gb_kb < <(tail -n 1 "$tmp/time")
  g=$tmp/graph-$n
  # The exports graph_bench wrote (4 GB at 10^6 events) are not needed
  # below: deleted, their pages leave the page cache, so that merge and
  # diff do not reclaim them while they allocate theirs.
  rm -f "$dir"/a.graphml "$dir"/a.gexf "$dir"/a.timeline.* "$dir"/a.csv "$dir"/a.dot
  timed "merge-$n" "$bin" merge "$dir/a.jsonld" "$dir/b.jsonld" -o "$dir/merged.jsonld"
  merge_cpu=$cpu merge_wall=$wall merge_mb=$peak_mb
  timed "diff-$n" "$bin" diff "$dir/a.jsonld" "$dir/b.jsonld"
  diff_cpu=$cpu diff_wall=$wall diff_mb=$peak_mb
  query_cell="–"
  if "$bin" --help 2>&1 | grep -q '^  query'; then
    timed "query-$n" "$bin" query "$dir/a.jsonld" --actor "State 7"
    query_cell=$cpu
  fi
  graph_rows+="| $(key "$g" events) | $(key "$g" edges) | $(num '%.2f' "$(key "$g" insert_seconds)")"
  for step in jsonld_write jsonld_read graphml_write gexf_write timelinejs_write timeline_md_write csv_write dot_write; do
    graph_rows+=" | $(num '%.2f' "$(key "$g" "${step}_seconds")")"
  done
  graph_rows+=" | $merge_cpu | **$merge_wall** | $diff_cpu | **$diff_wall** | $(num '%.2f' "$(key "$g" diff_seconds)") | $query_cell"
  graph_rows+=" | $(num '%.0f' "$(key "$g" jsonld_write_mb)") | $((gb_kb / 1024)) / $merge_mb / $diff_mb |"$'\n'
  rm -rf "$dir"
done

# --- Google Benchmark -----------------------------------------------------
log "Google Benchmark inner stages"
gb_args=(--benchmark_out="$tmp/gb.csv" --benchmark_out_format=csv)
[ "$quick" = 1 ] || gb_args+=(--benchmark_repetitions=3 --benchmark_report_aggregates_only=true)
"$build/bench/extract_bench" "${gb_args[@]}" > /dev/null 2> "$tmp/gb.err" || log "extract_bench failed: $(tail -n 3 "$tmp/gb.err")"
# CSV: name,iterations,real_time,cpu_time,time_unit,bytes_per_second,items_per_second,...
gb_rows=$(awk -F, -v quick="$quick" '
  /^name,/ { header = 1; next }
  !header { next }
  {
    name = $1; gsub(/"/, "", name)
    if (quick != 1 && name !~ /_median$/) next
    sub(/_median$/, "", name)
    mb = $6 == "" ? "–" : sprintf("%.1f", $6 / 1e6)
    items = $7 == "" ? "–" : sprintf("%.0f", $7)
    printf "| %s | %.3g %s | %s | %s |\n", name, $4, $5, mb, items
  }' "$tmp/gb.csv" 2> /dev/null || true)

# --- Where extraction spends its time --------------------------------------
perf_rows=""
if [ -n "$perf_pid" ]; then
  wait "$perf_pid" || true
  perf report -i "$tmp/perf.data" --no-children --sort symbol --stdio 2> /dev/null |
    grep -E '^ +[0-9.]+%' | head -n 25 > "$tmp/perf.top" || true
  # "  12.34%  [.] symbol   -  -" -> a table row, the symbol cut at 110 characters.
  perf_rows=$(awk '{
      self = $1; sub(/^ *[0-9.]+% +(\[[.k]\] +)?/, ""); sub(/ +- +- *$/, ""); sub(/ +$/, "")
      gsub(/std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >/, "std::string")
      gsub(/\|/, "\\|"); printf "| %s | `%s` |\n", self, substr($0, 1, 110)
    }' "$tmp/perf.top")
fi
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

# --- RESULTS.md -------------------------------------------------------------
{
  echo "# Benchmark results"
  echo
  echo "Written by \`bench/run_all.sh\` on $started: $machine_cpu, $machine_cores cores, $machine_ram RAM;"
  echo "commit $commit; $(basename "$(realpath "$build")") build ($(awk -F= '/^CMAKE_BUILD_TYPE:/ { print $2 }' "$build/CMakeCache.txt"))."
  echo "Load average (1, 5, 15 min) $load_start at the start, $load_end at the end: the machine is shared,"
  echo "so figures taken while others work are slower than the machine can do."
  if [ "$runs" = 1 ]; then
    echo "QUICK run: one run of each, no perf profile."
  else
    echo "Times are medians of $runs runs wherever a run takes under a minute, each after a sync (so that"
    echo "the write-back of earlier steps' files does not run meanwhile); peak memory is the largest."
  fi
  echo
  echo "## Extraction: \`diplograph build\`, the whole corpus into one graph with every output"
  echo
  echo "Reading, extraction (-j threads), merging, and writing graph.jsonld, .dot, .svg, .png, .graphml,"
  echo ".gexf, timeline.md, .txt, .json and .csv. MB are the articles' UTF-8 text; sentences as ICU's"
  echo "sentence rules count them. \"Per core\" rates divide by CPU seconds (user + system, all"
  echo "threads), which a busy machine does not inflate as it does wall time; the ICU floor is CPU"
  echo "seconds too. Issue 8's targets: at least 1,000 articles/s and about 15,000 sentences/s on one"
  echo "core, at most 3 times the ICU floor, peak memory under 1 GB."
  echo
  echo "| corpus | jobs | articles | MB | sentences | wall s | CPU s | articles/s (wall) | articles/s per core | MB/s per core | sentences/s per core | × ICU floor | peak MB |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s' "$corpus_rows"
  echo
  echo "## The ICU floor (\`bench/icu_floor\`)"
  echo
  echo "The same articles' text, converted to UTF-16, normalised to NFKC and walked with ICU's word"
  echo "BreakIterator, and nothing else: the work no pipeline over ICU can skip. Sentences are counted in"
  echo "a separate pass (last column), not part of the floor."
  echo
  echo "| corpus | articles | MB | characters | words | sentences | floor seconds | MB/s | sentence pass seconds |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s' "$floor_rows"
  echo
  echo "## Synthetic graphs (\`bench/graph_bench\`, \`bench/synthetic_graph.h\`)"
  echo
  echo "CPU seconds (see above), except the two wall-clock columns. Each write includes writing the file."
  echo "Merge and diff are the \`diplograph merge a b -o m\` and \`diplograph diff a b\` commands end to end"
  echo "(reading both JSON-LD files, one per thread; merge also merges events and writes the result on"
  echo "every core), where b is a modified copy of a (1% of events re-dated, 0.5% removed, 0.5% added);"
  echo "\"diff (in-process)\" is DiffGraphs alone. DOT is the diagram's 80 best-supported events."
  echo "Issue 8's target: merge, JSON-LD export and diff each under 10 s at 10^6 events (wall clock on this"
  echo "2-core machine for merge and diff, which use both cores)."
  echo
  echo "| events | edges | insert | JSON-LD write | JSON-LD read | GraphML | GEXF | TimelineJS | timeline.md | CSV | DOT | merge CPU | merge wall | diff CPU | diff wall | diff (in-process) | query | JSON-LD MB | peak MB (bench / merge / diff) |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s' "$graph_rows"
  echo
  echo "## Inner stages (Google Benchmark, \`bench/extract_bench\`)"
  echo
  echo "Over the articles in samples/ and, when present, ../shared/corpus/ar and en; the graph"
  echo "benchmarks' argument is 0 for those articles' facts, else the events of a synthetic graph."
  echo "Medians of 3 repetitions (one in a QUICK run)."
  echo
  echo "| benchmark | CPU time per iteration | MB/s | items/s |"
  echo "|---|---:|---:|---:|"
  printf '%s\n' "$gb_rows"
  if [ -n "$perf_rows" ]; then
    echo
    echo "## Where extraction spends its time (perf, SaudiNewsNet, build -j 1)"
    echo
    echo "\`perf record\` over the whole run (beside the synthetic-graph runs): self time by function,"
    echo "the top 25. Inlined functions count in their callers."
    echo
    echo "| self | function |"
    echo "|---:|---|"
    printf '%s\n' "$perf_rows"
  fi
} > "$out"
log "wrote $out"
exit 0
}
