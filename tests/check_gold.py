#!/usr/bin/env python3
"""Checks `dossier annotate` against hand-written gold sentences.

Each line of the gold file is a document ({"id","text","date"?}) with the
events, relations and quotes an analyst expects from it. Entities are named by
canonical name or alias (case, punctuation and spacing ignored); a country
entity also answers to any entity of that country for actors. An expected
event matches an output event of the same type whose actor (and recipient,
mode, modality, attribution, date prefix — when given) agree; "no_events" lists
event types the document must not yield, and "no_relations" relations it must
not give.

usage: check_gold.py PATH/TO/dossier GOLD.jsonl [--report]
Exits non-zero when any expectation fails (unless --report).
"""
import json
import os
import subprocess
import sys
import tempfile
import unicodedata


def fold(s):
    s = unicodedata.normalize("NFKC", s or "").casefold()
    return "".join(ch for ch in s if ch.isalnum())


def country_codes(project):
    """Folded short names and aliases of states (data/kb/countries.tsv) -> ISO code."""
    codes = {}
    try:
        for line in open(project + "/data/kb/countries.tsv", encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            for n in [cols[1]] + (cols[2].split("|") if len(cols) > 2 else []):
                if n:
                    codes.setdefault(fold(n), cols[0])
    except OSError:
        pass
    return codes


def names(e):
    return {fold(n) for n in [e.get("name")] + list(e.get("aliases") or []) if n}


STATES = country_codes(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    binary, gold_path = sys.argv[1], sys.argv[2]
    report = "--report" in sys.argv
    gold = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
    ids = [g["id"] for g in gold]
    if len(set(ids)) != len(ids):
        print("duplicate ids in %s: %s" % (gold_path, sorted({i for i in ids if ids.count(i) > 1})))
        sys.exit(2)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps({k: g[k] for k in ("id", "text", "date") if k in g}, ensure_ascii=False) + "\n")
        path = f.name
    p = subprocess.run([binary, "annotate", path], capture_output=True, timeout=300)
    if p.returncode != 0:
        print(p.stderr.decode())
        sys.exit(2)
    recs = {r["id"]: r for r in (json.loads(l) for l in p.stdout.decode().splitlines() if l.strip())}
    passed = failed = 0
    for g in gold:
        rec = recs.get(g["id"], {})
        ents = {e["id"]: e for e in rec.get("entities", [])}

        def is_(eid, name):
            e = ents.get(eid)
            if e is None:
                return False
            if fold(name) in names(e):
                return True
            # a country named in the gold also answers to its nationals and bodies
            # (found among the record's entities, else by its name in the KB:
            # "U.S. Treasury" in a text that names the United States no other way)
            countries = [x for x in ents.values() if x.get("type") == "Country" and fold(name) in names(x)]
            code = countries[0].get("country") if countries else STATES.get(fold(name))
            return bool(code) and e.get("country") == code

        def any_is(ids, wanted):
            return any(is_(i, w) for i in ids for w in wanted)

        checks = []
        for ge in g.get("events", []):
            ok = False
            for oe in rec.get("events", []):
                if oe["event"] != ge["event"]:
                    continue
                if "mode" in ge and oe.get("mode") != ge["mode"]:
                    continue
                if ge.get("actor") and not any_is(oe["actor"], ge["actor"]):
                    continue
                if ge.get("recipient") and not any_is(oe["recipient"], ge["recipient"]):
                    continue
                if "modality" in ge and oe.get("modality") != ge["modality"]:
                    continue
                if ge.get("attributed_to") and not any_is(oe.get("attributed_to", []), ge["attributed_to"]):
                    continue
                if "date" in ge and not str(oe.get("date") or "").startswith(ge["date"]):
                    continue
                ok = True
            checks.append((ok, "event %s" % json.dumps(ge)))
        for absent in g.get("no_events", []):
            got = [oe for oe in rec.get("events", []) if oe["event"] == absent]
            checks.append((not got, "no %s event expected" % absent))
        for gr in g.get("relations", []):
            ok = any(r["predicate"] == gr["predicate"] and is_(r["subject"], gr["subject"]) and
                     is_(r["object"], gr["object"]) for r in rec.get("relations", []))
            checks.append((ok, "relation %s" % json.dumps(gr)))
        for gr in g.get("no_relations", []):
            got = any(r["predicate"] == gr["predicate"] and is_(r["subject"], gr["subject"]) and
                      is_(r["object"], gr["object"]) for r in rec.get("relations", []))
            checks.append((not got, "no relation %s expected" % json.dumps(gr)))
        if "relations" in g and not g["relations"]:
            checks.append((not rec.get("relations"), "no relation expected"))
        for gq in g.get("quotes", []):
            text = g["text"].encode("utf-8")
            ok = any(gq["contains"] in text[q["start"]:q["end"]].decode("utf-8", "replace") and
                     q.get("speaker") and is_(q["speaker"], gq["speaker"]) for q in rec.get("quotes", []))
            checks.append((ok, "quote %s" % json.dumps(gq)))
        for ok, what in checks:
            passed += ok
            failed += not ok
            if not ok:
                print("FAIL %s: %s\n     got events %s" % (g["id"], what, json.dumps(
                    [(e["event"], e["actor"], e["recipient"], e["modality"], e.get("date")) for e in rec.get("events", [])])))
    print("extraction gold: %d passed, %d failed" % (passed, failed))
    sys.exit(0 if failed == 0 or report else 1)


if __name__ == "__main__":
    main()
