#!/usr/bin/env bash
# Builds the `fuzz` preset and runs each libFuzzer target for a bounded time.
#
#   tests/fuzz/run.sh          # 60 s per target
#   tests/fuzz/run.sh 300      # 300 s per target
#   tests/fuzz/run.sh 30 lexicon_fuzz cameo_fuzz
#   FUZZ_BUILD_DIR=/tmp/fz tests/fuzz/run.sh   # build there instead of build/fuzz
#
# Seeds: tests/fuzz/seeds/<target>/ (small files written for this), samples/
# for the article targets, the head of each data/*.tsv for the lexicon
# (prefixed with the byte that picks its format). The JSON-LD reader's seeds
# are graphs diplograph wrote from samples/ and small hand-broken ones. The growing corpus and any
# crash, leak or timeout input go under build/fuzz/, not into the source tree.
# Exits non-zero when a target found something.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(ingest_fuzz extract_fuzz lexicon_fuzz cameo_fuzz jsonld_reader_fuzz)
fi

cd "$root"
if [ -n "${FUZZ_BUILD_DIR:-}" ]; then
  build="$FUZZ_BUILD_DIR"
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
      -DDIPLOGRAPH_FUZZ=ON -DDIPLOGRAPH_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build" --parallel "${JOBS:-1}" --target "${targets[@]}"
else
  build="$root/build/fuzz"
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz --parallel "${JOBS:-1}"
fi
work="$build/fuzz-work"
mkdir -p "$work"

# The lexicon target reads its format from the first byte (see lexicon_fuzz.cc).
gen="$work/generated-lexicon"
rm -rf "$gen"
mkdir -p "$gen"
for tsv in "$root"/data/*.tsv; do
  base="$(basename "$tsv" .tsv)"
  case "$base" in
    roles) byte='\001' ;;
    titles) byte='\002' ;;
    institutions) byte='\003' ;;
    triggers) byte='\004' ;;
    *) byte='\000' ;;
  esac
  { printf "$byte"; head -n 40 "$tsv"; } >"$gen/$base.bin"
done

status=0
summary=()
for target in "${targets[@]}"; do
  name="${target%_fuzz}"
  corpus="$work/corpus/$name"
  artifacts="$work/artifacts/$name"
  mkdir -p "$corpus" "$artifacts"
  seeds=("$root/tests/fuzz/seeds/$name")
  max_len=16384
  case "$name" in
    jsonld_reader) max_len=32768 ;;  # the saved graph of all samples is ~19 KB
  esac
  case "$name" in
    ingest | extract) seeds+=("$root/samples") ;;
    lexicon) seeds+=("$gen") ;;
  esac
  log="$work/$name.log"
  echo "== $target: ${seconds}s, seeds ${seeds[*]#$root/}"
  set +e
  "$build/tests/fuzz/$target" "$corpus" "${seeds[@]}" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
      -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  set -e
  runs="$(grep -o 'Done [0-9]* runs' "$log" | tail -1 | awk '{print $2}' || true)"
  if [ -z "$runs" ]; then
    runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | awk '{print $2}' | tail -1 || true)"
  fi
  files="$(find "$corpus" -type f | wc -l)"
  bytes="$(du -sb "$corpus" | cut -f1)"
  line="$target: ${runs:-?} executions, corpus $files files ($bytes bytes)"
  if [ $rc -ne 0 ]; then
    status=1
    line+=", FOUND SOMETHING (exit $rc): see $log and $artifacts/"
    grep -m1 -E 'ERROR: (AddressSanitizer|libFuzzer)|runtime error' "$log" || true
  fi
  echo "$line"
  summary+=("$line")
done

echo
echo "== summary (${seconds}s per target)"
printf '%s\n' "${summary[@]}"
exit $status
