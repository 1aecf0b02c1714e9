"""Tables written as text: a header line of column labels, then rows of a label and figures.

Statistical bulletins print them as plain lines (``市州  律所数  律师数``), saved pages as
cells between pipes (``| 县区 | 律师事务所（家） |``, trafilatura's rendering of <table>).
This module only finds them and their cells, with offsets; what a column counts is the
reader's business (extract.py asks the catalog).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Between two cells: a pipe, a tab or a full-width space (with any padding), or a run of two
# or more spaces
CELL_SEPARATOR = re.compile(r"[ \t\u3000\xa0]*[|｜\t\u3000][ \t\u3000\xa0]*|[ \xa0]{2,}")
NUMERIC_CELL = re.compile(r"[-+−－]?\d[\d,]*(?:\.\d+)?[万亿]?[%％]?")  # -3.1%: a change column's
BLANK_CELL = frozenset("-—–/／")  # a figure the table does not give
# | --- | :---: |: the rule markdown draws under a header
RULE_LINE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|?)+[ \t]*")
# a year as a row's or column's label: 2018 · 2022年底 (group 1: the year)
YEAR_LABEL = re.compile(r"((?:19|20)\d{2})年?(?:底|末)?")
MIN_CELLS = 3  # a label and two figures at least: one figure is a sentence's business
MAX_LABEL = 16  # characters of a column label or a row's name


@dataclass(frozen=True)
class Cell:
    start: int  # offsets into the text the line was taken from
    end: int
    text: str


@dataclass(frozen=True)
class TextTable:
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]


def cells(line: str, offset: int = 0) -> list[Cell]:
    """The cells of a line, outer pipes dropped, empty cells dropped."""
    found: list[Cell] = []
    pos = 0
    for sep in [*CELL_SEPARATOR.finditer(line), None]:
        end = sep.start() if sep is not None else len(line)
        raw = line[pos:end]
        stripped = raw.strip(" \t\u3000\xa0")
        if stripped:
            lead = len(raw) - len(raw.lstrip(" \t\u3000\xa0"))
            found.append(Cell(offset + pos + lead, offset + pos + lead + len(stripped), stripped))
        pos = sep.end() if sep is not None else len(line)
    return found


ORDINAL_LABELS = frozenset({"序号", "编号"})
ORDINAL_MAX = 99  # a row's number in a column of them (1, 2, 3…)


def row_cells(line: str, offset: int = 0) -> list[Cell]:
    """The cells of a table line without a leading column of row numbers: 序号 over 1, 2, 3,
    each before its row's name (a 合计 row has none)."""
    found = cells(line, offset)
    if len(found) >= 2 and not is_numeric(found[1].text):
        first = found[0].text
        if first in ORDINAL_LABELS or first.isdigit() and int(first) <= ORDINAL_MAX:
            return found[1:]
    return found


def is_numeric(cell: str) -> bool:
    return NUMERIC_CELL.fullmatch(cell) is not None or cell in BLANK_CELL


def is_table_row(line: str) -> bool:
    """A name (or a year), then figures only: 兰州市  276  4102 · | 城中区 | 25 | 310 | · 2018  3.0  12.6."""
    if CELL_SEPARATOR.search(line) is None:
        return False  # most lines: decided at C speed
    row = [c.text for c in row_cells(line)]
    return (
        len(row) >= MIN_CELLS
        and (not is_numeric(row[0]) or YEAR_LABEL.fullmatch(row[0]) is not None)
        and len(row[0]) <= MAX_LABEL
        and all(is_numeric(c) for c in row[1:])
        and sum(NUMERIC_CELL.fullmatch(c) is not None for c in row[1:]) >= 2
    )


def is_table_header(line: str, following: str) -> bool:
    """Short labels, no figure, over a row of as many cells (市州  律所数  律师数)."""
    if CELL_SEPARATOR.search(line) is None:
        return False
    labels = [c.text for c in row_cells(line)]
    return (
        len(labels) >= MIN_CELLS
        and not any(is_numeric(c) or len(c) > MAX_LABEL for c in labels)
        and is_table_row(following)
        and len(row_cells(following)) == len(labels)
    )


def table_lines(lines: list[str]) -> list[bool]:
    """For each line, whether it is part of a table (a header or a row under one)."""
    flags = [False] * len(lines)
    k = 0
    while k < len(lines):
        nxt = _next_filled(lines, k + 1)
        if nxt is not None and is_table_header(lines[k], lines[nxt]):
            flags[k] = True
            width = len(row_cells(lines[k]))
            j: int | None = nxt
            while j is not None and is_table_row(lines[j]) and len(row_cells(lines[j])) == width:
                flags[j] = True
                k = j
                j = _next_filled(lines, j + 1)
        k += 1
    return flags


def _next_filled(lines: list[str], k: int) -> int | None:
    """The index of the next line that is not blank (nor a header's rule), from ``k`` on."""
    while k < len(lines) and (not lines[k].strip() or RULE_LINE.fullmatch(lines[k])):
        k += 1
    return k if k < len(lines) else None


def find_tables(text: str) -> list[TextTable]:
    """Every table in ``text``: a header and the rows under it, cells with offsets."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    flags = table_lines(lines)
    tables: list[TextTable] = []
    header: tuple[Cell, ...] | None = None
    rows: list[tuple[Cell, ...]] = []
    for k, (line, flag) in enumerate(zip(lines, flags, strict=True)):
        if not flag:
            if not line.strip() or RULE_LINE.fullmatch(line):
                continue
            if header is not None:
                tables.append(TextTable(header, tuple(rows)))
            header, rows = None, []
            continue
        row = tuple(row_cells(line, starts[k]))
        if header is None or not is_table_row(line):
            if header is not None:
                tables.append(TextTable(header, tuple(rows)))
            header, rows = row, []
        else:
            rows.append(row)
    if header is not None:
        tables.append(TextTable(header, tuple(rows)))
    return tables
