#!/usr/bin/env python3
"""Checks that models/ner.model is what the default `dossier train ner` builds now.

Usage: check_ner_model.py DOSSIER_BINARY PROJECT_HOME SHARED_DIR

The tagger compiles the knowledge base's names, the titles of data/link/cues.tsv
and a casing table into its model, and trains with gazetteer features read
through the knowledge-base code: a change to any of them changes what the
default command builds. This test retrains the model into a temporary file and
compares it byte for byte with the committed one; when it fails, rebuild with
`build/dossier train ner --pos-model models/pos.model --out models/ner.model`
(or `make models`), then retrain models/events.model, and commit both with the
new `dossier eval ner` figures.
"""
import filecmp
import os
import subprocess
import sys
import tempfile


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    binary, home, shared = sys.argv[1:]
    committed = os.path.join(home, "models", "ner.model")
    with tempfile.TemporaryDirectory() as tmp:
        rebuilt = os.path.join(tmp, "ner.model")
        env = dict(os.environ, DOSSIER_HOME=home)
        run = subprocess.run([binary, "train", "ner", "--shared", shared, "--pos-model",
                              os.path.join(home, "models", "pos.model"), "--out", rebuilt],
                             capture_output=True, text=True, timeout=1500, env=env, cwd=home)
        if run.returncode != 0:
            sys.exit(f"dossier train ner failed ({run.returncode}):\n{run.stderr}")
        print(run.stderr.strip().splitlines()[-1] if run.stderr.strip() else "")
        if not filecmp.cmp(committed, rebuilt, shallow=False):
            sys.exit(f"{committed} differs from what `dossier train ner` builds now: "
                     "retrain it (make models) and commit it")


if __name__ == "__main__":
    main()
