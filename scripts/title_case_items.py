#!/usr/bin/env python3
"""Writes news items (JSON Lines with a "text") rewritten so that their capitals say nothing
about names: the first sentence of each line as a headline in title case (default) or in
capitals (--caps), the whole text in capitals (--caps-all) or in lower case (--lower); the
bytes change only in ASCII letters' case, so every offset holds. `dossier eval plover
--items` reads the output; scripts/eval_pipeline_news.py --title-case / --caps / --caps-all /
--lower use the same functions. They measure src/nlp/truecase.h.

usage: scripts/title_case_items.py [--caps | --caps-all | --lower] IN.jsonl > OUT.jsonl
"""
import json
import re
import sys

# Words a headline in title case leaves in lower case (AP style: articles,
# conjunctions and prepositions of three letters or fewer).
HEADLINE_LOWER = {'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'as',
                  'up', 'via'}


def title_case(text):
    """The first sentence of each line written as a headline: each word of ASCII
    letters capitalised except HEADLINE_LOWER after the line's first word."""
    out = []
    for line in text.split('\n'):
        end = re.search(r'[.!?]["\'\u201d\u2019)]*\s+(?=[A-Z])', line)
        head, rest = (line[:end.end()], line[end.end():]) if end else (line, '')

        def word(m):
            w = m.group(0)
            return w if m.start() > 0 and w in HEADLINE_LOWER else w[0].upper() + w[1:]
        out.append(re.sub(r'(?<![\w\'\u2019])[a-z]+(?![A-Za-z])', word, head) + rest)
    return '\n'.join(out)


def lower_case(text):
    """All the text in ASCII lower case, as chat and search boxes write it."""
    return re.sub(r'[A-Z]+', lambda m: m.group(0).lower(), text)


def capitals(text, whole=False):
    """The first sentence of each line (`whole`: all the text) in ASCII capitals."""
    if whole:
        return re.sub(r'[a-z]+', lambda m: m.group(0).upper(), text)
    out = []
    for line in text.split('\n'):
        end = re.search(r'[.!?]["\'\u201d\u2019)]*\s+(?=[A-Z])', line)
        head, rest = (line[:end.end()], line[end.end():]) if end else (line, '')
        out.append(re.sub(r'[a-z]+', lambda m: m.group(0).upper(), head) + rest)
    return '\n'.join(out)


if __name__ == '__main__':
    caps, whole, lower = '--caps' in sys.argv[1:], '--caps-all' in sys.argv[1:], '--lower' in sys.argv[1:]
    path = [a for a in sys.argv[1:] if not a.startswith('--')][0]
    with open(path, encoding='utf-8') as f:
        for line in f:
            item = json.loads(line)
            item['text'] = (lower_case(item['text']) if lower else
                            capitals(item['text'], whole) if caps or whole else title_case(item['text']))
            print(json.dumps(item, ensure_ascii=False))
