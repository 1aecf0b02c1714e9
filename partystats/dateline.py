"""The publication date of a page: printed near its top (``发布时间:2024-03-19``), or
written into its address (``/news/2019/01/07/c_35282.htm``, ``t20171101_118.htm``)."""

from __future__ import annotations

import re
from datetime import date

# How far down a dateline may sit: headline, byline and meta lines come first.
DATELINE_MAX_LINES = 12
DATELINE_MAX_CHARS = 2000

_YMD = r"(?P<y>(?:19|20)\d{2})\s*[-/.－／年]\s*(?P<m>\d{1,2})\s*[-/.－／月]\s*(?P<d>\d{1,2})(?!\d)\s*日?"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"

# Only dates the page marks as its own: a date inside a sentence
# ("2018年1月7日，时任司法部部长...") is an event, not the publication date.
DATELINE_PATTERNS = (
    # 发布时间:2020-07-22 / 日期:2008-08-28 / 時間: 2015-01-13 / 【发布日期】2022-08-09
    re.compile(
        r"(?:发布|發布|发表|發表|更新|发稿|發稿|刊发|出版|上传|上傳)?(?:时间|時間|日期)\s*[】\]]?\s*[:：]?\s*"
        + _YMD
    ),
    # 2018-07-23 10:25 ... / 2020年04月15日 16:44:28
    re.compile(_YMD + r"\s*" + _TIME),
    # 2018-07-23 来源: ...
    re.compile(_YMD + r"\s*(?:来源|來源)"),
    # a line holding only the date, perhaps with a short section label
    re.compile(r"^\s*" + _YMD + r"\s*\S{0,8}\s*$"),
    # 2023年12月　杭州市余杭区委两新工委: a month and the publisher (dated to its first day)
    re.compile(
        r"^\s*(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月(?P<d>)[ \t\u3000]+"
        r"[^\s，。,：:；;\d]{2,20}\s*$"
    ),
    # 2024-04-09　湖南省注册会计师协会: the date, a space, the publisher, nothing after
    re.compile(r"^\s*" + _YMD + r"[ \t\u3000]+[^\s，。,：:；;]{2,20}\s*$"),
    # 大公報  2023年5月8日 · （湖北日报　2019年11月05日　第3版）: a short paper or site name, a
    # space, the date (and page), nothing after
    re.compile(
        r"^\s*[（(]?[^\s，。,：:；;（(]{1,12}\s+" + _YMD + r"\s*(?:第\s*\d+\s*版)?\s*[)）]?\s*$"
    ),
    # 原创 曲靖市律师协会 2019-11-08 · 原创 张三 某某律协 2021-03-18 10:00 发表于湖南: a public
    # account's byline
    re.compile(
        r"^\s*(?:原创|原創)\s+(?:[^\s，。,：:；;]{1,24}\s+){1,2}"
        + _YMD
        + rf"(?:\s+{_TIME})?(?:\s*发表于\S{{1,8}})?\s*$"
    ),
    # 新华社北京2023年5月8日电: a news agency's dateline
    re.compile(_YMD + r"\s*[电電]"),
    # 来源：甘肃日报　2024-07-01 · 来源：本报 | 2023年10月08日: the source, then the date
    re.compile(r"(?:来源|來源)\s*[:：]\s*[^\s，。,|｜]{1,20}[ \t\u3000|｜]+" + _YMD),
    # 九江市民政局  2023-12-05  【字体:大 中 小】: a publisher, the date, page widgets
    re.compile(r"^\s*[^\s，。,：:；;]{2,20}[ \t\u3000]+" + _YMD + r"[ \t\u3000]+[【\[]"),
    # （2024年6月28日） alone under a speech's title: the day it was given
    re.compile(r"^\s*[（(]\s*" + _YMD + r"\s*[)）]\s*$"),
    # （2022年12月） alone under a report's title: its month (dated to its first day)
    re.compile(r"^\s*[（(]\s*(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月(?P<d>)\s*[)）]\s*$"),
    # ——2019年1月18日在鹤岗市第十届人民代表大会第四次会议上: the day a report was given
    re.compile(r"^\s*[—－-]{1,2}\s*" + _YMD + r"\s*在[^，。,]{2,40}上\s*$"),
    # 28.09.2018  06:30 (day first, as some portals print it)
    re.compile(r"(?<!\d)(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})\s+" + _TIME),
)

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_FULLWIDTH_DIGIT_RE = re.compile("[０-９]")
_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
_WEEKDAY_RE = re.compile(r"\s*(?:星期|禮拜|礼拜)[一二三四五六日天]")


def find_dateline(text: str, labelled_only: bool = False) -> date | None:
    """The first publication dateline among the first lines of ``text``, if any
    (``labelled_only``: only one a label names, 发布时间：…)."""
    head = text[:DATELINE_MAX_CHARS].replace("：", ":")  # str.translate is slow: only if needed
    if _FULLWIDTH_DIGIT_RE.search(head):
        head = head.translate(_FULLWIDTH_DIGITS)
    lines = [
        _WEEKDAY_RE.sub("", line)  # 2019年07月08日 星期一  来源：海南日报
        for line in head.splitlines()[: DATELINE_MAX_LINES * 2]
        if line.strip() and _YEAR_RE.search(line)  # every dateline pattern holds a year
    ][:DATELINE_MAX_LINES]
    # a labelled date (发布日期：2022-11-03) first, wherever it stands: a date ending a line
    # above it may be a related link's (红色律所创建活动启动 2021-08-16)
    labelled, others = DATELINE_PATTERNS[0], DATELINE_PATTERNS[1:]
    for patterns in ((labelled,),) if labelled_only else ((labelled,), others):
        for line in lines:
            for pattern in patterns:
                for match in pattern.finditer(line):
                    found = valid_date(match["y"], match["m"], match["d"] or "1")
                    if found is not None:
                        return found
    return None


def valid_date(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


# News and government sites put the publication day in the path: /2019/01/07/,
# /2018/0723/, /2010-12/31/, /2024-04-25/, /20200415/, t20171101_…, 20210615100518.htm.
# A year and month alone (/201711/) do not date a page to the day: no date.
_URL_DATE_PATTERNS = (
    re.compile(
        r"/(?P<y>(?:19|20)\d{2})[-/]?(?P<m>0[1-9]|1[0-2])[-/]?(?P<d>0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
    ),
    re.compile(
        r"[/t_](?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?:\d{6})?(?=[/_.]|$)"
    ),
)


def date_from_url(url: str | None, today: date | None = None) -> date | None:
    """The publication day a page's address gives, if it gives one (never a future day)."""
    if not url:
        return None
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url.strip(), flags=re.I).split("?")[0]
    latest = today or date.today()
    for pattern in _URL_DATE_PATTERNS:
        for match in pattern.finditer(path):
            found = valid_date(match["y"], match["m"], match["d"])
            if found is not None and found <= latest:
                return found
    return None
