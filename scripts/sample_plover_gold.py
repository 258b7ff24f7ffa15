#!/usr/bin/env python3
"""Draw the reproducible sample behind data/eval/plover_wcep.tsv.

Usage:  python3 scripts/sample_plover_gold.py [--input PATH] [-n 300] [--offset 0]
                                              [--seed 20261129]

Reads the Wikipedia Current Events items (one JSON object per line) from
../shared at run time -- the item texts are never copied into this
repository -- shuffles the list of all items (in file order) with
random.Random(SEED), keeps those whose category is exactly one of the six
news categories below (the mix is whatever the shuffle gives) and prints the
ids of the first N, one per line, in sample order.  With --offset K the
first K qualifying items are skipped, so the same shuffle can be continued:
`--offset 300 -n 300` prints sampled items 301-600, `--offset 600 -n 300`
sampled items 601-900, `--offset 900 -n 300` sampled items 901-1200,
`--offset 1200 -n 300` sampled items 1201-1500, `--offset 1500 -n 300`
sampled items 1501-1800, `--offset 1800 -n 300` sampled items 1801-2100,
`--offset 2100 -n 300` sampled items 2101-2400, `--offset 2400 -n 300`
sampled items 2401-2700, `--offset 2700 -n 300` sampled items 2701-3000
`--offset 3000 -n 300` sampled items 3001-3300, `--offset 3300 -n 300`
sampled items 3301-3600, `--offset 3600 -n 300` sampled items 3601-3900,
`--offset 3900 -n 300` sampled items 3901-4200, `--offset 4200 -n 300`
sampled items 4201-4500, `--offset 4500 -n 300` sampled items 4501-4800,
`--offset 4800 -n 300` sampled items 4801-5100, `--offset 5100 -n 300` sampled
items 5101-5400, `--offset 5400 -n 300` sampled items 5401-5700, `--offset 5700
-n 300` sampled items 5701-6000, `--offset 6000 -n 300` sampled items 6001-6300,
`--offset 6300 -n 300` sampled items 6301-6600, `--offset 6600 -n 300` sampled items
6601-6900, `--offset 6900 -n 300` sampled items 6901-7200, `--offset 7200 -n 300`
sampled items 7201-7500, `--offset 7500 -n 300` sampled items 7501-7800, `--offset 7800 -n
300` sampled items 7801-8100, `--offset 8100 -n 300` sampled items 8101-8400, `--offset 8400
-n 300` sampled items 8401-8700 and `--offset 8700 -n 271` sampled items 8701-8971, the last
ones the sample holds (8,971 items qualify).
The category match is exact on purpose: two items with misspelt category
names (e.g. "Attacks and armed conflicts") fall among sampled items 1801-2100
(a third right after the 3,348th pick, a fourth after the 4,058th and a fifth after the
5,531st), and normalising the names would insert them and shift
items 1868 onwards.

Splits in data/eval/plover_wcep.tsv (sample positions, 1-based):
  dev   1-200      python3 scripts/sample_plover_gold.py -n 200
        301-600    python3 scripts/sample_plover_gold.py --offset 300 -n 300
        701-900    python3 scripts/sample_plover_gold.py --offset 700 -n 200
        1001-1200  python3 scripts/sample_plover_gold.py --offset 1000 -n 200
        1201-1400  python3 scripts/sample_plover_gold.py --offset 1200 -n 200
        1501-1700  python3 scripts/sample_plover_gold.py --offset 1500 -n 200
        1801-2000  python3 scripts/sample_plover_gold.py --offset 1800 -n 200
        2101-2300  python3 scripts/sample_plover_gold.py --offset 2100 -n 200
        2401-2600  python3 scripts/sample_plover_gold.py --offset 2400 -n 200
        2701-2900  python3 scripts/sample_plover_gold.py --offset 2700 -n 200
        3001-3200  python3 scripts/sample_plover_gold.py --offset 3000 -n 200
        3301-3500  python3 scripts/sample_plover_gold.py --offset 3300 -n 200
        3601-3800  python3 scripts/sample_plover_gold.py --offset 3600 -n 200
        3901-4100  python3 scripts/sample_plover_gold.py --offset 3900 -n 200
        4201-4400  python3 scripts/sample_plover_gold.py --offset 4200 -n 200
        4501-4700  python3 scripts/sample_plover_gold.py --offset 4500 -n 200
        4801-5000  python3 scripts/sample_plover_gold.py --offset 4800 -n 200
        5101-5300  python3 scripts/sample_plover_gold.py --offset 5100 -n 200
        5401-5600  python3 scripts/sample_plover_gold.py --offset 5400 -n 200
        5701-5900  python3 scripts/sample_plover_gold.py --offset 5700 -n 200
        6001-6200  python3 scripts/sample_plover_gold.py --offset 6000 -n 200
        6301-6500  python3 scripts/sample_plover_gold.py --offset 6300 -n 200
        6601-6800  python3 scripts/sample_plover_gold.py --offset 6600 -n 200
        6901-7100  python3 scripts/sample_plover_gold.py --offset 6900 -n 200
        7201-7400  python3 scripts/sample_plover_gold.py --offset 7200 -n 200
        7501-7700  python3 scripts/sample_plover_gold.py --offset 7500 -n 200
        7801-8000  python3 scripts/sample_plover_gold.py --offset 7800 -n 200
        8101-8300  python3 scripts/sample_plover_gold.py --offset 8100 -n 200
        8401-8600  python3 scripts/sample_plover_gold.py --offset 8400 -n 200
        8701-8900  python3 scripts/sample_plover_gold.py --offset 8700 -n 200
  test  201-300    python3 scripts/sample_plover_gold.py --offset 200 -n 100
        601-700    python3 scripts/sample_plover_gold.py --offset 600 -n 100
        901-1000   python3 scripts/sample_plover_gold.py --offset 900 -n 100
        1401-1500  python3 scripts/sample_plover_gold.py --offset 1400 -n 100
        1701-1800  python3 scripts/sample_plover_gold.py --offset 1700 -n 100
        2001-2100  python3 scripts/sample_plover_gold.py --offset 2000 -n 100
        2301-2400  python3 scripts/sample_plover_gold.py --offset 2300 -n 100
        2601-2700  python3 scripts/sample_plover_gold.py --offset 2600 -n 100
        2901-3000  python3 scripts/sample_plover_gold.py --offset 2900 -n 100
        3201-3300  python3 scripts/sample_plover_gold.py --offset 3200 -n 100
        3501-3600  python3 scripts/sample_plover_gold.py --offset 3500 -n 100
        3801-3900  python3 scripts/sample_plover_gold.py --offset 3800 -n 100
        4101-4200  python3 scripts/sample_plover_gold.py --offset 4100 -n 100
        4401-4500  python3 scripts/sample_plover_gold.py --offset 4400 -n 100
        4701-4800  python3 scripts/sample_plover_gold.py --offset 4700 -n 100
        5001-5100  python3 scripts/sample_plover_gold.py --offset 5000 -n 100
        5301-5400  python3 scripts/sample_plover_gold.py --offset 5300 -n 100
        5601-5700  python3 scripts/sample_plover_gold.py --offset 5600 -n 100
        5901-6000  python3 scripts/sample_plover_gold.py --offset 5900 -n 100
        6201-6300  python3 scripts/sample_plover_gold.py --offset 6200 -n 100
        6501-6600  python3 scripts/sample_plover_gold.py --offset 6500 -n 100
        6801-6900  python3 scripts/sample_plover_gold.py --offset 6800 -n 100
        7101-7200  python3 scripts/sample_plover_gold.py --offset 7100 -n 100
        7401-7500  python3 scripts/sample_plover_gold.py --offset 7400 -n 100
        7701-7800  python3 scripts/sample_plover_gold.py --offset 7700 -n 100
        8001-8100  python3 scripts/sample_plover_gold.py --offset 8000 -n 100
        8301-8400  python3 scripts/sample_plover_gold.py --offset 8300 -n 100
        8601-8700  python3 scripts/sample_plover_gold.py --offset 8600 -n 100
        8901-8971  python3 scripts/sample_plover_gold.py --offset 8900 -n 71
Items 601-900 were labelled together from `--offset 600 -n 300` (test 601-700,
dev 701-900), items 901-1200 from `--offset 900 -n 300` (test 901-1000,
dev 1001-1200), items 1201-1500 from `--offset 1200 -n 300` (test
1401-1500, dev 1201-1400), items 1501-1800 from `--offset 1500 -n 300`
(dev 1501-1700, test 1701-1800), items 1801-2100 from `--offset 1800 -n 300`
(dev 1801-2000, test 2001-2100), items 2101-2400 from `--offset 2100 -n 300`
(dev 2101-2300, test 2301-2400), items 2401-2700 from `--offset 2400 -n 300`
(dev 2401-2600, test 2601-2700), items 2701-3000 from `--offset 2700 -n 300`
(dev 2701-2900, test 2901-3000), items 3001-3300 from `--offset 3000 -n 300`
(dev 3001-3200, test 3201-3300), items 3301-3600 and 3601-3900 from
`--offset 3300 -n 300` and `--offset 3600 -n 300`, and items 3901-4200 and
4201-4500 from `--offset 3900 -n 300` and `--offset 4200 -n 300`, and items
4501-4800, 4801-5100, 5101-5400, 5401-5700, 5701-6000, 6001-6300, 6301-6600, 6601-6900, 6901-7200 and 7201-7500 from
`--offset 4500 -n 300`, `--offset 4800 -n 300`, `--offset 5100 -n 300`, `--offset 5400
-n 300`, `--offset 5700 -n 300`, `--offset 6000 -n 300`, `--offset 6300 -n 300`, `--offset
6600 -n 300`, `--offset 6900 -n 300` and `--offset 7200 -n 300` (dev the first 200 of each),
and items 7501-8971 from `--offset 7500 -n 300`, `--offset 7800 -n 300`, `--offset 8100 -n
300`, `--offset 8400 -n 300` and `--offset 8700 -n 271` (dev the first 200 of each).
"""
import argparse
import json
import os
import random
import sys

CATEGORIES = (
    "Armed conflicts and attacks",
    "International relations",
    "Politics and elections",
    "Law and crime",
    "Business and economy",
    "Disasters and accidents",
)

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_INPUT = os.path.normpath(
    os.path.join(HERE, "..", "..", "shared", "data", "news", "wcep", "events.jsonl"))


def sample(path, n, seed, offset=0):
    with open(path, encoding="utf-8") as f:
        items = [json.loads(line) for line in f if line.strip()]
    random.Random(seed).shuffle(items)
    eligible = [it for it in items if it.get("category") in CATEGORIES]
    return eligible[offset:offset + n]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", default=DEFAULT_INPUT)
    ap.add_argument("-n", type=int, default=300)
    ap.add_argument("--offset", type=int, default=0,
                    help="skip the first K qualifying items of the shuffle (default 0)")
    ap.add_argument("--seed", type=int, default=20261129)
    args = ap.parse_args()
    if args.offset < 0:
        ap.error("--offset must be >= 0")
    picked = sample(args.input, args.n, args.seed, args.offset)
    if len(picked) < args.n:
        sys.exit(f"only {len(picked)} eligible items after offset {args.offset} in {args.input}")
    for it in picked:
        print(it["id"])


if __name__ == "__main__":
    main()
