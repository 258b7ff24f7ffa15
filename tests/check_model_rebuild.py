#!/usr/bin/env python3
"""Checks that a committed model is what `dossier train MODEL` builds now.

Usage: check_model_rebuild.py DOSSIER_BINARY PROJECT_HOME MODEL [TRAIN_ARGS...]

Runs `dossier train MODEL TRAIN_ARGS --out TMP` in PROJECT_HOME and compares TMP
byte for byte with PROJECT_HOME/models/MODEL.model. The models read the
project's tables, the knowledge base and each other (the NER tagger compiles
the knowledge base's names and the cue titles; the event type model is
trained on the rule coder's output), so a change to any of them can change
what the default command builds. When this test fails, rebuild the model
with the same command (or `make models`; after the NER model, retrain the
event type model too) and commit it with the new `dossier eval` figures.
"""
import filecmp
import os
import subprocess
import sys
import tempfile


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    binary, home, model = sys.argv[1:4]
    committed = os.path.join(home, "models", model + ".model")
    with tempfile.TemporaryDirectory() as tmp:
        rebuilt = os.path.join(tmp, model + ".model")
        env = dict(os.environ, DOSSIER_HOME=home)
        run = subprocess.run([binary, "train", model, *sys.argv[4:], "--out", rebuilt],
                             capture_output=True, text=True, timeout=1500, env=env, cwd=home)
        if run.returncode != 0:
            sys.exit(f"dossier train {model} failed ({run.returncode}):\n{run.stderr}")
        lines = run.stderr.strip().splitlines()
        print(lines[-1] if lines else "")
        if not filecmp.cmp(committed, rebuilt, shallow=False):
            sys.exit(f"{committed} differs from what `dossier train {model}` builds now: "
                     "retrain it (make models) and commit it")


if __name__ == "__main__":
    main()
