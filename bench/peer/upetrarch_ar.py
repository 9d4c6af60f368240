#!/usr/bin/env python3
"""Scores diplograph on the UniversalPetrarch Arabic validation sentences.

    upetrarch_ar.py [--suite DIR] [--binary PATH] [-v] [-j N] [--batch] [--dump FILE]

The suite (../shared/suites/universalpetrarch-arabic, read at run time) holds
Arabic sentences, each with one gold event: a PLOVER category (PROTEST or
ASSAULT), the trigger, the source and target text and codes such as "ISR MIL"
or "None CVL" (country, then sector). Every sentence becomes one article dated
with the record's date; diplograph extracts each on its own (or all in one
run with --batch) and each gold event is compared with the events found in
its sentence (see README.md).
Exits 0 after printing the figures, also when the suite is absent (with a
message), 1 on trouble.
"""
import argparse
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peer_common  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SUITE = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "suites",
                                              "universalpetrarch-arabic"))
FALLBACK_DATE = "2008-01-01"
SENTENCE = re.compile(r"<Sentence\b.*?</Sentence>", re.S)


def _date(raw):
    raw = (raw or "").strip()
    if re.match(r"^\d{8}$", raw):
        return "%s-%s-%s" % (raw[:4], raw[4:6], raw[6:])
    return FALLBACK_DATE


def _actor(text, code):
    """"ISR MIL" -> GoldActor(text, "ISR", "MIL"); "None" parts are empty."""
    parts = ["" if p == "None" else p for p in (code or "").split()]
    country = parts[0] if parts else ""
    sector = " ".join(p for p in parts[1:] if p)
    if not country and not sector and not (text or "").strip():
        return []
    return [peer_common.GoldActor(text, country, sector)]


def read_suite(folder):
    """Returns the records of every .xml file in folder, each id once (first file wins)."""
    records = []
    seen = set()
    files = sorted(glob.glob(os.path.join(folder, "*.xml")))
    for path in files:
        # The files lack their closing root tag, so each <Sentence> is parsed on its own.
        raw = open(path, encoding="utf-8").read()
        for m in SENTENCE.finditer(raw):
            line = raw.count("\n", 0, m.start()) + 1
            try:
                node = ET.fromstring(m.group(0))
            except ET.ParseError as e:
                where = line + e.position[0] - 1 if getattr(e, "position", None) else line
                sys.stderr.write("upetrarch_ar: %s:%d: sentence skipped, not well-formed XML\n"
                                 % (path, where))
                continue
            key = node.get("id") or "%s:%d" % (os.path.basename(path), line)
            if key in seen:
                continue
            seen.add(key)
            text_node = node.find("Text")
            text = " ".join((text_node.text or "").split()) if text_node is not None else ""
            if not text:
                sys.stderr.write("upetrarch_ar: %s:%d: sentence %s has no text; skipped\n"
                                 % (path, line, key))
                continue
            texts = node.findall("EventText")
            codings = node.findall("EventCoding")
            if not codings:
                sys.stderr.write("upetrarch_ar: %s:%d: sentence %s has no EventCoding; skipped\n"
                                 % (path, line, key))
                continue
            # Every validation sentence has one event; a second one would become its own record.
            for i, coding in enumerate(codings):
                et = texts[i] if i < len(texts) else None
                get = (lambda name: et.get(name, "") if et is not None else "")
                category = coding.get("plover") or node.get("category", "")
                records.append(peer_common.Record(
                    key if i == 0 else "%s#%d" % (key, i), text, _date(node.get("date")), "ar",
                    category, get("eventtext"),
                    _actor(get("sourcetext"), coding.get("sourcecode")),
                    _actor(get("targettext"), coding.get("targetcode"))))
    return records


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--suite", default=DEFAULT_SUITE,
                        help="folder of the suite's .xml files (default %(default)s)")
    peer_common.add_common_arguments(parser)
    args = parser.parse_args(argv)
    if not os.path.isdir(args.suite) or not glob.glob(os.path.join(args.suite, "*.xml")):
        print("upetrarch_ar: suite not found at %s; skipped" % args.suite)
        return 0
    records = read_suite(args.suite)
    if args.limit:
        records = records[:args.limit]
    if not records:
        sys.exit("upetrarch_ar: %s: no sentences found" % args.suite)
    events, blank = peer_common.run_records(args.binary, records, batch=args.batch,
                                               jobs=args.jobs)
    outcomes = peer_common.score(records, events, blank)
    peer_common.report("UniversalPetrarch Arabic (%s)" % os.path.basename(args.suite.rstrip("/")),
                       outcomes, verbose=args.verbose, top=args.top)
    if args.dump:
        peer_common.dump(args.dump, outcomes)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
