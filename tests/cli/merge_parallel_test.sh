#!/bin/bash
# Splitting a corpus and merging the parts gives the graph of one build:
# a few SaudiNewsNet day files (../shared/corpus/saudinewsnet, read at run
# time, skipped when absent) are extracted one process per day, as
# docs/parallel.md recommends, and merged in every order and grouping.
# usage: merge_parallel_test.sh DIPLOGRAPH SOURCE_DIR
bin=$1
src=$2
corpus="$src/../shared/corpus/saudinewsnet"
days="2015-07-23 2015-08-01 2015-08-09"
for d in $days; do
  if [ ! -f "$corpus/$d.zip" ]; then
    echo "skipped: $corpus/$d.zip not found"
    exit 77
  fi
done
command -v python3 > /dev/null || { echo "skipped: no python3 to unpack the day files"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$(dirname "$0")/check.sh"

# The first 40 articles of each day keep the test short; the day files are
# JSON arrays inside zips.
mkdir -p "$tmp/days" "$tmp/parts"
python3 - "$corpus" "$tmp/days" $days <<'PY'
import json, sys, zipfile
corpus, out, days = sys.argv[1], sys.argv[2], sys.argv[3:]
for day in days:
    with zipfile.ZipFile(f"{corpus}/{day}.zip") as z:
        articles = json.loads(z.read(z.namelist()[0]))
    with open(f"{out}/{day}.json", "w", encoding="utf-8") as f:
        json.dump(articles[:40], f, ensure_ascii=False)
PY
check "the day files unpack" test -s "$tmp/days/2015-08-09.json"

# One process per day file, two at a time.
ls "$tmp"/days/*.json | xargs -P 2 -I{} sh -c '"$1" extract "$2" > "$3/$(basename "$2" .json).jsonld"' _ "$bin" {} "$tmp/parts"
check "every day extracted" test "$(ls "$tmp/parts" | wc -l)" -eq 3
"$bin" extract "$tmp/days" > "$tmp/whole.jsonld" 2> /dev/null
check "the whole corpus builds" test -s "$tmp/whole.jsonld"
check "the parts differ from the whole" test -n "$(cmp "$tmp/parts/2015-07-23.jsonld" "$tmp/whole.jsonld" 2>&1)"

a="$tmp/parts/2015-07-23.jsonld"
b="$tmp/parts/2015-08-01.jsonld"
c="$tmp/parts/2015-08-09.jsonld"
n=0
for order in "$a $b $c" "$a $c $b" "$b $a $c" "$b $c $a" "$c $a $b" "$c $b $a"; do
  n=$((n + 1))
  # shellcheck disable=SC2086  # the order is three paths without spaces
  "$bin" merge $order -o "$tmp/flat$n.jsonld" > /dev/null
  check "merge of the days in order $n equals the whole build" cmp -s "$tmp/flat$n.jsonld" "$tmp/whole.jsonld"
done
"$bin" merge "$a" "$b" -o "$tmp/ab.jsonld" > /dev/null
"$bin" merge "$b" "$c" -o "$tmp/bc.jsonld" > /dev/null
"$bin" merge "$c" "$a" -o "$tmp/ca.jsonld" > /dev/null
"$bin" merge "$tmp/ab.jsonld" "$c" -o "$tmp/ab_c.jsonld" > /dev/null
"$bin" merge "$a" "$tmp/bc.jsonld" -o "$tmp/a_bc.jsonld" > /dev/null
"$bin" merge "$b" "$tmp/ca.jsonld" -o "$tmp/b_ca.jsonld" > /dev/null
"$bin" merge "$tmp/ab.jsonld" "$tmp/bc.jsonld" -o "$tmp/ab_bc.jsonld" > /dev/null
for g in ab_c a_bc b_ca ab_bc; do
  check "grouping $g equals the whole build" cmp -s "$tmp/$g.jsonld" "$tmp/whole.jsonld"
done
"$bin" diff "$tmp/ab_c.jsonld" "$tmp/whole.jsonld" > "$tmp/diff.txt"
check "diff of a grouped merge and the whole build finds nothing" test $? -eq 0

finish merge_parallel
