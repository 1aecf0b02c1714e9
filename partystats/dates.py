"""Dates that say when a figure holds: 截至2017年底, 2008年6月底, 2016年，…, 目前, 去年底.

``find_date_marks`` lists every such expression with what it means; the
extractor picks, for each figure, the nearest mark before it.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from partystats.numerals import NUMERAL_START_RE, chinese_to_number
from partystats.scan import finditer_at


class MarkKind(StrEnum):
    ANCHOR = "anchor"  # 截至2017年底: holds until another anchor
    PERIOD = "period"  # 2016年，…: the year the sentence describes
    COMPARISON = "comparison"  # 比2014年的301家: only the next figure
    RELATIVE = "relative"  # 目前 / 近日: the publication date
    RELATIVE_YEAR = "relative_year"  # 去年底 / 今年8月底: a year counted from publication


@dataclass(frozen=True)
class DateMark:
    start: int
    end: int
    kind: MarkKind
    when: date | None  # None for RELATIVE (needs the publication date)
    years_back: int = 0  # RELATIVE_YEAR: 2 for 前年, 1 for 去年, 0 for 今年
    month: int | None = None
    # 截至11月底 (no year): the latest such month end on or before publication
    latest: bool = False
    # 至年底 (no year): the end of the year the text last named, else as ``latest``
    of_named_year: bool = False
    # 过去一年: the year a report looks back on (the one before, early in a year)
    past_year: bool = False
    # 2019年至2023年: the end of the span's first year (a change's starting point)
    since: date | None = None
    day: int | None = None  # 6月29日 (no year): the day, to tell it from one after publication
    months_back: int = 0  # 上月末: 1, the month before publication's, at its end


_YEAR = r"(?P<y>(?:19|20)\d{2})年"
_MONTH = r"(?:(?P<m>1[0-2]|0?[1-9])月)?"
_DAY = r"(?:(?P<d>[0-3]?\d)日)?"
_END = r"(?P<end>底|末|年底|年末|年年底|年年末)?"
# 2014年县律师行业党委成立以来: since something began that year, a start as 以来 is
_FOUNDED_SINCE = r"[^，,。；;\d]{1,16}?(?:成立|组建|建立|开展|实施|启动)以来"
# 2012年、 · 2019年末至 · 2013—: a year before the last of a list or a span (a dash may
# stand without its 年: 2013—2015年; nor may a list's year before another: 2019、2020、2021年;
# a list's 2019年底、 is a mark of its own)
_SPAN_DASH = "—–－~～-"
_YEAR_BEFORE = (
    rf"(?:19|20)\d{{2}}(?:年[、和]|年(?:底|末)?[至到{_SPAN_DASH}]|[{_SPAN_DASH}]"
    r"|、(?=(?:19|20)\d{2}[年、]))"
)
# 统计时点：2019年12月31日 · 数据截止日期：…: a table's or a report's label for the time its
# figures stand at
TIME_POINT_LEADS = (
    "统计时点",
    "数据时点",
    "统计截止日期",
    "统计截止时间",
    "数据截止日期",
    "数据截止时间",
)
_TIME_POINT_LEAD = "|".join(TIME_POINT_LEADS)
ABSOLUTE_RE = re.compile(
    # (数据截至：2021年12月31日: a label's colon after the time word)
    # (统计时点均为2021年12月31日: a time point's label said in a sentence)
    rf"(?:(?P<lead>截至|截止到|截止|截至到|{_TIME_POINT_LEAD}|到|至|比|较|从|由|同比|与)"
    rf"(?:(?<=[点期间])(?:均|都)?(?:为|是))?[：:]?[^\S\n]*)?"
    rf"(?:{_YEAR_BEFORE})*{_YEAR}{_MONTH}{_DAY}{_END}(?P<tail>以来|来(?=[，,])|{_FOUNDED_SINCE}|的时候|的|，|,|度)?"
)
# 体现在 · 实现有3名以上党员的…: 现 inside another word, no "now"
_NOT_NOW = "(?<![实体表出展])"
RELATIVE_RE = re.compile(
    rf"截至目前|截止目前|目前|近日|日前|{_NOT_NOW}现有|如今|当前|现阶段|至今|近期|今年以来|去年以来"
    rf"|{_NOT_NOW}现在"  # 现在党员律师占比… · 提升到现在的97.3%
)
# The characters a match of ABSOLUTE_RE / RELATIVE_YEAR_RE can begin with (partystats.scan)
ABSOLUTE_START_RE = re.compile(r"[截到至比较从由同与统数12]")
RELATIVE_YEAR_START_RE = re.compile(r"[截到比较同与由从去今上前]")
LAST_MONTH_END_RE = re.compile(r"(?P<lead>截至|截止到|截止|至|到)?(?:上月|上个月)(?:底|末)")
RELATIVE_YEAR_RE = re.compile(
    r"(?P<lead>截至|截止|到|比|较|同比|与|由|从)?(?P<which>去年|今年|上年|前年)(?!以来)"
    r"(?:(?P<m>1[0-2]|0?[1-9])月)?(?P<end>底|末|年底|年末)?"
)
# 6月29日 with no year before it (not 2021年6月29日, not 截至6月底: those are read above)
MONTH_DAY_START_RE = re.compile(r"\d")
MONTH_DAY_RE = re.compile(r"(?<![\d年月.\-/])(?P<m>1[0-2]|0?[1-9])月(?P<d>[0-3]?\d)日")
# ■ 2023年数据 · 2022年度主要数据: a heading that dates the figures under it (the year's end),
# up to the next date
DATA_YEAR_HEADING_RE = re.compile(
    r"^[^\S\n]*[■●◆▌]?[^\S\n]*((?:19|20)\d{2})年度?(?:主要|基本)?(?:统计)?数据[^\S\n]*$",
    re.MULTILINE,
)
# 2021年 alone on its line: a yearbook's chronicle (大事记) heading the days listed under it
_YEAR_HEADING_RE = re.compile(r"^[^\S\n]*((?:19|20)\d{2})年[^\S\n]*$", re.MULTILINE)
# a chronicle's entry under a year heading: 5月，… · 是年，… (a month with its day is read above)
_HEADED_MONTH_RE = re.compile(
    r"^[^\S\n]*((?P<m>1[0-2]|0?[1-9])月(?![\d份])|是年|同年|当年)(?=[，,])", re.MULTILINE
)
# 十年前 · 比五年前 · 从五年前的: a year counted back from publication
YEARS_AGO_START_RE = re.compile(r"[比较与从由一二两三四五六七八九十\d]")
YEARS_AGO_RE = re.compile(
    r"(?P<lead>比|较|与|从|由)?(?P<n>[一二两三四五六七八九十]{1,3}|\d{1,2})年前"
)
# 过去一年，全市…: the year a report looks back on
PAST_YEAR_RE = re.compile(r"过去(?:的)?一年|(?<![一二两三四五六七八九十百\d])一年来")  # 一年来 too
PAST_YEAR_TURN_MONTH = 6  # a report given by June looks back on the year before
# 2019年，…。至年底，全市有律所58家: the end of the year just named; so is a sentence that
# opens with 年底， (2021年…。年底，市律师行业党委评选表彰… · 【基本情况】年末，…)
YEAR_END_ANCHOR_START_RE = re.compile(r"[截至到年\s]")
YEAR_END_ANCHOR_RE = re.compile(
    r"(?:截至|截止到|截止|至|到)(?:当年)?(?:年底|年末)|(?:(?<=[。！？\n】])|^)[^\S\n]*年[底末](?=[，,])"
)
# the state at that date, for what follows
ANCHOR_LEADS = ("截至", "截止", "截止到", "截至到", *TIME_POINT_LEADS)
_ANCHOR_LEAD = "|".join(ANCHOR_LEADS)
# 截至2019.12.31 · 截止2020-06-30: a numeric date after a 截至 word sets the time
NUMERIC_ANCHOR_RE = re.compile(
    rf"(?:{_ANCHOR_LEAD})[：:]?[^\S\n]*(?P<y>(?:19|20)\d{{2}})[./-](?P<m>1[0-2]|0?[1-9])"
    r"(?:[./-](?P<d>[0-3]?\d))?(?!\d)"
)
# 截至23年底 · 到22年末 · 截止24年6月底: a year of this century written with two digits, read
# only after a 截至 word and before its end or month (执业23年 is a length of time)
SHORT_YEAR_ANCHOR_RE = re.compile(
    rf"(?:{_ANCHOR_LEAD}|到|至)[^\S\n]*(?<!\d)(?P<yy>[12]\d)年"
    r"(?:(?P<m>1[0-2]|0?[1-9])月(?:底|末)?|底|末)"
)


def is_short_year(text: str, start: int) -> bool:
    """The 23 of 截至23年底: a two-digit year, not a count of years."""
    lead = max(0, start - 6)
    return any(m.start("yy") == start for m in SHORT_YEAR_ANCHOR_RE.finditer(text, lead, start + 8))


YEARS_BACK = {"今年": 0, "去年": 1, "上年": 1, "前年": 2}
# 上半年 · 一季度 · 去年下半年 (no year written before them): a part of a year counted from
# publication, ending in the month given here
PART_OF_YEAR_START_RE = re.compile(r"[去今上下前第一二三四]")
PART_OF_YEAR_RE = re.compile(
    r"(?<![\d年])(?P<which>去年|今年|上年)?"
    r"(?P<part>上半年|下半年|前三季度|第?(?P<quarter>[一二三四])季度)"
)
PART_END_MONTH = {"上半年": 6, "下半年": 12, "前三季度": 9}
QUARTERS = "一二三四"  # a quarter ends in month 3 × its number
# 截至11月底 · 截止6月 (no year before the month): the text's latest such month
# (由3月底的3120名 · 比3月底的81.2%: the month a change starts from or a level is set
# against, dating that figure only)
_MONTH_OF_LEADS = ("由", "从", "比", "较", "、", "至")  # …the level then, only before 的
_MONTH_ANCHOR_LEADS = ("截至", "截止到", "截止", "到", "至")  # the state at that date
MONTH_ANCHOR_RE = re.compile(
    r"(?P<lead>截至|截止到|截止|到|至|由|从|比|较|、|[（(])(?P<m>1[0-2]|0?[1-9])月(?P<end>底|末|份)?"
)
# 较上年增长8.3% · 与2016年末相比: the year compared with, not the figure's
COMPARISON_LEADS = ("比", "较", "同比", "与")
# 上年同期为… · 去年末为…: the words after 上年/去年 that give the level then
# (上年为447名: 为 right before a figure; not 上年为全市律师行业发展的关键一年)
LEVEL_THEN_AFTER_RE = re.compile(
    # (上年同期全市党员律师为1380名: what it was then, named between)
    r"同期[^，,；;。\d]{0,12}?(?:为|是|：|:)(?=(?:约|近|超过|不足|不到)?[\d０-９一二两三四五六七八九十])"
    r"|同期(?=(?:约|近|超过|不足|不到)?[\d０-９一二两三四五六七八九十])"  # (…389家，去年同期376家)
    r"|同(?:为|是|：|:)|(?<=[底末])(?:为|是|：|:)"
    r"|(?:为|是)(?=(?:约|近|超过|不足|不到)?[\d０-９一二两三四五六七八九十])"
)
# “十三五”期间 · 十二五末 · 较“十二五”末: a five-year plan's span (its last year) or its end
PLAN_PERIOD_RE = re.compile(
    r"(?P<lead>比|较|与)?[“\"]?十(?P<n>[一二三四])五[”\"]?(?P<part>期间|时期|末期|末)"
)
PLAN_ONE_LAST_YEAR = 2010  # 十一五 ran 2006–2010; each plan after it five years on


def day_of(year: int, month: int, day: int) -> date:
    """The day, or the month's last if it has fewer (2月29日 of a common year)."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _absolute(m: re.Match[str]) -> DateMark | None:
    year = int(m["y"])
    month = int(m["m"]) if m["m"] else None
    if m["tail"] and m["tail"].endswith("来"):
        return None  # 2016年以来, 2016年来，: a start, not a state
    lead = m["lead"] or ""
    when = (
        date(year, month, int(m["d"]))
        if month and m["d"] and 1 <= int(m["d"]) <= calendar.monthrange(year, month)[1]
        else month_end(year, month or 12)
    )
    # 截至2013年底的主要数据如下 · 据截至2023年底的统计: the time of all that follows (not
    # 截至去年底的386家: the figure it dates)
    dated_words = lead in ANCHOR_LEADS and not NUMERAL_START_RE.match(m.string, m.end())
    if (
        lead in COMPARISON_LEADS
        or _BASE_OF_A_MULTIPLE_RE.match(m.string, m.end())
        or not lead
        and _COMPARED_WITH_BEFORE_RE.search(m.string, max(0, m.start() - 12), m.start())
    ):
        # (是2012年底（约6000人）的2.7倍: the base compared with; 比“十二五”末的2015年增加…:
        # the year that names the base)
        kind = MarkKind.COMPARISON
    elif lead in ("从", "由") or (m["tail"] == "的" or _bracketed_of(m)) and not dated_words:
        kind = MarkKind.COMPARISON  # 从2008年6月底的4.4万人: dates the next figure only
    elif lead in ANCHOR_LEADS or m["end"] or _alone_on_its_line(m):
        kind = MarkKind.ANCHOR  # (■ 2015年 / 全市律所党组织156个: a heading, for what is under it)
    else:
        kind = MarkKind.PERIOD
    span = _SPAN_START_RE.match(m[0], len(lead))
    since = date(int(span[1]), 12, 31) if span else None
    return DateMark(m.start(), m.end(), kind, when, since=since)


def _alone_on_its_line(m: re.Match[str]) -> bool:
    """2015年 with nothing else on its line (a bullet before it aside): a heading."""
    text = m.string
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    rest = text[m.end() : line_end if line_end >= 0 else len(text)]
    return not rest.strip() and not text[line_start : m.start()].strip(" \t\u3000■●◆▲▌•")


def _bracketed_of(m: re.Match[str]) -> bool:
    """从攻坚行动启动时（2020年底）的312个: a time's date alone in brackets, then 的 and
    the figure it dates, as 2020年底的 would."""
    text = m.string
    return text[m.start() - 1 : m.start()] in ("（", "(") and text.startswith(
        ("）的", ")的"), m.end()
    )


_SPAN_START_RE = re.compile(
    rf"[^\S\n]*((?:19|20)\d{{2}})(?:年(?:底|末)?[至到{_SPAN_DASH}]|[{_SPAN_DASH}])"
)
_COMPARED_WITH_BEFORE_RE = re.compile(r"(?:比|较)[^，,；;。\n\d]{1,8}的$")
_BASE_OF_A_MULTIPLE_RE = re.compile(
    r"[^，,；;。\n]{0,16}?的(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)(?:多|余)?倍"
)


def find_date_marks(text: str) -> list[DateMark]:
    marks = []
    for m in finditer_at(ABSOLUTE_START_RE, ABSOLUTE_RE, text):
        mark = _absolute(m)
        if mark is not None:
            marks.append(mark)
    for m in finditer_at(RELATIVE_YEAR_START_RE, RELATIVE_YEAR_RE, text):
        back = YEARS_BACK[m["which"]]
        month = int(m["m"]) if m["m"] else (12 if m["end"] or back else None)
        # 较上年 compares; 由前年的88.5% starts a change: either dates the next figure only
        starts = m["lead"] in ("由", "从")
        # 上年同期为1129家 · 上年末为13.9万名: the level then, of that figure only
        # (not 今年6月底为6950个: this year's level, dated as any other)
        level_then = (
            not m["lead"] and back > 0 and LEVEL_THEN_AFTER_RE.match(text, m.end()) is not None
        )
        # (较到去年年底的1046名: a comparison's base, its 到 no anchor)
        compared = m["lead"] in ("到", "至") and text[m.start() - 1 : m.start()] in ("较", "比")
        if m["lead"] in COMPARISON_LEADS or starts or level_then or compared:
            kind = MarkKind.COMPARISON
        elif m["lead"] in ("截至", "截止", "到") and (m["m"] or m["end"]):
            kind = MarkKind.ANCHOR  # 截至今年5月底: holds for what follows, like 截至2024年5月底
        else:
            kind = MarkKind.RELATIVE_YEAR
        marks.append(DateMark(m.start(), m.end(), kind, None, back, month))
    # (each scan below only where the word it needs is in the text at all)
    parts = "半年" in text or "季度" in text
    for m in finditer_at(PART_OF_YEAR_START_RE, PART_OF_YEAR_RE, text) if parts else ():
        quarter = m["quarter"]
        month = 3 * (QUARTERS.index(quarter) + 1) if quarter else PART_END_MONTH[m["part"]]
        back = YEARS_BACK[m["which"]] if m["which"] else 0
        marks.append(DateMark(m.start(), m.end(), MarkKind.RELATIVE_YEAR, None, back, month))
    for m in RELATIVE_RE.finditer(text):
        marks.append(DateMark(m.start(), m.end(), MarkKind.RELATIVE, None))
    for m in MONTH_ANCHOR_RE.finditer(text):
        lead = m["lead"]
        # (237家（3月底为229家）: the level then, in an aside; not （3月起）)
        in_aside = lead in ("（", "(")
        if in_aside and not (m["end"] and LEVEL_THEN_AFTER_RE.match(text, m.end())):
            continue
        # (从3月起 · 比6月增加 · 1至6月: when something began, a span; 由3月底的3120名 · 、6月底的
        # 87.6% · 增至6月末的63个: the level then)
        if lead in _MONTH_OF_LEADS and not (m["end"] and text.startswith("的", m.end())):
            continue
        kind = MarkKind.ANCHOR if lead in _MONTH_ANCHOR_LEADS else MarkKind.COMPARISON
        marks.append(DateMark(m.start(), m.end(), kind, None, 0, int(m["m"]), latest=True))
    # 至上月末 · 截至上个月底: the end of the month before publication
    for m in LAST_MONTH_END_RE.finditer(text) if "上" in text else ():
        kind = MarkKind.ANCHOR if m["lead"] else MarkKind.RELATIVE_YEAR
        marks.append(DateMark(m.start(), m.end(), kind, None, latest=True, months_back=1))
    # 6月29日，…召开表彰大会: a day of the year published
    headings = [(h.start(), int(h[1])) for h in _YEAR_HEADING_RE.finditer(text)]
    # (2019年 / 6月，…命名…示范点8家 · 是年，…: a month, or the year itself, under the heading)
    for m in _HEADED_MONTH_RE.finditer(text) if headings else ():
        year = next((y for at, y in reversed(headings) if at < m.start()), None)
        if year is not None:
            when = month_end(year, int(m["m"])) if m["m"] else date(year, 12, 31)
            marks.append(DateMark(m.start(1), m.end(1), MarkKind.PERIOD, when))
    for m in finditer_at(MONTH_DAY_START_RE, MONTH_DAY_RE, text) if "日" in text else ():
        month, day = int(m["m"]), int(m["d"])
        if 1 <= day <= calendar.monthrange(2000, month)[1]:  # (a leap year: 2月29日 is a day)
            # (大事记 / 2021年 / 7月1日　…: a day of the year the heading above names)
            year = next((y for at, y in reversed(headings) if at < m.start()), None)
            if year is not None:
                marks.append(
                    DateMark(m.start(), m.end(), MarkKind.PERIOD, day_of(year, month, day))
                )
                continue
            kind = MarkKind.RELATIVE_YEAR
            marks.append(DateMark(m.start(), m.end(), kind, None, 0, month, True, day=day))
    for m in finditer_at(YEARS_AGO_START_RE, YEARS_AGO_RE, text) if "年前" in text else ():
        back = int(chinese_to_number(m["n"]) or 0) if not m["n"].isdigit() else int(m["n"])
        if back:  # 十年前，全省律所不足400家 · 比五年前增加… (then it compares)
            kind = MarkKind.COMPARISON if m["lead"] else MarkKind.RELATIVE_YEAR
            marks.append(DateMark(m.start(), m.end(), kind, None, int(back), 12))
    for m in PAST_YEAR_RE.finditer(text):
        marks.append(
            DateMark(m.start(), m.end(), MarkKind.RELATIVE_YEAR, None, 0, 12, past_year=True)
        )
    year_end = "年底" in text or "年末" in text
    for m in finditer_at(YEAR_END_ANCHOR_START_RE, YEAR_END_ANCHOR_RE, text) if year_end else ():
        mark = DateMark(m.start(), m.end(), MarkKind.ANCHOR, None, 0, 12, True, True)
        marks.append(mark)
    for m in PLAN_PERIOD_RE.finditer(text) if "五" in text else ():
        last = PLAN_ONE_LAST_YEAR + 5 * (int(chinese_to_number(m["n"]) or 1) - 1)
        if m["lead"]:
            kind = MarkKind.COMPARISON
        else:
            kind = MarkKind.ANCHOR if m["part"].startswith("末") else MarkKind.PERIOD
        marks.append(DateMark(m.start(), m.end(), kind, date(last, 12, 31)))
    for m in NUMERIC_ANCHOR_RE.finditer(text):
        year, month = int(m["y"]), int(m["m"])
        last = calendar.monthrange(year, month)[1]
        day = int(m["d"]) if m["d"] and 1 <= int(m["d"]) <= last else last
        marks.append(DateMark(m.start(), m.end(), MarkKind.ANCHOR, date(year, month, day)))
    for m in DATA_YEAR_HEADING_RE.finditer(text) if "数据" in text else ():
        marks.append(DateMark(m.start(1), m.end(), MarkKind.ANCHOR, date(int(m[1]), 12, 31)))
    for m in SHORT_YEAR_ANCHOR_RE.finditer(text) if "年" in text else ():
        when = month_end(2000 + int(m["yy"]), int(m["m"]) if m["m"] else 12)
        marks.append(DateMark(m.start(), m.end(), MarkKind.ANCHOR, when))
    marks.sort(key=lambda mk: mk.start)
    return marks


_SINCE_YEAR_RE = re.compile(r"((?:19|20)\d{2})年(?:\d{1,2}月份?)?以来")  # (2021年3月以来)


def since_this_year(text: str, published: date | None) -> list[DateMark]:
    """2023年以来 (2023年3月以来) in a text published in 2023: 今年以来, the state at
    publication (an earlier year's 以来 only starts a span, and dates nothing)."""
    if published is None:
        return []
    return [
        DateMark(m.start(), m.end(), MarkKind.RELATIVE, None)
        for m in _SINCE_YEAR_RE.finditer(text)
        if int(m[1]) == published.year
    ]


def resolve(mark: DateMark, published: date | None) -> date | None:
    """The date a mark stands for, given the publication date (which RELATIVE marks need)."""
    if mark.when is not None:
        return mark.when
    if published is None:
        return None
    if mark.kind is MarkKind.RELATIVE:
        return published
    if mark.months_back:
        year, month = divmod(published.year * 12 + published.month - 1 - mark.months_back, 12)
        return month_end(year, month + 1)
    year = published.year - mark.years_back
    if mark.past_year and published.month <= PAST_YEAR_TURN_MONTH:
        year -= 1  # ——2019年1月18日在…会议上: 过去一年 is 2018
    when = month_end(year, mark.month) if mark.month else date(year, 12, 31)
    if mark.day is not None and mark.month:  # 6月11日 in a page of 2024-06-12: that very day
        when = day_of(year, mark.month, mark.day)
    # 截至12月底 in a report of 2024-01-22: last year's (but 截至6月底 on 2019-06-28: the month
    # about to end, this year's, as of the page's day)
    if mark.latest and mark.month and when > published:
        if mark.month == published.month:
            return published
        last_year = year - 1
        when = (
            month_end(last_year, mark.month)
            if mark.day is None
            else day_of(last_year, mark.month, mark.day)
        )
    return when


# 2020年8月26日，…成立大会召开。: a news report opens with the day it reports
_OPENING_DAY_RE = re.compile(r"\s*((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日[，,]")
OPENING_LINES = 3  # lines after the headline where a report's first sentence starts


def opening_day(text: str) -> date | None:
    """The day a report's first sentence opens with, if it opens with a full date: what
    an undated page's 现有/目前 are as of (据介绍，全区现有律所32家)."""
    for line in [ln for ln in text.split("\n")[1:] if ln.strip()][:OPENING_LINES]:
        m = _OPENING_DAY_RE.match(line)
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
    return None
