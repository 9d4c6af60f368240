#!/usr/bin/env python3
"""Scores TIMEX3 tags TempEval-3 style (Task A, time expressions).

    score_timex.py GOLD_DIR SYSTEM_DIR [-v [-c N]]

Both folders hold TimeML files with the same names (a system file may end in
.tml or .tml.TE3input). Only TIMEX3 tags inside <TEXT> count; the DCT does not.
Offsets are characters of the <TEXT> content with every tag removed, so the two
files must carry the same text (entities are compared as written).

A gold expression is matched strictly when a system expression has the same
extent, and relaxed when the two overlap (each system expression matches one
gold at most). As in TempEval-3, the value and type scores are over relaxed
matches: value F1 counts a match only when the value is equal too, and type
accuracy is the share of relaxed matches whose type is equal.
"""
import argparse
import os
import re
import sys

TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')


def read_timexes(path):
    """Returns the TIMEX3s of <TEXT> as (begin, end, type, value, text)."""
    raw = open(path, encoding="utf-8").read()
    start = raw.find("<TEXT>")
    stop = raw.find("</TEXT>", start)
    if start < 0 or stop < 0:
        sys.exit("score_timex: %s: no <TEXT> element" % path)
    body = raw[start + len("<TEXT>"):stop]
    out, plain, open_tx, pos = [], [], [], 0
    offset = 0
    for m in TAG.finditer(body):
        chunk = body[pos:m.start()]
        plain.append(chunk)
        offset += len(chunk)
        pos = m.end()
        closing, name, attrs, empty = m.group(1), m.group(2), m.group(3), m.group(4)
        if name != "TIMEX3":
            continue
        if closing:
            if open_tx:
                b, a = open_tx.pop()
                out.append((b, offset, a.get("type", ""), a.get("value", "")))
        elif not empty:
            open_tx.append((offset, dict(ATTR.findall(attrs))))
    plain.append(body[pos:])
    text = "".join(plain)
    return [(b, e, t, v, text[b:e]) for b, e, t, v in out], text


DOCID = re.compile(r"<DOCID>\s*([^<\s]+)\s*</DOCID>")


def doc_id(path):
    m = DOCID.search(open(path, encoding="utf-8").read(4000))
    return m.group(1) if m else None


def system_path(folder, name, gold_path):
    for cand in (name, name + ".TE3input", name.replace(".TE3input", "")):
        p = os.path.join(folder, cand)
        if os.path.exists(p):
            return p
    # The TempEval-3 platinum input spells one file name differently from its
    # gold (sarkozy/sarcozy); the <DOCID> is the same, so match on it.
    want = doc_id(gold_path)
    for cand in sorted(os.listdir(folder)):
        p = os.path.join(folder, cand)
        if want and os.path.isfile(p) and doc_id(p) == want:
            return p
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("system")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list every missed, spurious or differing expression")
    ap.add_argument("-c", "--context", type=int, default=0, metavar="N",
                    help="with -v, show N characters of text around each listed expression")
    a = ap.parse_args()
    names = sorted(n for n in os.listdir(a.gold) if n.endswith(".tml"))
    if not names:
        sys.exit("score_timex: no .tml files in %s" % a.gold)
    n_gold = n_sys = strict = relaxed = value_ok = type_ok = 0
    missing = 0
    for name in names:
        gold, gtext = read_timexes(os.path.join(a.gold, name))
        sp = system_path(a.system, name, os.path.join(a.gold, name))
        if sp is None:
            missing += 1
            n_gold += len(gold)
            print("score_timex: no system file for %s" % name, file=sys.stderr)
            continue
        sysx, stext = read_timexes(sp)
        if stext != gtext:
            print("score_timex: warning: %s: the text differs from the gold's" % name, file=sys.stderr)
        n_gold += len(gold)
        n_sys += len(sysx)
        used = set()

        def ctx(b, e):
            if not a.context:
                return ""
            left = gtext[max(0, b - a.context):b].replace("\n", " ")
            right = gtext[e:e + a.context].replace("\n", " ")
            return "\n    ...%s[[%s]]%s..." % (left, gtext[b:e], right)
        for g in gold:
            exact = [k for k, s in enumerate(sysx) if k not in used and s[0] == g[0] and s[1] == g[1]]
            over = exact or [k for k, s in enumerate(sysx)
                             if k not in used and s[0] < g[1] and g[0] < s[1]]
            if not over:
                if a.verbose:
                    print("%s: missed %r %s %s%s" % (name, g[4], g[2], g[3], ctx(g[0], g[1])))
                continue
            k = over[0]
            used.add(k)
            s = sysx[k]
            relaxed += 1
            strict += bool(exact)
            value_ok += s[3] == g[3]
            type_ok += s[2] == g[2]
            if a.verbose and (s[3] != g[3] or s[2] != g[2] or not exact):
                print("%s: %r %s %s, gold %r %s %s%s" % (name, s[4], s[2], s[3], g[4], g[2], g[3],
                                                       ctx(min(s[0], g[0]), max(s[1], g[1]))))
        if a.verbose:
            for k, s in enumerate(sysx):
                if k not in used:
                    print("%s: spurious %r %s %s%s" % (name, s[4], s[2], s[3], ctx(s[0], s[1])))

    def prf(hits):
        p = hits / n_sys if n_sys else 0.0
        r = hits / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    for label, hits in (("strict", strict), ("relaxed", relaxed), ("value", value_ok)):
        p, r, f = prf(hits)
        print("%-8s P %.4f R %.4f F1 %.4f" % (label, p, r, f))
    print("type accuracy %.4f  value accuracy %.4f  (gold %d system %d relaxed %d%s)" % (
        type_ok / relaxed if relaxed else 0.0, value_ok / relaxed if relaxed else 0.0,
        n_gold, n_sys, relaxed, ", %d files missing" % missing if missing else ""))


if __name__ == "__main__":
    main()
