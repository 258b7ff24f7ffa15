#!/usr/bin/env python3
"""Checks that models/events.model is what `dossier train events` builds now.

Usage: check_events_model.py DOSSIER_BINARY PROJECT_HOME ITEMS_JSONL

The event type model is trained on the rule coder's output (its events are
features), so a change to the trigger tables, the cues, the linker or the NLP
models changes what the training reads. This test retrains the model into a
temporary file and compares it byte for byte with the committed one; when it
fails, rebuild with `build/dossier train events` (or `make models`) and
commit the new file with the figures of `dossier eval plover --split test`.
"""
import filecmp
import os
import subprocess
import sys
import tempfile


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    binary, home, items = sys.argv[1:]
    committed = os.path.join(home, "models", "events.model")
    with tempfile.TemporaryDirectory() as tmp:
        rebuilt = os.path.join(tmp, "events.model")
        run = subprocess.run([binary, "train", "events", "--home", home, "--items", items, "--out", rebuilt],
                             capture_output=True, text=True, timeout=1200)
        if run.returncode != 0:
            sys.exit(f"dossier train events failed ({run.returncode}):\n{run.stderr}")
        print(run.stderr.strip())
        if not filecmp.cmp(committed, rebuilt, shallow=False):
            sys.exit(f"{committed} differs from what `dossier train events` builds now: "
                     "retrain it (make models) and commit it")


if __name__ == "__main__":
    main()
