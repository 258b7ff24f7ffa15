"""What the data/kb table checkers share: the error and warning lists, the
reading of a TSV table with its format checks, and multi-value cells.

Used by scripts/check_kb_tables.py and scripts/check_places_tables.py.
"""
import os

errors = []
warnings = []


def err(name, lineno, msg):
    errors.append(f"{name}:{lineno}: {msg}")


def warn(name, lineno, msg):
    warnings.append(f"{name}:{lineno}: {msg}")


def values(cell):
    """The '|'-separated values of a cell ([] for an empty cell)."""
    return cell.split("|") if cell else []


def read_rows(kb, name, columns):
    """[(line number, {column: cell})] for the data rows of data/kb/<name>.

    Reports (as errors) text that is not UTF-8, CR line endings, a missing
    final newline, a first line that is not a '#' comment naming exactly
    `columns`, blank lines, leading or trailing spaces, rows without exactly
    len(columns) cells, and cells with surrounding spaces or empty or padded
    '|'-separated values. A trailing TAB before an empty last cell is fine.
    """
    with open(os.path.join(kb, name), "rb") as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(name, 0, f"not UTF-8: {exc}")
        return []
    if "\r" in text:
        err(name, 0, "contains CR characters (use LF line endings)")
    if not text.endswith("\n"):
        err(name, 0, "file does not end with a newline")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or not lines[0].startswith("#"):
        err(name, 1, "first line must be a '#' comment naming the columns")
    elif lines[0].lstrip("#").strip().split("\t") != columns:
        err(name, 1, f"header must be '#{chr(9).join(columns)}'")
    rows = []
    for n, line in enumerate(lines, 1):
        if line.startswith("#"):
            continue
        if not line.strip():
            err(name, n, "blank line")
            continue
        if line != line.rstrip(" ") or line != line.lstrip(" "):
            err(name, n, "leading or trailing space")
        cells = line.split("\t")
        if len(cells) != len(columns):
            err(name, n, f"{len(cells)} columns, expected {len(columns)}: {line[:80]!r}")
            continue
        for c in cells:
            if c != c.strip():
                err(name, n, f"cell with surrounding spaces: {c!r}")
            if c and ("||" in c or c.startswith("|") or c.endswith("|")):
                err(name, n, f"empty multi-value in cell: {c!r}")
            if c and any(v != v.strip() for v in c.split("|")):
                err(name, n, f"multi-value with surrounding spaces: {c!r}")
        rows.append((n, dict(zip(columns, cells))))
    return rows
