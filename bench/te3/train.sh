#!/bin/bash
# TempEval-3 Task A on the training set (TimeBank + AQUAINT, tbaq-cleaned):
# re-tags every annotated .tml (the gold tags inside <TEXT> are dropped) and
# scores the result. Develop rules here; keep the platinum set for the end.
#
#   bench/te3/train.sh [BINARY] [-v [-c N]]
#
# BINARY defaults to build/release/cli/diplograph.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${1:-$root/build/release/cli/diplograph}
shift || true
suite=$root/../shared/suites/tbaq-cleaned
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir "$out/gold" "$out/system"
for f in "$suite"/TimeBank/*.tml "$suite"/AQUAINT/*.tml; do
  name=$(basename "$f")
  ln -s "$f" "$out/gold/$name"
  "$bin" timex --format timeml "$f" > "$out/system/$name.tmp"
  mv "$out/system/$name.tmp" "$out/system/$name"
done
python3 "$root/bench/te3/score_timex.py" "$out/gold" "$out/system" "$@"
