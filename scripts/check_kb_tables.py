#!/usr/bin/env python3
"""Consistency check for the knowledge-base data tables under data/kb/.

Usage:  python3 scripts/check_kb_tables.py [--kb DIR] [--iso PATH]

Checks (errors make the script exit with status 1):
  * every file is valid UTF-8, uses LF line endings, has no leading or
    trailing spaces (a trailing TAB before an empty last cell is fine), no empty cells around '|' and no blank multi-values;
  * the first line is a '#' comment naming exactly the expected columns;
  * every data row has exactly the expected number of tab-separated columns;
  * ids are unique, ASCII, lowercase, hyphen-separated and carry the right
    prefix ('org:' / 'person:');
  * every country code is a valid ISO 3166-1 alpha-3 code from Debian's
    iso-codes (or XKX for Kosovo, or a former state's ISO 3166-3 code); countries.tsv covers every
    ISO 3166-1 code;
  * organisation types and sectors come from the fixed vocabularies;
  * every parent id and every role object exists; every roles.tsv person_id
    exists in people.tsv;
  * role relations come from the fixed vocabulary, dates are ISO
    (YYYY, YYYY-MM or YYYY-MM-DD) and start <= end;
  * aliases contain no all-lowercase values (aliases match case-sensitively).

Warnings (printed, but not fatal):
  * the same alias / name string used for two different records in a file
    (the loader must treat such strings as ambiguous);
  * person aliases consisting of a single word (possible bare surname).
"""
import argparse
import json
import os
import re
import sys

from kb_table_check import err, errors, read_rows, values as split, warn, warnings

COLUMNS = {
    "countries.tsv": ["iso3", "short_name", "aliases", "demonyms", "capitals", "metonyms"],
    "organizations.tsv": ["id", "type", "name", "aliases", "country", "parent", "sector"],
    "people.tsv": ["id", "name", "aliases", "country", "description"],
    "roles.tsv": ["person_id", "relation", "object", "title", "start", "end"],
}
ORG_TYPES = {"PublicBody", "Organization", "Company"}
SECTORS = {"igo", "government", "legislature", "judiciary", "military", "intelligence",
           "police", "party", "armed_group", "media", "think_tank", "ngo", "business",
           "religious", "education", "sports"}
RELATIONS = {"leader_of", "role_in", "member_of"}
ID_RE = {"org": re.compile(r"^org:[a-z0-9]+(-[a-z0-9]+)*$"),
         "person": re.compile(r"^person:[a-z0-9]+(-[a-z0-9]+)*$")}
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def check_alias_case(name, lineno, values):
    for v in values:
        if v == v.lower() and any(ch.isalpha() for ch in v):
            err(name, lineno, f"all-lowercase alias {v!r} (aliases are case-sensitive)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--kb", default=os.path.join(here, "..", "data", "kb"))
    ap.add_argument("--iso", default="/usr/share/iso-codes/json/iso_3166-1.json")
    args = ap.parse_args()

    with open(args.iso, encoding="utf-8") as fh:
        iso = {c["alpha_3"] for c in json.load(fh)["3166-1"]}
    # Former states (the Soviet Union, Yugoslavia, ...) may have rows under
    # their ISO 3166-3 code; they are not required.
    former = set()
    former_path = os.path.join(os.path.dirname(args.iso), "iso_3166-3.json")
    if os.path.exists(former_path):
        with open(former_path, encoding="utf-8") as fh:
            former = {c["alpha_3"] for c in json.load(fh)["3166-3"]} - iso
    valid_cc = iso | former | {"XKX"}

    # countries
    crow = read_rows(args.kb, "countries.tsv", COLUMNS["countries.tsv"])
    seen = {}
    surface = {}
    for ln, r in crow:
        cc = r["iso3"]
        if cc not in valid_cc:
            err("countries.tsv", ln, f"unknown code {cc}")
        if cc in seen:
            err("countries.tsv", ln, f"duplicate code {cc} (first at line {seen[cc]})")
        seen[cc] = ln
        if not r["short_name"]:
            err("countries.tsv", ln, f"{cc}: empty short_name")
        for col in ("aliases", "demonyms", "capitals", "metonyms"):
            check_alias_case("countries.tsv", ln, split(r[col]))
        if not r["demonyms"]:
            warn("countries.tsv", ln, f"{cc}: no demonym")
        for col in ("short_name", "aliases", "capitals", "metonyms"):
            for v in split(r[col]):
                prev = surface.get(v)
                if prev and prev[0] != cc:
                    warn("countries.tsv", ln, f"{v!r} ({col}) also used for {prev[0]} ({prev[1]})")
                surface.setdefault(v, (cc, col))
    missing = sorted((valid_cc - former) - set(seen))
    if missing:
        err("countries.tsv", 0, f"missing country codes: {' '.join(missing)}")

    # organisations
    orows = read_rows(args.kb, "organizations.tsv", COLUMNS["organizations.tsv"])
    org_ids = {}
    for ln, r in orows:
        oid = r["id"]
        if not ID_RE["org"].match(oid):
            err("organizations.tsv", ln, f"bad id {oid!r}")
        if oid in org_ids:
            err("organizations.tsv", ln, f"duplicate id {oid} (first at line {org_ids[oid]})")
        org_ids[oid] = ln
    osurf = {}
    for ln, r in orows:
        if r["type"] not in ORG_TYPES:
            err("organizations.tsv", ln, f"bad type {r['type']!r}")
        if r["sector"] not in SECTORS:
            err("organizations.tsv", ln, f"bad sector {r['sector']!r}")
        if not r["name"]:
            err("organizations.tsv", ln, "empty name")
        if r["country"] and r["country"] not in valid_cc:
            err("organizations.tsv", ln, f"bad country {r['country']!r}")
        if r["parent"]:
            if r["parent"] not in org_ids:
                err("organizations.tsv", ln, f"unknown parent {r['parent']}")
            if r["parent"] == r["id"]:
                err("organizations.tsv", ln, "org is its own parent")
        check_alias_case("organizations.tsv", ln, split(r["aliases"]))
        for v in [r["name"]] + split(r["aliases"]):
            prev = osurf.get(v)
            if prev and prev != r["id"]:
                warn("organizations.tsv", ln, f"{v!r} used by {r['id']} and {prev}")
            osurf.setdefault(v, r["id"])
    # parent cycles
    parents = {r["id"]: r["parent"] for _, r in orows}
    for oid in parents:
        cur, hops = oid, 0
        while parents.get(cur):
            cur = parents[cur]
            hops += 1
            if cur == oid or hops > 50:
                err("organizations.tsv", org_ids[oid], f"parent cycle at {oid}")
                break

    # people
    prow = read_rows(args.kb, "people.tsv", COLUMNS["people.tsv"])
    person_ids = {}
    psurf = {}
    for ln, r in prow:
        pid = r["id"]
        if not ID_RE["person"].match(pid):
            err("people.tsv", ln, f"bad id {pid!r}")
        if pid in person_ids:
            err("people.tsv", ln, f"duplicate id {pid} (first at line {person_ids[pid]})")
        person_ids[pid] = ln
        if r["country"] and r["country"] not in valid_cc:
            err("people.tsv", ln, f"bad country {r['country']!r}")
        if not r["name"] or not r["description"]:
            err("people.tsv", ln, "empty name or description")
        aliases = split(r["aliases"])
        check_alias_case("people.tsv", ln, aliases)
        for a in aliases:
            if " " not in a and "-" not in a:
                warn("people.tsv", ln, f"{pid}: single-word alias {a!r}")
        for v in [r["name"]] + aliases:
            prev = psurf.get(v)
            if prev and prev != pid:
                warn("people.tsv", ln, f"{v!r} used by {pid} and {prev}")
            psurf.setdefault(v, pid)

    # roles
    rrows = read_rows(args.kb, "roles.tsv", COLUMNS["roles.tsv"])
    seen_roles = set()
    used_people = set()
    for ln, r in rrows:
        if r["person_id"] not in person_ids:
            err("roles.tsv", ln, f"unknown person {r['person_id']}")
        used_people.add(r["person_id"])
        if r["relation"] not in RELATIONS:
            err("roles.tsv", ln, f"bad relation {r['relation']!r}")
        obj = r["object"]
        if obj.startswith("country:"):
            if obj[8:] not in valid_cc:
                err("roles.tsv", ln, f"bad country object {obj}")
        elif obj.startswith("org:"):
            if obj not in org_ids:
                err("roles.tsv", ln, f"unknown org object {obj}")
        else:
            err("roles.tsv", ln, f"object must be country:XXX or org:...: {obj!r}")
        if not r["title"]:
            err("roles.tsv", ln, "empty title")
        for col in ("start", "end"):
            if r[col] and not DATE_RE.match(r[col]):
                err("roles.tsv", ln, f"bad {col} date {r[col]!r}")
        if not r["start"]:
            err("roles.tsv", ln, "empty start date")
        if r["start"] and r["end"] and DATE_RE.match(r["start"]) and DATE_RE.match(r["end"]):
            if r["end"] < r["start"][:len(r["end"])]:
                err("roles.tsv", ln, f"end {r['end']} before start {r['start']}")
        key = (r["person_id"], r["object"], r["title"], r["start"])
        if key in seen_roles:
            err("roles.tsv", ln, f"duplicate role {key}")
        seen_roles.add(key)

    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"countries={len(crow)} organizations={len(orows)} people={len(prow)} "
          f"roles={len(rrows)} people_with_roles={len(used_people)} "
          f"errors={len(errors)} warnings={len(warnings)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
