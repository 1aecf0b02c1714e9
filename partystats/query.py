"""``partystats query``: SQL on the published release, printed as a table, CSV or JSON.

The database is opened read-only with external file access disabled: the
command answers questions about the current release and nothing else (the
release's tables live inside the file, see database.py), so it is safe to
wrap in scripts or a service.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

import duckdb

from partystats.releases import DATABASE

FORMATS = ("table", "csv", "json")
FETCH_ROWS = 10_000  # csv/json stream in batches of this many rows
MAX_CELL = 60  # table format: longer cells are cut with an ellipsis


class QueryError(Exception):
    """A one-line, user-facing reason the query could not run."""


def open_release(outputs: Path) -> duckdb.DuckDBPyConnection:
    db = outputs / DATABASE
    if not db.is_file():
        raise QueryError(f"no published release in {outputs} (run `partystats refresh` first)")
    try:
        return duckdb.connect(str(db), read_only=True, config={"enable_external_access": False})
    except duckdb.Error as exc:
        raise QueryError(f"cannot open {db}: {first_line(exc)}") from exc


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def run(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
    """Execute ``sql``; return column names and a lazy row iterator."""
    try:
        cur = con.execute(sql)
    except duckdb.Error as exc:
        raise QueryError(first_line(exc)) from exc
    if cur.description is None:
        return [], iter(())
    columns = [d[0] for d in cur.description]

    def rows() -> Iterator[tuple[Any, ...]]:
        while True:
            try:
                batch = cur.fetchmany(FETCH_ROWS)
            except duckdb.Error as exc:
                raise QueryError(first_line(exc)) from exc
            if not batch:
                return
            yield from batch

    return columns, rows()


def plain(value: Any) -> Any:
    """A JSON-able version of a DuckDB value."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def text_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):  # 13000.0 -> 13000, 98.5 -> 98.5
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def width(text: str) -> int:
    """Display width: CJK and full-width characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def clip(text: str, limit: int) -> str:
    text = text.replace("\n", "⏎").replace("\t", " ")
    if width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        w = width(ch)
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def pad(text: str, size: int, right: bool) -> str:
    gap = " " * (size - width(text))
    return gap + text if right else text + gap


def write_table(columns: Sequence[str], rows: Iterator[tuple[Any, ...]], out: TextIO) -> int:
    """An aligned text table (numbers right-aligned); returns the row count."""
    cells = [[clip(text_cell(v), MAX_CELL) for v in row] for row in rows]
    raw_rows = len(cells)
    numeric = [True] * len(columns)
    widths = [width(c) for c in columns]
    for row in cells:
        for i, c in enumerate(row):
            widths[i] = max(widths[i], width(c))
    # a column is right-aligned when every non-empty cell parses as a number
    for i in range(len(columns)):
        for row in cells:
            if row[i] and not _is_number(row[i]):
                numeric[i] = False
                break
    sep = "  "
    out.write(sep.join(pad(c, widths[i], False) for i, c in enumerate(columns)).rstrip() + "\n")
    out.write(sep.join("-" * w for w in widths) + "\n")
    for row in cells:
        line = sep.join(pad(c, widths[i], numeric[i]) for i, c in enumerate(row))
        out.write(line.rstrip() + "\n")
    out.write(f"({raw_rows} row{'s' if raw_rows != 1 else ''})\n")
    return raw_rows


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def write_csv(columns: Sequence[str], rows: Iterator[tuple[Any, ...]], out: TextIO) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    n = 0
    for row in rows:
        writer.writerow(["" if v is None else plain(v) for v in row])
        n += 1
    return n


def write_json(columns: Sequence[str], rows: Iterator[tuple[Any, ...]], out: TextIO) -> int:
    """A JSON array of objects, written row by row (never one big string)."""
    out.write("[")
    n = 0
    for row in rows:
        out.write(",\n " if n else "\n ")
        json.dump(dict(zip(columns, (plain(v) for v in row), strict=True)), out, ensure_ascii=False)
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


WRITERS = {"table": write_table, "csv": write_csv, "json": write_json}


def query(outputs: Path, sql: str, fmt: str, out: TextIO) -> int:
    """Run ``sql`` on the release published in ``outputs`` and print it; returns rows printed."""
    if fmt not in WRITERS:
        raise QueryError(f"unknown format {fmt!r} (choose {', '.join(FORMATS)})")
    con = open_release(outputs)
    try:
        columns, rows = run(con, sql)
        if not columns:
            return 0
        return WRITERS[fmt](columns, rows, out)
    finally:
        con.close()
