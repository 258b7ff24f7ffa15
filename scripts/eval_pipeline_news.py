#!/usr/bin/env python3
"""Span F1 of the whole `dossier annotate` pipeline's mentions on our news NER gold.

The gold is data/eval/ner_wcep.tsv (format in its header; src/nlp/train/news_ner.h
reads it for training) over the WCEP items' original text, so the pipeline sees
each item exactly as published. Spans are compared by byte offsets; types
PERSON/ORG/LOC with GPE folded into LOC. The pipeline types a country by what it
is (GPE) while the gold follows UNER and types a state acting as an agent ORG,
so the untyped figure (span only) is printed too.

usage: scripts/eval_pipeline_news.py build/dossier [--split test] [--labels FILE] [--events FILE]
"""
import argparse, json, re, subprocess, sys, tempfile

ap = argparse.ArgumentParser()
ap.add_argument('binary')
ap.add_argument('--split', default='test', choices=['train', 'test', 'all'])
ap.add_argument('--labels', default='data/eval/ner_wcep.tsv')
ap.add_argument('--events', default='../shared/data/news/wcep/events.jsonl')
ap.add_argument('--errors', action='store_true',
                help='print each missed (-), spurious (+) and mistyped (~ GOLD>SYSTEM) span')
args = ap.parse_args()

rows = {}  # item id -> label rows, in file order
with open(args.labels, encoding='utf-8') as f:
    for line in f:
        cols = line.rstrip('\n').split('\t')
        if line.startswith('#') or len(cols) < 4:
            continue
        if args.split == 'all' or cols[1] == args.split:
            rows.setdefault(cols[0], []).append(cols)
texts = {}
with open(args.events, encoding='utf-8') as f:
    for line in f:
        r = json.loads(line)
        if r['id'] in rows:
            texts[r['id']] = r['text']
missing = [i for i in rows if i not in texts]
if missing:
    sys.exit('items not in %s: %s' % (args.events, ', '.join(missing[:5])))

TYPES = {'PER': 'PER', 'ORG': 'ORG', 'LOC': 'LOC'}


def gold_spans(text, item_rows):
    """Byte spans as the C++ reader builds them: whole-word occurrences, longest first."""
    enc = text.encode('utf-8')
    def byte(i): return len(text[:i].encode('utf-8'))
    cands = []
    for cols in item_rows:
        if cols[2] == 'NONE':
            continue
        occ = [m.start() for m in re.finditer(r'(?<!\w)' + re.escape(cols[3]) + r'(?!\w)', text)]
        if len(cols) > 4 and cols[4]:
            occ = [occ[int(cols[4]) - 1]]
        for o in occ:
            cands.append((byte(o), byte(o + len(cols[3])), TYPES[cols[2]]))
    cands.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    taken = []
    for s in cands:
        if all(s[1] <= b or s[0] >= e for b, e, _ in taken):
            taken.append(s)
    assert all(0 <= b < e <= len(enc) for b, e, _ in taken)
    return set(taken)


ids = list(rows)
with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False, encoding='utf-8') as f:
    for i, item in enumerate(ids):
        f.write(json.dumps({'id': str(i), 'text': texts[item]}) + '\n')
    name = f.name
out = subprocess.run([args.binary, 'annotate', name], capture_output=True, text=True)
if out.returncode != 0:
    sys.exit('annotate failed: ' + out.stderr[-500:])

tmap = {'PERSON': 'PER', 'ORG': 'ORG', 'GPE': 'LOC', 'LOC': 'LOC'}
typed = [0, 0, 0]    # correct, predicted, gold
untyped = [0, 0, 0]
for line in out.stdout.splitlines():
    r = json.loads(line)
    item = ids[int(r['id'])]
    gold = gold_spans(texts[item], rows[item])
    system = {(m['start'], m['end'], tmap[m['type']]) for m in r['mentions'] if m['type'] in tmap}
    typed[0] += len(system & gold); typed[1] += len(system); typed[2] += len(gold)
    g2 = {(b, e) for b, e, _ in gold}; s2 = {(b, e) for b, e, _ in system}
    if args.errors:
        gold_type = {(b, e): t for b, e, t in gold}
        for b, e, t in sorted(gold ^ system):
            if (b, e, t) in gold and (b, e) in s2:
                continue  # a mistyped span, printed once from the system's side
            if (b, e, t) in gold:
                mark, label = '-', t
            elif (b, e) in g2:
                mark, label = '~', gold_type[(b, e)] + '>' + t
            else:
                mark, label = '+', t
            surface = texts[item].encode('utf-8')[b:e].decode()
            print('%s %s %s\t%s\t%s' % (mark, label, surface, item, texts[item]))
    untyped[0] += len(s2 & g2); untyped[1] += len(s2); untyped[2] += len(g2)


def f1(c):
    p = c[0] / c[1] if c[1] else 0
    r = c[0] / c[2] if c[2] else 0
    return 2 * p * r / (p + r) if p + r else 0, p, r


print('items %d, gold %d, predicted %d' % (len(ids), typed[2], typed[1]))
print('span only F1 %.4f P %.4f R %.4f' % f1(untyped))
print('pipeline NER F1 %.4f P %.4f R %.4f' % f1(typed))
