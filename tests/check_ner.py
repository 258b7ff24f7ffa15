#!/usr/bin/env python3
"""Guards the named-entity accuracy on a gold set.

Usage: check_ner.py DOSSIER_BINARY PROJECT_HOME IOB2_FILE MIN_TAGGER_F1 MIN_PIPELINE_F1
       check_ner.py DOSSIER_BINARY PROJECT_HOME news:SPLIT:SHARED_DIR MIN_TAGGER_F1 MIN_PIPELINE_F1
       check_ner.py DOSSIER_BINARY PROJECT_HOME gum:SPLIT:SHARED_DIR MIN_TAGGER_F1 -
       check_ner.py DOSSIER_BINARY PROJECT_HOME ungdc:SPLIT:SHARED_DIR MIN_TAGGER_F1 -

With an IOB2 file (UNER) it runs `dossier eval ner --iob2 FILE` (the tagger
with the document pass) and `scripts/eval_pipeline_ner.py FILE BINARY
--documents` (the whole pipeline's mentions, one document per `# newdoc`
block); with `news:SPLIT:SHARED_DIR` it scores our news gold
(data/eval/ner_wcep.tsv over SHARED_DIR's WCEP items) with `dossier eval ner
--news SPLIT` and `scripts/eval_pipeline_news.py`; with `gum:SPLIT:SHARED_DIR`
the tagger alone on our labels of GUM's sentences (data/eval/ner_gum.tsv,
`dossier eval ner --gum-gold SPLIT`; MIN_PIPELINE_F1 is "-"), and with
`ungdc:SPLIT:SHARED_DIR` on our labels of UN General Debate sentences
(data/eval/ner_ungdc.tsv, `--ungdc-gold SPLIT`). It fails when either F1
falls below its floor (set a little under the measured figures, so that a
regression, not a one-span change, turns it red).
"""
import re
import subprocess
import sys


def f1_of(cmd, pattern):
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=1200)
    if run.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({run.returncode}):\n{run.stderr}")
    last = run.stdout.strip().splitlines()[-1]
    m = re.match(pattern, last)
    if not m:
        sys.exit(f"unexpected last line: {last!r}")
    print(last)
    return float(m.group(1))


def main():
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    binary, home, gold, min_tagger, min_pipeline = sys.argv[1:6]
    if gold.startswith(("gum:", "ungdc:")):
        name, split, shared = gold.split(":", 2)
        tagger = f1_of([binary, "eval", "ner", f"--{name}-gold", split, "--shared", shared], r"NER F1 ([0-9.]+)")
        if tagger < float(min_tagger):
            sys.exit(f"below the floor: tagger F1 {tagger:.4f} (min {min_tagger})")
        return
    if gold.startswith("news:"):
        _, split, shared = gold.split(":", 2)
        tagger_cmd = [binary, "eval", "ner", "--news", split, "--shared", shared]
        pipeline_cmd = [sys.executable, f"{home}/scripts/eval_pipeline_news.py", binary, "--split", split,
                        "--labels", f"{home}/data/eval/ner_wcep.tsv",
                        "--events", f"{shared}/data/news/wcep/events.jsonl"]
    else:
        tagger_cmd = [binary, "eval", "ner", "--iob2", gold]
        pipeline_cmd = [sys.executable, f"{home}/scripts/eval_pipeline_ner.py", gold, binary, "--documents"]
    tagger = f1_of(tagger_cmd, r"NER F1 ([0-9.]+)")
    pipeline = f1_of(pipeline_cmd, r"pipeline NER F1 ([0-9.]+)")
    if tagger < float(min_tagger) or pipeline < float(min_pipeline):
        sys.exit(f"below the floor: tagger F1 {tagger:.4f} (min {min_tagger}), "
                 f"pipeline F1 {pipeline:.4f} (min {min_pipeline})")


if __name__ == "__main__":
    main()
