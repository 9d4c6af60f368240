#!/usr/bin/env bash
# The outputs people look at, end to end: the HTML report (in headless
# Chromium when installed), the actor network, rendered diagrams from
# extract, the coloured text timeline and the CSV byte order mark.
# usage: html_report_test.sh PATH/TO/diplograph SOURCE_DIR
set -u
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$(dirname "$0")/../cli/check.sh"

# The CSP runs only the script and style it names by hash.
python3 "$src/tests/html/report_hashes.py" "$src" >&2
check "CSP hashes match the report's script and style (fix: tests/html/report_hashes.py SRC --fix)" test $? -eq 0

"$bin" build "$src/samples" -o "$tmp/out" > "$tmp/build.log" 2> "$tmp/build.err"
check "build exits 0" test $? -eq 0
for f in index.html actors.dot actors.svg; do
  check "build writes $f" test -s "$tmp/out/$f"
  check "build reports $f" grep -q "wrote $tmp/out/$f" "$tmp/build.log"
done
check "build prints no progress bar when stderr is not a terminal" test ! -s "$tmp/build.err"
events=$(grep -c '<li class="ev ' "$tmp/out/index.html")
check "the report lists every event of the graph" test "$events" -eq "$(python3 -c "
import json,sys
print(sum(1 for n in json.load(open('$tmp/out/graph.jsonld'))['@graph'] if 'eventType' in n))")"
check "the report shows evidence and sources" grep -q 'rel="noopener noreferrer"' "$tmp/out/index.html"
check "Arabic evidence is right to left" grep -q '<blockquote dir="auto" lang="ar">' "$tmp/out/index.html"
check "the actor network is undirected, laid out by neato" grep -q 'layout=neato' "$tmp/out/actors.dot"
if command -v neato > /dev/null; then
  check "Graphviz accepts actors.dot" dot -Tsvg "$tmp/out/actors.dot" -o "$tmp/check.svg"
fi

# extract renders diagrams in-process, to standard output or -o FILE.
one="$src/samples/en-2025-05-17-rubio-lavrov.txt"
"$bin" extract "$one" --format svg > "$tmp/x.svg"
check "extract --format svg" grep -q "<svg" "$tmp/x.svg"
"$bin" extract "$one" --format png > "$tmp/x.png"
check "extract --format png to stdout" test "$(head -c 4 "$tmp/x.png" | tail -c 3)" = "PNG"
"$bin" extract "$one" --format pdf -o "$tmp/x.pdf" > "$tmp/pdf.out"
check "extract --format pdf -o FILE" test "$(head -c 4 "$tmp/x.pdf")" = "%PDF"
check "extract -o FILE prints nothing" test ! -s "$tmp/pdf.out"
"$bin" extract "$src/samples" --format dot --view actors --from 2025-05 --to 2025-05 --top 3 > "$tmp/window.dot"
check "extract --view actors --from --to --top" grep -q "Actor network</b>  2025-05 · [0-9] actors of 7" "$tmp/window.dot"
check "the window leaves out 2015" test -z "$(grep -i carter "$tmp/window.dot")"
"$bin" extract "$src/samples" --format dot --cluster day > "$tmp/day.dot"
check "extract --cluster day boxes events by day" grep -q 'subgraph "cluster_day_2025-05-17"' "$tmp/day.dot"
# Graphviz 2.42's dot freed edge labels twice in a clustered actor network.
for c in country day; do
  "$bin" extract "$src/samples" --format svg --view actors --cluster $c > "$tmp/cluster-$c.svg" 2> "$tmp/cluster.err"
  check "the actor network by $c renders" grep -q "<svg" "$tmp/cluster-$c.svg"
done
"$bin" extract "$one" --view nonsense > /dev/null 2>&1
check "bad --view is a usage error" test $? -eq 2

# The text timeline: coloured on a terminal, plain in a pipe or with NO_COLOR.
"$bin" extract "$one" --format text > "$tmp/plain.txt"
check "text in a pipe has no escapes" test -z "$(grep -P '\x1b' "$tmp/plain.txt")"
if script -qc true /dev/null > /dev/null 2>&1; then
  script -qc "'$bin' extract '$one' --format text" /dev/null > "$tmp/tty.txt"
  check "text on a terminal is coloured" grep -qP '\x1b\[32mCONSULT \(phone\)\x1b\[0m' "$tmp/tty.txt"
  NO_COLOR=1 script -qc "'$bin' extract '$one' --format text" /dev/null > "$tmp/nocolor.txt"
  check "NO_COLOR turns colour off" test -z "$(grep -P '\x1b' "$tmp/nocolor.txt")"
  script -qec "'$bin' extract '$one' --format png" /dev/null > "$tmp/tty-png.txt"
  check "no PNG bytes onto a terminal: usage error" test $? -eq 2
  check "the refusal says what to do" grep -q "give -o FILE or redirect" "$tmp/tty-png.txt"
else
  echo "SKIP: colour on a terminal (no util-linux script)"
fi

"$bin" extract "$one" --format csv --csv-bom > "$tmp/bom.csv"
check "--csv-bom starts the CSV with a BOM" test "$(head -c 3 "$tmp/bom.csv" | od -An -tx1 | tr -d ' ')" = "efbbbf"

# The report in a real browser: the script runs under the CSP, filters from
# the address fragment, and the page is screenshotted for a person to look at
# (kept in DIPLOGRAPH_SCREENSHOT_DIR when set).
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -n "$browser" ]; then
  chrome() {
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --user-data-dir="$tmp/chrome" \
      --hide-scrollbars "$@" 2> "$tmp/chrome.err"
  }
  page="file://$tmp/out/index.html"
  chrome --dump-dom "$page" > "$tmp/dom.html"
  check "Chromium ran the report's script" grep -q '<body[^>]*data-ready="yes"' "$tmp/dom.html"
  check "no script error" test -z "$(grep -o 'data-error="[^"]*"' "$tmp/dom.html")"
  check "every event shown at first" grep -q "data-shown=\"$events\"" "$tmp/dom.html"
  chrome --dump-dom "$page#actor=sergey-lavrov&from=2025-01-01" > "$tmp/dom2.html"
  check "filtering by actor and date from the address" grep -q "id=\"shown\">1 of $events events" "$tmp/dom2.html"
  check "filtered-out events are hidden" test "$(grep -c '<li class="ev [^>]*hidden' "$tmp/dom2.html")" -eq $((events - 1))
  check "the diagram dims the others" grep -q 'class="node dim"' "$tmp/dom2.html"
  shots=${DIPLOGRAPH_SCREENSHOT_DIR:-$tmp}
  mkdir -p "$shots"
  chrome --screenshot="$shots/report.png" --window-size=1400,1000 "$page" > /dev/null
  check "Chromium screenshots the report" test -s "$shots/report.png"
  [ "$shots" != "$tmp" ] && echo "screenshot: $shots/report.png"
else
  echo "SKIP: headless Chromium (chromium absent; .ci/setup installs it)"
fi

finish html_report
