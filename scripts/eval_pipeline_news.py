#!/usr/bin/env python3
"""Span F1 of the whole `dossier annotate` pipeline's mentions on our news NER gold.

The gold is data/eval/ner_wcep.tsv (format in its header; src/nlp/train/news_ner.h
reads it for training) over the WCEP items' original text, so the pipeline sees
each item exactly as published. Spans are compared by byte offsets; types
PERSON/ORG/LOC with GPE folded into LOC. The pipeline types a country by what it
is (GPE) while the gold follows UNER and types a state acting as an agent ORG,
so the untyped figure (span only) is printed too.

With --gum, the gold is our labels of GUM (data/eval/ner_gum.tsv) and each GUM document
of the split is annotated whole, its sentences' "# text" lines joined by blank lines. With
--ungdc, the gold is our labels of UN General Debate statements (data/eval/ner_ungdc.tsv) and
each statement's labelled run of sentences is annotated as one document.

With --title-case, --caps, --caps-all or --lower, every text is first rewritten as
scripts/title_case_items.py does (headlines in title case or capitals, all in capitals, all in
lower case; byte offsets unchanged), to score how the pipeline reads text whose capitals say
nothing about names.

usage: scripts/eval_pipeline_news.py build/dossier [--split test] [--labels FILE] [--events FILE]
       scripts/eval_pipeline_news.py build/dossier --gum [--split dev]
       scripts/eval_pipeline_news.py build/dossier --ungdc [--split train]
"""
import argparse, glob, json, os, re, subprocess, sys, tempfile

from title_case_items import capitals, lower_case, title_case

ap = argparse.ArgumentParser()
ap.add_argument('binary')
ap.add_argument('--split', default='test', choices=['train', 'dev', 'test', 'all'])
ap.add_argument('--labels', default=None, help='default data/eval/ner_wcep.tsv (ner_gum.tsv with --gum)')
ap.add_argument('--events', default='../shared/data/news/wcep/events.jsonl')
ap.add_argument('--gum', action='store_true',
                help='score our GUM labels (data/eval/ner_gum.tsv) over whole GUM documents')
ap.add_argument('--gum-dir', default='../shared/data/corpora/gum')
ap.add_argument('--ungdc', action='store_true',
                help='score our UN General Debate labels (data/eval/ner_ungdc.tsv) over statement excerpts')
ap.add_argument('--ungdc-file', default='../shared/data/news/ungdc/ungdc.jsonl.zst')
ap.add_argument('--title-case', action='store_true',
                help='write the first sentence of each line as a headline in title case first ("Putin '
                     'Meets Erdogan in Sochi"): each word of ASCII letters capitalised but short function '
                     'words; same offsets')
ap.add_argument('--caps', action='store_true',
                help='write the first sentence of each line in capitals first ("PUTIN MEETS ERDOGAN"); same offsets')
ap.add_argument('--caps-all', action='store_true', help='write every text wholly in capitals first; same offsets')
ap.add_argument('--lower', action='store_true', help='write every text wholly in lower case first; same offsets')
ap.add_argument('--errors', action='store_true',
                help='print each missed (-), spurious (+) and mistyped (~ GOLD>SYSTEM) span')
args = ap.parse_args()
if args.labels is None:
    args.labels = ('data/eval/ner_gum.tsv' if args.gum else
                   'data/eval/ner_ungdc.tsv' if args.ungdc else 'data/eval/ner_wcep.tsv')

rows = {}  # item (WCEP) or sentence (GUM) id -> label rows, in file order
with open(args.labels, encoding='utf-8') as f:
    for line in f:
        cols = line.rstrip('\n').split('\t')
        if line.startswith('#') or len(cols) < 4:
            continue
        if args.split == 'all' or cols[1] == args.split:
            rows.setdefault(cols[0], []).append(cols)
texts = {}  # item or sentence id -> text
if args.gum:
    doc_sentences = {}  # GUM document -> its labelled sentence ids, in order
    for path in sorted(glob.glob(os.path.join(args.gum_dir, 'GUM_*.conllu'))):
        doc = os.path.basename(path)[:-len('.conllu')]
        sent_id = None
        with open(path, encoding='utf-8') as f:
            for line in f:
                if line.startswith('# sent_id = '):
                    sent_id = line[len('# sent_id = '):].strip()
                elif line.startswith('# text = ') and sent_id in rows:
                    texts[sent_id] = line[len('# text = '):].rstrip('\n')
                    doc_sentences.setdefault(doc, []).append(sent_id)
elif args.ungdc:
    slices = {}  # statement id -> [(begin, end, item id)], byte ranges of its text
    for item in rows:
        statement, span = item.rsplit('@', 1)
        b, e = (int(x) for x in span.split('-'))
        slices.setdefault(statement, []).append((b, e, item))
    statements = {}
    dump = subprocess.run(['zstd', '-dc', args.ungdc_file], capture_output=True, check=True).stdout
    for line in dump.decode('utf-8').split('\n'):
        if not line:
            continue
        r = json.loads(line)
        if r['id'] in slices:
            statements[r['id']] = r['text'].encode('utf-8')
            for b, e, item in slices[r['id']]:
                texts[item] = statements[r['id']][b:e].decode('utf-8')
else:
    with open(args.events, encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            if r['id'] in rows:
                texts[r['id']] = r['text']
missing = [i for i in rows if i not in texts]
if missing:
    sys.exit('items not in %s: %s' % (args.gum_dir if args.gum else args.ungdc_file if args.ungdc else args.events,
                                      ', '.join(missing[:5])))

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


# The documents annotated: (name, text, gold byte spans).
docs = []
if args.gum:
    for doc, sents in doc_sentences.items():
        text, gold = '', set()
        for sid in sents:
            if text:
                text += '\n\n'
            shift = len(text.encode('utf-8'))
            gold |= {(b + shift, e + shift, t) for b, e, t in gold_spans(texts[sid], rows[sid])}
            text += texts[sid]
        docs.append((doc, text, gold))
elif args.ungdc:
    for statement, parts in slices.items():
        parts.sort()
        first, last = parts[0][0], max(e for _, e, _ in parts)
        gold = set()
        for b, _, item in parts:
            gold |= {(gb + b - first, ge + b - first, t) for gb, ge, t in gold_spans(texts[item], rows[item])}
        docs.append((statement, statements[statement][first:last].decode('utf-8'), gold))
else:
    docs = [(item, texts[item], gold_spans(texts[item], rows[item])) for item in rows]
if args.title_case or args.caps or args.caps_all or args.lower:
    written = [(name, lower_case(text) if args.lower else
                capitals(text, args.caps_all) if args.caps or args.caps_all else title_case(text), gold)
               for name, text, gold in docs]
    # The gold's byte offsets hold only if every text keeps its length.
    assert all(len(w.encode('utf-8')) == len(t.encode('utf-8')) for (_, w, _), (_, t, _) in zip(written, docs))
    docs = written
with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False, encoding='utf-8') as f:
    for i, (_, text, _) in enumerate(docs):
        f.write(json.dumps({'id': str(i), 'text': text}) + '\n')
    name = f.name
out = subprocess.run([args.binary, 'annotate', name], capture_output=True, text=True)
if out.returncode != 0:
    sys.exit('annotate failed: ' + out.stderr[-500:])

tmap = {'PERSON': 'PER', 'ORG': 'ORG', 'GPE': 'LOC', 'LOC': 'LOC'}
typed = [0, 0, 0]    # correct, predicted, gold
untyped = [0, 0, 0]
for line in out.stdout.splitlines():
    r = json.loads(line)
    item, text, gold = docs[int(r['id'])]
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
            enc = text.encode('utf-8')
            surface = enc[b:e].decode()
            context = enc[max(0, b - 150):e + 150].decode('utf-8', 'ignore').replace('\n', ' ')
            print('%s %s %s\t%s\t%s' % (mark, label, surface, item, context))
    untyped[0] += len(s2 & g2); untyped[1] += len(s2); untyped[2] += len(g2)


def f1(c):
    p = c[0] / c[1] if c[1] else 0
    r = c[0] / c[2] if c[2] else 0
    return 2 * p * r / (p + r) if p + r else 0, p, r


print('items %d, gold %d, predicted %d' % (len(docs), typed[2], typed[1]))
print('span only F1 %.4f P %.4f R %.4f' % f1(untyped))
print('pipeline NER F1 %.4f P %.4f R %.4f' % f1(typed))
