"""The reader's backward scans, against the plain character-by-character loops they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from partystats import dates, numerals
from partystats.catalog import load_catalog
from partystats.extract import (
    _ITEM_MARK_RE,
    CLAUSE_END,
    Context,
    _clause_start,
    _scope_words_in,
    _thousands_comma,
)
from partystats.gazetteer import gazetteer
from partystats.scan import finditer_at


def clause_start_by_char(text: str, pos: int, floor: int) -> int:
    """Step back one character at a time: the definition ``_clause_start`` must keep."""
    i = pos
    while i > floor and (text[i - 1] not in CLAUSE_END or _thousands_comma(text, i - 1)):
        if text.startswith("  ", i - 2) and i - 2 >= floor:
            break
        if text[i - 1] in "）)":
            opening = max(text.rfind("（", floor, i - 1), text.rfind("(", floor, i - 1))
            if opening >= 0 and _ITEM_MARK_RE.fullmatch(text, opening, i):
                break
            if opening >= 0:
                i = opening
                continue
        i -= 1
    return i


# the characters a clause scan decides on, and a few it walks past
SCANNED = st.text(alphabet="，,。；、：“”（）() 1一律所党员中\n", max_size=40)


@settings(max_examples=400, deadline=None)
@given(SCANNED, st.data())
def test_clause_start_matches_the_character_loop(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    floor = data.draw(st.integers(0, pos))
    assert _clause_start(text, pos, floor) == clause_start_by_char(text, pos, floor)


def test_clause_start_on_real_clauses() -> None:
    text = "全省共有律所1,326家，其中（一）律师2386名(含公职律师47名)党员801名"
    assert text[_clause_start(text, text.index("1,326"), 0) :].startswith("全省")  # 1,326 no end
    assert text[_clause_start(text, text.index("801"), 0) :].startswith("律师2386名")  # aside in
    heading = "公证工作  全市有公证机构11家"
    assert heading[_clause_start(heading, heading.index("11"), 0) :] == "全市有公证机构11家"


def context_of(text: str) -> Context:
    return Context(
        text=text,
        catalog=load_catalog(),
        gaz=gazetteer(),
        published=None,
        published_from_url=False,
        default_place=None,
        level_places={},
        marks=[],
        places=[],
    )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="全国范围省市县区我本该内旗，", max_size=30), st.data())
def test_scope_words_in_matches_rfind_of_each_word(text: str, data: st.DataObject) -> None:
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    ctx = context_of(text)
    by_rfind = [
        (level, w, text.rfind(w, start, end))
        for level, words in ctx.catalog.scope_words.items()
        for w in words
        if text.rfind(w, start, end) >= 0
    ]
    assert _scope_words_in(start, end, ctx) == by_rfind


# each pattern read with finditer_at, and the characters its matches can start with
GATED = [
    (dates.ABSOLUTE_START_RE, dates.ABSOLUTE_RE),
    (dates.RELATIVE_YEAR_START_RE, dates.RELATIVE_YEAR_RE),
    (dates.PART_OF_YEAR_START_RE, dates.PART_OF_YEAR_RE),
    (dates.MONTH_DAY_START_RE, dates.MONTH_DAY_RE),
    (dates.YEARS_AGO_START_RE, dates.YEARS_AGO_RE),
    (dates.YEAR_END_ANCHOR_START_RE, dates.YEAR_END_ANCHOR_RE),
    (numerals.NUMERAL_START_RE, numerals.NUMBER_RE),
]
# pieces of dates and figures, so that matches are common and border one another
PIECES = [
    *"截至到比较从由同与去今上下前第一二三四十年月日底末季度半0129.%万余多，",
    *[
        "2019年",
        "12月",
        "6月29日",
        "10月1日",
        "1月",
        "年底",
        "去年",
        "上半年",
        "第三季度",
        "十年前",
        "1,185",
        "3.5万",
        "。年末，",
        "\n　年底，",
    ],
]
DATED = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)


@settings(max_examples=300, deadline=None)
@given(DATED)
def test_gated_scans_find_what_finditer_finds(text: str) -> None:
    for starts, pattern in GATED:
        gated = [m.span() for m in finditer_at(starts, pattern, text)]
        assert gated == [m.span() for m in pattern.finditer(text)], pattern.pattern[:40]
