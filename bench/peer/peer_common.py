"""Shared code of the peer-suite evaluators (upetrarch_ar.py, plover_gsr.py).

A suite reader turns its records into Record objects; run_records() writes
each as a one-line JSON Lines article (url "peer:<key>"; all in one file with
--batch), runs `diplograph extract FILE --format jsonld` and maps every
extracted event back to the records named by its evidence; score() compares
and report() prints the summary, the confusion list and, with --verbose,
every miss.

Python 3 standard library only. The suite text is read at run time and never
stored; temporary articles live in a temporary folder that is removed after.
"""
import collections
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile

DEFAULT_BINARY = "build/release/cli/diplograph"

# Gold names from older PLOVER drafts and the 2021 names, folded onto the
# categories diplograph emits (its ASSAULT covers CAMEO 18-20, so FIGHT too).
CATEGORY_ALIASES = {
    "FIGHT": "ASSAULT",
    "REQUEST": "DEMAND",
    "ACCUSE": "DISAPPROVE",
}

# Codes in the actor slot that are not states: they are scored by text only.
NON_STATE_CODES = {"IGO", "NGO", "IMG", "INT", "MNC", "ISM", "UIS", "NONE", ""}

# Old CAMEO country codes that differ from ISO 3166-1 alpha-3.
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "ZAR": "COD",
                "TMP": "TLS", "BUR": "MMR", "YUG": "SRB", "GFR": "DEU", "DRC": "COD"}


def canon_category(name):
    name = (name or "").strip().upper()
    return CATEGORY_ALIASES.get(name, name)


def country_of_code(code):
    """The ISO alpha-3 country of a CAMEO-style actor code ("USAGOV", "IRQ"), or None."""
    code = (code or "").strip().upper()
    if len(code) < 3 or not code[:3].isalpha():
        return None
    head = code[:3]
    if head in NON_STATE_CODES:
        return None
    return LEGACY_CODES.get(head, head)


class GoldActor(object):
    def __init__(self, text, code, sector=""):
        self.text = (text or "").strip()
        self.code = (code or "").strip()
        self.sector = (sector or "").strip()
        self.country = country_of_code(self.code)

    def describe(self):
        code = self.code or "-"
        if self.sector:
            code += "/" + self.sector
        return "%s [%s]" % (self.text or "?", code)


class Record(object):
    """One gold sentence: key, text, date (YYYY-MM-DD), language, category, trigger, actors."""

    def __init__(self, key, text, date, language, category, trigger, sources, targets):
        self.key = key
        self.text = text
        self.date = date
        self.language = language
        self.gold_category = (category or "").strip().upper()
        self.category = canon_category(category)
        self.trigger = (trigger or "").strip()
        self.sources = [a for a in sources if a.text or a.country]
        self.targets = [a for a in targets if a.text or a.country]


# ---------------------------------------------------------------- running

def _short(node_id):
    return node_id[len("dgid:"):] if node_id.startswith("dgid:") else node_id


class Actor(object):
    def __init__(self, node):
        self.id = _short(node.get("@id", ""))
        self.name = node.get("name", "") or self.id
        self.kind = node.get("kind", "")
        names = [self.name, node.get("nameAr", "")]
        alt = node.get("alternateName", [])
        names.extend(alt if isinstance(alt, list) else [alt])
        self.names = [n for n in names if n]
        country = node.get("country")
        if isinstance(country, dict):
            country = country.get("@id")
        if self.kind == "state":
            self.country = self.id.upper()
        elif country:
            self.country = _short(country).upper()
        else:
            self.country = None

    def describe(self):
        return "%s [%s]" % (self.name, self.country or "-")


class Event(object):
    def __init__(self, node, actors):
        self.category = canon_category(node.get("eventType", ""))
        self.cameo = node.get("cameo", "")
        self.status = node.get("status", "")
        self.trigger = node.get("trigger", "")
        self.agents = [actors[_short(r.get("@id", ""))] for r in _as_list(node.get("agent"))
                       if _short(r.get("@id", "")) in actors]
        self.recipients = [actors[_short(r.get("@id", ""))]
                           for r in _as_list(node.get("recipient"))
                           if _short(r.get("@id", "")) in actors]

    def describe(self):
        return "%s(%s) %s -> %s%s" % (
            self.category, self.trigger,
            ", ".join(a.describe() for a in self.agents) or "?",
            ", ".join(a.describe() for a in self.recipients) or "?",
            "" if self.status in ("", "happened") else " {%s}" % self.status)


def _as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _is_event(node):
    return "Event" in _as_list(node.get("@type"))


def _run_one_batch(binary, records, folder, name):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as out:
        for r in records:
            out.write(json.dumps({"url": "peer:" + r.key, "title": "", "date": r.date,
                                  "language": r.language, "text": r.text},
                                 ensure_ascii=False, sort_keys=True) + "\n")
    cmd = [binary, "extract", path, "--format", "jsonld"]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        sys.exit("peer: %s failed (exit %d): %s" % (" ".join(cmd), proc.returncode,
                                                  proc.stderr.decode("utf-8", "replace")[:2000]))
    try:
        return json.loads(proc.stdout.decode("utf-8"))
    except ValueError as e:
        sys.exit("peer: %s: output is not JSON: %s" % (" ".join(cmd), e))


def _events_of_graph(graph, events, blank):
    """Adds the events of one JSON-LD graph to the records its evidence names."""
    nodes = graph.get("@graph", [])
    docs = {}
    for n in nodes:
        url = n.get("url", "")
        if url.startswith("peer:"):
            docs[n.get("@id")] = url[len("peer:"):]
    actors = {}
    for n in nodes:
        if not _is_event(n) and n.get("@id") not in docs:
            actor = Actor(n)
            actors[actor.id] = actor
    for n in nodes:
        if not _is_event(n):
            continue
        event = Event(n, actors)
        keys = set()
        for ev in _as_list(n.get("evidence")):
            key = docs.get(ev.get("evidenceDocument"))
            if key in events:
                keys.add(key)
        for key in sorted(keys):
            (events if event.category else blank)[key].append(event)


def run_records(binary, records, batch=False, jobs=1):
    """Returns ({record key: [Event]}, {record key: [Event]}) for the events diplograph
    extracts: those with a category, and those with an empty eventType (which are
    not counted as events but reported, as they are a defect of their own).

    By default every record is extracted on its own, as a user would extract one
    article. With batch=True all records go through one run: much faster, but the
    graph merges what it takes for the same happening across records (and pools
    actor names), so the figures are slightly more lenient."""
    if not os.path.isfile(binary) or not os.access(binary, os.X_OK):
        sys.exit("peer: %s: no diplograph binary there; give its path with --binary" % binary)
    events = {r.key: [] for r in records}
    blank = {r.key: [] for r in records}
    batches = [records] if batch else [[r] for r in records]
    with tempfile.TemporaryDirectory(prefix="diplograph-peer-") as folder:
        def work(i):
            return _run_one_batch(binary, batches[i], folder, "articles-%d.jsonl" % i)
        if jobs > 1 and len(batches) > 1:
            with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
                graphs = list(pool.map(work, range(len(batches))))
        else:
            graphs = [work(i) for i in range(len(batches))]
    for graph in graphs:
        _events_of_graph(graph, events, blank)
    for table in (events, blank):
        for key in table:
            table[key].sort(key=lambda e: (e.category, e.trigger, e.describe()))
    return events, blank


# ---------------------------------------------------------------- scoring

_AR_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")
_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_WORD = re.compile(r"\w+", re.UNICODE)
_EN_STOP = {"the", "of", "and", "a", "an", "in", "on", "for", "to", "his", "its", "their",
            "s", "senior", "officials", "official", "government", "people", "leader",
            "leaders", "forces", "president", "minister", "prime", "foreign"}


def _tokens(text):
    """Content words of an actor name, folded: Arabic hamza/alef/ya/ta marbuta variants
    made one, the article and a leading conjunction or preposition stripped, dots
    dropped so that "U.N." is "un"; acronyms of two capitals kept."""
    text = _AR_DIACRITICS.sub("", text.replace(".", "")).translate(_AR_FOLD)
    out = set()
    for w in _WORD.findall(text):
        acronym = len(w) >= 2 and w.isupper()
        w = w.lower()
        for prefix in ("وال", "بال", "فال", "كال", "لل", "ال"):
            if w.startswith(prefix) and len(w) - len(prefix) >= 3:
                w = w[len(prefix):]
                break
        if (len(w) >= 3 or acronym) and w not in _EN_STOP:
            out.add(w)
    return out


def _same_word(a, b):
    """Equal, or one extends the other (Iraq/Iraqi, فلسطين/فلسطينيين), or both share a
    stem of four or more letters and differ only in a short ending (متظاهرين/متظاهرون)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4:
        return False
    if a.startswith(b) or b.startswith(a):
        return True
    common = len(os.path.commonprefix([a, b]))
    return common >= 4 and common >= max(len(a), len(b)) - 2


def _text_match(gold_text, actors):
    """Whether a gold actor text shares a content word with a name of one of actors."""
    gold = _tokens(gold_text)
    if not gold:
        return False
    for a in actors:
        for name in a.names:
            for t in _tokens(name):
                for g in gold:
                    if _same_word(t, g):
                        return True
    return False


class Outcome(object):
    """The comparison of one record with what diplograph extracted from it."""

    def __init__(self, record, events):
        self.record = record
        self.events = events
        self.found = bool(events)
        predicted = sorted(set(e.category for e in events))
        self.predicted = predicted
        self.category_ok = record.category in predicted
        chosen = [e for e in events if e.category == record.category] or events
        agents = [a for e in chosen for a in e.agents]
        recipients = [a for e in chosen for a in e.recipients]
        everyone = [a for e in events for a in e.agents + e.recipients]
        self.side = {}
        for side, gold, gold_other, mine, other in (
                ("source", record.sources, record.targets, agents, recipients),
                ("target", record.targets, record.sources, recipients, agents)):
            self.side[side] = self._side(gold, gold_other, mine, other, everyone)

    @staticmethod
    def _side(gold, gold_other, mine, other, everyone):
        """Country and text verdicts for one side: None when the gold side is empty.
        gold_other is the gold actors of the other side: a state on both sides (Lebanese
        protesters against the Lebanese government) is no evidence of a reversal."""
        res = {"country": None, "text": None, "class": None, "gold": gold, "mine": mine}
        gold_countries = sorted(set(a.country for a in gold if a.country))
        mine_countries = set(a.country for a in mine if a.country)
        if gold_countries:
            res["country"] = bool(mine_countries.intersection(gold_countries))
        texts = [a.text for a in gold if a.text]
        if texts:
            res["text"] = any(_text_match(t, mine) for t in texts)
        ok = res["country"] if res["country"] is not None else res["text"]
        if ok is None or ok:
            return res
        # Why it failed.
        other_countries = set(a.country for a in other if a.country)
        other_countries -= set(a.country for a in gold_other if a.country)
        all_countries = set(a.country for a in everyone if a.country)
        if gold_countries and other_countries.intersection(gold_countries) or \
                (not gold_countries and any(_text_match(t, other) for t in texts)):
            res["class"] = "reversed"
        elif not mine:
            res["class"] = "no actor"
        elif gold_countries and not all_countries.intersection(gold_countries):
            res["class"] = "actor not recognised"
        elif not gold_countries and not any(_text_match(t, everyone) for t in texts):
            res["class"] = "actor not recognised"
        else:
            res["class"] = "wrong actor"
        return res


def _pct(num, den):
    return "%5.1f%%" % (100.0 * num / den) if den else "    - "


class Tally(object):
    def __init__(self):
        self.n = 0
        self.found = 0
        self.category = 0
        self.counts = collections.Counter()

    def add(self, o):
        self.n += 1
        self.found += o.found
        self.category += o.category_ok
        for side in ("source", "target"):
            for what in ("country", "text"):
                v = o.side[side][what]
                if v is not None:
                    self.counts[(side, what, "n")] += 1
                    self.counts[(side, what, "ok")] += v

    def cells(self):
        c = self.counts
        out = [str(self.n), _pct(self.found, self.n), _pct(self.n - self.found, self.n),
               _pct(self.category, self.n)]
        for side in ("source", "target"):
            for what in ("country", "text"):
                out.append("%s (%d)" % (_pct(c[(side, what, "ok")], c[(side, what, "n")]),
                                        c[(side, what, "n")]))
        return out


HEADER = ["category", "n", "found", "no event", "cat acc", "src country", "src text",
          "tgt country", "tgt text"]


def score(records, events, blank=None):
    outcomes = [Outcome(r, events.get(r.key, [])) for r in records]
    for o in outcomes:
        o.blank = (blank or {}).get(o.record.key, [])
    return outcomes


def _table(rows):
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for j, r in enumerate(rows):
        lines.append("  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i])
                               for i, c in enumerate(r)))
        if j == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _frag(text, limit=110):
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def report(title, outcomes, verbose=False, top=15, out=sys.stdout):
    w = out.write
    total = Tally()
    per = collections.OrderedDict()
    for o in outcomes:
        total.add(o)
        per.setdefault(o.record.gold_category, Tally()).add(o)
    w("%s: %d records\n\n" % (title, len(outcomes)))
    rows = [HEADER, ["all"] + total.cells()]
    for cat in sorted(per):
        label = cat if canon_category(cat) == cat else "%s(=%s)" % (cat, canon_category(cat))
        rows.append([label] + per[cat].cells())
    w(_table(rows) + "\n\n")
    right = Tally()
    for o in outcomes:
        if o.category_ok:
            right.add(o)
    cells = right.cells()
    rows = [["", "n"] + HEADER[5:], ["right category", cells[0]] + cells[4:]]
    w(_table(rows) + "\n\n")
    w("found: at least one event extracted from the sentence; cat acc: the gold category is\n"
      "among them; country columns: share of records whose gold side names a state (count in\n"
      "brackets) where an agent (source) or recipient (target) of a gold-category event (of any\n"
      "event if none) has that country; text columns: the same by content words of the gold\n"
      "actor text against the actor's names.\n\n")

    blank = collections.Counter(e.trigger for o in outcomes for e in o.blank)
    if blank:
        w("Events with an empty category (not counted above): %d in %d sentences; triggers: %s\n\n"
          % (sum(blank.values()), sum(1 for o in outcomes if o.blank),
             ", ".join("%s %d" % kv for kv in sorted(blank.items(), key=lambda kv: (-kv[1], kv[0])))))

    confusion = collections.Counter()
    for o in outcomes:
        if not o.category_ok:
            confusion[(o.record.category, "+".join(o.predicted) or "(no event)")] += 1
    w("Most common category errors (gold -> predicted):\n")
    for (g, p), n in sorted(confusion.items(), key=lambda kv: (-kv[1], kv[0]))[:top]:
        w("  %4d  %s -> %s\n" % (n, g, p))

    missed = collections.Counter(_frag(o.record.trigger, 40) for o in outcomes
                                 if not o.found and o.record.trigger)
    w("\nGold trigger words of sentences with no event (most common):\n")
    for word, n in sorted(missed.items(), key=lambda kv: (-kv[1], kv[0]))[:top]:
        w("  %4d  %s\n" % (n, word))

    classes = collections.Counter()
    unknown = collections.Counter()
    for o in outcomes:
        if not o.found:
            continue
        for side in ("source", "target"):
            s = o.side[side]
            if s["class"]:
                classes[(side, s["class"])] += 1
                if s["class"] in ("no actor", "actor not recognised"):
                    for a in s["gold"]:
                        unknown[a.text or a.code] += 1
    w("\nSource/target failures among sentences with an event:\n")
    for (side, cls), n in sorted(classes.items(), key=lambda kv: (-kv[1], kv[0])):
        w("  %4d  %s: %s\n" % (n, side, cls))
    w("\nGold actor texts not found in their slot (most common):\n")
    for text, n in sorted(unknown.items(), key=lambda kv: (-kv[1], kv[0]))[:top]:
        w("  %4d  %s\n" % (n, text))

    if verbose:
        w("\nPer-record misses:\n")
        for o in outcomes:
            bad = [s for s in ("source", "target") if o.side[s]["class"]]
            if o.category_ok and not bad:
                continue
            r = o.record
            w("\n%s  %s\n" % (r.key, _frag(r.text, 160)))
            w("  gold: %s(%s) %s -> %s\n" % (
                r.gold_category, r.trigger,
                ", ".join(a.describe() for a in r.sources) or "-",
                ", ".join(a.describe() for a in r.targets) or "-"))
            if not o.events:
                w("  got:  no event\n")
            for e in o.events:
                w("  got:  %s\n" % e.describe())
            for e in o.blank:
                w("  got (no category):  %s\n" % e.describe())
            for s in bad:
                w("  %s: %s\n" % (s, o.side[s]["class"]))


def dump(path, outcomes):
    """Writes one JSON record per outcome (for further analysis)."""
    with open(path, "w", encoding="utf-8") as out:
        for o in outcomes:
            r = o.record
            rec = {
                "key": r.key, "text": r.text, "gold_category": r.gold_category,
                "category": r.category, "trigger": r.trigger,
                "sources": [a.describe() for a in r.sources],
                "targets": [a.describe() for a in r.targets],
                "found": o.found, "category_ok": o.category_ok, "predicted": o.predicted,
                "events": [e.describe() for e in o.events],
            }
            for side in ("source", "target"):
                s = o.side[side]
                rec[side] = {"country": s["country"], "text": s["text"], "class": s["class"],
                             "mine": [a.describe() for a in s["mine"]]}
            out.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")


def add_common_arguments(parser):
    parser.add_argument("--binary", default=DEFAULT_BINARY,
                        help="diplograph binary (default %(default)s)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("--batch", action="store_true",
                        help="extract all records in one run (fast, slightly lenient: the "
                        "graph merges events and actor names across records)")
    parser.add_argument("-j", "--jobs", type=int, default=1,
                        help="diplograph runs at a time (default %(default)s)")
    parser.add_argument("--top", type=int, default=15, help="rows in each error list")
    parser.add_argument("--dump", metavar="FILE", help="write per-record results as JSON Lines")
    parser.add_argument("--limit", type=int, default=0, help="only the first N records")
