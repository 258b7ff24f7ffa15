#!/usr/bin/env python3
"""Guards the event coder's PLOVER accuracy on the labelled WCEP dev split.

Usage: check_plover.py DOSSIER_BINARY PROJECT_HOME ITEMS_JSONL MIN_PRECISION MIN_RECALL [EVAL_FLAG...]

Runs `dossier eval plover --split dev [EVAL_FLAG...]` (e.g. --rules-only) and
fails when precision or recall on the dev items falls below the floor (set a
little under the measured figures so that a regression, not noise from a
one-item change, turns it red).
"""
import re
import subprocess
import sys


def main():
    if len(sys.argv) < 6:
        sys.exit(__doc__)
    binary, home, items, min_p, min_r = sys.argv[1:6]
    run = subprocess.run([binary, "eval", "plover", "--split", "dev", "--home", home, "--items", items,
                          *sys.argv[6:]],
                         capture_output=True, text=True, timeout=1200)
    if run.returncode != 0:
        sys.exit(f"dossier eval plover failed ({run.returncode}):\n{run.stderr}")
    last = run.stdout.strip().splitlines()[-1]
    m = re.match(r"PLOVER event types P ([0-9.]+) R ([0-9.]+) F1 ([0-9.]+)", last)
    if not m:
        sys.exit(f"unexpected last line: {last!r}")
    p, r = float(m.group(1)), float(m.group(2))
    print(last)
    if p < float(min_p) or r < float(min_r):
        sys.exit(f"below the floor: P {p:.4f} (min {min_p}), R {r:.4f} (min {min_r})")


if __name__ == "__main__":
    main()
