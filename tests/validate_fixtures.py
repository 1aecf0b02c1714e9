"""Small row builders for the validation tests: one document, figures in it."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

import pandas as pd

from partystats.tables import table_specs

SEED_TEXT = (
    "全省共有律师事务所1058家，律师12599人，党员律师4079人，占33%。"
    "建立党组织372个，其中单独党支部273个，联合党支部99个。"
    "覆盖律所800余家，覆盖率达70%以上。"
)
UNITS = {"party_member_share": "percent", "coverage_rate": "percent"}


def doc(source_id: str = "a", text: str = SEED_TEXT, **kw: Any) -> dict[str, Any]:
    row = {
        "source_id": source_id,
        "file": f"{source_id}.txt",
        "url": None,
        "title": "t",
        "published": date(2018, 3, 1),
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
        "encoding": "utf-8",
        "raw_text": text,
        "clean_text": text,
        "status": "ok",
        "status_reason": None,
        "jurisdiction": "辽宁省",
        "pinyin_removed": 0,
        "punct_fixed": 0,
        "lines_dropped": 0,
        "mojibake_runs": 0,
        "mojibake_spans": None,
    }
    return {**row, **kw}


def obs(
    metric: str,
    value: float,
    qualifier: str = "exact",
    source_id: str = "a",
    surface: str | None = None,
    text: str = SEED_TEXT,
    **kw: Any,
) -> dict[str, Any]:
    """An observation row; its span is the first occurrence of ``surface`` (default: the value)."""
    surface = surface or f"{value:g}"
    start = text.find(surface)
    start = start if start >= 0 else 0
    row = {
        "observation_id": f"{source_id}-{metric}-{start}",
        "source_id": source_id,
        "sector": "legal",
        "metric": metric,
        "value": float(value),
        "qualifier": qualifier,
        "value_low": float(value) if qualifier in ("exact", "lower_bound") else None,
        "value_high": float(value) if qualifier in ("exact", "upper_bound") else None,
        "unit": UNITS.get(metric, "count"),
        "jurisdiction": "辽宁省",
        "jurisdiction_level": "province",
        "subgroup": None,
        "as_of": date(2017, 12, 31),
        "as_of_basis": "explicit",
        "raw_start": start,
        "raw_end": start + len(surface),
        "evidence": "e",
        "rule": "test",
    }
    return {**row, **kw}


def seed() -> list[dict[str, Any]]:
    """The seed text's figures, all consistent except the 33 % share (4079/12599 = 32.38 %)."""
    return [
        obs("firms", 1058),
        obs("practitioners", 12599),
        obs("party_members", 4079),
        obs("party_member_share", 33),
        obs("party_organizations", 372),
        obs("standalone_branches", 273),
        obs("joint_branches", 99),
        obs("firms_covered", 800, "lower_bound"),
        obs("coverage_rate", 70, "lower_bound"),
    ]


def frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Observation rows as the frame the rules take."""
    names = table_specs()["observations"].names
    return pd.DataFrame({c: [r[c] for r in rows] for c in names}, columns=names)
