#!/usr/bin/env python3
"""`annotate --petrarch-dicts DIR` codes events with PETRARCH dictionaries over
our own parses: actors come out as CAMEO actor codes with their country.

usage: petrarch_annotate_test.py PATH/TO/dossier DICTIONARY_DIR
"""
import json
import subprocess
import sys
import tempfile


def main():
    binary, dicts = sys.argv[1], sys.argv[2]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.write(json.dumps({"id": "t1", "date": "1995-01-01",
                            "text": "Arnor rejected the proposal by Gondor on Monday."}) + "\n")
        path = f.name
    p = subprocess.run([binary, "annotate", "--petrarch-dicts", dicts, path], capture_output=True, text=True)
    if p.returncode != 0:
        raise AssertionError("annotate failed: " + p.stderr)
    rec = json.loads(p.stdout)
    coded = [e for e in rec["events"] if any(a.startswith("cameo:") for a in e["actor"])]
    if not coded:
        raise AssertionError("no PETRARCH-coded event: %s" % rec["events"])
    e = coded[0]
    assert e["actor"] == ["cameo:ARN"] and e["recipient"] == ["cameo:GON"], e
    assert e["cameo"] and e["event"], e
    ents = {x["id"]: x for x in rec["entities"]}
    assert ents["cameo:ARN"]["name"] == "ARN", ents["cameo:ARN"]
    p = subprocess.run([binary, "annotate", "--petrarch-dicts", "/nonexistent", path], capture_output=True, text=True)
    assert p.returncode != 0 and "/nonexistent" in p.stderr, p.stderr
    print("ok   PETRARCH dictionaries code events over our parses")


if __name__ == "__main__":
    main()
