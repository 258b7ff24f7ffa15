#!/usr/bin/env python3
"""Consistency check for data/kb/places.tsv and data/kb/groups.tsv.

Usage:  python3 scripts/check_places_tables.py [--kb DIR] [--iso PATH]

Errors (exit status 1):
  * file not UTF-8, CR line endings, missing final newline;
  * first line is not a '#' comment naming exactly the expected columns;
  * a data row without exactly the expected number of tab-separated columns;
  * leading/trailing spaces in a cell, empty values or spaces around '|';
  * ids not unique, or not 'loc:' / 'group:' + lowercase ASCII hyphen slug;
    a places.tsv id of a place with a country must end in '-' + lowercase iso3;
  * type other than 'Location' (places.tsv); kind outside the vocabulary;
  * country not an ISO 3166-1 alpha-3 code from Debian's iso-codes (or XKX);
    admin1 rows without a country; continent and sea rows with one;
  * a name or alias that does not start with an upper-case letter or digit
    (names match case-sensitively), or is shorter than three characters;
  * an alias repeated in its row or equal to the row's name;
  * a name or alias that is already a country short name, alias, demonym
    (or its plural in -s), capital or metonym in countries.tsv.

Warnings (printed, not fatal):
  * the same surface string used by two records of the same file, or by a
    place and a group (the loader must treat it as ambiguous);
  * a surface string that is also an organisation name or alias in
    organizations.tsv.
"""
import argparse
import json
import os
import re
import sys

from kb_table_check import err, errors, read_rows, values, warn, warnings

COLUMNS = {
    "places.tsv": ["id", "type", "name", "aliases", "country", "kind"],
    "groups.tsv": ["id", "name", "aliases", "country", "kind"],
}
KINDS = {
    "places.tsv": {"admin1", "region", "continent", "sea", "geo"},
    "groups.tsv": {"religion", "sect", "ethnic", "indigenous"},
}
PREFIX = {"places.tsv": "loc", "groups.tsv": "group"}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kb", default=os.path.join(here, "..", "data", "kb"))
    ap.add_argument("--iso", default="/usr/share/iso-codes/json/iso_3166-1.json")
    args = ap.parse_args()

    with open(args.iso, encoding="utf-8") as fh:
        iso3 = {e["alpha_3"] for e in json.load(fh)["3166-1"]} | {"XKX"}
    former_path = os.path.join(os.path.dirname(args.iso), "iso_3166-3.json")
    if os.path.exists(former_path):  # former states' ISO 3166-3 codes
        with open(former_path, encoding="utf-8") as fh:
            iso3 |= {e["alpha_3"] for e in json.load(fh)["3166-3"]}

    # Surface strings already owned by countries.tsv.
    country_strings = {}
    with open(os.path.join(args.kb, "countries.tsv"), encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            for col, cell in enumerate(cells[1:], start=1):
                for v in values(cell):
                    country_strings[v] = cells[0]
                    if col == 3:  # demonyms: the loader derives plurals
                        country_strings.setdefault(v + "s", cells[0])
    org_strings = {}
    with open(os.path.join(args.kb, "organizations.tsv"), encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) > 3:
                for v in [cells[2]] + values(cells[3]):
                    org_strings[v] = cells[0]

    surface_owner = {}  # string -> (file, id) of first user across both files
    for name, columns in COLUMNS.items():
        if not os.path.exists(os.path.join(args.kb, name)):
            err(name, 0, "missing file")
            continue
        rows = read_rows(args.kb, name, columns)
        id_re = re.compile(r"^%s:[a-z0-9]+(-[a-z0-9]+)*$" % PREFIX[name])
        seen_ids = {}
        in_file = {}
        for n, r in rows:
            rid = r["id"]
            if not id_re.match(rid):
                err(name, n, f"bad id {rid!r}")
            if rid in seen_ids:
                err(name, n, f"duplicate id {rid} (first on line {seen_ids[rid]})")
            seen_ids.setdefault(rid, n)
            if name == "places.tsv" and r["type"] != "Location":
                err(name, n, f"type must be 'Location', got {r['type']!r}")
            kind = r["kind"]
            if kind not in KINDS[name]:
                err(name, n, f"kind {kind!r} not in {sorted(KINDS[name])}")
            c = r["country"]
            if c and c not in iso3:
                err(name, n, f"country {c!r} is not an ISO 3166-1 alpha-3 code")
            if name == "places.tsv":
                if kind == "admin1" and not c:
                    err(name, n, "admin1 row without a country")
                if kind in ("continent", "sea") and c:
                    err(name, n, f"{kind} row with a country")
                if c and not rid.endswith("-" + c.lower()):
                    err(name, n, f"id {rid} should end in -{c.lower()}")
                if not c and re.search(r"-[a-z]{3}$", rid) and rid[-3:].upper() in iso3:
                    warn(name, n, f"id {rid} ends like an iso3 code but the row has no country")
            aliases = values(r["aliases"])
            for v in aliases:
                if v == "" or v != v.strip():
                    err(name, n, f"empty value or space around '|' in {r['aliases']!r}")
            if len(set(aliases)) != len(aliases):
                err(name, n, "alias repeated in row")
            if r["name"] in aliases:
                err(name, n, "alias equal to the name")
            for v in [r["name"]] + aliases:
                if not v:
                    continue
                if not (v[0].isupper() or v[0].isdigit()):
                    err(name, n, f"{v!r} does not start with a capital letter")
                if len(v) < 3:
                    err(name, n, f"{v!r} is shorter than three characters")
                if v in country_strings:
                    err(name, n, f"{v!r} is already in countries.tsv ({country_strings[v]})")
                if v in org_strings:
                    warn(name, n, f"{v!r} is also an organisation ({org_strings[v]})")
                if v in in_file and in_file[v] != rid:
                    warn(name, n, f"{v!r} shared with {in_file[v]}")
                in_file.setdefault(v, rid)
                prev = surface_owner.get(v)
                if prev and prev[0] != name:
                    warn(name, n, f"{v!r} shared with {prev[1]} in {prev[0]}")
                surface_owner.setdefault(v, (name, rid))
        print(f"{name}: {len(rows)} rows")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
