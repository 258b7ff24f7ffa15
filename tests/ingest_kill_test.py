#!/usr/bin/env python3
"""Killing `dossier ingest` mid-run loses at most the open batch and never
corrupts the database; running it again stores every document exactly once.

Usage: ingest_kill_test.py PATH/TO/dossier
Standard library only.
"""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest

DOSSIER = None
DOCUMENTS = 20000


def count(db):
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0  # not created or not migrated yet


class KillTest(unittest.TestCase):
    def test_kill_then_rerun_stores_each_document_once(self):
        with tempfile.TemporaryDirectory(prefix="dossier_kill_") as tmp:
            corpus = os.path.join(tmp, "corpus.jsonl")
            with open(corpus, "w") as f:
                for i in range(DOCUMENTS):
                    sentences = " ".join(f"Envoy {i} met minister {j} in city {i % 97}."
                                         for j in range(12))
                    f.write(json.dumps({"id": f"doc-{i}", "date": "2024-03-01",
                                        "text": f"Report {i}. {sentences}"}) + "\n")
            db = os.path.join(tmp, "kill.db")
            killed_at = None
            # The first run dies by SIGKILL once some batches are committed.
            proc = subprocess.Popen([DOSSIER, "ingest", "--db", db, corpus],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 300
            while proc.poll() is None and time.monotonic() < deadline:
                n = count(db)
                if n >= 4096:
                    proc.send_signal(signal.SIGKILL)
                    killed_at = n
                    break
                time.sleep(0.005)
            proc.wait()
            if killed_at is None:
                self.skipTest("ingest finished before it could be killed")
            self.assertEqual(proc.returncode, -signal.SIGKILL)
            after_kill = count(db)
            self.assertGreaterEqual(after_kill, killed_at)
            self.assertLess(after_kill, DOCUMENTS)
            self.assertEqual(after_kill % 64, 0, "only whole batches are committed")
            print(f"killed with {killed_at} documents committed, {after_kill} after", file=sys.stderr)

            rerun = subprocess.run([DOSSIER, "ingest", "--db", db, corpus],
                                   capture_output=True, text=True, timeout=600)
            self.assertEqual(rerun.returncode, 0, rerun.stderr)
            self.assertIn(f"skipped {after_kill} already present", rerun.stdout)

            con = sqlite3.connect(db)
            try:
                self.assertEqual(con.execute("PRAGMA integrity_check").fetchall(), [("ok",)])
                con.execute("INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')")
                ids = [r[0] for r in con.execute("SELECT id FROM documents")]
                self.assertEqual(len(ids), DOCUMENTS)
                self.assertEqual(sorted(ids), sorted(f"doc-{i}" for i in range(DOCUMENTS)))
                orphans = con.execute("SELECT count(*) FROM sentences WHERE doc NOT IN"
                                      " (SELECT doc FROM documents)").fetchone()[0]
                self.assertEqual(orphans, 0)
            finally:
                con.close()


if __name__ == "__main__":
    DOSSIER = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
