#!/usr/bin/env python3
"""Bad input never crashes `dossier annotate`: each bad file or record gets a
clear message naming the file (and line), and the good documents still come out.

usage: bad_input_test.py PATH/TO/dossier
"""
import json
import os
import subprocess
import sys
import tempfile


def run(binary, *files):
    p = subprocess.run([binary, "annotate", *files], capture_output=True, timeout=300)
    if p.returncode < 0:
        raise AssertionError("crashed with signal %d on %s" % (-p.returncode, files))
    out = [json.loads(line) for line in p.stdout.decode("utf-8").splitlines() if line.strip()]
    return p.returncode, out, p.stderr.decode("utf-8", "replace")


def check(cond, what):
    if not cond:
        raise AssertionError(what)
    print("ok  ", what)


def main():
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as d:
        def write(name, data):
            path = os.path.join(d, name)
            with open(path, "wb") as f:
                f.write(data)
            return path

        good = write("good.txt", "Iran and North Korea held talks in Pyongyang.".encode())
        empty = write("empty.txt", b"")
        binary_file = write("blob.txt", bytes(range(256)) * 64)
        bad_utf8 = write("latin1.txt", "Caf\xe9 in Tehran.\nSecond line \xff.".encode("latin-1"))
        html = write("page.html", b"<html><head><script>alert('Iran')</script><style>p{}</style></head>"
                     b"<body><nav>Menu</nav><p>North Korea tested a missile on Tuesday.</p></body></html>")
        big = write("big.jsonl", b'{"id":"a","text":"Japan protested."}\n' +
                    b'{"id":"huge","text":"' + b"x" * (50 << 20) + b'"}\n' +
                    b'{"id":"b","text":"Iran visited Syria."}\n')
        jsonl = write("mixed.jsonl", b'{"id":"1","text":"The UN met."}\n{"id":"2","text": broken\n'
                      b'{"id":"3","text":"Iran \xc3\x28 bad"}\n{"id":"4","text":"Israel and Lebanon talked."}\n')
        hugeline = write("oneline.txt", b"word " * (11 << 20))

        rc, out, err = run(binary, empty, good, binary_file, bad_utf8, html, big, jsonl, hugeline)
        check(rc == 0, "exit status 0 when only records are bad (got %d)" % rc)
        ids = [r["id"] for r in out]
        check(ids == ["good.txt", "page.html", "a", "b", "1", "4"], "good documents annotated in order: %s" % ids)
        check("empty.txt" in err and "empty" in err, "empty file reported")
        check("blob.txt" in err and "binary" in err, "binary file reported")
        check("latin1.txt:1: invalid UTF-8" in err, "invalid UTF-8 reported with file and line")
        check("big.jsonl:2: line of" in err, "50 MB JSONL line reported with its line number")
        check("mixed.jsonl:2: malformed JSON" in err, "malformed JSON line reported")
        check("mixed.jsonl:3: invalid UTF-8" in err, "invalid UTF-8 in JSONL reported")
        check("oneline.txt" in err, "oversized plain-text document reported")
        page = out[1]
        check("alert" not in json.dumps(page) and all(m["text"] != "Menu" for m in page["mentions"]),
              "HTML scripts and navigation are not read")

        rc, out, err = run(binary, os.path.join(d, "missing.txt"))
        check(rc != 0 and "missing.txt" in err, "a missing file is an error naming it")
        p = subprocess.run([binary, "annotate", "--no-such-flag", good], capture_output=True)
        check(p.returncode != 0 and b"--no-such-flag" in p.stderr, "unknown flags are rejected by name")

        # Texts cut short: every golden document without its last character,
        # and cut at each sentence's end without the full stop, so that a name
        # or a trigger is the text's last token (rules that look one token past
        # a name must stop at the end).
        golden = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden", "events.jsonl")
        cut = os.path.join(d, "cut.jsonl")
        n = 0
        with open(cut, "w", encoding="utf-8") as f:
            for line in open(golden, encoding="utf-8"):
                doc = json.loads(line)
                text = doc["text"].rstrip()
                ends = [i for i, ch in enumerate(text) if ch == "." and (i + 1 == len(text) or text[i + 1] == " ")]
                for end in sorted(set(ends + [len(text)])):
                    n += 1
                    f.write(json.dumps({"id": "%s-%d" % (doc["id"], end), "date": doc.get("date", "2025-01-01"),
                                        "text": text[:end].rstrip(".")}) + "\n")
        rc, out, err = run(binary, cut)
        check(rc == 0 and len(out) == n, "%d texts cut at a sentence's end are annotated" % n)


if __name__ == "__main__":
    main()
