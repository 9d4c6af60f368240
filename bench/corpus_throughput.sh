#!/usr/bin/env bash
# Times diplograph over the SaudiNewsNet corpus (../shared/corpus/saudinewsnet):
# each day file through `build -` as a user would, then all days in one graph.
# Prints articles, seconds, articles per second and peak memory per step.
# usage: [JOBS=N] bench/corpus_throughput.sh [path/to/diplograph]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/release/cli/diplograph}
corpus=../shared/corpus/saudinewsnet
[ -d "$corpus" ] || { echo "SKIP: $corpus is absent"; exit 0; }
[ -x "$bin" ] || { echo "build first: cmake --preset release && cmake --build --preset release"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
total_articles=0
start=$(date +%s.%N)
printf '%-12s %9s %8s %10s %9s\n' day articles seconds art/s peak_MB
for zip in "$corpus"/*.zip; do
  day=$(basename "$zip" .zip)
  unzip -p "$zip" > "$tmp/$day.json"
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$bin" build -j "${JOBS:-1}" "$tmp/$day.json" -o "$tmp/out-$day" > "$tmp/log" 2>/dev/null || true
  read -r secs kb < <(tail -n 1 "$tmp/time")
  n=$(grep -o '^[0-9]* article' "$tmp/log" | grep -o '^[0-9]*' || echo 0)
  total_articles=$((total_articles + n))
  awk -v d="$day" -v n="$n" -v s="$secs" -v k="$kb" 'BEGIN { printf "%-12s %9d %8.2f %10.0f %9.0f\n", d, n, s, n / (s + 0.001), k / 1024 }'
done
/usr/bin/time -f "%e %M" -o "$tmp/time" "$bin" build -j "${JOBS:-1}" "$tmp"/*.json -o "$tmp/all" > "$tmp/log" 2>/dev/null || true
read -r secs kb < <(tail -n 1 "$tmp/time")
awk -v d="all-days" -v n="$total_articles" -v s="$secs" -v k="$kb" 'BEGIN { printf "%-12s %9d %8.2f %10.0f %9.0f\n", d, n, s, n / (s + 0.001), k / 1024 }'
tail -n 1 "$tmp/log"
