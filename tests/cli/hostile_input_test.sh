#!/usr/bin/env bash
# Hostile names and bad dates through the command line: `<script>` and a
# right-to-left override in names (from a --lexicon file and a title) reach
# every output as text, escaped for its format; impossible dates get a
# message naming the file and line, and the batch goes on.
#
#   tests/cli/hostile_input_test.sh BUILD/cli/diplograph SOURCE_DIR
set -u
bin="$1"
src="$2"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source "$(dirname "$0")/check.sh"
absent() { ! grep -qF -- "$1" "$2"; }

rlo=$'\xe2\x80\xae'  # U+202E RIGHT-TO-LEFT OVERRIDE
printf 'zed\tstate\tZedland\t\tZed Republic;<script>alert(1)</script>\tZeddish\n' > "$tmp/hostile.tsv"
printf 'zed-fm\tperson\t%sEvil <script>alert(2)</script> & "Co"\tzed\tEvil Example\t\n' "$rlo" >> "$tmp/hostile.tsv"
printf -- '---\ntitle: Zed talks <script>alert(3)</script>\ndate: 2025-05-17\n---\n%s\n%s\n' \
  "Evil Example met Sergey Lavrov in Moscow on Saturday to discuss the talks." \
  "Zedland and Russia agreed to exchange prisoners." > "$tmp/zed.txt"
"$bin" build "$tmp/zed.txt" --lexicon "$tmp/hostile.tsv" -o "$tmp/out" > "$tmp/build.log" 2> "$tmp/build.err"
check "the hostile article builds" test $? -eq 0
out="$tmp/out"
check "the name reaches the graph" grep -qF "alert(2)" "$out/graph.jsonld"

# Markup outputs: the script is text, never an element.
for f in graph.svg graph.graphml graph.gexf timeline.json timeline.md index.html actors.svg; do
  [ -e "$out/$f" ] || continue
  check "$f: no <script> from a name or title" absent "<script>alert" "$out/$f"
done
for f in graph.svg graph.graphml graph.gexf timeline.json; do
  check "$f: the name escaped as text" grep -qF "Evil &lt;script&gt;alert(2)&lt;/script&gt; &amp;" "$out/$f"
done
check "timeline.md: the name escaped for Markdown" grep -qF 'Evil \<script\>alert\(2\)\</script\>' "$out/timeline.md"
check "timeline.md: the title escaped for Markdown" grep -qF 'Zed talks \<script\>alert\(3\)\</script\>' "$out/timeline.md"

# Data outputs: the name as it was, in a well-formed file.
check "graph.jsonld is JSON holding the exact name" \
  test "$(jq -r '."@graph"[] | select(."@id" == "dgid:zed-fm") | .name' "$out/graph.jsonld")" = \
  "${rlo}Evil <script>alert(2)</script> & \"Co\""
check "timeline.json is JSON" jq -e . "$out/timeline.json" > /dev/null
check "timeline.csv quotes the name" grep -qF "\"${rlo}Evil <script>alert(2)</script> & \"\"Co\"\"\"" "$out/timeline.csv"
if command -v dot > /dev/null 2>&1; then
  check "graph.dot: Graphviz reads it" dot -Tsvg "$out/graph.dot" -o "$tmp/check.svg"
  check "graph.dot: the name stays a label" absent "<script>alert" "$tmp/check.svg"
fi
check "the override does not reach the report's own text" \
  test -z "$(grep -F "$rlo" "$out/index.html" | grep -v '<svg\|<text\|<title\|xlink:title')"

# Impossible dates: --date is a usage error; a header names its line, and
# the other articles are still built.
"$bin" build "$tmp/zed.txt" --date 2025-02-31 -o "$tmp/bad-date" > /dev/null 2> "$tmp/date.err"
rc=$?
check "--date 2025-02-31: exit status 2 (got $rc)" test "$rc" -eq 2
check "--date 2025-02-31: says why" grep -qF "diplograph: error: --date wants a day as YYYY-MM-DD, not '2025-02-31'" "$tmp/date.err"
"$bin" build "$tmp/zed.txt" --date 99999-01-01 -o "$tmp/bad-date" > /dev/null 2> "$tmp/date.err"
check "--date 99999-01-01: refused" grep -qF "not '99999-01-01'" "$tmp/date.err"
printf -- '---\ntitle: T\ndate: 31 February 2025\n---\nThe minister met his counterpart.\n' > "$tmp/feb.txt"
printf -- '---\ndate: 99999-01-01\n---\nThe minister met his counterpart.\n' > "$tmp/y99999.txt"
printf -- '---\ndate: 2025-05-17\n---\n\xd9\x8e\xd9\x8f\xd9\x90 \xd9\x91\xd9\x92\xd9\x8b.\n' > "$tmp/diacritics.txt"
"$bin" build "$tmp/feb.txt" "$tmp/y99999.txt" "$tmp/diacritics.txt" "$src/samples/en-2025-05-17-rubio-lavrov.txt" \
  -o "$tmp/dates" > "$tmp/dates.log" 2> "$tmp/dates.err"
rc=$?
check "bad dates: exit status 1 (got $rc)" test "$rc" -eq 1
check "31 February: file and line" grep -qF "diplograph: error: $tmp/feb.txt:3: '31 February 2025' is not a date" "$tmp/dates.err"
check "year 99999: file and line" grep -qF "diplograph: error: $tmp/y99999.txt:2: '99999-01-01' is not a date" "$tmp/dates.err"
check "only diacritics: read without complaint" absent "diacritics.txt" "$tmp/dates.err"
check "bad dates: the batch goes on" grep -q "^2 article(s)" "$tmp/dates.log"

# A lexicon with a bad role date: the file and line, nothing built.
printf '# role\tof\tholder\tfrom\tto\nforeign_minister\tzed\tzed-fm\t2025-02-31\t\n' > "$tmp/roles.tsv"
"$bin" build "$tmp/zed.txt" --lexicon "$tmp/roles.tsv" -o "$tmp/roles" > /dev/null 2> "$tmp/roles.err"
rc=$?
check "bad role date: exit status 1 (got $rc)" test "$rc" -eq 1
check "bad role date: file and line" grep -qF "diplograph: error: $tmp/roles.tsv:2: bad date '2025-02-31'" "$tmp/roles.err"
check "bad role date: nothing written" test ! -e "$tmp/roles/graph.jsonld"

finish hostile_input
