#!/usr/bin/env python3
"""End-to-end tests of `dossier ingest` and the query commands.

Usage: store_cli_test.py PATH/TO/dossier
Standard library only. Each test works in its own temporary folder.
"""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import unittest

DOSSIER = None


def run(*args, cwd=None):
    return subprocess.run([DOSSIER, *args], capture_output=True, text=True, cwd=cwd,
                          errors="replace", timeout=600)


def db_rows(db, sql):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def write(path, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode) as f:
        f.write(data)
    return path


TEXT_VISIT = ("Officials met. Kim Yong-Nam visited Iran\u2019s capital in August. "
              "The trip worried Washington.")
TEXT_KOMID = "KOMID shipped parts to Tehran in 2016, officials said."


def span_of(text, needle):
    b = text.encode()
    start = b.find(needle.encode())
    assert start >= 0, needle
    return start, start + len(needle.encode())


def records():
    s1 = span_of(TEXT_VISIT, "Kim Yong-Nam visited Iran\u2019s capital in August.")
    t1 = span_of(TEXT_VISIT, "visited")
    visit = {
        "id": "visit", "date": "2017-11-29", "date_source": "metadata", "text": TEXT_VISIT,
        "sentences": [{"start": 0, "end": 14}, {"start": s1[0], "end": s1[1]}],
        "mentions": [{"start": s1[0], "end": s1[0] + 12, "text": "Kim Yong-Nam", "type": "PERSON",
                      "entity": "person:kim-yong-nam"}],
        "entities": [
            {"id": "person:kim-yong-nam", "name": "Kim Yong-Nam", "type": "Person",
             "country": "PRK", "aliases": ["Kim Yong Nam"], "sanctions": []},
            {"id": "country:IRN", "name": "Iran", "type": "Country", "country": "IRN",
             "aliases": ["Islamic Republic of Iran"], "sanctions": []},
            {"id": "country:PRK", "name": "North Korea", "type": "Country", "country": "PRK",
             "aliases": ["DPRK"], "sanctions": []}],
        "events": [{"id": "visit:e1", "event": "CONSULT", "mode": "visit", "context": [],
                    "cameo": "042", "actor": ["person:kim-yong-nam"], "recipient": ["country:IRN"],
                    "date": "2017-08", "modality": "asserted", "attributed_to": [],
                    "sentence": 1, "start": s1[0], "end": s1[1],
                    "trigger": {"start": t1[0], "end": t1[1]}}],
        "relations": [{"subject": "person:kim-yong-nam", "predicate": "citizen_of",
                       "object": "country:PRK", "sentence": 1, "start": s1[0], "end": s1[1]}],
        "quotes": []}
    s2 = (0, len(TEXT_KOMID.encode()))
    komid = {
        "id": "komid", "date": "2018-01-02", "text": TEXT_KOMID,
        "sentences": [{"start": 0, "end": s2[1]}],
        "mentions": [{"start": 0, "end": 5, "text": "KOMID", "type": "ORG", "entity": "org:komid"}],
        "entities": [
            {"id": "org:komid", "name": "Korea Mining Development Trading Corporation",
             "type": "Company", "country": "PRK", "aliases": ["KOMID"],
             "sanctions": [{"list": "us-ofac-sdn", "ref": "9345",
                            "name": "KOREA MINING DEVELOPMENT TRADING CORPORATION",
                            "programs": ["NPWMD", "DPRK2"], "score": 0.97},
                           {"list": "un-sc-consolidated", "ref": "KPe.001",
                            "name": "KOREA MINING DEVELOPMENT TRADING CORPORATION",
                            "programs": ["DPRK"], "score": 0.95}]},
            {"id": "country:IRN", "name": "Iran", "type": "Country", "country": "IRN",
             "aliases": ["Tehran"], "sanctions": []}],
        "events": [{"id": "komid:e1", "event": "AID", "mode": "", "context": [], "cameo": "07",
                    "actor": ["org:komid"], "recipient": ["country:IRN"], "date": "2016",
                    "modality": "reported", "attributed_to": [], "sentence": 0,
                    "start": 0, "end": s2[1], "trigger": {"start": 6, "end": 13}}],
        "relations": [], "quotes": []}
    return [visit, komid]


class Case(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="dossier_cli_")
        self.dir = self._tmp.name
        self.db = os.path.join(self.dir, "t.db")

    def tearDown(self):
        self._tmp.cleanup()

    def path(self, name):
        return os.path.join(self.dir, name)

    def count(self, db=None):
        return db_rows(db or self.db, "SELECT count(*) FROM documents")[0][0]

    def assert_intact(self, db=None):
        self.assertEqual(db_rows(db or self.db, "PRAGMA integrity_check"), [("ok",)])

    def ingest(self, *args, db=None):
        return run("ingest", "--db", db or self.db, *args)


class IngestTest(Case):
    def corpus(self, n=200):
        lines = [json.dumps({"id": f"d{i}", "date": "2024-01-02",
                             "text": f"Document number {i}. Minister {i} met envoy {i}."})
                 for i in range(n)]
        return write(self.path("docs.jsonl"), "\n".join(lines) + "\n")

    def test_ingesting_twice_stores_nothing_twice(self):
        seed = write(self.path("article.txt"), "A plain article about a visit.\n")
        docs = self.corpus()
        first = self.ingest(seed, docs)
        self.assertEqual(first.returncode, 0, first.stderr)
        self.assertIn("stored 201, skipped 0 already present, 0 errors", first.stdout)
        second = self.ingest("--threads", "2", docs, seed)
        self.assertEqual(second.returncode, 0, second.stderr)
        self.assertIn("stored 0, skipped 201 already present", second.stdout)
        self.assertEqual(self.count(), 201)
        self.assertEqual(db_rows(self.db, "SELECT count(DISTINCT hash) FROM documents")[0][0], 201)
        self.assert_intact()

    def test_threads_store_the_same_documents_in_input_order(self):
        docs = self.corpus(300)
        other = self.path("t2.db")
        self.assertEqual(self.ingest(docs).returncode, 0)
        self.assertEqual(self.ingest("--threads", "2", docs, db=other).returncode, 0)
        order = "SELECT id FROM documents ORDER BY doc"
        self.assertEqual(db_rows(self.db, order), db_rows(other, order))

    def test_bad_inputs_are_reported_and_the_good_ones_stored(self):
        good = write(self.path("good.txt"), "Good text. It is fine.\n")
        empty = write(self.path("empty.txt"), b"")
        binary = write(self.path("binary.txt"), bytes(range(256)) * 4)
        bad_utf8 = write(self.path("bad_utf8.txt"), b"First line.\nSecond \xff\xfe line.\n")
        html = write(self.path("page.html"),
                     "<html><head><title>T</title><script>alert('boom');</script>"
                     "<style>p{}</style></head><body><nav>Home | About</nav>"
                     "<p>Real paragraph of news.</p></body></html>")
        huge = self.path("huge.jsonl")
        with open(huge, "w") as f:
            f.write(json.dumps({"id": "h1", "text": "Before the giant line."}) + "\n")
            f.write('{"id": "giant", "text": "' + "x" * (50 << 20) + '"}\n')
            f.write(json.dumps({"id": "h3", "text": "After the giant line."}) + "\n")
        mixed = write(self.path("mixed.jsonl"),
                      json.dumps({"id": "m1", "text": "One."}) + "\n"
                      + '{"id": "m2", "text": "unterminated\n'
                      + json.dumps({"id": "m3", "text": "Three."}) + "\n")
        r = self.ingest(good, empty, binary, bad_utf8, html, huge, mixed)
        self.assertEqual(r.returncode, 0, r.stderr)
        for expected in (empty + ":", binary + ":", bad_utf8 + ":2:", huge + ":2:",
                         mixed + ":2:"):
            self.assertIn(expected, r.stderr)
        self.assertIn("5 errors", r.stdout)
        ids = sorted(x for (x,) in db_rows(self.db, "SELECT id FROM documents"))
        self.assertEqual(ids, ["good.txt", "h1", "h3", "m1", "m3", "page.html"])
        page = db_rows(self.db, "SELECT text FROM documents WHERE id = 'page.html'")[0][0]
        self.assertIn("Real paragraph", page)
        self.assertNotIn("alert", page)
        self.assert_intact()

    def test_files_after_repeated_sanctions_flags_are_inputs(self):
        shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared")
        lists = [os.path.join(shared, "data/sanctions/ofac_sdn_2024-05-03/sdn.csv"),
                 os.path.join(shared, "data/sanctions/un_consolidated_2025-08-02")]
        if not all(os.path.exists(p) for p in lists):
            self.skipTest("../shared sanctions lists not present")
        a = write(self.path("a.txt"), "First document.\n")
        b = write(self.path("b.txt"), "Second document.\n")
        r = self.ingest("--sanctions", lists[0], "--sanctions", lists[1], a, b)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(self.count(), 2)

    def test_missing_file_fails_but_the_rest_is_stored(self):
        good = write(self.path("good.txt"), "Good text.\n")
        r = self.ingest(self.path("missing.txt"), good)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("missing.txt", r.stderr)
        self.assertEqual(self.count(), 1)

    def test_unusable_flags_and_databases_fail(self):
        good = write(self.path("good.txt"), "Good text.\n")
        not_db = write(self.path("not.db"), "plain text, not a database\n" * 100)
        for args in (["--threads", "0", good], ["--date", "yesterday", good],
                     ["--db", self.dir, good], ["--db", not_db, good],
                     ["--db", self.path("no/such/dir/x.db"), good], ["--no-such-flag", good]):
            r = run("ingest", *args)
            self.assertNotEqual(r.returncode, 0, args)
            self.assertTrue(r.stderr.strip(), args)
        with open(not_db) as f:
            self.assertEqual(f.read(), "plain text, not a database\n" * 100)


class QueryTest(Case):
    def setUp(self):
        super().setUp()
        recs = write(self.path("records.jsonl"),
                     "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records()))
        r = self.ingest("--records", recs)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("stored 2", r.stdout)

    def query(self, *args):
        r = run(*args[:1], "--db", self.db, *args[1:])
        return r

    def test_entity_profile_shows_sanctions_and_evidence(self):
        r = self.query("entity", "komid")
        self.assertEqual(r.returncode, 0, r.stderr)
        for expected in ("Korea Mining Development Trading Corporation", "[org:komid]",
                         "us-ofac-sdn 9345", "NPWMD, DPRK2", "un-sc-consolidated KPe.001",
                         "country: PRK", "AID", "KOMID shipped parts", "mentions: 1 in 1"):
            self.assertIn(expected, r.stdout)
        j = self.query("entity", "KOMID", "--json")
        lines = j.stdout.splitlines()
        self.assertEqual(len(lines), 1)
        profile = json.loads(lines[0])
        self.assertEqual(profile["id"], "org:komid")
        self.assertEqual({h["ref"] for h in profile["sanctions"]}, {"9345", "KPe.001"})
        self.assertEqual(profile["mentions"]["count"], 1)

    def test_relation_timeline_counts_nationals_oldest_first(self):
        r = self.query("relation", "Iran", "North Korea")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("2 event(s)", r.stdout)
        aid, consult = r.stdout.find("AID"), r.stdout.find("CONSULT/visit")
        self.assertTrue(0 <= aid < consult, r.stdout)
        self.assertIn("Kim Yong-Nam → Iran", r.stdout)
        self.assertIn("\u201cKim Yong-Nam visited Iran\u2019s capital in August.\u201d", r.stdout)
        self.assertIn("(reported)", r.stdout)
        j = self.query("relation", "dprk", "islamic republic of iran", "--json")
        events = [json.loads(x) for x in j.stdout.splitlines()]
        self.assertEqual([e["event"] for e in events], ["AID", "CONSULT"])
        self.assertEqual(events[1]["actor"], [{"id": "person:kim-yong-nam", "name": "Kim Yong-Nam"}])
        self.assertEqual(events[1]["evidence"]["document"]["id"], "visit")
        rel = self.query("relation", "Kim Yong-Nam", "North Korea")
        self.assertIn("Kim Yong-Nam citizen_of North Korea", rel.stdout)

    def test_events_filters(self):
        cases = [([], 2), (["--entity", "Iran"], 2), (["--type", "consult"], 1),
                 (["--from", "2017"], 1), (["--to", "2016-12"], 1),
                 (["--entity", "komid", "--from", "2016", "--to", "2016"], 1), (["--limit", "1"], 1)]
        for args, n in cases:
            r = self.query("events", *args, "--json")
            self.assertEqual(r.returncode, 0, (args, r.stderr))
            self.assertEqual(len(r.stdout.splitlines()), n, args)
        bad = self.query("events", "--from", "last week")
        self.assertEqual(bad.returncode, 1)
        self.assertIn("YYYY", bad.stderr)

    def test_search_returns_snippets(self):
        r = self.query("search", "visited", "capital")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("visit", r.stdout)
        self.assertIn("[visited]", r.stdout)
        j = self.query("search", "--json", "tehran")
        self.assertEqual([json.loads(x)["id"] for x in j.stdout.splitlines()], ["komid"])
        for odd in ('"', "AND", "(", "x*", "NEAR("):
            self.assertIn(self.query("search", odd).returncode, (0,), odd)

    def test_unknown_names_get_suggestions(self):
        r = self.query("entity", "Korea Mining")
        self.assertEqual(r.returncode, 3)
        self.assertIn("did you mean", r.stderr)
        self.assertIn("org:komid", r.stderr)
        r = self.query("relation", "Iran", "Atlantis")
        self.assertEqual(r.returncode, 3)
        self.assertIn("Atlantis", r.stderr)

    def test_queries_never_create_a_database(self):
        missing = self.path("missing.db")
        r = run("entity", "--db", missing, "Iran")
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("no such database", r.stderr)
        self.assertFalse(os.path.exists(missing))

    def test_bad_records_are_reported(self):
        good = records()[0]
        good["id"] = "again"
        good["text"] = good["text"] + " "
        outside = dict(good, id="outside", text="short")
        wrong_type = dict(records()[1], id="wrong", text="Other text.")
        wrong_type["events"] = [dict(wrong_type["events"][0], sentence="three", start=0, end=3)]
        path = write(self.path("bad.jsonl"), "\n".join(
            [json.dumps(good), json.dumps(outside), "not json", json.dumps(wrong_type),
             json.dumps({"id": "notext"})]) + "\n")
        r = self.ingest("--records", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        for line in (2, 3, 4, 5):
            self.assertIn(f"{path}:{line}:", r.stderr)
        self.assertIn("stored 1,", r.stdout)
        self.assert_intact()


if __name__ == "__main__":
    DOSSIER = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
