"""HTML page -> article text (trafilatura behind one function of ours)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from html import unescape

from partystats.text_tables import COLUMN_UNIT

# Page regions that are never the article. trafilatura prunes most of them by
# itself, but on short pages it falls back to a baseline that keeps everything.
PRUNE_XPATHS = [
    "//nav",
    "//header",
    "//footer",
    "//aside",
    "//form",
    "//*[@role='navigation']",
    "//*[@role='contentinfo']",
]


@dataclass(frozen=True)
class HtmlArticle:
    title: str | None
    text: str  # headline (when trafilatura found one) then the body, one paragraph a line
    date: date | None  # publication date from the page's metadata
    site: str | None = None  # the site's name in the page's <title> (河南律师网-…): its publisher


@lru_cache(maxsize=1)
def _trafilatura_config():
    from trafilatura.settings import use_config

    config = use_config()
    # Press notes are often a few sentences long; the defaults (250 chars) would
    # discard them or fall back to keeping the navigation.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "20")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    # No signal-based timeout: extraction runs in worker threads.
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def html_article(html: str) -> HtmlArticle | None:
    """The article of an HTML page, without scripts, navigation or footers; None if it has none."""
    import trafilatura

    result = trafilatura.bare_extraction(
        with_flat_headers(html),
        config=_trafilatura_config(),
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        prune_xpath=PRUNE_XPATHS,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if result is None:
        return None
    body = (result.text or "").strip()
    if not body:
        return None
    title = (result.title or "").strip() or None
    text = body if title is None or body.startswith(title) else f"{title}\n{body}"
    site = page_site(html, title)
    return HtmlArticle(title=title, text=text, date=parse_iso_date(result.date), site=site)


_TITLE_TAG_RE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.S | re.I)
_TITLE_PARTS_RE = re.compile(r"\s*(?:[-_|｜–]+|——)\s*")


def page_site(html: str, headline: str | None) -> str | None:
    """The page's <title> less its headline: the site's name (河南律师网 of 河南律师网-砥砺奋进
    五年间…), or None when the title is the headline alone."""
    found = _TITLE_TAG_RE.search(html)
    if found is None:
        return None
    parts = [p for p in _TITLE_PARTS_RE.split(unescape(found[1]).strip()) if p]
    site = [p for p in parts if not headline or (p not in headline and headline not in p)]
    return " ".join(site) or None


_INVISIBLE_RE = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_TAG_RE = re.compile(r"<[^>]+>")


def page_lines(html: str) -> str:
    """The page's visible text, one element a line: what the article extraction may have
    left out (a dateline in a <div class="info">), for a labelled date to be found in."""
    text = _TAG_RE.sub("\n", _INVISIBLE_RE.sub("", html))
    return "\n".join(line.strip() for line in unescape(text).splitlines() if line.strip())


def parse_iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# ---------------------------------------------------------------- tables with merged headers

_FIGURE_CELL_RE = re.compile(r"[-+−]?\d[\d,]*(?:\.\d+)?%?")
_YEAR_CELL_RE = re.compile(r"(?:19|20)\d{2}年?(?:\d{1,2}月)?(?:底|末)?")
_TOTAL_LABELS = frozenset({"合计", "小计", "总计", "计", "总数", "数量", "小结"})


def with_flat_headers(html: str) -> str:
    """The page with each table whose header spans rows (律所党组织 over 合计 | 单独党支部 |
    联合党支部) given one header row of whole labels, one a column: trafilatura keeps one
    header row and drops the cells a rowspan or colspan covers, which shifts the columns."""
    if "rowspan" not in html and "colspan" not in html:
        return html
    import lxml.html

    try:
        page = lxml.html.document_fromstring(html)
    except ValueError:  # (lxml refuses some strings: an encoding declaration in a str)
        return html
    changed = False
    for table in list(page.iter("table")):
        if table.find(".//table") is not None:
            continue  # a layout table holding others
        flat = _flattened(table)
        if flat is not None:
            table.getparent().replace(table, flat)
            changed = True
    return lxml.html.tostring(page, encoding="unicode") if changed else html


def _flattened(table):  # noqa: ANN001, ANN202 (lxml elements)
    """The table with one header row, its merged cells spread over their columns, or None
    when its header is one row already."""
    from lxml.html import builder

    grid = _grid(table)
    header_rows = 0
    while header_rows < len(grid) and not any(
        _FIGURE_CELL_RE.fullmatch(text) for _, text in grid[header_rows]
    ):
        header_rows += 1
    if header_rows < 2 or header_rows == len(grid):
        return None
    labels = [
        _column_label([grid[r][c][1] for r in range(header_rows)]) for c in range(len(grid[0]))
    ]
    rows = [builder.TR(*(builder.TH(label) for label in labels))]
    seen: set[int] = set()
    for row in grid[header_rows:]:
        cells = []
        for origin, text in row:
            # a figure a span covers is stated once; a label it covers is each row's
            repeated = origin in seen and _FIGURE_CELL_RE.fullmatch(text) is not None
            cells.append(builder.TD("" if repeated else text))
            seen.add(origin)
        rows.append(builder.TR(*cells))
    return builder.TABLE(*rows)


def _grid(table) -> list[list[tuple[int, str]]]:  # noqa: ANN001 (an lxml element)
    """The table's rows, each cell as (which source cell, its text), spans spread out."""
    cells: dict[tuple[int, int], tuple[int, str]] = {}
    rows = list(table.iter("tr"))
    origin = 0  # (a count, not id(): lxml makes a new proxy object at each access)
    for r, tr in enumerate(rows):
        c = 0
        for cell in (el for el in tr if el.tag in ("td", "th")):
            while (r, c) in cells:
                c += 1
            text = " ".join(cell.text_content().split())
            for dr in range(_span(cell.get("rowspan"))):
                for dc in range(_span(cell.get("colspan"))):
                    cells.setdefault((r + dr, c + dc), (origin, text))
            origin += 1
            c += _span(cell.get("colspan"))
    width = max((c for _, c in cells), default=-1) + 1
    return [[cells.get((r, c), (-1 - c, "")) for c in range(width)] for r in range(len(rows))]


def _span(value: str | None) -> int:
    return int(value) if value and value.isdigit() and 0 < int(value) <= 50 else 1


def _column_label(parts: list[str]) -> str:
    """One column's label from its header cells top down: the lowest names the column
    (单独党支部 under 律所党组织), with its group's unit (单独组建 under 覆盖律所（家）), but a
    total is its group's (合计 under 律所党组织 -> 律所党组织), and a year stays with what it
    dates (2014年底律师事务所 · 律师行业2023年底)."""
    distinct = [p for k, p in enumerate(parts) if p and p not in parts[:k]]
    if len(distinct) < 2:
        return distinct[0] if distinct else ""
    group, own = distinct[-2], distinct[-1]
    if own in _TOTAL_LABELS:
        return group
    if _YEAR_CELL_RE.fullmatch(group) or _YEAR_CELL_RE.fullmatch(own):
        return group + own
    unit = COLUMN_UNIT.search(group)  # (覆盖律所（家）: the group's unit)
    return own + unit[0] if unit and not COLUMN_UNIT.search(own) else own
