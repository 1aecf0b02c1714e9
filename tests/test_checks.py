"""Cross-record consistency rules: each rule broken and satisfied, exact rows."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from validate_fixtures import frame, obs, seed

from partystats.checks import (
    APPROX_COUNT_REL,
    APPROX_PERCENT_POINTS,
    COVERAGE_MATCHES_COUNTS,
    COVERED_LE_FIRMS,
    JOINT_BRANCH_FIRMS_LE_FIRMS,
    MEMBERS_LE_PRACTITIONERS,
    OWN_BRANCH_FIRMS_LE_FIRMS,
    PARTS_SUM_TO_TOTAL,
    SHARE_MATCHES_COUNTS,
    consistency_checks,
    intervals,
    rounding,
)

AS_OF = date(2017, 12, 31)


def row(rule: str, status: str, expected: str, observed: str, message: str, **scope: Any):
    return {
        "rule": rule,
        "source_id": scope.get("source_id", "a"),
        "jurisdiction": scope.get("jurisdiction", "辽宁省"),
        "sector": scope.get("sector", "legal"),
        "as_of": scope.get("as_of", AS_OF),
        "subgroup": scope.get("subgroup"),
        "status": status,
        "expected": expected,
        "observed": observed,
        "message": message,
    }


def run(rows: list[dict[str, Any]], rule: str | None = None) -> list[dict[str, Any]]:
    found = consistency_checks(frame(rows))
    return [c for c in found if rule is None or c["rule"] == rule]


# -- intervals ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "value", "unit", "half_unit"),
    [
        ("35.52", 35.52, "percent", 0.005),
        ("33", 33, "percent", 0.5),
        ("4.4萬", 44000, "count", 500),
        ("1.3万", 13000, "count", 500),
        ("1058", 1058, "count", 0),  # a count written out in full is exact
        ("１２.５", 12.5, "percent", 0.05),  # full-width digits
        ("四分之一", 25, "percent", 2.0),
        ("三千", 3000, "count", 0),
        (None, 35.5, "percent", 0.05),  # no surface: the value's decimals
    ],
)
def test_rounding_is_half_the_last_stated_place(surface, value, unit, half_unit):
    assert rounding(surface, value, unit) == pytest.approx(half_unit)


def test_qualifiers_become_intervals():
    rows = [
        obs("firms", 800, "lower_bound"),
        obs("firms", 800, "upper_bound"),
        obs("firms", 1000, "approximate"),
        obs("coverage_rate", 70, "lower_bound"),
        obs("coverage_rate", 98, "approximate"),
        obs("coverage_rate", 35.52, surface="35.52"),
    ]
    got = intervals(frame(rows))
    pairs = list(zip(got["lo"], got["hi"], strict=True))
    inf = float("inf")
    assert pairs[0] == (800, inf)
    assert pairs[1] == (0, 800)  # counts are never negative
    assert pairs[2] == (1000 * (1 - APPROX_COUNT_REL), 1000 * (1 + APPROX_COUNT_REL))
    assert pairs[3] == (70, 100)  # percents stop at 100
    assert pairs[4] == (98 - APPROX_PERCENT_POINTS, 100)
    assert pairs[5] == pytest.approx((35.515, 35.525))


# -- parts_sum_to_total ----------------------------------------------------------


def test_seed_parts_sum_to_total_passes():
    assert run(seed(), PARTS_SUM_TO_TOTAL) == [
        row(
            PARTS_SUM_TO_TOTAL,
            "pass",
            "party_organizations = 372",
            "standalone_branches + joint_branches = 372",
            "standalone_branches 273 + joint_branches 99 = 372 matches party_organizations 372",
        )
    ]


def test_parts_that_miss_the_total_fail():
    rows = [
        obs("party_organizations", 380),
        obs("standalone_branches", 273),
        obs("joint_branches", 99),
    ]
    assert run(rows, PARTS_SUM_TO_TOTAL) == [
        row(
            PARTS_SUM_TO_TOTAL,
            "fail",
            "party_organizations = 380",
            "standalone_branches + joint_branches = 372",
            "standalone_branches 273 + joint_branches 99 = 372 does not match "
            "party_organizations 380",
        )
    ]


def test_committees_and_general_branches_count_as_parts_when_stated():
    rows = [
        obs("party_organizations", 390),
        obs("party_committees", 6),
        obs("general_branches", 12),
        obs("standalone_branches", 273),
        obs("joint_branches", 99),
    ]
    (check,) = run(rows, PARTS_SUM_TO_TOTAL)
    assert check["status"] == "pass"
    assert check["observed"] == (
        "party_committees + general_branches + standalone_branches + joint_branches = 390"
    )


def test_branches_and_their_kinds_are_not_added_twice():
    # party_branches = standalone + joint; the organizations total counts it once
    rows = [
        obs("party_organizations", 378),
        obs("party_committees", 6),
        obs("party_branches", 372),
        obs("standalone_branches", 273),
        obs("joint_branches", 99),
    ]
    checks = run(rows, PARTS_SUM_TO_TOTAL)
    assert [(c["expected"], c["observed"], c["status"]) for c in checks] == [
        ("party_organizations = 378", "party_committees + party_branches = 378", "pass"),
        ("party_branches = 372", "standalone_branches + joint_branches = 372", "pass"),
    ]


def test_parts_rule_needs_the_total_and_two_parts():
    assert run([obs("party_organizations", 372), obs("standalone_branches", 273)]) == []
    assert run([obs("standalone_branches", 273), obs("joint_branches", 99)]) == []


def test_parts_honour_qualifiers():
    # 270余 + 99 can make 372; 不足270 + 99 cannot
    rows = [
        obs("party_organizations", 372),
        obs("standalone_branches", 270, "lower_bound"),
        obs("joint_branches", 99),
    ]
    assert [c["status"] for c in run(rows, PARTS_SUM_TO_TOTAL)] == ["pass"]
    rows[1] = obs("standalone_branches", 270, "upper_bound")
    assert [c["status"] for c in run(rows, PARTS_SUM_TO_TOTAL)] == ["fail"]


# -- not_more_than -----------------------------------------------------------


def test_members_le_practitioners_passes_and_fails():
    ok = [obs("party_members", 4079), obs("practitioners", 12599)]
    assert run(ok, MEMBERS_LE_PRACTITIONERS) == [
        row(
            MEMBERS_LE_PRACTITIONERS,
            "pass",
            "party_members <= practitioners = 12599",
            "party_members = 4079",
            "party_members 4079 is within practitioners 12599",
        )
    ]
    bad = [obs("party_members", 14079), obs("practitioners", 12599)]
    assert run(bad, MEMBERS_LE_PRACTITIONERS) == [
        row(
            MEMBERS_LE_PRACTITIONERS,
            "fail",
            "party_members <= practitioners = 12599",
            "party_members = 14079",
            "party_members 14079 exceeds practitioners 12599",
        )
    ]


def test_covered_le_firms_honours_bounds():
    # 800余家 of 1058 can hold; 1100余家 cannot; 不足1100家 can
    assert [
        c["status"]
        for c in run(
            [obs("firms_covered", 800, "lower_bound"), obs("firms", 1058)], COVERED_LE_FIRMS
        )
    ] == ["pass"]
    bad = [obs("firms_covered", 1100, "lower_bound"), obs("firms", 1058)]
    assert run(bad, COVERED_LE_FIRMS) == [
        row(
            COVERED_LE_FIRMS,
            "fail",
            "firms_covered <= firms = 1058",
            "firms_covered = [1100, inf)",
            "firms_covered >=1100 exceeds firms 1058",
        )
    ]
    fine = [obs("firms_covered", 1100, "upper_bound"), obs("firms", 1058)]
    assert [c["status"] for c in run(fine, COVERED_LE_FIRMS)] == ["pass"]


def test_firms_with_branches_le_firms():
    rows = [
        obs("firms", 1058),
        obs("firms_with_own_branch", 600),
        obs("firms_in_joint_branches", 1200),
    ]
    got = {c["rule"]: c["status"] for c in run(rows)}
    assert got == {OWN_BRANCH_FIRMS_LE_FIRMS: "pass", JOINT_BRANCH_FIRMS_LE_FIRMS: "fail"}


def test_relations_come_from_configuration():
    relations = {"not_more_than": [["party_branches", "party_organizations"]]}
    rows = [obs("party_branches", 400), obs("party_organizations", 372)]
    (check,) = consistency_checks(frame(rows), relations)
    assert (check["rule"], check["status"]) == ("party_branches_le_party_organizations", "fail")


# -- shares --------------------------------------------------------------------


def test_share_that_disagrees_with_counts_fails():
    assert run(seed(), SHARE_MATCHES_COUNTS) == [
        row(
            SHARE_MATCHES_COUNTS,
            "fail",
            "party_member_share = party_members / practitioners * 100 = 32.3756",
            "party_member_share = [32.5, 33.5]",
            "party_member_share 33% disagrees with party_members 4079 / practitioners 12599 "
            "= 32.3756%",
        )
    ]


@pytest.mark.parametrize(
    ("value", "qualifier", "surface", "status"),
    [
        (32, "exact", "32", "pass"),  # 32.38 rounds to 32
        (32.38, "exact", "32.38", "pass"),  # +-0.005
        (32.4, "exact", "32.4", "pass"),  # +-0.05
        (32.37, "exact", "32.37", "fail"),  # 32.3756 is not 32.37 +- 0.005
        (33, "approximate", "33", "pass"),  # 约33%: +-5 points
        (40, "approximate", "40", "fail"),
        (30, "lower_bound", "30", "pass"),  # 30%以上
        (30, "upper_bound", "30", "fail"),  # 不足30%
    ],
)
def test_share_tolerance_follows_the_stated_rounding(value, qualifier, surface, status):
    text = f"律师12599人，党员律师4079人，占{surface}%"
    rows = [
        obs("practitioners", 12599, text=text),
        obs("party_members", 4079, text=text),
        obs("party_member_share", value, qualifier, surface=surface, text=text),
    ]
    assert [c["status"] for c in run(rows, SHARE_MATCHES_COUNTS)] == [status]


def test_coverage_with_bounds_on_both_sides():
    # 800余家 of 1058 firms (>= 75.6 %) is consistent with 70%以上
    assert run(seed(), COVERAGE_MATCHES_COUNTS) == [
        row(
            COVERAGE_MATCHES_COUNTS,
            "pass",
            "coverage_rate = firms_covered / firms * 100 = [75.6144, inf)",
            "coverage_rate = [70, 100]",
            "coverage_rate >=70% agrees with firms_covered >=800 / firms 1058 = [75.6144, inf)%",
        )
    ]
    rows = [obs("firms_covered", 800, "lower_bound"), obs("firms", 1058), obs("coverage_rate", 60)]
    assert [c["status"] for c in run(rows, COVERAGE_MATCHES_COUNTS)] == ["fail"]


# -- scope -----------------------------------------------------------------------


def test_rules_stay_within_one_scope():
    other_year = date(2016, 12, 31)
    rows = [
        obs("party_members", 14079),
        obs("practitioners", 12599, as_of=other_year),
        obs("practitioners", 10000, source_id="b"),
        obs("practitioners", 10000, jurisdiction="大连市"),
        obs("practitioners", 10000, sector="notary"),
        obs("practitioners", 10000, subgroup="市级"),
    ]
    assert run(rows) == []


def test_subgroup_shows_in_the_check_and_keeps_it_apart():
    rows = [obs("party_members", 40, subgroup="市级"), obs("practitioners", 120, subgroup="市级")]
    (check,) = run(rows)
    assert check["expected"] == "party_members(市级) <= practitioners = 120"


def test_repeated_metric_counts_as_the_hull_of_its_readings():
    rows = [obs("party_members", 4079), obs("party_members", 13000), obs("practitioners", 12599)]
    (check,) = run(rows, MEMBERS_LE_PRACTITIONERS)
    assert check["status"] == "pass"  # one reading fits
    assert check["message"] == "party_members 4079/13000 is within practitioners 12599"


def test_no_observations_no_checks():
    assert consistency_checks(frame([])) == []
