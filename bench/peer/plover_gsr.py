#!/usr/bin/env python3
"""Scores diplograph on the PLOVER gold standard records (English).

    plover_gsr.py [--suite DIR] [--binary PATH] [-v] [-j N] [--batch] [--dump FILE]

The suite (../shared/suites/plover-gsr/PLOVER_GSR_CAMEO.txt, read at run time)
is a JSON array of records, each one English sentence with its PLOVER event,
the event text and lists of source and target actors with CAMEO-style codes
("USA", "IGO", "ISR" + sector "MIL"). The DOCUMENT record is skipped. Every
sentence becomes one article dated with the record's date (2000-01-01 in the
suite); diplograph extracts each on its own (or all in one run with --batch)
and each gold event is compared with the events found in its sentence (see
README.md). Older PLOVER names are folded onto diplograph's: FIGHT is scored
as ASSAULT. Exits 0 after printing
the figures, also when the suite is absent (with a message), 1 on trouble.
"""
import argparse
import json
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peer_common  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SUITE = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "suites",
                                              "plover-gsr"))
SUITE_FILE = "PLOVER_GSR_CAMEO.txt"
FALLBACK_DATE = "2000-01-01"


def _actors(value, path, key):
    """The gold actors of a "source" or "target" field: a list of objects, "" or null."""
    if value is None or value == "" or isinstance(value, str):
        # A string in the actor slot (e.g. "diplomatic") is not an actor.
        return []
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        sys.stderr.write("plover_gsr: %s: record %s: unexpected actor field %r; ignored\n"
                         % (path, key, value))
        return []
    out = []
    for a in value:
        if isinstance(a, dict):
            out.append(peer_common.GoldActor(a.get("actorText", ""), a.get("code", ""),
                                             a.get("sector", "")))
    return out


def read_suite(path):
    try:
        data = json.load(open(path, encoding="utf-8"))
    except ValueError as e:
        sys.exit("plover_gsr: %s: not valid JSON: %s" % (path, e))
    if not isinstance(data, list):
        sys.exit("plover_gsr: %s: expected a JSON array of records" % path)
    records = []
    seen = set()
    for i, rec in enumerate(data):
        if not isinstance(rec, dict):
            sys.stderr.write("plover_gsr: %s: item %d is not an object; skipped\n" % (path, i + 1))
            continue
        event = (rec.get("event") or "").strip()
        text = " ".join((rec.get("text") or "").split())
        key = rec.get("id") or "item-%d" % (i + 1)
        if event == "DOCUMENT" or not event:
            continue
        if not text:
            sys.stderr.write("plover_gsr: %s: record %s has no text; skipped\n" % (path, key))
            continue
        if key in seen:
            key = "%s#%d" % (key, i + 1)
        seen.add(key)
        date = rec.get("date") or FALLBACK_DATE
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", date):
            date = FALLBACK_DATE
        records.append(peer_common.Record(
            key, text, date, rec.get("language") or "en", event, rec.get("eventText", ""),
            _actors(rec.get("source"), path, key), _actors(rec.get("target"), path, key)))
    return records


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--suite", default=DEFAULT_SUITE,
                        help="folder holding %s (default %%(default)s)" % SUITE_FILE)
    peer_common.add_common_arguments(parser)
    args = parser.parse_args(argv)
    path = args.suite if os.path.isfile(args.suite) else os.path.join(args.suite, SUITE_FILE)
    if not os.path.isfile(path):
        print("plover_gsr: suite not found at %s; skipped" % path)
        return 0
    records = read_suite(path)
    if args.limit:
        records = records[:args.limit]
    if not records:
        sys.exit("plover_gsr: %s: no records found" % path)
    events, blank = peer_common.run_records(args.binary, records, batch=args.batch,
                                               jobs=args.jobs)
    outcomes = peer_common.score(records, events, blank)
    peer_common.report("PLOVER GSR (%s)" % os.path.basename(path), outcomes,
                       verbose=args.verbose, top=args.top)
    if args.dump:
        peer_common.dump(args.dump, outcomes)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
