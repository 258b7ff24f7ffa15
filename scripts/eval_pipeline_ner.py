#!/usr/bin/env python3
"""Span F1 of the whole `dossier annotate` pipeline's mentions on a UNER .iob2 file.

`dossier eval ner` scores the trained tagger alone; this scores what an analyst
gets: gazetteers, rules and the tagger together. Types PERSON/ORG/LOC with GPE
folded into LOC (NORP and other types are not scored); spans are compared by
character offsets after aligning the gold tokens to each sentence's text. Each
sentence is annotated as one document; with --documents the sentences of each
`# newdoc` block are annotated together (a blank line between them), as an article would be.

With --errors, each missed (-) and spurious (+) span is printed with its document's text.

usage: scripts/eval_pipeline_ner.py FILE.iob2 build/dossier [--documents] [--errors]
"""
import json, subprocess, sys, tempfile
path, binary = sys.argv[1], sys.argv[2]
by_document = '--documents' in sys.argv[3:]
show_errors = '--errors' in sys.argv[3:]
sents = []
cur = None
doc = 0
for line in open(path, encoding='utf-8'):
    line = line.rstrip('\n')
    if line.startswith('# newdoc'):
        doc += 1
    elif line.startswith('# text = '):
        cur = {'text': line[9:], 'toks': [], 'doc': doc if by_document else len(sents)}
        sents.append(cur)
    elif line and not line.startswith('#') and cur is not None:
        c = line.split('\t')
        cur['toks'].append((c[1], c[2]))
docs = []
for i, s in enumerate(sents):
    text = s['text']; pos = 0; spans = []; start = None; typ = None
    offs = []
    for w, t in s['toks']:
        j = text.find(w, pos)
        if j < 0: j = pos
        offs.append((j, j + len(w))); pos = j + len(w)
    ents = set()
    k = 0
    toks = s['toks']
    while k < len(toks):
        t = toks[k][1]
        if t.startswith('B-') and t[2:] in ('PER', 'ORG', 'LOC'):
            ty = t[2:]; b = offs[k][0]; e = offs[k][1]; k += 1
            while k < len(toks) and toks[k][1] == 'I-' + ty:
                e = offs[k][1]; k += 1
            ents.add((b, e, ty))
        else:
            k += 1
    if docs and docs[-1][2] == s['doc']:  # the next sentence of the same document
        shift = len(docs[-1][0]) + 2
        docs[-1] = (docs[-1][0] + '\n\n' + text,
                    docs[-1][1] | {(b + shift, e + shift, ty) for b, e, ty in ents}, s['doc'])
    else:
        docs.append((text, ents, s['doc']))
with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False) as f:
    for i, (text, _, _) in enumerate(docs):
        f.write(json.dumps({'id': str(i), 'text': text}) + '\n')
    name = f.name
out = subprocess.run([binary, 'annotate', name], capture_output=True, text=True).stdout
tp = fp = fn = 0
tmap = {'PERSON': 'PER', 'ORG': 'ORG', 'GPE': 'LOC', 'LOC': 'LOC'}
for line in out.splitlines():
    r = json.loads(line)
    text, gold, _ = docs[int(r['id'])]
    enc = text.encode('utf-8')
    def c(b): return len(enc[:b].decode('utf-8', 'ignore'))
    sysm = set()
    for m in r['mentions']:
        if m['type'] in tmap:
            sysm.add((c(m['start']), c(m['end']), tmap[m['type']]))
    tp += len(sysm & gold); fp += len(sysm - gold); fn += len(gold - sysm)
    if show_errors and sysm != gold:
        print(text.replace('\n\n', ' | '))
        for sign, spans in (('-', gold - sysm), ('+', sysm - gold)):
            for b, e, ty in sorted(spans):
                print('  %s %s %s' % (sign, ty, text[b:e]))
p = tp / (tp + fp) if tp + fp else 0; rr = tp / (tp + fn) if tp + fn else 0
print('pipeline NER F1 %.4f P %.4f R %.4f' % (2 * p * rr / (p + rr) if p + rr else 0, p, rr))
