"""The publication date a page prints near its top (``发布时间:2024-03-19``)."""

from __future__ import annotations

import re
from datetime import date

# How far down a dateline may sit: headline, byline and meta lines come first.
DATELINE_MAX_LINES = 12
DATELINE_MAX_CHARS = 2000

_YMD = r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?!\d)\s*日?"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"

# Only dates the page marks as its own: a date inside a sentence
# ("2018年1月7日，时任司法部部长...") is an event, not the publication date.
DATELINE_PATTERNS = (
    # 发布时间:2020-07-22 / 日期:2008-08-28 / 時間: 2015-01-13
    re.compile(
        r"(?:发布|發布|发表|發表|更新|发稿|發稿|刊发|出版|上传|上傳)?(?:时间|時間|日期)\s*[:：]?\s*"
        + _YMD
    ),
    # 2018-07-23 10:25 ... / 2020年04月15日 16:44:28
    re.compile(_YMD + r"\s*" + _TIME),
    # 2018-07-23 来源: ...
    re.compile(_YMD + r"\s*(?:来源|來源)"),
    # a line holding only the date, perhaps with a short section label
    re.compile(r"^\s*" + _YMD + r"\s*\S{0,8}\s*$"),
    # 28.09.2018  06:30 (day first, as some portals print it)
    re.compile(r"(?<!\d)(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})\s+" + _TIME),
)

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９：", "0123456789:")


def find_dateline(text: str) -> date | None:
    """The first publication dateline among the first lines of ``text``, if any."""
    head = text[:DATELINE_MAX_CHARS].translate(_FULLWIDTH_DIGITS)
    lines = [line for line in head.splitlines() if line.strip()][:DATELINE_MAX_LINES]
    for line in lines:
        for pattern in DATELINE_PATTERNS:
            for match in pattern.finditer(line):
                found = valid_date(match["y"], match["m"], match["d"])
                if found is not None:
                    return found
    return None


def valid_date(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None
