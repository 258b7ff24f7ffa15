#!/usr/bin/env python3
"""Agreement of a labels file (ours: ID, SPLIT, TYPE, SURFACE[, OCCURRENCE] rows over the
"# text" lines of a UNER .iob2 file) with that file's own gold labels.

Spans are compared by character offsets in each sentence's text: the gold tokens are aligned
to the text, and each labelled surface covers its whole-word occurrences (or only the
OCCURRENCE-th). Types PER / ORG / LOC, GPE folded into LOC, as `dossier eval ner` scores.
With --states-as-loc an ORG whose surface names a state in data/kb/countries.tsv (name,
alias or capital) counts as LOC, the convention our tagger is trained on. With --errors the
disagreements are listed by kind with their context.

usage: scripts/ner_agreement.py LABELS.tsv GOLD.iob2 [--states-as-loc] [--errors]
example: scripts/ner_agreement.py data/eval/ner_ewt_dev_blind.tsv \
             ../shared/data/corpora/uner_english_ewt/en_ewt-ud-dev.iob2 --states-as-loc
"""
import collections
import os
import sys

TYPES = {'PER': 'PER', 'PERSON': 'PER', 'ORG': 'ORG', 'LOC': 'LOC', 'GPE': 'LOC'}


def read_gold(path):
    """sentence id -> (text, set of (begin, end, type)) from a UNER .iob2 file."""
    sents, order, sid, cur = {}, [], None, None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('# sent_id'):
            sid = line.split('=', 1)[1].strip()
        elif line.startswith('# text = '):
            cur = {'text': line[9:], 'toks': []}
            sents[sid] = cur
            order.append(sid)
        elif line and not line.startswith('#') and cur is not None:
            c = line.split('\t')
            cur['toks'].append((c[1], c[2]))
    gold = {}
    for sid, s in sents.items():
        text, pos, offs = s['text'], 0, []
        for w, _ in s['toks']:
            j = text.find(w, pos)
            if j < 0:
                j = pos
            offs.append((j, j + len(w)))
            pos = j + len(w)
        ents, k, toks = set(), 0, s['toks']
        while k < len(toks):
            t = toks[k][1]
            if t.startswith('B-') and t[2:] in TYPES:
                ty, (b, e) = t[2:], offs[k]
                k += 1
                while k < len(toks) and toks[k][1] == 'I-' + ty:
                    e = offs[k][1]
                    k += 1
                ents.add((b, e, TYPES[ty]))
            else:
                k += 1
        gold[sid] = (s['text'], ents)
    return gold, order


def occurrences(text, surface):
    """Offsets of the whole-word occurrences of surface in text."""
    out, i = [], 0
    while True:
        j = text.find(surface, i)
        if j < 0:
            return out
        end = j + len(surface)
        before = j > 0 and (text[j - 1].isalnum() or text[j - 1] == '_')
        after = end < len(text) and (text[end].isalnum() or text[end] == '_')
        if not before and not after:
            out.append(j)
        i = j + 1


def state_names(kb_dir):
    names = set()
    for line in open(os.path.join(kb_dir, 'countries.tsv'), encoding='utf-8'):
        if line.startswith('#'):
            continue
        f = line.rstrip('\n').split('\t')
        if len(f) >= 5:
            names.update(x for x in [f[1]] + f[2].split('|') + f[4].split('|') if x)
    return names


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    if len(args) != 2:
        sys.exit(__doc__)
    labels_path, gold_path = args
    states = None
    if '--states-as-loc' in sys.argv:
        states = state_names(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data', 'kb'))
    gold, order = read_gold(gold_path)
    ours, seen, unknown = collections.defaultdict(set), set(), 0
    for n, line in enumerate(open(labels_path, encoding='utf-8'), 1):
        if not line.strip() or line.startswith('#'):
            continue
        f = line.rstrip('\n').split('\t')
        if len(f) < 3 or f[0] not in gold:
            unknown += 1
            continue
        seen.add(f[0])
        if f[2] == 'NONE':
            continue
        if f[2] not in TYPES or len(f) < 4 or not f[3]:
            sys.exit(f'{labels_path}:{n}: malformed row')
        ty, surface = TYPES[f[2]], f[3]
        if states is not None and ty == 'ORG' and surface in states:
            ty = 'LOC'
        offs = occurrences(gold[f[0]][0], surface)
        if len(f) > 4 and f[4].strip().isdigit():
            k = int(f[4]) - 1
            offs = offs[k:k + 1]
        for j in offs:
            ours[f[0]].add((j, j + len(surface), ty))
    ids = [s for s in order if s in seen]
    g = o = same = 0
    kinds, examples = collections.Counter(), collections.defaultdict(list)
    for sid in ids:
        text, G = gold[sid]
        O = ours[sid]
        g, o, same = g + len(G), o + len(O), same + len(G & O)
        for b, e, t in sorted(G - O):
            exact = [x for x in O if x[0] == b and x[1] == e]
            overlap = [x for x in O if x[0] < e and b < x[1]]
            kind = (f'type {t} (gold) -> {exact[0][2]} (labels)' if exact else
                    f'boundary {t}' if overlap else f'gold only {t}')
            kinds[kind] += 1
            examples[kind].append(f'{text[b:e]}  |  {text[max(0, b - 40):e + 30]}')
        for b, e, t in sorted(O - G):
            if not any(x[0] < e and b < x[1] for x in G):
                kinds[f'labels only {t}'] += 1
                examples[f'labels only {t}'].append(f'{text[b:e]}  |  {text[max(0, b - 40):e + 30]}')
    p, r = same / max(o, 1), same / max(g, 1)
    print(f'sentences {len(ids)} of {len(order)}; rows naming unknown sentences {unknown}')
    for kind, count in kinds.most_common():
        print(f'{count:5d} {kind}')
    if '--errors' in sys.argv:
        for kind, _ in kinds.most_common():
            print(f'\n== {kind}')
            for ex in examples[kind]:
                print('   ', ex)
    print('agreement F1 %.4f P %.4f R %.4f (gold %d, labels %d, same %d)' %
          (2 * p * r / (p + r) if p + r else 0, p, r, g, o, same))


if __name__ == '__main__':
    main()
