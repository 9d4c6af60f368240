#!/usr/bin/env bash
# End-to-end tests of the command line, as a user runs it.
# usage: cli_test.sh PATH/TO/diplograph SOURCE_DIR
set -u
bin=$1
src=$2
shared="$src/../shared"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$(dirname "$0")/check.sh"

# build writes every output and says so.
"$bin" build "$src/samples" -o "$tmp/out" > "$tmp/build.log" 2> "$tmp/build.err"
check "build exits 0" test $? -eq 0
for f in graph.jsonld graph.dot graph.svg graph.png timeline.md timeline.txt \
  graph.graphml graph.gexf timeline.json timeline.csv; do
  check "build writes $f" test -s "$tmp/out/$f"
  check "build reports $f" grep -q "wrote $tmp/out/$f" "$tmp/build.log"
done
check "no temporary files left" test -z "$(ls "$tmp/out" | grep tmp)"
check "timeline has the call" grep -q "CONSULT (phone): Marco Rubio → Sergey Lavrov" "$tmp/out/timeline.txt"
check "markdown timeline has the call" grep -qF "CONSULT \\(phone\\): Marco Rubio" "$tmp/out/timeline.md"
check "Graphviz accepts the DOT" dot -Tsvg "$tmp/out/graph.dot" -o "$tmp/check.svg"

# Same inputs in another order: same bytes.
mkdir -p "$tmp/rev"
for f in "$src"/samples/*.txt; do cp "$f" "$tmp/rev/z-$(basename "$f")"; done
"$bin" build $(ls -r "$src"/samples/*.txt) -o "$tmp/out2" > /dev/null 2>&1
check "output independent of input order (jsonld)" cmp -s "$tmp/out/graph.jsonld" "$tmp/out2/graph.jsonld"
check "output independent of input order (timeline)" cmp -s "$tmp/out/timeline.md" "$tmp/out2/timeline.md"
check "output independent of input order (dot)" cmp -s "$tmp/out/graph.dot" "$tmp/out2/graph.dot"
"$bin" build -j 3 "$src/samples" -o "$tmp/out3" > /dev/null 2>&1
# Every output, not only the graph: with -j the diagrams are drawn while
# another thread writes the rest.
check "-j 3 writes the same bytes as -j 1, every output" diff -r "$tmp/out" "$tmp/out3"

# Bad input: a clear message naming the file, the batch goes on, exit 1.
printf '' > "$tmp/empty.txt"
printf 'PK\003\004\000\000binary' > "$tmp/zip.bin.txt"
printf 'ok line\n\xc7\xe1\xd1\n' > "$tmp/cp1256.txt"
printf 'The minister met his counterpart.\n' > "$tmp/nodate.txt"
"$bin" build "$tmp/empty.txt" "$tmp/zip.bin.txt" "$tmp/cp1256.txt" "$tmp/nodate.txt" \
  "$src/samples/en-2025-05-17-rubio-lavrov.txt" -o "$tmp/bad" > "$tmp/bad.log" 2> "$tmp/bad.err"
check "bad batch exits 1" test $? -eq 1
check "empty file named" grep -q "diplograph: error: $tmp/empty.txt: empty file" "$tmp/bad.err"
check "binary file named" grep -q "diplograph: error: $tmp/zip.bin.txt: binary file" "$tmp/bad.err"
check "invalid UTF-8 named with line" grep -q "diplograph: error: $tmp/cp1256.txt:2: invalid UTF-8" "$tmp/bad.err"
check "missing date named" grep -q "$tmp/nodate.txt: no publication date found; give one with --date" "$tmp/bad.err"
check "the good article still built" test -s "$tmp/bad/graph.jsonld"
"$bin" build -j 3 "$tmp/empty.txt" "$tmp/zip.bin.txt" "$tmp/cp1256.txt" "$tmp/nodate.txt" \
  "$src/samples/en-2025-05-17-rubio-lavrov.txt" -o "$tmp/bad3" > /dev/null 2> "$tmp/bad3.err"
check "-j 3 says the same things in the same order" cmp -s "$tmp/bad.err" "$tmp/bad3.err"

"$bin" build "$tmp/empty.txt" -o "$tmp/none" > /dev/null 2>&1
check "nothing readable: exit 1" test $? -eq 1
check "nothing readable: no output" test ! -e "$tmp/none/graph.jsonld"

printf '{"text": "The minister met his counterpart.", "date": "2015-08-03"}\n{"text": \n' > "$tmp/day.jsonl"
"$bin" extract "$tmp/day.jsonl" > "$tmp/jsonl.out" 2> "$tmp/jsonl.err"
check "malformed JSON Lines: exit 1" test $? -eq 1
check "malformed JSON Lines: file and line" grep -q "$tmp/day.jsonl:2: invalid JSON" "$tmp/jsonl.err"

# Usage errors exit 2; --help and --version exit 0.
"$bin" frobnicate > /dev/null 2>&1
check "unknown command exits 2" test $? -eq 2
"$bin" build "$src/samples" > /dev/null 2>&1
check "build without -o exits 2" test $? -eq 2
"$bin" --help | grep -q "usage: diplograph"
check "--help" test $? -eq 0
"$bin" --version | grep -q "diplograph "
check "--version" test $? -eq 0

# --verbose says what was dropped from a raw page.
"$bin" extract --verbose "$src/samples/ar-page-2023-06-07-blinken-jeddah.txt" > /dev/null 2> "$tmp/verbose.err"
check "verbose reports related headlines" grep -q "dropped related headlines after 'اكتشف'" "$tmp/verbose.err"
check "verbose reports the caption" grep -q "dropped image caption" "$tmp/verbose.err"

# SaudiNewsNet day files load as they are, from standard input.
day="$shared/corpus/saudinewsnet/2015-08-03.zip"
if [ -f "$day" ] && command -v unzip > /dev/null; then
  unzip -p "$day" | "$bin" build - -o "$tmp/snn" > "$tmp/snn.log" 2>&1
  check "SaudiNewsNet day file builds" test -s "$tmp/snn/graph.jsonld"
else
  echo "SKIP: SaudiNewsNet day file (../shared absent or no unzip)"
fi

# jsonld.js expands the JSON-LD in safe mode (every term defined), when installed.
node_dir="$src/build/node"
if command -v node > /dev/null && [ -d "$node_dir/node_modules/jsonld" ]; then
  NODE_PATH="$node_dir/node_modules" node "$src/tests/exporters/jsonld_expand.js" "$tmp/out/graph.jsonld" > "$tmp/nq.txt" 2> "$tmp/nq.err"
  check "jsonld.js expands graph.jsonld in safe mode" test $? -eq 0
  check "N-Quads carry the PLOVER type" grep -q "https://w3id.org/diplograph/ns#eventType" "$tmp/nq.txt"
else
  echo "SKIP: jsonld.js (node or the jsonld package absent; .ci/setup installs it)"
fi

# GraphML, GEXF, TimelineJS and CSV: extract prints them, and the files build
# wrote are read back by the tools analysts use.
for fmt in graphml gexf timelinejs csv; do
  "$bin" extract "$src/samples/en-2025-05-17-rubio-lavrov.txt" --format "$fmt" > "$tmp/extract.$fmt" 2> /dev/null
  check "extract --format $fmt exits 0" test $? -eq 0
  check "extract --format $fmt prints something" test -s "$tmp/extract.$fmt"
done
check "extract --format graphml is GraphML" grep -q "<graphml xmlns=" "$tmp/extract.graphml"
check "extract --format gexf is GEXF 1.3" grep -q 'version="1.3"' "$tmp/extract.gexf"
"$bin" extract "$src/samples/en-2025-05-17-rubio-lavrov.txt" --format nonsense > /dev/null 2>&1
check "unknown extract format exits 2" test $? -eq 2
check "output independent of input order (graphml)" cmp -s "$tmp/out/graph.graphml" "$tmp/out2/graph.graphml"
check "output independent of input order (gexf)" cmp -s "$tmp/out/graph.gexf" "$tmp/out2/graph.gexf"
if command -v xmllint > /dev/null; then
  check "graph.graphml is well-formed XML" xmllint --noout "$tmp/out/graph.graphml"
  check "graph.gexf is well-formed XML" xmllint --noout "$tmp/out/graph.gexf"
else
  echo "SKIP: xmllint (libxml2-utils absent)"
fi
# One CSV row per event (Python's csv module reads RFC 4180), one TimelineJS
# slide per dated event, both against the events in the JSON-LD.
python3 - "$tmp/out" > "$tmp/tables.err" 2>&1 <<'PY'
import csv, json, sys
out = sys.argv[1]
events = [n for n in json.load(open(f"{out}/graph.jsonld", encoding="utf-8"))["@graph"] if "eventType" in n]
with open(f"{out}/timeline.csv", encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f))
assert len(rows) == len(events), (len(rows), len(events))
assert {r["id"] for r in rows} == {e["@id"].split(":", 1)[1] for e in events}
assert all(r["category"] == "CONSULT" for r in rows if r["mode"] == "phone")
slides = json.load(open(f"{out}/timeline.json", encoding="utf-8"))["events"]
assert len(slides) == sum(1 for e in events if "startDate" in e), len(slides)
assert all(isinstance(s["start_date"]["year"], int) and s["group"] and s["unique_id"] for s in slides)
PY
tables=$?
check "timeline.csv and timeline.json have every event" test $tables -eq 0
[ $tables -eq 0 ] || cat "$tmp/tables.err" >&2
# networkx reads graph.graphml and graph.gexf with every node, edge and
# attribute of graph.jsonld, when installed (.ci/setup installs python3-networkx).
if python3 -c "import networkx" > /dev/null 2>&1; then
  python3 "$src/tests/exporters/networkx_check.py" "$tmp/out" > "$tmp/networkx.log" 2>&1
  check "networkx reads graph.graphml and graph.gexf intact" test $? -eq 0
  grep -q "0 failure(s)" "$tmp/networkx.log" || cat "$tmp/networkx.log" >&2
else
  echo "SKIP: networkx (python3-networkx absent; .ci/setup installs it)"
fi

# merge and diff over saved graphs: two builds of different articles,
# merged in either order, give the same bytes, and the same bytes as one
# build of all the articles; diff exits 0 for equal graphs, 1 otherwise.
mkdir -p "$tmp/part1" "$tmp/part2"
cp "$src"/samples/ar-*.txt "$tmp/part1/"
cp "$src"/samples/en-*.txt "$tmp/part2/"
"$bin" build "$tmp/part1" -o "$tmp/g1" > /dev/null 2>&1
"$bin" build "$tmp/part2" -o "$tmp/g2" > /dev/null 2>&1
"$bin" build "$tmp/part1" "$tmp/part2" -o "$tmp/g12" > /dev/null 2>&1
"$bin" merge "$tmp/g1/graph.jsonld" -o "$tmp/round.jsonld" > /dev/null 2>&1
check "merge of one graph writes it back byte for byte" cmp -s "$tmp/g1/graph.jsonld" "$tmp/round.jsonld"
"$bin" merge "$tmp/g1/graph.jsonld" "$tmp/g2/graph.jsonld" -o "$tmp/m12.jsonld" > "$tmp/merge.log" 2>&1
check "merge exits 0" test $? -eq 0
check "merge reports the file" grep -q "wrote $tmp/m12.jsonld" "$tmp/merge.log"
"$bin" merge "$tmp/g2/graph.jsonld" "$tmp/g1/graph.jsonld" -o "$tmp/m21.jsonld" > /dev/null 2>&1
check "merge is independent of input order" cmp -s "$tmp/m12.jsonld" "$tmp/m21.jsonld"
check "merge equals one build of all articles" cmp -s "$tmp/m12.jsonld" "$tmp/g12/graph.jsonld"
check "merge leaves no temporary file" test -z "$(ls "$tmp" | grep 'jsonld.tmp')"
"$bin" diff "$tmp/m12.jsonld" "$tmp/g12/graph.jsonld" > "$tmp/same.txt" 2>&1
check "diff of equal graphs exits 0" test $? -eq 0
check "diff of equal graphs says so" grep -q "^no differences$" "$tmp/same.txt"
"$bin" diff "$tmp/g1/graph.jsonld" "$tmp/m12.jsonld" > "$tmp/diff.txt" 2>&1
check "diff of different graphs exits 1" test $? -eq 1
check "diff text starts with a summary" grep -qE "^[0-9]+ actors? added, [0-9]+ removed; [0-9]+ events? added" "$tmp/diff.txt"
check "diff text names an added actor" grep -q "  + Ash Carter (ash-carter)" "$tmp/diff.txt"
"$bin" diff --format json "$tmp/g1/graph.jsonld" "$tmp/m12.jsonld" > "$tmp/diff.json" 2> /dev/null
check "diff --format json exits 1" test $? -eq 1
check "diff --format json is JSON" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["equal"] is False and d["events"]["added"]' "$tmp/diff.json"
"$bin" diff "$tmp/g1/graph.jsonld" > /dev/null 2>&1
check "diff with one graph exits 2" test $? -eq 2
printf '{"@graph": [' > "$tmp/broken.jsonld"
"$bin" merge "$tmp/broken.jsonld" "$tmp/g1/graph.jsonld" -o "$tmp/broken-out.jsonld" > /dev/null 2> "$tmp/broken.err"
check "merge of a broken graph exits 1" test $? -eq 1
check "merge names the broken file" grep -q "diplograph: error: $tmp/broken.jsonld:1: invalid JSON" "$tmp/broken.err"
check "merge of a broken graph writes nothing" test ! -e "$tmp/broken-out.jsonld"
if command -v node > /dev/null && [ -d "$node_dir/node_modules/jsonld" ]; then
  NODE_PATH="$node_dir/node_modules" node "$src/tests/exporters/jsonld_expand.js" "$tmp/m12.jsonld" > /dev/null 2>&1
  check "jsonld.js expands the merged graph in safe mode" test $? -eq 0
fi

# query: ego networks, chains and central actors, from a saved graph or articles.
"$bin" query "$tmp/m12.jsonld" --path Rubio "لافروف" > "$tmp/chain.txt" 2>&1
check "query --path exits 0" test $? -eq 0
check "query --path names the hop and its event" grep -q "CONSULT (phone): Marco Rubio → Sergey Lavrov" "$tmp/chain.txt"
"$bin" query "$tmp/m12.jsonld" --path "Ash Carter" Lavrov > /dev/null 2> "$tmp/nochain.err"
check "query --path without a chain exits 1" test $? -eq 1
check "query --path without a chain says so" grep -q "no chain of interactions links Ash Carter to Sergey Lavrov" "$tmp/nochain.err"
"$bin" query "$src/samples" --actor "Lavorv" > /dev/null 2> "$tmp/unknown.err"
check "query of an unknown actor exits 1" test $? -eq 1
check "query of an unknown actor lists close names" grep -q "Sergey Lavrov" "$tmp/unknown.err"
"$bin" query "$src/samples" --actor "لافروف" --from 2025-05 --to 2025-05 --format csv > "$tmp/ego.csv"
check "query --actor in Arabic finds the call" grep -q "CONSULT,phone" "$tmp/ego.csv"
"$bin" query "$tmp/m12.jsonld" --actor Jeddah --format dot > "$tmp/ego.dot"
check "query --format dot is valid for Graphviz" dot -Tsvg "$tmp/ego.dot" -o "$tmp/ego.svg"
"$bin" query "$tmp/m12.jsonld" --top 3 --format json > "$tmp/top.json"
check "query --top 3 --format json ranks three actors" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert [r["rank"] for r in d] == [1,2,3] and d[0]["betweenness"] >= d[1]["betweenness"]' "$tmp/top.json"
# diff --format dot: the union graph, coloured, for Graphviz.
"$bin" diff --format dot "$tmp/g1/graph.jsonld" "$tmp/m12.jsonld" > "$tmp/diff.dot" 2> /dev/null
check "diff --format dot exits 1 for different graphs" test $? -eq 1
check "diff --format dot is valid for Graphviz" dot -Tsvg "$tmp/diff.dot" -o "$tmp/diff.svg"
check "diff --format dot has a legend" grep -q "cluster_legend" "$tmp/diff.dot"
"$bin" diff "$tmp/g1" "$src/samples" > "$tmp/diff-folders.txt" 2> /dev/null
check "diff takes a build folder and articles" test $? -eq 1
check "diff of piped text has no colour codes" test -z "$(grep -l $'\033' "$tmp/diff-folders.txt")"

finish cli
