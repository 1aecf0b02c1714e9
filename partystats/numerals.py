"""Numbers as Chinese statistical prose writes them.

``find_numbers`` locates every numeral in a text (Arabic with separators and
decimals, full-width digits, Chinese numerals, 万/亿 multipliers, percents,
百分之N, N分之M) and parses its value. Chinese numerals are parsed by cn2an,
wrapped in :func:`chinese_to_number`, applied to the numeral span only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

import cn2an

from partystats.scan import finditer_at

FULLWIDTH = str.maketrans("０１２３４５６７８９％．，", "0123456789%.,")
_FULLWIDTH_NOT_COMMA_RE = re.compile("[０-９％．]")


def fold_fullwidth(text: str) -> str:
    """text.translate(FULLWIDTH), fast: str.translate looks every character up in a dict
    (~0.2 µs each), while the comma every Chinese text has is one str.replace and the rest
    is rare (a regex scan says whether it is there)."""
    text = text.replace("，", ",")
    return text.translate(FULLWIDTH) if _FULLWIDTH_NOT_COMMA_RE.search(text) else text


CN_DIGITS = "零〇一二两三四五六七八九十百千"
# 12,599 · 2 386 (a space as the thousands separator: 1-3 digits, then groups of 3) ·
# 8 5家 · 7 9 0名 · 2 8.0% (stray spaces a web copy or a PDF's justified line put inside a
# short figure, right before its classifier, sign or 万) · 35.52
_ARABIC = (
    r"\d+(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)(?:\.\d+)?"
    r"|\d{1,2}(?:[ \u00a0]\d{1,2}){1,3}(?:\.\d(?:[ \u00a0]?\d)?)?(?=[家个名人位户%万])"
    r"|\d+(?:\.(?!(?:19|20)\d\d年)\d+)?"  # (2.2023年末全市…: an item's number, then a year)
)
# 十四 · 一百零五 · 一万零三百 · 三十五点五二
_CHINESE = rf"[{CN_DIGITS}]+(?:万[{CN_DIGITS}]+)?(?:点[零〇一二三四五六七八九]+)?"
_MULT = r"千万|[万亿千]"  # 1.3万 · 2亿 · 7千 (Arabic digits before a Chinese unit)
# 1万2千 · 3千2百 · 73万2千 · 6百 · 三千2百 · 三百8十 · 47万3000: Arabic digits and Chinese units mixed
# in one numeral, an Arabic digit in it somewhere
_PART = r"(?:\d|[一二两三四五六七八九])"
_MIXED = (
    rf"\d{{1,4}}(?:万{_PART}千(?:{_PART}百)?|千{_PART}百(?:{_PART}十)?|百{_PART}十"
    rf"|万[1-9]\d{{3}}(?![\d.,年])"  # (47萬3000: a Taiwanese paper's 473,000)
    rf"|百(?!{_PART}|[万亿]))"
    rf"|[一二两三四五六七八九十]{{1,3}}(?:万\d千(?:{_PART}百)?|千\d百(?:{_PART}十)?|百\d十)"
)

NUMBER_RE = re.compile(
    rf"(?P<pct_cn>百分之(?P<pct_body>{_ARABIC}|{_CHINESE}))"
    rf"|(?P<frac>(?P<den>{_CHINESE})分之(?P<num>{_CHINESE}))"
    # 近三成 · 占律师总数的三成 · 占总数三成 · 不足三成 · 保持在七成以上 · 提高至四成 · 八成五 (85) (成
    # after other words: 建成, 三成员单位)
    # (只有五成 · 仅四成 · 已有九成以上 · 突破五成 · 覆盖率四成出头 · 大概三成 · 从三成左右 ·
    # 91.5%和八成以上 · 组织覆盖：七成以上 · 由三成多提高到近四成)
    # (，七成左右的公证员是党员 · 其中七成以上为党员: at a clause's start, a qualifier or 的 after it)
    rf"|(?:(?<=[占近约超达逾比的足到过为在至数有仅破率概从由和：])|(?:(?<=[，,；;])|(?<=其中))(?=.成(?:以上|左右|多|余|的|[，,]?已)))"
    rf"(?P<tenths>[一二两三四五六七八九])成"
    rf"(?P<hundredths>[一二三四五六七八九](?![成分万千百十]))?(?!员|立|为|果|绩)"
    # 占律师总数的一半 · 超过一半 · 覆盖率过半 · 近半 · 超过半数: 50 percent (not 过半天)
    rf"|(?<=[占的近过约逾到有])(?P<half>一半|半数|半(?![年天月日夜个小时路场程]))"
    # 执业律师万余人 · 律所千余家: a bare unit with 余/多, at least ten thousand or a thousand
    # (执业律师近万名 · 近千家: nearly that many)
    rf"|(?<![{CN_DIGITS}\d万亿.])(?P<bare>[千万])(?=[余多][家个名人户位]|(?<=近[千万])[家个名人户位])"
    rf"|(?P<mixed>{_MIXED})"
    # 120多万户 · 36余万人: 多/余 between the digits and their unit
    rf"|(?P<num_ar>{_ARABIC})(?:(?P<more>[多余])(?=[万亿]))?(?P<mult_ar>{_MULT}?)(?P<pct>[ \u00a0]?%)?"
    rf"|(?P<num_cn>{_CHINESE})(?P<mult_cn>{_MULT}?)"
)


# Names that open with 两 and count nothing: 两新组织 (the "two new" organizations), 两委
NAMES_WITH_LIANG = ("两新", "兩新", "两委", "两会", "两学一做", "两代表")


class Form(StrEnum):
    ARABIC = "arabic"
    CHINESE = "chinese"
    PERCENT = "percent"
    FRACTION = "fraction"


@dataclass(frozen=True)
class Number:
    start: int
    end: int  # the numeral only: 1.3万 (not 多 or the classifier); 70% ends before %
    value: float
    form: Form
    text: str
    more_inside: bool = False  # 120多万: a lower bound written inside the numeral


SINGLE_DIGITS = {
    "一": 1.0,
    "二": 2.0,
    "两": 2.0,
    "三": 3.0,
    "四": 4.0,
    "五": 5.0,
    "六": 6.0,
    "七": 7.0,
    "八": 8.0,
    "九": 9.0,
    "十": 10.0,
    "百": 100.0,
    "千": 1000.0,
}


def chinese_to_number(numeral: str) -> float | None:
    """A Chinese numeral (十四, 一百零五, 两) as a number; None when it is not one."""
    if numeral in SINGLE_DIGITS:  # the common case, without a library call
        return SINGLE_DIGITS[numeral]
    try:
        return float(cn2an.cn2an(numeral, "normal"))
    except (ValueError, KeyError, TypeError):
        return None


# (二○一一年: documents often type the circle ○ for the zero 〇)
_CN_YEAR_RE = re.compile("(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2}(?=年)")
_CN_YEAR_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")


def arabic_years(text: str) -> str:
    """二〇一九年 -> 2019年 and 民国110年 -> " 2021年" (a Taiwanese byline's year), one
    character for one so offsets hold."""
    if "民国" in text:
        text = _ROC_YEAR_RE.sub(_gregorian, text)
    if "〇" not in text and "零" not in text and "九" not in text and "○" not in text:
        return text  # every year 1900-2099 written in Chinese has one of these
    return _CN_YEAR_RE.sub(lambda m: m[0].translate(_CN_YEAR_DIGITS), text)


# 3〇8 · 1○5: a zero an OCR or a typist wrote as 〇 between Arabic digits
_ZERO_AMID_DIGITS_RE = re.compile(r"(?<=\d)[〇○](?=[〇○]*\d)")


def arabic_zeros(text: str) -> str:
    """3〇8 -> 308: a Chinese zero inside Arabic digits is the digit, one character for one."""
    if "〇" not in text and "○" not in text:
        return text
    return _ZERO_AMID_DIGITS_RE.sub("0", text)


ROC_YEAR_ONE = 1911  # 民国1年 is 1912
_ROC_YEAR_RE = re.compile(r"民国(\d{2,3})(?=年)")


def _gregorian(m: re.Match[str]) -> str:
    """民国110 -> " 2021", 民国99 -> "2010": the same number of characters."""
    return f"{int(m[1]) + ROC_YEAR_ONE}".rjust(len(m[0]))


def arabic_to_number(numeral: str) -> float:
    return float(re.sub(r"[,\s]", "", numeral))


MULTIPLIER = {"": 1.0, "千": 1e3, "万": 1e4, "千万": 1e7, "亿": 1e8}


def scaled(value: float, multiplier: str) -> float:
    """1.62万 -> 16200.0, not the 16200.000000000002 of binary floating point."""
    factor = MULTIPLIER[multiplier]
    return value * factor if factor == 1.0 else round(value * factor, 6)


# Every numeral starts with one of these (see partystats.scan), but for a bare 万 (万余人).
NUMERAL_START_RE = re.compile(rf"[\d{CN_DIGITS}半]")
_NUMBER_START_RE = re.compile(rf"[\d{CN_DIGITS}半万]")  # (and 万余人: a bare unit)


# two neighbouring digits: a rough range (一两 · 三四十 · 三五人 · 三两家), not 12 or 340
_ROUGH_RANGE_RE = re.compile(
    "(?:一两|两三|二三|三两|三四|三五|四五|五六|六七|七八|八九)[十百千万]?$"
)


def find_numbers(text: str) -> list[Number]:
    """Every numeral in ``text``. ``text`` should already have full-width digits folded."""
    found = []
    for m in finditer_at(_NUMBER_START_RE, NUMBER_RE, text):
        number = _parse(m)
        if number is not None:
            found.append(number)
    return found


def _parse(m: re.Match[str]) -> Number | None:
    if m["pct_cn"]:
        body = m["pct_body"]
        value = arabic_to_number(body) if body[0].isdigit() else chinese_to_number(body)
        form = Form.PERCENT
        end = m.end()
    elif m["frac"]:
        den, num = chinese_to_number(m["den"]), chinese_to_number(m["num"])
        # 三分之二 -> 66.67: the two decimals a share is printed with (and annotated in)
        value = round(num / den * 100, 2) if den and num is not None else None
        form = Form.FRACTION
        end = m.end()
    elif m["tenths"]:  # 近三成 = 30 percent · 八成五 = 85 percent
        tenths = chinese_to_number(m["tenths"])
        rest = chinese_to_number(m["hundredths"]) if m["hundredths"] else 0
        value = tenths * 10 + (rest or 0) if tenths is not None else None
        form = Form.FRACTION
        end = m.end()
    elif m["half"]:
        value, form, end = 50.0, Form.FRACTION, m.end()
    elif m["bare"]:
        value, form, end = MULTIPLIER[m["bare"]], Form.CHINESE, m.end()
    elif m["mixed"]:  # (each Arabic run said in Chinese: 1万2千 -> 一万二千)
        said = re.sub(r"\d+", lambda d: cn2an.an2cn(d[0]), m["mixed"])
        value, form, end = chinese_to_number(said), Form.CHINESE, m.end()
    elif m["num_ar"]:
        value = scaled(arabic_to_number(m["num_ar"]), m["mult_ar"])
        form = Form.PERCENT if m["pct"] else Form.ARABIC
        end = m.end() - len(m["pct"] or "")  # (19.3 %: a space before the sign too)
    else:
        if m["num_cn"] in ("零", "〇") or m.string.startswith(NAMES_WITH_LIANG, m.start()):
            return None
        if _ROUGH_RANGE_RE.match(m["num_cn"]):
            return None  # 一两家 · 三四十人: one or two, thirty or forty, no figure
        base = chinese_to_number(m["num_cn"])
        value = scaled(base, m["mult_cn"]) if base is not None else None
        form = Form.CHINESE
        end = m.end()
    if value is None:
        return None
    # (120多万: 多 inside · 过半: past half, 过 no word of its own before it)
    more = bool(m["num_ar"] and m["more"]) or bool(m["half"]) and m.string[m.start() - 1] == "过"
    return Number(m.start(), end, value, form, m.string[m.start() : end], more)
