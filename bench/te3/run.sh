#!/bin/bash
# TempEval-3 Task A (time expressions) on the platinum test set: tags every
# .TE3input with `diplograph timex --format timeml` and scores the result.
#
#   bench/te3/run.sh [BINARY] [-v]
#
# BINARY defaults to build/release/cli/diplograph.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${1:-$root/build/release/cli/diplograph}
shift || true
suites=$root/../shared/suites
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for f in "$suites"/te3-platinum-input/*.TE3input; do
  name=$(basename "$f" .TE3input)
  "$bin" timex --format timeml "$f" > "$out/$name.tmp"
  mv "$out/$name.tmp" "$out/$name"
done
python3 "$root/bench/te3/score_timex.py" "$suites/te3-platinum" "$out" "$@"
