#!/bin/bash
# Checks `diplograph timex --format timeml` as a TempEval-3 tool needs it:
#  1. a document with hostile prose (a bare '&', '<' and '>', entities, gold
#     markup inside <TEXT>, paragraphs split by a line of spaces) comes out as
#     well-formed XML with the expected TIMEX3 tags;
#  2. for every TempEval-3 document found under ../shared/suites (platinum
#     input and tbaq-cleaned), the output is well-formed XML and its <TEXT>
#     without tags is the input's <TEXT> without tags, character for
#     character, so that offsets line up with the gold.
#
#   bench/te3/timeml_check.sh [BINARY]
#
# Exits 1 on the first failure; skips part 2 when ../shared is absent.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${1:-$root/build/release/cli/diplograph}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat > "$tmp/hostile.tml" <<'EOF'
<?xml version="1.0" ?>
<TimeML>
<DOCID>CHECK1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" temporalFunction="false" functionInDocument="CREATION_TIME">2013-03-22</TIMEX3></DCT>
<TEXT>
Smith & Sons said on Tuesday that margins fell; costs < sales > zero.
   
Shares of A&amp;B rose <EVENT eid="e1">yesterday</EVENT> &#38; last week.

The board will meet next Monday.
</TEXT>
</TimeML>
EOF
"$bin" timex --format timeml "$tmp/hostile.tml" > "$tmp/hostile.out"

python3 - "$tmp/hostile.tml" "$tmp/hostile.out" "$root/../shared/suites" "$bin" "$tmp" <<'PY'
import glob, os, re, subprocess, sys
import xml.dom.minidom

src, out, suites, binary, tmp = sys.argv[1:6]
TAG = re.compile(r"<[A-Za-z/!?][^>]*>")


def body(text):
    start, stop = text.find("<TEXT>"), text.find("</TEXT>")
    return TAG.sub("", text[start + 6:stop])


def fail(msg):
    print("timeml_check: FAIL: " + msg)
    sys.exit(1)


got = open(out, encoding="utf-8").read()
try:
    xml.dom.minidom.parseString(got)
except Exception as e:  # noqa: BLE001 - any parse error is the failure
    fail("hostile document: not well-formed XML: %s" % e)
for want in ('value="2013-03-19">Tuesday</TIMEX3>', 'value="2013-03-21">yesterday</TIMEX3>',
             'value="2013-W11">last week</TIMEX3>', 'value="2013-03-25">next Monday</TIMEX3>',
             "Smith &amp; Sons", "costs &lt; sales &gt; zero", "A&amp;B", "&#38;"):
    if want not in got:
        fail("hostile document: missing %r" % want)
print("ok: hostile prose gives well-formed TimeML with the expected tags")

docs = sorted(glob.glob(os.path.join(suites, "te3-platinum-input", "*.TE3input")) +
              glob.glob(os.path.join(suites, "tbaq-cleaned", "*", "*.tml")))
if not docs:
    print("SKIP: no TempEval-3 documents under %s" % suites)
    sys.exit(0)
for path in docs:
    res = subprocess.run([binary, "timex", "--format", "timeml", path], capture_output=True)
    if res.returncode != 0:
        fail("%s: exit %d: %s" % (path, res.returncode, res.stderr.decode()))
    text = res.stdout.decode("utf-8")
    try:
        xml.dom.minidom.parseString(text)
    except Exception as e:  # noqa: BLE001
        fail("%s: not well-formed XML: %s" % (path, e))
    if body(text) != body(open(path, encoding="utf-8").read()):
        fail("%s: the text inside <TEXT> changed; offsets would not match the gold" % path)
print("ok: %d TempEval-3 documents stay well-formed with their text unchanged" % len(docs))
PY
