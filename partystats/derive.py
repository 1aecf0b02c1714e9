"""Derived tables over the published observations: latest, legal_wide, conflicts.

All three count places, so rows without a jurisdiction are left out: an
unknown place has no "latest value" and cannot conflict with anything.
Input is a frame of published observation rows (``as_of`` as dates or None).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from partystats.checks import CROSS_SOURCE_AGREEMENT, fmt_nums, label
from partystats.model import CheckStatus
from partystats.tables import table_specs

LEGAL = "legal"
# The stock metrics of legal_wide: its columns in tables.yaml between as_of and sources.
WIDE_METRICS = [
    c for c in table_specs()["legal_wide"].names if c not in ("jurisdiction", "as_of", "sources")
]


def _dated(obs: pd.DataFrame) -> pd.DataFrame:
    """``obs`` with sortable and groupable copies of as_of and subgroup (no nulls in keys)."""
    out = obs.copy()
    out["as_of_ts"] = pd.to_datetime(out["as_of"], errors="coerce")
    out["as_of_key"] = out["as_of_ts"].to_numpy().astype("int64")  # NaT -> one int
    out["subgroup_key"] = out["subgroup"].fillna("").astype(str)
    return out


def records(df: pd.DataFrame, table: str) -> list[dict[str, Any]]:
    """Rows of ``df`` as dicts with the columns of ``table``, nulls as None."""
    cols = table_specs()[table].names
    if df.empty:
        return []
    plain = df[cols].astype(object)
    return plain.where(plain.notna(), None).to_dict("records")


def latest(obs: pd.DataFrame) -> list[dict[str, Any]]:
    """Newest value per jurisdiction x sector x metric x subgroup.

    as_of descending with nulls oldest; ties -> smallest source_id, then
    observation_id.
    """
    df = _dated(obs[obs["jurisdiction"].notna()])
    df = df.sort_values(
        ["as_of_ts", "source_id", "observation_id"],
        ascending=[False, True, True],
        na_position="last",
    )
    df = df.drop_duplicates(["jurisdiction", "sector", "metric", "subgroup_key"], keep="first")
    return records(df.sort_values(["jurisdiction", "sector", "metric", "subgroup_key"]), "latest")


def legal_wide(obs: pd.DataFrame) -> list[dict[str, Any]]:
    """Legal sector, one row per jurisdiction x as_of, one column per stock metric.

    Only figures for the whole place (no subgroup: 市级/区级 figures are not the
    place's total). Where several sources report a metric the smallest
    source_id wins (within it, the first stated); ``sources`` lists the winners.
    """
    keep = (
        (obs["sector"] == LEGAL)
        & obs["jurisdiction"].notna()
        & obs["subgroup"].isna()
        & obs["metric"].isin(WIDE_METRICS)
    )
    df = _dated(obs[keep])
    if df.empty:
        return []
    key = ["jurisdiction", "as_of_key"]
    df = df.sort_values(["source_id", "raw_start", "observation_id"])
    df = df.drop_duplicates([*key, "metric"], keep="first")
    wide = df.pivot(index=key, columns="metric", values="value").reindex(columns=WIDE_METRICS)
    firsts = df.drop_duplicates(key).set_index(key)["as_of"]
    sources = df.drop_duplicates([*key, "source_id"]).groupby(key)["source_id"].agg(",".join)
    wide = wide.assign(as_of=firsts, sources=sources).reset_index().sort_values(key)
    return records(wide, "legal_wide")


def _report_groups(obs: pd.DataFrame) -> pd.DataFrame:
    """Observations with jurisdiction and as_of, tagged with their group and its spread."""
    used = ["jurisdiction", "sector", "metric", "as_of", "subgroup", "source_id", "value"]
    df = _dated(obs.loc[obs["jurisdiction"].notna() & obs["as_of"].notna(), used])
    key = ["jurisdiction", "sector", "metric", "as_of_key", "subgroup_key"]
    by = df.groupby(key)
    df["n_sources"] = by["source_id"].transform("nunique")
    df["n_values"] = by["value"].transform("nunique")
    df = df[df["n_sources"] >= 2]
    df["group"] = df.groupby(key).ngroup()
    return df.sort_values(["group", "source_id", "value"])


SHOWN_VALUES = 10


def _first_values(values: str) -> str:
    """'v@a; v@b; …' cut to SHOWN_VALUES pairs, saying how many more there are."""
    pairs = values.split("; ")
    if len(pairs) <= SHOWN_VALUES:
        return values
    rest = len(pairs) - SHOWN_VALUES
    return "; ".join(pairs[:SHOWN_VALUES]) + f"; … {rest} more (see conflicts)"


def conflicts_and_agreement(obs: pd.DataFrame) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``conflicts`` rows and ``cross_source_agreement`` check rows.

    A group is one jurisdiction x sector x metric x as_of x subgroup reported by
    two or more sources (null jurisdiction or as_of are skipped: an undated
    figure may describe another year). The group conflicts when the stated
    values differ. Qualifiers are deliberately ignored: 800余 and 812 are
    listed as a conflict, for a reader to judge, rather than hidden by a
    tolerance. ``values`` lists 'value@source_id' by source_id.
    """
    df = _report_groups(obs)
    if df.empty:
        return [], []
    pairs = df.drop_duplicates(["group", "value", "source_id"])
    pairs = fmt_nums(pairs["value"]) + "@" + pairs["source_id"].astype(str)
    by = df.groupby("group")
    g = df.drop_duplicates("group").set_index("group")
    g["values"] = pairs.groupby(df.loc[pairs.index, "group"]).agg("; ".join)
    g["min_value"], g["max_value"] = by["value"].min(), by["value"].max()
    agree = g["n_values"] == 1
    names = [label(m, s) for m, s in zip(g["metric"], g["subgroup"], strict=True)]
    g["rule"] = CROSS_SOURCE_AGREEMENT
    g["source_id"] = None
    g["status"] = [(CheckStatus.PASS if a else CheckStatus.FAIL).value for a in agree]
    g["expected"] = [f"{n}: one value across sources" for n in names]
    # the check repeats at most SHOWN_VALUES of them; conflicts.values keeps every one
    shown = [_first_values(v) for v in g["values"].tolist()]
    g["observed"] = shown
    g["message"] = [
        f"{k} sources {'agree' if a else 'differ'} on {n}: {v}"
        for k, a, n, v in zip(g["n_sources"], agree, names, shown, strict=True)
    ]
    return records(g[~agree], "conflicts"), records(g, "checks")
