"""Derived tables: latest, legal_wide, conflicts and the cross-source check."""

from __future__ import annotations

from datetime import date

from validate_fixtures import frame, obs

from partystats.checks import CROSS_SOURCE_AGREEMENT
from partystats.derive import WIDE_METRICS, conflicts_and_agreement, latest, legal_wide
from partystats.tables import table_specs

Y16, Y17 = date(2016, 12, 31), date(2017, 12, 31)


def test_latest_prefers_newest_then_smallest_source():
    rows = [
        obs("firms", 900, source_id="a", as_of=Y16),
        obs("firms", 1058, source_id="c", as_of=Y17),
        obs("firms", 1060, source_id="b", as_of=Y17),  # same date: b < c wins
        obs("firms", 2000, source_id="d", as_of=None),  # undated sorts oldest
        obs("firms", 5, source_id="e", jurisdiction=None),  # unknown place: left out
        obs("practitioners", 12599, source_id="d", as_of=None),
    ]
    got = latest(frame(rows))
    assert [list(r) for r in got] == [table_specs()["latest"].names] * 2
    assert [(r["metric"], r["value"], r["source_id"], r["as_of"]) for r in got] == [
        ("firms", 1060.0, "b", Y17),
        ("practitioners", 12599.0, "d", None),
    ]


def test_latest_keeps_subgroups_apart():
    rows = [obs("firms", 10, subgroup="市级"), obs("firms", 1058)]
    got = latest(frame(rows))
    assert [(r["subgroup"], r["value"]) for r in got] == [(None, 1058.0), ("市级", 10.0)]


def test_legal_wide_one_row_per_place_and_date():
    rows = [
        obs("firms", 1058, source_id="b"),
        obs("firms", 1060, source_id="c"),  # b was first by source_id
        obs("practitioners", 12599, source_id="c"),
        obs("coverage_rate", 70, "lower_bound", source_id="b"),
        obs("firms", 300, source_id="b", as_of=Y16),
        obs("firms", 9, source_id="a", subgroup="市级"),  # not the place's total
        obs("firms", 99, source_id="a", sector="notary"),  # not legal
        obs("awarded_party_members", 100, source_id="a"),  # activity, not a stock
    ]
    got = legal_wide(frame(rows))
    assert [list(r) for r in got] == [table_specs()["legal_wide"].names] * 2
    empty = dict.fromkeys(WIDE_METRICS)
    assert got == [
        {"jurisdiction": "辽宁省", "as_of": Y16, **empty, "firms": 300.0, "sources": "b"},
        {
            "jurisdiction": "辽宁省",
            "as_of": Y17,
            **empty,
            "firms": 1058.0,
            "practitioners": 12599.0,
            "coverage_rate": 70.0,
            "sources": "b,c",
        },
    ]


def test_conflicting_sources_are_listed_and_fail_the_check():
    rows = [
        obs("firms", 1058, source_id="a"),
        obs("firms", 1060, source_id="b"),
        obs("firms", 1058, source_id="c"),
        obs("practitioners", 12599, source_id="a"),
        obs("practitioners", 12599, source_id="b"),  # agree
        obs("party_members", 4000, source_id="a", as_of=None),  # undated: not compared
        obs("party_members", 4100, source_id="b", as_of=None),
        obs("party_organizations", 372, source_id="a", jurisdiction=None),  # unknown place
        obs("party_organizations", 380, source_id="b", jurisdiction=None),
    ]
    conflicts, checks = conflicts_and_agreement(frame(rows))
    assert conflicts == [
        {
            "jurisdiction": "辽宁省",
            "sector": "legal",
            "metric": "firms",
            "as_of": Y17,
            "subgroup": None,
            "n_sources": 3,
            "values": "1058@a; 1060@b; 1058@c",
            "min_value": 1058.0,
            "max_value": 1060.0,
        }
    ]
    scope = {
        "rule": CROSS_SOURCE_AGREEMENT,
        "source_id": None,
        "jurisdiction": "辽宁省",
        "sector": "legal",
        "as_of": Y17,
        "subgroup": None,
    }
    assert checks == [
        {
            **scope,
            "status": "fail",
            "expected": "firms: one value across sources",
            "observed": "1058@a; 1060@b; 1058@c",
            "message": "3 sources differ on firms: 1058@a; 1060@b; 1058@c",
        },
        {
            **scope,
            "status": "pass",
            "expected": "practitioners: one value across sources",
            "observed": "12599@a; 12599@b",
            "message": "2 sources agree on practitioners: 12599@a; 12599@b",
        },
    ]


def test_one_source_alone_is_no_conflict():
    rows = [obs("firms", 1058), obs("firms", 1060, surface="1060")]
    assert conflicts_and_agreement(frame(rows)) == ([], [])


def test_empty_input():
    assert latest(frame([])) == []
    assert legal_wide(frame([])) == []
    assert conflicts_and_agreement(frame([])) == ([], [])
