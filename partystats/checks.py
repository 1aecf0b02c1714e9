"""Cross-record consistency rules over the observations of one scope.

A scope is one source x jurisdiction x sector x as_of x subgroup: figures
stated together in one text about one place, sector and date. The rules come
from the catalog's ``relations`` (one mechanism each, configured there):

* ``parts_of`` -> ``parts_sum_to_total``: the stated parts add up to the total.
* ``not_more_than`` -> ``members_le_practitioners``, ``covered_le_firms``, ...
* ``shares`` -> ``share_matches_counts``, ``coverage_matches_counts``: a stated
  percent agrees with numerator / denominator x 100.

Every figure is compared as an interval, so qualifiers and the rounding of
the text are honoured (see :func:`intervals`):

* exact: value +- half a unit of the last place written (35.52% -> +-0.005,
  33% -> +-0.5, 4.4万 -> +-500; a whole count written out in full is exact);
* lower_bound (余/多/以上/超过): [value, inf); upper_bound (不足/以下): [0, value];
* approximate (约/近/左右): +-APPROX_COUNT_REL (10 %) of a count,
  +-APPROX_PERCENT_POINTS (5 points) of a percent;
* a fraction written in words (四分之一) as a percent: +-FRACTION_PERCENT_POINTS.

A rule passes when the intervals can agree, i.e. when some reading of the
stated figures satisfies it (interval sum for parts, interval ratio for
shares). A metric stated more than once in a scope counts as the hull of its
readings.

Each applied rule yields one ``checks`` row (CheckResult fields + sector).
"""

from __future__ import annotations

import math
import re
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from partystats.catalog import load_catalog
from partystats.model import CheckStatus, Qualifier, Unit
from partystats.tables import table_specs

# Rule ids: the `rule` values of the checks table.
PARTS_SUM_TO_TOTAL = "parts_sum_to_total"
MEMBERS_LE_PRACTITIONERS = "members_le_practitioners"
COVERED_LE_FIRMS = "covered_le_firms"
OWN_BRANCH_FIRMS_LE_FIRMS = "own_branch_firms_le_firms"
JOINT_BRANCH_FIRMS_LE_FIRMS = "joint_branch_firms_le_firms"
SHARE_MATCHES_COUNTS = "share_matches_counts"
COVERAGE_MATCHES_COUNTS = "coverage_matches_counts"
CROSS_SOURCE_AGREEMENT = "cross_source_agreement"

# Rule ids of the catalog relations; a pair added to the catalog without an
# entry here still gets checked, under a derived id.
NOT_MORE_THAN_RULES: dict[tuple[str, str], str] = {
    ("party_members", "practitioners"): MEMBERS_LE_PRACTITIONERS,
    ("firms_covered", "firms"): COVERED_LE_FIRMS,
    ("firms_with_own_branch", "firms"): OWN_BRANCH_FIRMS_LE_FIRMS,
    ("firms_in_joint_branches", "firms"): JOINT_BRANCH_FIRMS_LE_FIRMS,
}
SHARE_RULES: dict[str, str] = {
    "party_member_share": SHARE_MATCHES_COUNTS,
    "coverage_rate": COVERAGE_MATCHES_COUNTS,
}

# Tolerances of the qualifier intervals.
APPROX_COUNT_REL = 0.10  # 约/近/左右 on a count: +-10 % of the value
APPROX_PERCENT_POINTS = 5.0  # 约/近/左右 on a percent: +-5 percentage points
FRACTION_PERCENT_POINTS = 2.0  # 四分之一 etc.: a fraction of the whole is a rounded share

SCOPE = ["source_id", "jurisdiction", "sector", "as_of", "subgroup"]
CHECKS_SCHEMA = table_specs()["checks"].arrow_schema()

_NUMBER = re.compile(r"(\d+)(?:\.(\d+))?\s*([万萬亿億千])?")
_SCALE = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "千": 1e3}


def _decimals(value: float) -> int:
    return len(f"{value:.10g}".partition(".")[2]) if math.isfinite(value) else 0


def roundings(surfaces: pd.Series, values: pd.Series, units: pd.Series) -> pd.Series:
    """Half a unit of the last place the text stated, in base units.

    35.52% -> 0.005; 33% -> 0.5; 4.4万 -> 500; a count written out in full
    (1058) -> 0, since a whole count is exact; a fraction (四分之一) as a
    percent -> FRACTION_PERCENT_POINTS. Where the surface holds no Arabic
    number, the value's own decimals stand in for it.
    """
    text = surfaces.astype(object).where(surfaces.notna(), "").astype(str)
    is_pct = (units == Unit.PERCENT).to_numpy()
    # whole counts without 万/亿/千 are exact: only percents and scaled counts are parsed
    need = is_pct | text.str.contains("[万萬亿億千]").to_numpy()
    r = pd.Series(0.0, index=surfaces.index)
    if need.any():
        r[need] = _half_units(text[need], values[need], is_pct[need])
    return r


def _half_units(text: pd.Series, values: pd.Series, is_pct: np.ndarray) -> pd.Series:
    text = text.str.normalize("NFKC")
    m = text.str.extract(_NUMBER.pattern)
    decimals = m[1].str.len().astype(float).fillna(0.0)
    no_number = m[0].isna()
    decimals[no_number] = [_decimals(v) for v in values[no_number].tolist()]
    scale = m[2].map(_SCALE).astype(float).fillna(1.0)
    r = 0.5 * 10.0**-decimals * scale
    r[~is_pct & (scale == 1.0).to_numpy()] = 0.0
    r[is_pct & text.str.contains("分之").to_numpy()] = FRACTION_PERCENT_POINTS
    return r


def rounding(surface: str | None, value: float, unit: str) -> float:
    """:func:`roundings` of one figure."""
    return float(roundings(pd.Series([surface]), pd.Series([value]), pd.Series([unit])).iloc[0])


def intervals(obs: pd.DataFrame) -> pd.DataFrame:
    """``obs`` with ``lo``/``hi``: the values the true figure can take.

    exact -> value +- rounding (see :func:`roundings`); lower_bound
    (余/多/以上) -> [value, inf); upper_bound (不足/以下) -> (-inf, value];
    approximate (约/近) -> +-10 % for counts, +-5 points for percents (APPROX_*
    constants). Then clipped to the unit's domain: counts >= 0, percents within
    0-100. Uses the column ``surface`` (the raw slice) for the rounding when
    present.
    """
    v = obs["value"].astype(float)
    surfaces = (
        obs["surface"] if "surface" in obs else pd.Series(None, index=obs.index, dtype=object)
    )
    r = roundings(surfaces, v, obs["unit"])
    q, is_pct = obs["qualifier"], obs["unit"] == Unit.PERCENT
    approx = np.where(is_pct, np.maximum(APPROX_PERCENT_POINTS, r), v * APPROX_COUNT_REL + r)
    lo = (v - r).where(q != Qualifier.APPROXIMATE, v - approx)
    hi = (v + r).where(q != Qualifier.APPROXIMATE, v + approx)
    # 以上/不足 bound the figure itself: the stated value is the bound, no rounding
    lo = lo.mask(q == Qualifier.LOWER_BOUND, v).mask(q == Qualifier.UPPER_BOUND, -np.inf)
    hi = hi.mask(q == Qualifier.UPPER_BOUND, v).mask(q == Qualifier.LOWER_BOUND, np.inf)
    out = obs.copy()
    out["lo"] = lo.clip(lower=0)
    out["hi"] = hi.where(~is_pct, hi.clip(upper=100))
    return out


# -- presentation ----------------------------------------------------------

_MARK = {
    Qualifier.EXACT: "",
    Qualifier.LOWER_BOUND: ">=",
    Qualifier.UPPER_BOUND: "<=",
    Qualifier.APPROXIMATE: "~",
}


def fmt_num(x: float) -> str:
    """A number as text: whole numbers without decimals, else up to 4 decimals."""
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.4f}".rstrip("0").rstrip(".")


def fmt_nums(x: pd.Series) -> pd.Series:
    """:func:`fmt_num` of each value (whole numbers vectorized)."""
    x = x.astype(float)
    whole = np.isfinite(x) & (x % 1 == 0)
    out = pd.Series("", index=x.index, dtype=object)
    out[whole] = x[whole].astype("int64").astype(str).astype(object)
    out[~whole] = [fmt_num(v) for v in x[~whole].tolist()]
    return out


def fmt_interval(lo: float, hi: float) -> str:
    if lo == hi:
        return fmt_num(lo)
    close = ")" if math.isinf(hi) else "]"
    return f"[{fmt_num(lo)}, {fmt_num(hi)}{close}"


def stated(value: float, qualifier: str, unit: str) -> str:
    """How the text stated a figure: '>=800', '~25%', '1058'."""
    return f"{_MARK[Qualifier(qualifier)]}{fmt_num(value)}{'%' if unit == Unit.PERCENT else ''}"


def label(metric: str, subgroup: Any) -> str:
    """A metric name, with its subgroup when the scope has one (keeps check keys unique)."""
    return f"{metric}({subgroup})" if isinstance(subgroup, str) and subgroup else metric


# -- scopes ------------------------------------------------------------------


class Scopes:
    """The observations of each scope, one column per metric.

    ``lo``/``hi`` hold the hull of a metric's intervals in the scope (NaN when
    the metric is not stated); ``text`` how the text stated it; ``keys`` the
    scope columns of each scope id.
    """

    def __init__(self, obs: pd.DataFrame) -> None:
        obs = intervals(obs)
        obs["scope"] = obs.groupby(SCOPE, sort=False, dropna=False).ngroup()
        self.keys = obs.drop_duplicates("scope").set_index("scope")[SCOPE]
        by = obs.groupby(["scope", "metric"])
        self.lo = by["lo"].min().unstack("metric")
        self.hi = by["hi"].max().unstack("metric")
        self.rows = {m: g for m, g in obs.groupby("metric")}  # for the texts of messages

    def text(self, metric: str, idx: pd.Index) -> pd.Series:
        """How the text stated ``metric`` in each scope of ``idx`` ('>=800', '33%/35%')."""
        if metric not in self.rows:
            return pd.Series(None, index=idx, dtype=object)
        rows = self.rows[metric]
        rows = rows[rows["scope"].isin(idx)]
        said = pd.DataFrame(
            {
                "scope": rows["scope"].to_numpy(),
                "text": [
                    stated(v, q, u)
                    for v, q, u in zip(
                        rows["value"].tolist(),
                        rows["qualifier"].tolist(),
                        rows["unit"].tolist(),
                        strict=True,
                    )
                ],
            }
        ).drop_duplicates()
        several = said.duplicated("scope", keep=False)
        # joining strings per group is slow: only the rare repeated metrics need it
        joined = pd.concat(
            [
                said[~several].set_index("scope")["text"],
                said[several].groupby("scope")["text"].agg("/".join),
            ]
        )
        return joined.reindex(idx)

    def get(self, frame: pd.DataFrame, metric: str, idx: pd.Index) -> pd.Series:
        """A metric's column of ``frame`` on scopes ``idx`` (NaN where not stated)."""
        col = frame[metric] if metric in frame else pd.Series(np.nan, index=frame.index)
        return col.loc[idx]

    def has(self, metric: str) -> pd.Series:
        return self.get(self.lo, metric, self.lo.index).notna()

    def said(self, metric: str, idx: pd.Index) -> list[str]:
        """'party_members 4079' for each scope of ``idx``."""
        return [f"{metric} {t}" for t in self.text(metric, idx)]

    def labels(self, metric: str, idx: pd.Index) -> list[str]:
        return [label(metric, s) for s in self.keys.loc[idx, "subgroup"]]

    def emit(
        self,
        rule: str,
        idx: pd.Index,
        ok: pd.Series,
        expected: list[str],
        observed: list[str],
        message: list[str],
    ) -> pa.Table:
        """One checks row per scope of ``idx``, as Arrow: a few hundred bytes a row, where
        a row dict took kilobytes (hundreds of thousands of rows at 100k sources)."""
        k = self.keys.loc[idx]
        cols: dict[str, list[Any]] = {
            "rule": [rule] * len(idx),
            "source_id": k["source_id"].tolist(),
            "jurisdiction": [_none(x) for x in k["jurisdiction"]],
            "sector": k["sector"].tolist(),
            "as_of": [_none(x) for x in k["as_of"]],
            "subgroup": [_none(x) for x in k["subgroup"]],
            "status": [(CheckStatus.PASS if o else CheckStatus.FAIL).value for o in ok],
            "expected": expected,
            "observed": observed,
            "message": message,
        }
        return pa.Table.from_pydict(cols, schema=CHECKS_SCHEMA)


def _none(x: Any) -> Any:
    return None if x is None or x is pd.NaT or (isinstance(x, float) and math.isnan(x)) else x


def fmt_intervals(lo: pd.Series, hi: pd.Series) -> list[str]:
    return [fmt_interval(a, b) for a, b in zip(lo, hi, strict=True)]


def _verdict(ok: pd.Series, yes: str, no: str) -> list[str]:
    return [yes if o else no for o in ok]


# -- rules -------------------------------------------------------------------


def effective_parts(sc: Scopes, parts: list[str], parts_of: dict[str, list[str]]) -> pd.DataFrame:
    """Which parts count in each scope: stated, and not a sub-part of another stated part.

    party_branches = standalone + joint: when the text states party_branches,
    its kinds must not be added to the total a second time.
    """
    stated_parts = pd.DataFrame({p: sc.has(p) for p in parts})
    covered = pd.DataFrame(False, index=stated_parts.index, columns=parts)
    for q in parts:
        for p in parts_of.get(q, []):
            if p in covered:
                covered[p] |= stated_parts[q]
    return stated_parts & ~covered


def parts_sum_to_total(sc: Scopes, parts_of: dict[str, list[str]]) -> list[pa.Table]:
    """``parts_sum_to_total``: total and at least two parts stated -> the parts sum to it."""
    rows: list[pa.Table] = []
    for total, parts in parts_of.items():
        use = effective_parts(sc, parts, parts_of)
        applies = sc.has(total) & (use.sum(axis=1) >= 2)
        idx = applies.index[applies]
        used = use.loc[idx]
        lo = pd.DataFrame({p: sc.get(sc.lo, p, idx) for p in parts}).where(used).sum(axis=1)
        hi = pd.DataFrame({p: sc.get(sc.hi, p, idx) for p in parts}).where(used).sum(axis=1)
        t_lo, t_hi = sc.get(sc.lo, total, idx), sc.get(sc.hi, total, idx)
        ok = (lo <= t_hi) & (t_lo <= hi)
        said = pd.DataFrame({p: sc.said(p, idx) for p in parts}, index=idx)
        names = [" + ".join(p for p, u in zip(parts, row, strict=True) if u) for row in used.values]
        parts_said = [
            " + ".join(t for t, u in zip(texts, row, strict=True) if u)
            for texts, row in zip(said.values, used.values, strict=True)
        ]
        sums = fmt_intervals(lo, hi)
        verdicts = _verdict(ok, "matches", "does not match")
        rows.append(
            sc.emit(
                PARTS_SUM_TO_TOTAL,
                idx,
                ok,
                expected=[
                    f"{t} = {v}"
                    for t, v in zip(sc.labels(total, idx), fmt_intervals(t_lo, t_hi), strict=True)
                ],
                observed=[f"{n} = {s}" for n, s in zip(names, sums, strict=True)],
                message=[
                    f"{p} = {s} {v} {t}"
                    for p, s, v, t in zip(
                        parts_said, sums, verdicts, sc.said(total, idx), strict=True
                    )
                ],
            )
        )
    return rows


def not_more_than(sc: Scopes, pairs: list[list[str]]) -> list[pa.Table]:
    """``*_le_*``: where both are stated, the part can be no larger than the whole."""
    rows: list[pa.Table] = []
    for part, whole in pairs:
        rule = NOT_MORE_THAN_RULES.get((part, whole), f"{part}_le_{whole}")
        applies = sc.has(part) & sc.has(whole)
        idx = applies.index[applies]
        p_lo, p_hi = sc.get(sc.lo, part, idx), sc.get(sc.hi, part, idx)
        w_lo, w_hi = sc.get(sc.lo, whole, idx), sc.get(sc.hi, whole, idx)
        ok = p_lo <= w_hi
        labels = sc.labels(part, idx)
        rows.append(
            sc.emit(
                rule,
                idx,
                ok,
                expected=[
                    f"{lab} <= {whole} = {w}"
                    for lab, w in zip(labels, fmt_intervals(w_lo, w_hi), strict=True)
                ],
                observed=[
                    f"{lab} = {p}" for lab, p in zip(labels, fmt_intervals(p_lo, p_hi), strict=True)
                ],
                message=[
                    f"{p} {v} {w}"
                    for p, v, w in zip(
                        sc.said(part, idx),
                        _verdict(ok, "is within", "exceeds"),
                        sc.said(whole, idx),
                        strict=True,
                    )
                ],
            )
        )
    return rows


def share_matches_counts(sc: Scopes, shares: dict[str, list[str]]) -> list[pa.Table]:
    """``*_matches_counts``: a stated percent agrees with numerator / denominator x 100.

    The ratio of two intervals is [num.lo / den.hi, num.hi / den.lo] (x 100);
    it passes when it meets the share's interval (rounding and qualifier).
    """
    rows: list[pa.Table] = []
    for share, (num, den) in shares.items():
        rule = SHARE_RULES.get(share, f"{share}_matches_counts")
        applies = sc.has(share) & sc.has(num) & sc.has(den)
        idx = applies.index[applies]
        d_lo, d_hi = sc.get(sc.lo, den, idx), sc.get(sc.hi, den, idx)
        # a zero denominator leaves the ratio unbounded above
        r_lo = (100 * sc.get(sc.lo, num, idx) / d_hi).where(d_hi > 0, np.inf)
        r_hi = (100 * sc.get(sc.hi, num, idx) / d_lo).where(d_lo > 0, np.inf)
        s_lo, s_hi = sc.get(sc.lo, share, idx), sc.get(sc.hi, share, idx)
        ok = (r_lo <= s_hi) & (s_lo <= r_hi)
        labels = sc.labels(share, idx)
        ratios = fmt_intervals(r_lo, r_hi)
        rows.append(
            sc.emit(
                rule,
                idx,
                ok,
                expected=[
                    f"{lab} = {num} / {den} * 100 = {r}"
                    for lab, r in zip(labels, ratios, strict=True)
                ],
                observed=[
                    f"{lab} = {s}" for lab, s in zip(labels, fmt_intervals(s_lo, s_hi), strict=True)
                ],
                message=[
                    f"{s} {v} {n} / {d} = {r}%"
                    for s, v, n, d, r in zip(
                        sc.said(share, idx),
                        _verdict(ok, "agrees with", "disagrees with"),
                        sc.said(num, idx),
                        sc.said(den, idx),
                        ratios,
                        strict=True,
                    )
                ],
            )
        )
    return rows


def consistency_checks(
    obs: pd.DataFrame, relations: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """All within-scope rules over ``obs`` (observation rows; optional ``surface``)."""
    return consistency_checks_table(obs, relations).to_pylist()


def consistency_checks_table(
    obs: pd.DataFrame, relations: dict[str, Any] | None = None
) -> pa.Table:
    """``consistency_checks`` as an Arrow table with the columns of ``checks``."""
    if obs.empty:
        return CHECKS_SCHEMA.empty_table()
    rel = relations if relations is not None else load_catalog().relations
    used = {*rel.get("parts_of", {}), *(p for ps in rel.get("parts_of", {}).values() for p in ps)}
    used |= {m for pair in rel.get("not_more_than", []) for m in pair}
    used |= {m for share, pair in rel.get("shares", {}).items() for m in (share, *pair)}
    obs = obs[obs["metric"].isin(used)]
    if obs.empty:
        return CHECKS_SCHEMA.empty_table()
    sc = Scopes(obs)
    parts = [
        *parts_sum_to_total(sc, rel.get("parts_of", {})),
        *not_more_than(sc, rel.get("not_more_than", [])),
        *share_matches_counts(sc, rel.get("shares", {})),
    ]
    return pa.concat_tables(parts) if parts else CHECKS_SCHEMA.empty_table()
