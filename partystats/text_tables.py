"""Tables written as text: a header line of column labels, then rows of a label and figures.

Statistical bulletins print them as plain lines (``市州  律所数  律师数``), saved pages as
cells between pipes (``| 县区 | 律师事务所（家） |``, trafilatura's rendering of <table>).
Infographics print cards: one figure and its label, on a line (``2860家 ｜ 律师事务所``) or
as a paragraph of two lines (``3.2万+`` over ``全省执业律师``).
This module only finds them and their cells, with offsets; what a column or a label counts
is the reader's business (extract.py asks the catalog).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

# Between two cells: a pipe, a tab or a full-width space (with any padding), or a run of two
# or more spaces
CELL_SEPARATOR = re.compile(r"[ \t\u3000\xa0]*[|｜│┃\t\u3000][ \t\u3000\xa0]*|[ \xa0]{2,}")
# one space: a page's rendering collapsed the runs of spaces between cells (市州 律所数 律师数);
# only a whole block of lines that split alike under a header is read this way
SINGLE_SPACE = re.compile(r"[ \xa0]+")
NUMERIC_CELL = re.compile(
    r"(?:[-+−－]|[≥≤＞＜>]=?)?\d[\d,〇○]*(?:\.\d+)?[万亿]?(?:[%％]|[余多]?[家个名人户位所]?)"
)  # -3.1%: a change column's (3〇8: an OCR's zero; ≥95%: an indicator's target)
# 提高10.3个百分点 · 增加5个 · 下降1.2%: a change said in words, in a change column
CHANGE_CELL = re.compile(
    r"(?:提高|增加|增长|上升|下降|减少|降低)\d+(?:\.\d+)?(?:个百分点|个|家|名|人|%|％)?"
    r"|[+＋\-−]\d+(?:\.\d+)?个百分点"  # (+1.0个百分点)
)
BLANK_CELL = re.compile(r"[-—–/／]{1,2}")  # a figure the table does not give (— · ——)
# | --- | :---: |: the rule markdown draws under a header
RULE_LINE = re.compile(
    r"[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|?)+[ \t]*"  # (:--: too)
    r"|[ \t]*[┌┬┐├┼┤└┴┘─━═╞╪╡┏┳┓┣╋┫┗┻┛]{3,}[ \t]*"  # (a box's rules: ┌───┬──┐ · ├──┼──┤)
)
# （家）  （人）  （人）: a PDF's header on two lines, the columns' units under their labels
UNITS_LINE = re.compile(r"[ \t\u3000]*(?:[（(][^（）()\d]{1,4}[)）][ \t\u3000]*){2,}")
# 地区，律所数，律师数 over 银川市，71，936: cells parted by commas, as a CSV file or a page
# that flattened its table writes them (only a block that splits alike under a header)
COMMA_SEPARATOR = re.compile(r"[ \t]*[,，][ \t]*")
# | 单位 | 家 | 人 | % | · | 计量单位 | 个 | 名 |: a row of the columns' units under a header
UNITS_ROW = re.compile(
    r"[ \t]*[|｜]?[ \t\u3000]*[（(]?(?:计量)?单位[）)]?[：:]?"
    r"(?:(?:[ \t\u3000]*[|｜\t][ \t\u3000]*|[ \u3000]{2,})(?:万|亿)?(?:[家个名人户位所期次项]|[%％]))+"
    r"(?:[ \t\u3000]*[|｜])*[ \t]*"  # (| 个 | |: a remarks column's blank unit)
)
# a year as a row's or column's label: 2018 · 2022年底 (group 1: the year)
YEAR_LABEL = re.compile(r"((?:19|20)\d{2})年?(?:底|末)?")
MIN_CELLS = 3  # a label and two figures at least: one figure is a sentence's business
COLUMN_UNIT = re.compile(
    r"[（(][^（）()]{1,4}[)）]$"
)  # 律师事务所（家） · 党员占比(%): a label's unit
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
    remarks: tuple[Cell, ...] = ()  # the rows' cells under a last column of 备注, any words


def cells(line: str, offset: int = 0, separator: re.Pattern[str] = CELL_SEPARATOR) -> list[Cell]:
    """The cells of a line, outer pipes dropped, empty cells dropped."""
    found = [c for c in _parted(line, offset, separator) if c.text]
    labels = [_spaced_characters_closed(chinese_label(c)) for c in found]
    return _glued_figure_parted(_spaced_label_joined(labels))


_PADDING = " \t\u3000\xa0"


def _parted(line: str, offset: int, separator: re.Pattern[str]) -> list[Cell]:
    """The pieces of a line between its separators, each stripped of its padding (offsets
    in the text), blank ones too."""
    found: list[Cell] = []
    pos = 0
    for sep in [*separator.finditer(line), None]:
        end = sep.start() if sep is not None else len(line)
        raw = line[pos:end]
        text = raw.strip(_PADDING)
        lead = len(raw) - len(raw.lstrip(_PADDING))
        found.append(Cell(offset + pos + lead, offset + pos + lead + len(text), text))
        pos = sep.end() if sep is not None else len(line)
    return found


_SPACED_CHARACTERS = re.compile(r"[\u4e00-\u9fff](?: [\u4e00-\u9fff])+")


def _spaced_characters_closed(cell: Cell) -> Cell:
    """律 师 事 务 所 · 党 组 织 数: a label set out one space between each of its characters
    is the words closed up (its offsets stay the cell's)."""
    if " " not in cell.text or not _SPACED_CHARACTERS.fullmatch(cell.text):
        return cell
    return replace(cell, text=cell.text.replace(" ", ""))


_ONE_HANZI = re.compile(r"[\u4e00-\u9fff]")
# 律师行业党组织（个）236: a label that fills its column, its unit's bracket, then the figure
_GLUED_FIGURE = re.compile(
    rf"(.*[\u4e00-\u9fff]{COLUMN_UNIT.pattern.removesuffix('$')})(\d[\d,]*(?:\.\d+)?)"
)


def _glued_figure_parted(found: list[Cell]) -> list[Cell]:
    """The first cell, when it is a label with its unit and the first figure run together."""
    glued = _GLUED_FIGURE.fullmatch(found[0].text) if found else None
    if glued is None:
        return found
    first = found[0]
    cut = first.start + glued.end(1)
    label = Cell(first.start, cut, glued[1])
    return [label, Cell(cut, first.end, glued[2]), *found[1:]]


_UNIT_CHARACTERS = frozenset("家个名人户所位项次期处")  # (| 单位 | 家 | 人 | 个 |: a units row)


def _spaced_label_joined(found: list[Cell]) -> list[Cell]:
    """指        标 · 合    计 · 律  师: a yearbook spaces a short label's characters out
    across its column; each run of single characters is one cell (not a row of units)."""
    joined: list[Cell] = []
    run: list[Cell] = []
    for cell in [*found, None]:
        if cell is not None and _ONE_HANZI.fullmatch(cell.text):
            run.append(cell)
            continue
        if len(run) >= 2 and not all(c.text in _UNIT_CHARACTERS for c in run):
            joined.append(Cell(run[0].start, run[-1].end, "".join(c.text for c in run)))
        else:
            joined.extend(run)
        run = []
        if cell is not None:
            joined.append(cell)
    return joined


ORDINAL_LABELS = frozenset({"序号", "编号", "排名", "名次"})  # (a rank is a row's number too)
ORDINAL_MAX = 99  # a row's number in a column of them (1, 2, 3…)


def row_cells(
    line: str, offset: int = 0, separator: re.Pattern[str] = CELL_SEPARATOR
) -> list[Cell]:
    """The cells of a table line without a leading column of row numbers: 序号 over 1, 2, 3,
    each before its row's name (a 合计 row has none)."""
    found = cells(line, offset, separator)
    first = found[0].text if found else ""
    if len(found) >= 2 and "年" in first and YEAR_LABEL.fullmatch(first) and _only_labels(found):
        # (　　　　2022年　　2023年　　增减%: a header whose cell over the rows' names is
        # blank, its years first)
        return [Cell(found[0].start, found[0].start, ""), *found]
    ordinal = first in ORDINAL_LABELS or first.isdecimal() and int(first) <= ORDINAL_MAX
    if len(found) >= 2 and not is_numeric(found[1].text) and ordinal:
        return found[1:]
    if _grouped(found):
        return found[1:]  # 类别 | 指标 | 2022年 · 公证 | 公证机构（家） | 121: the group column
    return found


GROUP_LABELS = frozenset({"类别", "类型", "分类", "门类", "行业", "领域", "板块"})
GROUP_MAX = 6  # characters of a group's name (公证 · 司法鉴定 · 法律服务)
INDICATOR_LABELS = frozenset({"指标", "项目", "指标名称", "项目名称", "名称", "内容", "统计指标"})


def _grouped(found: list[Cell]) -> bool:
    """A group column before the rows' labels: its label over a header's (类别 | 指标 | …),
    or a group's name before a label that gives its unit (公证 | 公证机构（家） | 121 | …); the
    rows under a group's first leave it blank."""
    if len(found) < MIN_CELLS + 1 or is_numeric(found[1].text):
        return False
    if found[0].text in GROUP_LABELS:
        return found[1].text in INDICATOR_LABELS and _only_labels(found)
    return (
        len(found[0].text) <= GROUP_MAX
        and not is_numeric(found[0].text)
        and COLUMN_UNIT.search(found[1].text) is not None
        and is_numeric(found[2].text)
    )


def _only_labels(found: list[Cell]) -> bool:
    """No cell is a figure: a header's labels (years, 增减%), not a row of a year's figures."""
    return not any(NUMERIC_CELL.fullmatch(c.text) for c in found)


def is_numeric(cell: str) -> bool:
    return NUMERIC_CELL.fullmatch(cell) is not None or BLANK_CELL.fullmatch(cell) is not None


# a row's unit in a column of its own: 律师事务所  家  97 · 执业律师  人  1046
UNIT_CELL = re.compile(r"[家个名人位户所件次期项%％]|万人|万元|亿元")


def is_table_row(
    line: str, separator: re.Pattern[str] = CELL_SEPARATOR, min_cells: int = MIN_CELLS
) -> bool:
    """A name (or a year), then figures only: 兰州市  276  4102 · | 城中区 | 25 | 310 | · 2018  3.0  12.6."""
    if separator.search(line) is None:
        return False  # most lines: decided at C speed
    row = [c.text for c in row_cells(line, 0, separator)]
    return (
        len(row) >= min_cells
        and (not is_numeric(row[0]) or YEAR_LABEL.fullmatch(row[0]) is not None)
        and len(row[0]) <= MAX_LABEL
        # (律师事务所  家  97  91  +6: a column of units after the name; 覆盖率  49.2  59.5
        # 提高10.3个百分点: a change in words in the last column)
        and all(
            is_numeric(c)
            or k == 0
            and UNIT_CELL.fullmatch(c)
            or k == len(row) - 2
            and CHANGE_CELL.fullmatch(c)
            for k, c in enumerate(row[1:])
        )
        and _enough_figures(row[1:], min_cells)
    )


def values_under(header: tuple[Cell, ...], row: tuple[Cell, ...]) -> bool:
    """A line of figures only, one under each of a header's labels (a table of one row that
    names no row: 公证机构（家）  公证员（人）  … over 110  1325  …)."""
    return (
        len(row) == len(header) >= MIN_CELLS
        and header[0].text != ""  # (the header's labels, not one given an empty row name)
        and not any(is_numeric(c.text) or len(c.text) > MAX_LABEL for c in header)
        and all(is_numeric(c.text) for c in row)
        and _enough_figures([c.text for c in row], MIN_CELLS + 1)
    )


def _enough_figures(row: list[str], min_cells: int) -> bool:
    """Figures enough for a row (丹棱县  3  —  —: one figure, the rest blank, is one too)."""
    filled = sum(NUMERIC_CELL.fullmatch(c) is not None for c in row)
    blank = sum(BLANK_CELL.fullmatch(c) is not None for c in row)
    return filled >= min_cells - 1 or filled >= 1 and filled + blank >= min_cells - 1


# a last column of remarks: its cells hold any words (含公职律师164人 · 本年新设律所21家), or none
REMARK_LABELS = frozenset({"备注", "说明", "附注", "注"})


def has_remarks(header: list[Cell] | tuple[Cell, ...]) -> bool:
    return len(header) > MIN_CELLS and header[-1].text in REMARK_LABELS


def remark_cut(line: str, separator: re.Pattern[str], width: int) -> tuple[str, Cell | None]:
    """A row of a table with a remarks column: the line up to its remark, and the remark's
    cell (offsets in the line); the line as it is when the row leaves its remark blank."""
    found = row_cells(line, 0, separator)
    if len(found) != width + 1:
        return line, None
    return line[: found[-1].start], found[-1]


def is_table_header(line: str, following: str, separator: re.Pattern[str] = CELL_SEPARATOR) -> bool:
    """Short labels, no figure, over a row of as many cells (市州  律所数  律师数)."""
    if separator.search(line) is None:
        return False
    header = row_cells(line, 0, separator)
    if has_remarks(header):
        header = header[:-1]
        following = remark_cut(following, separator, len(header))[0]
    labels = [c.text for c in header]
    width = NARROW_CELLS if is_narrow_header(line, labels) else MIN_CELLS
    return (
        len(labels) >= width
        and not any(is_numeric(c) or len(c) > MAX_LABEL for c in labels)
        and is_table_row(following, separator, width)
        and len(row_cells(following, 0, separator)) == len(labels)
    )


# 地区|党员律师（人） over 银川|603: a table of one figure column, where the cells are drawn
# apart (a bar or a tab, not spaces) and the column's label gives its unit, as prose never does
NARROW_CELLS = 2
MIN_NARROW_ROWS = 2
_DRAWN_SEPARATOR = re.compile(r"[|｜\t]")


def is_narrow_header(line: str, labels: list[str]) -> bool:
    return (
        len(labels) == NARROW_CELLS
        and _DRAWN_SEPARATOR.search(line) is not None
        and COLUMN_UNIT.search(labels[1]) is not None
    )


def spanned_header(top: list[Cell], below: list[Cell]) -> list[Cell] | None:
    """区（市） | 律师事务所（家） | 执业律师（人） over 　| 2015年 | 2020年 | 2015年 | 2020年: each
    label spans as many years as the others, a header of two rows made one (2015年律师事务所（家）
    …), each cell at its year's place; None for any other pair of lines."""
    labels, years = top[1:], below[1:]
    if (
        not labels
        or below[0].text  # (the cell over the rows' names is blank on the years' line)
        or len(years) <= len(labels)
        or len(years) % len(labels)
        or not all(YEAR_LABEL.fullmatch(c.text) for c in years)
    ):
        return None
    span = len(years) // len(labels)
    return [
        top[0],
        *(replace(year, text=year.text + labels[n // span].text) for n, year in enumerate(years)),
    ]


_DRAWN_CELL_EDGE = re.compile(r"[|｜]")
# pipes, tabs, a CSV's commas
_CELL_EDGES = (_DRAWN_CELL_EDGE, re.compile(r"\t"), re.compile(r"[,，]"))


def drawn_cells(line: str, offset: int = 0) -> list[Cell] | None:
    """The cells of a line drawn with pipes, tabs or commas, blank ones kept (a group label's
    span leaves them): None for a line of none of them, or a sentence."""
    edge = next((e for e in _CELL_EDGES if e.search(line)), None)
    if edge is None or "。" in line:
        return None
    found = _parted(line, offset, edge)
    if edge is _DRAWN_CELL_EDGE:  # (| a | b |: the outer pipes close no cells)
        found = found[1:] if found and not found[0].text else found
        found = found[:-1] if found and not found[-1].text else found
    return found


# 数量 · 总数 · 人数: a sub-label that only says the group's label counts
_COUNT_WORDS = frozenset({"数量", "总数", "总计", "合计", "人数", "个数", "数"})
_RATE_ENDINGS = ("率", "比例", "占比", "比重")
_MANNER_WORDS = frozenset({"单独", "联合", "独立", "单独建", "联合建"})  # 单独 under 党支部（个）
_ACT_WORDS = re.compile(r"建|参加|加入|纳入|覆盖")  # 已建党组织 · 参加联合党支部: units that did so


def grouped_header(top: list[Cell] | None, below: list[Cell] | None) -> list[Cell] | None:
    """律师事务所 | | 执业律师 | over | 数量（家） | 已建党组织（家） | 人数（名） | 其中党员（名）:
    a group label spanning the sub-labels under it (blank cells after it on its own line), a
    header of two rows made one, each column's label said whole (律师事务所（家）,
    已建党组织的律师事务所（家）, 党员（名）); None for any other pair of lines."""
    if top is None or below is None:
        return None
    # (a copy that trimmed each line's outer tabs: the corner's blank under the rows' label
    # and the group's blank at the end of the top line are gone)
    if below[0].text:
        below = [Cell(below[0].start, below[0].start, ""), *below]
    top = top + [Cell(top[-1].end, top[-1].end, "")] * (len(below) - len(top))
    if len(top) != len(below) or len(top) < MIN_CELLS + 1:
        return None
    spanned = any(not t.text and b.text for t, b in zip(top[1:], below[1:], strict=True))
    if not spanned or not top[0].text:
        return None
    if any(is_numeric(c.text) for c in (*top, *below) if c.text):
        return None
    merged = [top[0]]
    group: Cell | None = None
    for t, b in zip(top[1:], below[1:], strict=True):
        group = t if t.text else group
        if group is None or not (t.text or b.text):
            return None
        merged.append(_label_under(group, b) if b.text else group)
    return merged


def _label_under(group: Cell, sub: Cell) -> Cell:
    """The label of a sub-column under a group's: 律师事务所（家） over 数量 · 已建党组织 ·
    单独; the unit of whichever gives one."""
    unit = COLUMN_UNIT.search(sub.text) or COLUMN_UNIT.search(group.text)
    tail = unit[0] if unit else ""
    noun = COLUMN_UNIT.sub("", group.text)
    word = COLUMN_UNIT.sub("", sub.text).removeprefix("其中")
    if word.endswith(_RATE_ENDINGS):
        text = word  # 覆盖率 · 党员占比: a rate, a label of its own
    elif word in _COUNT_WORDS or word.endswith(("总数", "数量")):
        text = noun  # (数量 · 登记总数: the group's units themselves)
    elif _ACT_WORDS.search(word):
        text = f"{word}的{noun}"  # 已建党组织的律师事务所
    elif word in _MANNER_WORDS:
        text = word + noun  # 单独党支部 · 联合党支部
    else:
        text = word  # 党员 · 党员律师: a label of its own
    return replace(sub, text=text + tail)


def _header_of(
    lines: list[str], k: int, separator: re.Pattern[str]
) -> tuple[list[Cell], int] | None:
    """The header at line ``k`` (on its line, or on it and the years' line under it) and the
    index of its first row, when a row of as many cells follows."""
    nxt = _next_filled(lines, k + 1)
    if nxt is None:
        return None
    if is_table_header(lines[k], lines[nxt], separator):
        return row_cells(lines[k], 0, separator), nxt
    top = row_cells(lines[k], 0, separator)
    if values_under(tuple(top), tuple(row_cells(lines[nxt], 0, separator))):
        return top, nxt  # (one row of figures under the labels, no row's name)
    grouped = grouped_header(drawn_cells(lines[k]), drawn_cells(lines[nxt]))
    if grouped is not None:
        first = _next_filled(lines, nxt + 1)
        if first is not None and is_table_row(lines[first], separator):
            fits = len(row_cells(lines[first], 0, separator)) == len(grouped)
            return (grouped, first) if fits else None
    if "年" not in lines[nxt]:
        return None
    first = _next_filled(lines, nxt + 1)
    if first is None or not is_table_row(lines[first], separator):
        return None
    top = row_cells(lines[k], 0, separator)
    merged = spanned_header(top, row_cells(lines[nxt], 0, separator))
    fits = merged is not None and len(row_cells(lines[first], 0, separator)) == len(merged)
    return (merged, first) if fits and merged is not None else None


def _separators_of(line: str) -> list[re.Pattern[str]]:
    """How a header line may part its cells, to be tried in turn: CELL_SEPARATOR, else single
    spaces; then commas."""
    found = []
    if CELL_SEPARATOR.search(line):
        found.append(CELL_SEPARATOR)
    elif " " in line.strip(" \xa0"):
        found.append(SINGLE_SPACE)
    # (a header of labels is short and ends no sentence: prose lines are not split in vain)
    if len(line) <= MAX_COMMA_HEADER and "。" not in line and COMMA_SEPARATOR.search(line):
        found.append(COMMA_SEPARATOR)
    return found


MAX_COMMA_HEADER = 8 * (MAX_LABEL + 1)


def table_separators(lines: list[str]) -> list[re.Pattern[str] | None]:
    """For each line of a table (a header or a row under one), how its cells are parted;
    None for every other line."""
    found: list[re.Pattern[str] | None] = [None] * len(lines)
    k = 0
    while k < len(lines):
        nxt = _next_filled(lines, k + 1)
        candidates = _separators_of(lines[k]) if nxt is not None else []
        header, separator = next(
            ((got, sep) for sep in candidates if (got := _header_of(lines, k, sep))),
            (None, None),
        )
        if header is not None and separator is not None:
            cells_of_header, first = header
            remarks = has_remarks(cells_of_header)
            width = len(cells_of_header) - remarks
            rows: list[int] = []
            j: int | None = first
            while j is not None:
                line = remark_cut(lines[j], separator, width)[0] if remarks else lines[j]
                full_row = is_table_row(line, separator, min(width, MIN_CELLS)) and (
                    len(row_cells(line, 0, separator)) == width
                )
                if (
                    not rows
                    and not full_row
                    and values_under(tuple(cells_of_header), tuple(row_cells(line, 0, separator)))
                ):
                    rows.append(j)  # (its one row of figures, no name)
                    break
                # (单独建立党组 | 198 over 织的事务所: a row's name wrapped onto a line of its own)
                if not (full_row or rows and _name_goes_on(lines[j])):
                    break
                rows.append(j)
                j = _next_filled(lines, j + 1)
            while rows and _name_goes_on(lines[rows[-1]]):
                rows.pop()  # (a short line under the last row: no part of the table)
            if rows and (width > NARROW_CELLS or len(rows) >= MIN_NARROW_ROWS):
                years_line = [] if first == nxt else [nxt or 0]  # (a header's second row)
                for row in [k, *years_line, *rows]:
                    found[row] = separator
                k = rows[-1]
        k += 1
    return found


# 织的事务所: the rest of a row's name a PDF wrapped onto a line of its own
_NAME_GOES_ON = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff（）()、]{1,8}[ \t\u3000]*")


def _name_goes_on(line: str) -> bool:
    return _NAME_GOES_ON.fullmatch(line) is not None


def table_lines(lines: list[str]) -> list[bool]:
    """For each line, whether it is part of a table (a header or a row under one)."""
    found = [separator is not None for separator in table_separators(lines)]
    last = -1  # the last line that is neither blank nor a rule
    for k, line in enumerate(lines if any(found) else ()):  # (most texts hold no table)
        if UNITS_ROW.fullmatch(line) and last >= 0 and found[last]:
            found[k] = True  # (| 单位 | 家 | 人 | under a header: its columns' units, kept)
        if line.strip() and not RULE_LINE.fullmatch(line):
            last = k
    starts = line_starts(lines)
    for table in stacked_tables(lines, starts):
        for cell in (*table.header, *(c for row in table.rows for c in row)):
            found[bisect_right(starts, cell.start) - 1] = True
    return found


def line_starts(lines: list[str]) -> list[int]:
    """Where each line starts in the text they were split from."""
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    return starts


def _next_filled(lines: list[str], k: int) -> int | None:
    """The index of the next line that is not blank (nor a header's rule), from ``k`` on."""
    while k < len(lines) and (not lines[k].strip() or _between_rows(lines[k])):
        k += 1
    return k if k < len(lines) else None


def _between_rows(line: str) -> bool:
    """A header's rule, or its units on a line of their own: no cells of the table."""
    return bool(
        RULE_LINE.fullmatch(line) or UNITS_LINE.fullmatch(line) or UNITS_ROW.fullmatch(line)
    )


def with_units(header: tuple[Cell, ...], line: str) -> tuple[Cell, ...]:
    """The header's labels with the units a units row under it gives each column (律所数 over
    家: 律所数（家）); the header as it is when the row does not fit it."""
    units = cells(line)[1:]
    if len(units) != len(header) - 1:
        return header
    return (
        header[0],
        *(
            label
            if COLUMN_UNIT.search(label.text)
            else replace(label, text=f"{label.text}（{unit.text}）")
            for label, unit in zip(header[1:], units, strict=True)
        ),
    )


# Law firms 律所(家) · 梁溪区 Liangxi · 全市 Wuxi total: an English label beside the Chinese
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z .,'&/-]*[A-Za-z.]|[A-Za-z]")


def chinese_label(cell: Cell) -> Cell:
    """A label cell's Chinese words alone, when it gives an English label beside them (its
    offsets stay the cell's)."""
    if not _ONE_HANZI.search(cell.text) or not _LATIN_WORDS.search(cell.text):
        return cell
    return replace(cell, text=" ".join(_LATIN_WORDS.sub(" ", cell.text).split()))


def find_tables(text: str) -> list[TextTable]:
    """Every table in ``text``: a header and the rows under it, cells with offsets."""
    lines = text.split("\n")
    starts = line_starts(lines)
    separators = table_separators(lines)
    tables: list[TextTable] = []
    header: tuple[Cell, ...] | None = None
    header_line: int | None = None  # (the header's line, while a line of sub-labels may follow)
    rows: list[tuple[Cell, ...]] = []
    remarks: list[Cell] | None = None  # (None: the table has no column of remarks)
    for k, (line, separator) in enumerate(zip(lines, separators, strict=True)):
        if separator is None:
            if header is not None and not rows and UNITS_ROW.fullmatch(line):
                header = with_units(header, line)  # (| 单位 | 家 | 人 |: each column's unit)
                continue
            if not line.strip() or _between_rows(line):
                continue
            if header is not None:
                tables.append(TextTable(header, tuple(rows), tuple(remarks or ())))
            header, rows = None, []
            continue
        if header is not None and remarks is not None:
            cut, remark = remark_cut(line, separator, len(header))
            # (a row, its remark cut off; not the next table's header right under the rows)
            if remark is not None and is_table_row(cut, separator, min(len(header), MIN_CELLS)):
                line = cut
                remarks.append(
                    replace(remark, start=remark.start + starts[k], end=remark.end + starts[k])
                )
        row = tuple(row_cells(line, starts[k], separator))
        if header is not None and rows and _name_goes_on(line):
            name = rows[-1][0]  # (单独建立党组 over 织的事务所: the row's name made whole)
            rest = Cell(starts[k], starts[k] + len(line), line.strip(" \t\u3000"))
            rows[-1] = (Cell(name.start, rest.end, name.text + rest.text), *rows[-1][1:])
            continue
        if header is not None and not rows and (merged := spanned_header([*header], [*row])):
            header = tuple(merged)  # (the years' line under a header's labels)
            continue
        grouped = (
            grouped_header(
                drawn_cells(lines[header_line], starts[header_line]),
                drawn_cells(line, starts[k]),
            )
            if header is not None and not rows and header_line is not None
            else None
        )
        if grouped is not None:
            header, header_line = tuple(grouped), None  # (sub-labels under a group's label)
            continue
        if (
            header is not None
            and not rows
            and values_under(header, row)
            and not is_table_row(line, separator, min(len(header), MIN_CELLS))
        ):
            # 公证机构（家）  公证员（人）  … over 110  1325  …: one row of figures, no name
            # (the text's place, at the caption's date)
            named = (Cell(header[0].start, header[0].start, ""), *header)
            unnamed = (Cell(row[0].start, row[0].start, ""), *row)
            tables.append(TextTable(named, (unnamed,), ()))
            header, rows, header_line = None, [], None
            continue
        width = len(header) if header is not None else MIN_CELLS
        if header is None or not is_table_row(line, separator, min(width, MIN_CELLS)):
            if header is not None:
                tables.append(TextTable(header, tuple(rows), tuple(remarks or ())))
            header, rows, header_line = row, [], k
            remarks = [] if has_remarks(row) else None
            header = header[:-1] if remarks is not None else header
        else:
            rows.append(row)
    if header is not None:
        tables.append(TextTable(header, tuple(rows), tuple(remarks or ())))
    return tables + stacked_tables(lines, starts)


# a stacked table's cell: a short line that is no sentence (律师事务所（家） · 2019年 · 236)
_STACKED_CELL = re.compile(rf"[^。，；：,;:！？\n]{{1,{MAX_LABEL}}}")
MIN_STACKED_ROWS = 2  # (one row under a header of labels could be cards: 律所 236 律师 3572)


def stacked_tables(lines: list[str], starts: list[int]) -> list[TextTable]:
    """Tables a page's scraper stacked one cell a line: the header's labels (指标, 2019年,
    2020年), then each row's name and its figures (律师事务所（家）, 236, 251), as many lines
    a row as the header has. The width is the count of figures after the first row's name."""
    cells_run: list[Cell] = []
    tables: list[TextTable] = []
    for line, start in [*zip(lines, starts, strict=True), ("", -1)]:
        cell = line.strip(" \t\u3000\xa0")
        if cell and _STACKED_CELL.fullmatch(cell):
            at = start + line.index(cell)
            cells_run.append(Cell(at, at + len(cell), cell))
        elif cell or start < 0:  # (a blank line inside the block is none of its cells)
            if table := _stacked_table(cells_run):
                tables.append(table)
            cells_run = []
    return tables


def _joined(parts: list[Cell]) -> Cell:
    return Cell(parts[0].start, parts[-1].end, "".join(c.text for c in parts))


def _wrapped_labels(run: list[Cell], first_figure: int, width: int) -> list[Cell] | None:
    """执业律 / 师数 / （人）: a PDF's header whose labels wrap, each ending with its unit's
    bracket; the header made whole (the rows' name's label, then ``width`` labels), and the
    run's cells before it dropped; None unless every label ends with a unit."""
    labels: list[Cell] = []
    k = first_figure - 2  # (the cell before the first row's name)
    while len(labels) < width and k >= 0:
        if not COLUMN_UNIT.fullmatch(run[k].text):
            return None
        end = k
        k -= 1
        while k >= 0 and not COLUMN_UNIT.search(run[k].text) and not is_numeric(run[k].text):
            k -= 1
        labels.insert(0, _joined(run[k + 1 : end + 1]))
    # (区域 / 律所数 / （家）: the first label's parts ran back over the rows' names' label,
    # which has no unit: it is the first of them)
    parts = [c for c in run if labels and labels[0].start <= c.start < labels[0].end]
    if len(labels) < width or len(parts) < 3:
        return None
    return [parts[0], _joined(parts[1:]), *labels[1:]]


def _rows_with_wrapped_names(run: list[Cell], numeric: list[bool]) -> tuple[list[Cell], list[bool]]:
    """其他区（ / 县、市）: a row's name wrapped over two lines (a bracket left open), made one."""
    cells: list[Cell] = []
    for cell, num in zip(run, numeric, strict=True):
        last = cells[-1] if cells else None
        open_bracket = last is not None and last.text.count("（") > last.text.count("）")
        if last is not None and open_bracket and not num:
            cells[-1] = _joined([last, cell])
        else:
            cells.append(cell)
    return cells, [is_numeric(c.text) for c in cells]


def _stacked_table(run: list[Cell]) -> TextTable | None:
    """The table a run of one-cell lines makes, or None."""
    numeric = [is_numeric(c.text) for c in run]
    if True in numeric and any(c.text.count("（") > c.text.count("）") for c in run):
        run, numeric = _rows_with_wrapped_names(run, numeric)
    if True not in numeric:
        return None
    first_figure = numeric.index(True)
    width = next(
        (k for k, n in enumerate(numeric[first_figure:]) if not n), len(run) - first_figure
    )
    # the header's labels, then the first row's name, then its figures
    header_start = first_figure - 1 - (width + 1)
    if width < MIN_CELLS - 1:
        return None
    if header_start < 0 or any(numeric[header_start:first_figure]):
        wrapped = _wrapped_labels(run, first_figure, width)
        if wrapped is None:
            return None
        header = tuple(wrapped)
    else:
        header = tuple(run[header_start : first_figure - 1])
        if COLUMN_UNIT.fullmatch(header[-1].text):
            header = tuple(_wrapped_labels(run, first_figure, width) or header)
    rows: list[tuple[Cell, ...]] = []
    at = first_figure - 1
    while at + width < len(run) and not numeric[at] and all(numeric[at + 1 : at + 1 + width]):
        rows.append(tuple(run[at : at + 1 + width]))
        at += width + 1
    return TextTable(header, tuple(rows)) if len(rows) >= MIN_STACKED_ROWS else None


# ---------------------------------------------------------------- cards (infographics)

# a card's label: words, no figure (律师事务所 · 全省执业律师 · 律所党组织覆盖率), maybe with an
# aside after it (律师事务所（其中市南区156家）: the aside is read as prose)
CARD_LABEL = re.compile(
    r"([“\"]?[\u4e00-\u9fff][^\n\d|｜（(，,]{0,23}?)[ \t\u3000]*(?:[（(][^\n）)]*[)）])?"
    r"(?:[，,][^\n\d]*)?"  # (…行业党委，实现市州全覆盖: what follows the label says more of it)
)
# a card's figure: one number with its unit, a short qualifier before it maybe (近9200名 ·
# 3.2万+ · 98.6% · 1.1万); the reader checks what the words before it are
CARD_FIGURE = re.compile(
    r"[\u4e00-\u9fff]{0,3}?(?:\d[\d,]*(?:\.\d+)?|[一二两三四五六七八九十百千]+(?=[万余多家个名人户位]))"
    r"[万亿]?[余多]?[家个名人户位%]?[余多]?\+?"
)
# what decorates a card, never a word: emoji, arrows, rules (📍 · 🔴 · ▶ · ✔)
_DECORATION = re.compile(r"^[^\w\n“\"]+|[^\w\n%+)）”\"]+$")
# between a figure and its label on one line: a bar, or spaces
_CARD_SEPARATOR = re.compile(r"[ \t\u3000]*[|｜▶►→][ \t\u3000]*|[ \t\u3000]+")
# a label's figures year by year, on the line under it: 2012年 1560名 → 2022年 5120名
_SERIES_POINT = re.compile(
    rf"(?:{YEAR_LABEL.pattern}[：:]?[ \t\u3000]*)?(\d[\d,]*(?:\.\d+)?[万]?[余多]?[家个名人户位%]?)"
)  # (2012年：412家: the year labelled by a colon)
# after a series' last point, what the line goes on to say of it: ，提高10.3个百分点
_SERIES_REMARK = re.compile(r"[，,；;（(]")
# from one point of a series to the next: → · ➡ · 至
_SERIES_STEP = re.compile(r"[ \t\u3000]*(?:→|->|—>|➡|➜|➔|至|到)[ \t\u3000]*")
# 对比口径：2015年底 ➡ 2024年底: the years of the series below that give none of their own
_COMPARED_YEARS = re.compile(
    rf"((?:19|20)\d{{2}})年(?:底|末)?{_SERIES_STEP.pattern}((?:19|20)\d{{2}})年"
)


CARD_LINE_MAX = 48  # characters of a card's line, its emoji and spaces included


@dataclass(frozen=True)
class Card:
    figure: Cell  # 近9200名: the figure with its qualifier and unit
    label: Cell  # 注册会计师: the words that say what it counts
    year: int | None = None  # a series' point: 2012年 1560名 (the end of that year)
    share: bool = False  # the figure is the share of the whole that the label's count makes


# 4120名 ➜ 占26.0% · 9870名（占比34.6%） · a line 👉 占全市律师总数 33.5% under 6230名: the
# share of the whole a card's count makes, after its figure or on the line under it
_SHARE_REMARK = re.compile(
    r"[ \t\u3000]*(?:➜|→|➡|->|，|,)?[ \t\u3000]*(?P<open>[（(])?"
    r"(?:占比|占[^\n\d%（()）]{0,10}?)[ \t\u3000]*(?:为|达)?"
    r"(?P<share>\d+(?:\.\d+)?%)(?(open)[)）])$"
)


_UNITS = "家个名人户位余多+"  # what a card's figure ends with


def _share_split(cell: Cell) -> tuple[Cell, Cell | None]:
    """The cell without a share remark at its end, and the remark's percent (None if none)."""
    remark = _SHARE_REMARK.search(cell.text)
    # (only after a figure: 党员律师占比 35.0% is a card of its own)
    if remark is None or remark.start() and cell.text[: remark.start()].rstrip()[-1:] not in _UNITS:
        return cell, None
    share = Cell(
        cell.start + remark.start("share"), cell.start + remark.end("share"), remark["share"]
    )
    return Cell(cell.start, cell.start + remark.start(), cell.text[: remark.start()]), share


def _with_shares(cards: list[Card], shares: dict[int, Cell]) -> list[Card]:
    """The cards, each followed by its count's share where one was remarked."""
    out: list[Card] = []
    for card in cards:
        out.append(card)
        if (share := shares.get(card.figure.start)) is not None:
            out.append(Card(share, card.label, card.year, share=True))
    return out


def _undecorated(line: str, offset: int) -> Cell | None:
    """The line without the emoji and marks around it, with its offset; None if nothing is left."""
    lead = _DECORATION.match(line)
    start = lead.end() if lead else 0
    trail = _DECORATION.search(line, start)
    end = trail.start() if trail else len(line)
    return Cell(offset + start, offset + end, line[start:end]) if end > start else None


def _label(cell: Cell) -> Cell | None:
    found = CARD_LABEL.fullmatch(cell.text)
    if found is None:
        return None
    return Cell(cell.start, cell.start + found.end(1), found[1])


def _card_of_a_line(cell: Cell) -> Card | None:
    """2860家 ｜ 律师事务所 · 1562个 律师行业党组织 · 律所党组织覆盖率 ｜ 98.6%: a figure and a
    label, one on each side of a bar or a space."""
    separators = list(_CARD_SEPARATOR.finditer(cell.text))
    if len(separators) != 1:
        return None
    sep = separators[0]
    left = Cell(cell.start, cell.start + sep.start(), cell.text[: sep.start()])
    right = Cell(cell.start + sep.end(), cell.end, cell.text[sep.end() :])
    if CARD_FIGURE.fullmatch(left.text) and (label := _label(right)):
        return Card(left, label)
    if CARD_FIGURE.fullmatch(right.text) and (label := _label(left)):
        return Card(right, label)
    return None


def _kind(cell: Cell) -> str:
    """F for a line of one figure, L for a line of a label, "" for any other line."""
    if CARD_FIGURE.fullmatch(cell.text):
        return "F"
    return "L" if _label(cell) else ""


# a line that heads a section: 【律师行业】 · 01 组织覆盖 · 组织建设：
_HEADING_LINE = re.compile(r"\s*(?:【[^】\n]+】|\d{1,2}[ \t\u3000]+\S+|\S+[：:])\s*")


def _paired(run: list[Cell], heading: bool = False) -> list[Card]:
    """The cards of a run of figure and label lines that alternate, figure first (3.2万+ /
    全省执业律师 / 2860家 / 律师事务所) or label first; [] when the run could be read either
    way (组织建设 / 1562个 / 律师行业党组织: a heading, or a label with a stray line) unless
    the first line is written as a heading (``heading``: 【律师行业】)."""
    kinds = "".join(map(_kind, run))
    if len(run) % 2 and heading and kinds[0] == "L":
        run, kinds = run[1:], kinds[1:]  # 【律师行业】 / ● 1.1万余名 / 执业律师: under a heading
    if len(run) % 2 or kinds not in ("FL" * (len(run) // 2), "LF" * (len(run) // 2)):
        return []
    pairs = zip(run[::2], run[1::2], strict=True)
    if kinds.startswith("F"):
        return [Card(figure, label) for figure, words in pairs if (label := _label(words))]
    return [Card(figure, label) for words, figure in pairs if (label := _label(words))]


def _series(label: Cell, line: Cell, compared: tuple[int, int] | None = None) -> list[Card]:
    """执业律师 over 2012年 1560名 → 2022年 5120名: a card for each year's figure (5120人 ➡
    1.36万人 under 对比口径：2015年底 ➡ 2024年底: the years ``compared``)."""
    points: list[Card] = []
    pos = 0
    while pos < len(line.text):
        if len(points) >= 2 and _SERIES_REMARK.match(line.text, pos):
            break
        if points:  # (a step between two points: →, 至)
            step = _SERIES_STEP.match(line.text, pos)
            if step is None:
                return []
            pos = step.end()
        point = _SERIES_POINT.match(line.text, pos)
        if point is None:
            return []
        start, end = line.start + point.start(2), line.start + point.end(2)
        year = int(point[1]) if point[1] else None
        points.append(Card(Cell(start, end, point[2]), label, year))
        pos = point.end()
    if len(points) < 2:
        return []
    if all(p.year is None for p in points) and compared and len(points) == 2:
        return [replace(p, year=y) for p, y in zip(points, compared, strict=True)]
    return points if all(p.year is not None for p in points) else []


# 律师事务所　2012年 421家 ➜ 2022年 766家 · ● 公证员：2015年1208名 → 2019年1476名: a label,
# then its series on the same line
_SERIES_LABEL = r"([^\W\d_][^\n\d：:]{0,15}?)"  # (a label before its figures on one line)
_LABEL_THEN_SERIES = re.compile(
    rf"{_SERIES_LABEL}(?:[ \t\u3000]*[：:][ \t\u3000]*|[ \t\u3000]+)(?=(?:19|20)\d{{2}}年)"
)
SERIES_LINE_MAX = 80  # characters of a line holding a label and its series


# ——律师事务所：63家→98家 under a header of the years compared: a label, a colon, its figures
_LABEL_THEN_FIGURES = re.compile(rf"{_SERIES_LABEL}[ \t\u3000]*[：:][ \t\u3000]*(?=\d)")


def _series_beside_its_label(
    line: str, offset: int, compared: tuple[int, int] | None = None
) -> list[Card]:
    """The points of a series written after its label on one line, if the line is one (its
    points without years of their own take the ``compared`` years a header gave)."""
    cell = _undecorated(line, offset)
    if cell is None or len(line) > SERIES_LINE_MAX:
        return []
    m = _LABEL_THEN_SERIES.match(cell.text) or (
        _LABEL_THEN_FIGURES.match(cell.text) if compared else None
    )
    label = _label(Cell(cell.start, cell.start + m.end(1), m[1])) if m else None
    if m is None or label is None:
        return []
    return _series(label, Cell(cell.start + m.end(), cell.end, cell.text[m.end() :]), compared)


def find_cards(text: str) -> list[list[Card]]:
    """The cards in ``text``, in groups that stand or fall together: the cards of a run of
    lines that alternate figure and label (a blank line or any other line ends a run), and
    each line of a figure and a label side by side. A card's figure holds one number."""
    groups: list[list[Card]] = []
    run: list[Cell] = []
    heading = False  # the run's first line is written as a heading
    compared: tuple[int, int] | None = None  # the years a header says series compare
    offset = 0
    shares: dict[int, Cell] = {}  # a card figure's share of the whole, by its offset
    line_card: Card | None = None  # the card the line before held alone (label and figure)
    for line in [*text.split("\n"), ""]:
        # (a line of prose is no card: decided by its length, at C speed)
        cell = _undecorated(line, offset) if len(line) <= CARD_LINE_MAX else None
        offset += len(line) + 1
        if cell is not None and (years := _COMPARED_YEARS.search(cell.text)):
            compared = (int(years[1]), int(years[2]))
        share = None
        if cell is not None and not _kind(cell):
            trimmed, share = _share_split(cell)
            if share is not None and not trimmed.text.strip():
                if run and _kind(run[-1]) == "F":  # (👉 占全市律师总数 33.5% under 6230名)
                    shares[run[-1].start] = share
                    continue
                if not run and line_card is not None:  # (…under 党员律师 16.8万多名)
                    groups[-1].append(Card(share, line_card.label, share=True))
                    line_card = None
                    continue
            elif share is not None:  # (4120名 ➜ 占26.0% · 党员律师 ▶ 9870名（占比34.6%）)
                kept = trimmed.text.rstrip()
                cell = Cell(trimmed.start, trimmed.start + len(kept), kept)
                shares[_figure_start(cell)] = share
        if cell is not None and _kind(cell):
            heading = heading if run else _HEADING_LINE.fullmatch(line) is not None
            run.append(cell)
            continue
        label = _label(run[0]) if cell is not None and len(run) == 1 else None
        if cell is not None and label is not None and (points := _series(label, cell, compared)):
            groups.append(points)  # 执业律师 over 2012年 1560名 → 2022年 5120名
            run = []
            continue
        if len(run) >= 2 and (cards := _paired(run, heading)):
            groups.append(_with_shares(cards, shares))
        run = []
        if points := _series_beside_its_label(line, offset - len(line) - 1, compared):
            groups.append(points)  # 律师事务所　2012年 421家 ➜ 2022年 766家
        elif cell is not None and (card := _card_of_a_line(cell)):
            groups.append(_with_shares([card], shares))
            line_card = card
            continue
        line_card = None
    return groups


def _figure_start(cell: Cell) -> int:
    """Where a line's figure starts, for a line of a figure alone or of a label and a figure."""
    card = _card_of_a_line(cell)
    return card.figure.start if card is not None else cell.start


# ------------------------------------------------- figure-led lines (数读, 一图读懂)

# 1136家：截至2021年底，全省律师事务所总数。 · 2.86万家——已建立党组织的非公企业 · ▶ 1347家
# over 全区登记社会组织总数，… · （图③）186个：…: a line that leads with its figure (a
# qualifier, a number, its unit) and then says, after a colon, dash or arrow or on the next
# line, what it counts
# the figure that leads such a line: 1136家 · 近9200名 · 2.86万家 · 100% · 3.2万+ (no date)
LEADING_FIGURE = (
    r"(?:近|约|超过|逾|突破)?\d[\d,]*(?:\.\d+)?[万亿]?[余多]?"
    r"(?:%|(?![年月日号时点])[\u4e00-\u9fff]{1,3}?)\+?"
)
# …and the colon or dash after it, as a line of prose would never have it
LEADING_FIGURE_COLON = rf"{LEADING_FIGURE}[ \u3000]*(?:[：:]|——|—)"
# 超过三成——这是… · 约三分之一——这是…: a share in words leading its clause
LEADING_SHARE_WORDS = r"(?:近|约|超过|逾|不足|接近)?(?:[一二两三四五六七八九]成|[二三四五六七八九十]分之[一二三四五六七八九])"
_LED_FIGURE = re.compile(
    # (…的数量；超过三成——这是…: a second clause of the line led by its figure, after ；)
    r"(?:^|(?<=[；;]))[^\S\n]*(?:[▶►●■◆◇★☆▲△◎○•][^\S\n]*|[（(]图[^\s)）]{1,3}[)）][^\S\n]*|(?P<bracket>【))?"
    rf"(?P<figure>{LEADING_FIGURE}|{LEADING_SHARE_WORDS})"
    r"(?P<separator>(?(bracket)】[^\S\n]*[：:]?[^\S\n]*|[^\S\n]*(?:[：:]|——|—|(?P<arrow>→|➡|->))[^\S\n]*)"
    # (2.3万家，这是鄞州区非公有制企业的数量: a comma, then what it is)
    r"|[^\S\n]*[，,](?=这是|这就是)"
    r"|[^\S\n]*\n[^\S\n]*"
    r"|(?P<space>[ \t\u3000]+))"
    r"(?=[\u4e00-\u9fff“]|(?:19|20)\d{2}年)",
    re.M,
)
# a clause that only dates what follows: 截至2021年底 · 2019年5月底 · 目前 · 截至去年底
_DATE_ONLY_CLAUSE = re.compile(
    r"(?:截至|截止到?|到|至)?(?:目前|当前|现在|至今"
    r"|(?:(?:19|20)\d{2}|去|今|上|前)年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|末|初)?(?:时|止|为止)?"
    r"|\d{1,2}月(?:底|末)?)"
)
# a figure in the words under a figure (单独建立党支部的企业620家, a row of its own), not a
# year (2021年全国律师事务所党组织覆盖率)
_A_FIGURE_NOT_A_YEAR = re.compile(r"(?<!\d)(?!(?:19|20)\d{2}年)\d")
# (全行业党组织总数：党委3个…: the label ends before what it goes on to break down)
_CLAUSE_END = re.compile(r"[，,；;。！？!?：:\n]|$")
_DIGITS_OF = re.compile(r"\D*([\d,.]+)")  # the digits of a figure: 1136 of 1136家, 2.86 of 2.86万家
# an aside closing the label: 律师事务所数量（其中合伙所41家）
_CLOSING_ASIDE = re.compile(r"[（(][^（()）]*[)）]$")


@dataclass(frozen=True)
class LedFigure:
    """A figure leading its line, and the words that say what it counts."""

    line_start: int  # where its line starts (decorations included)
    figure: Cell  # 1136家 · 近9200名 · 100%
    words_start: int  # where the words after it start (after ：, —— or the line break)
    label_end: int  # where the first clause that is more than a date ends (全省律师事务所总数)
    # a figure over a line that reads as a card's label (2860家 over 律师事务所): led only
    # where the two lines stand as a paragraph of their own (the reader's call: see extract)
    over_a_label: bool = False


_THIS_IS = re.compile(r"这(?:就)?是")


def figure_led_lines(text: str) -> list[LedFigure]:
    """The figures that lead their lines, each with its label: the first clause after it that
    is more than a date. Not led: a figure its words state again (57.6万名 over 截至2021年底，
    全国执业律师达57.6万名: the headline of their sentence), a figure over a line with a figure
    of its own (a table's or a card's row), a line a card reads."""
    found = []
    for m in _LED_FIGURE.finditer(text):
        rest_end = text.find("\n", m.end())
        rest = text[m.end() : rest_end if rest_end >= 0 else len(text)]
        digits = _DIGITS_OF.match(m["figure"])
        if (digits[1] if digits else m["figure"]) in rest:
            continue
        label_end = _label_end(rest)
        under = "\n" in m["separator"]
        if (under or m["space"]) and _A_FIGURE_NOT_A_YEAR.search(rest, 0, label_end):
            continue  # (a row with its own figure under or beside a figure: 27个　单独党支部 ｜ 9个…)
        line = _undecorated(text[m.start() : m.end() + len(rest)], m.start())
        if (m["arrow"] or m["space"]) and line is not None and _card_of_a_line(line):
            continue  # (2860家 → 律师事务所 · 1562个 律师行业党组织: a card's)
        # (——这是全省律师事务所的总数: what it is, said without 这是)
        pointing = _THIS_IS.match(rest)
        words_start = m.end() + (pointing.end() if pointing and pointing.end() < label_end else 0)
        if label_end:
            found.append(
                LedFigure(
                    m.start(),
                    Cell(m.start("figure"), m.end("figure"), m["figure"]),
                    words_start,
                    m.end() + label_end,
                    under and _is_card_label(rest),
                )
            )
    return sorted([*found, *_figure_led_cells(text)], key=lambda f: f.line_start)


# 152个 单独党支部 ｜ 75个 联合党支部 · 323家　已建党组织事务所 ｜ 81.2%　党组织覆盖率: cards
# side by side on one line, each a figure before its label
_LINE_WITH_A_BAR = re.compile(r"^[^\n|｜]*[|｜][^\n]*$", re.M)
_BAR = re.compile(r"[ \t\u3000\xa0]*[|｜][ \t\u3000\xa0]*")
_FIGURE_BEFORE_LABEL = re.compile(rf"(?P<figure>{LEADING_FIGURE})[ \t\u3000]*(?=[\u4e00-\u9fff“])")


def _figure_led_cells(text: str) -> list[LedFigure]:
    """The figures of a line of two or more cards side by side, each led by its figure, each
    with its label; none from a line with a cell of any other kind."""
    found: list[LedFigure] = []
    for line in _LINE_WITH_A_BAR.finditer(text):
        row = cells(line[0], line.start(), _BAR)
        led = []
        for cell in row:
            lead = _FIGURE_BEFORE_LABEL.match(cell.text)
            words = cell.text[lead.end() :] if lead else ""
            label = _label(Cell(0, len(words), words))
            if lead is None or label is None or label.text != words:
                break  # (the label is the whole of the rest, no aside or remark after it)
            figure = Cell(cell.start, cell.start + lead.end("figure"), lead["figure"])
            led.append(LedFigure(cell.start, figure, cell.start + lead.end(), cell.end))
        else:
            if len(led) >= 2:
                found += led
    return found


def _is_card_label(line: str) -> bool:
    cell = _undecorated(line, 0)
    return cell is not None and len(line) <= CARD_LINE_MAX and _kind(cell) == "L"


def _label_end(rest: str) -> int:
    """Where the first clause of ``rest`` that is more than a date ends; 0 if none does."""
    pos = 0
    while pos < len(rest):
        end = _CLAUSE_END.search(rest, pos)
        stop = end.start() if end else len(rest)
        if not _DATE_ONLY_CLAUSE.fullmatch(rest, pos, stop):
            aside = _CLOSING_ASIDE.search(rest, pos, stop)
            stop = aside.start() if aside else stop
            return stop if stop > pos else 0
        pos = stop + 1
    return 0
