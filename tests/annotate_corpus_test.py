#!/usr/bin/env python3
"""Annotates a whole corpus of real news and checks every record.

Usage: annotate_corpus_test.py DOSSIER_BINARY CORPUS_JSONL EXPECTED_RECORDS

Every input line must come out as one well-formed JSON record with the
input's id, spans inside the text and events whose trigger lies in their
sentence; the command must exit 0. Under the sanitizers this is the widest
memory check we have: thousands of real, messy documents.
"""
import json
import subprocess
import sys


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    binary, corpus, expected = sys.argv[1], sys.argv[2], int(sys.argv[3])
    run = subprocess.run([binary, "annotate", "--with-text", "--threads", "2", corpus],
                         capture_output=True, timeout=3000)
    if run.returncode != 0:
        sys.exit(f"annotate exited {run.returncode}: {run.stderr.decode(errors='replace')[-2000:]}")
    lines = run.stdout.split(b"\n")
    records = [l for l in lines if l]
    if len(records) != expected:
        sys.exit(f"{len(records)} records for {expected} inputs")
    ids = set()
    for n, line in enumerate(records, 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            sys.exit(f"record {n}: invalid JSON: {e}")
        ids.add(r["id"])
        size = len(r["text"].encode("utf-8"))
        for e in r["events"]:
            t = e["trigger"]
            if not (0 <= e["start"] <= t["start"] < t["end"] <= e["end"] <= size):
                sys.exit(f"record {n} ({r['id']}): trigger {t} outside its sentence "
                         f"[{e['start']}, {e['end']})")
        for m in r["mentions"]:
            if not (0 <= m["start"] < m["end"] <= size):
                sys.exit(f"record {n} ({r['id']}): mention span {m} outside the text")
    if len(ids) != expected:
        sys.exit(f"{len(ids)} distinct ids for {expected} records")
    print(f"{expected} records, all well formed")


if __name__ == "__main__":
    main()
