#!/usr/bin/env python3
"""Mention recall of `dossier annotate` on WCEP news items, against Wikipedia's links.

Each WCEP item lists the surfaces its sentence links to Wikipedia. A linked
surface that starts with a capital letter is nearly always a name (a person,
organisation, place, event or work), so the share of those surfaces that the
pipeline returns as a mention with exactly the same characters measures recall
on real news. Links are not exhaustive and also name events and works, so this
is recall only (no precision), and never reaches 1.

Items that the NER tagger was trained on (the train split of our news gold,
data/eval/ner_wcep.tsv) are skipped, so the figure stays out-of-sample; pass
`--labels ''` to keep them.

With --misses, each linked surface the pipeline does not return is printed with
its item's id.

usage: scripts/eval_wcep_mentions.py build/dossier [--items N] [--events FILE] [--labels FILE] [--misses]
"""
import argparse, json, subprocess, sys, tempfile

ap = argparse.ArgumentParser()
ap.add_argument('binary')
ap.add_argument('--items', type=int, default=2000, help='first N items of the file')
ap.add_argument('--events', default='../shared/data/news/wcep/events.jsonl')
ap.add_argument('--labels', default='data/eval/ner_wcep.tsv',
                help="news NER gold whose train items are skipped ('' keeps every item)")
ap.add_argument('--misses', action='store_true', help='print each missed surface')
args = ap.parse_args()

trained = set()
if args.labels:
    with open(args.labels, encoding='utf-8') as f:
        for line in f:
            cols = line.rstrip('\n').split('\t')
            if not line.startswith('#') and len(cols) >= 2 and cols[1] == 'train':
                trained.add(cols[0])

items = []
skipped = 0
with open(args.events, encoding='utf-8') as f:
    for line in f:
        if len(items) + skipped >= args.items:
            break
        r = json.loads(line)
        if r['id'] in trained:
            skipped += 1
            continue
        items.append(r)

with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False, encoding='utf-8') as f:
    for i, r in enumerate(items):
        f.write(json.dumps({'id': str(i), 'text': r['text'], 'date': r['date']}) + '\n')
    name = f.name
out = subprocess.run([args.binary, 'annotate', name], capture_output=True, text=True)
if out.returncode != 0:
    sys.exit('annotate failed: ' + out.stderr[-500:])

gold = found = 0
for line in out.stdout.splitlines():
    r = json.loads(line)
    item = items[int(r['id'])]
    text = item['text'].encode('utf-8')
    spans = {(m['start'], m['end']) for m in r['mentions']}
    for e in item['entities']:
        surface = e['surface']
        if not surface[:1].isupper():
            continue
        b = text.find(surface.encode('utf-8'))
        if b < 0:
            continue
        gold += 1
        hit = (b, b + len(surface.encode('utf-8'))) in spans
        found += hit
        if args.misses and not hit:
            print('miss\t%s\t%s' % (item['id'], surface))
print('WCEP mention recall %.4f (%d / %d capitalised link surfaces, %d items, %d trained on skipped)' %
      (found / gold if gold else 0, found, gold, len(items), skipped))
