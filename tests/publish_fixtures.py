"""Synthetic release tables for the publish/release tests: every table, every column type."""

from __future__ import annotations

import hashlib
import random
from datetime import date
from typing import Any

METRICS = ["firms", "practitioners", "party_members", "party_member_share", "coverage_rate"]
PLACES = ["辽宁省", "杭州市", "天津市滨海新区", "全国", None]


def _h(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()


def make_tables(n_docs: int = 5, n_obs: int = 20, seed: int = 0) -> dict[str, list[dict[str, Any]]]:
    """All eight tables with plausible rows; same seed -> same rows."""
    rnd = random.Random(seed)
    docs = []
    for i in range(n_docs):
        sid = f"src{i:05d}"
        docs.append(
            {
                "source_id": sid,
                "file": f"{sid}.txt",
                "url": f"https://example.org/news/{i}.html" if i % 4 else None,
                "title": f"律师行业党建 {i}",
                "published": date(2020 + i % 5, 1 + i % 12, 1 + i % 28) if i % 3 else None,
                "sha256": _h("doc", i),
                "encoding": "utf-8",
                "raw_text": f"截至{2020 + i % 5}年底，全省共有律师事务所{100 + i}家。" * 3,
                "clean_text": f"截至{2020 + i % 5}年底，全省共有律师事务所{100 + i}家。",
                "status": "ok" if i % 7 else "rejected",
                "status_reason": None if i % 7 else "empty text",
                "jurisdiction": PLACES[i % len(PLACES)],
                "pinyin_removed": i % 3,
                "punct_fixed": i % 2,
                "lines_dropped": 0,
                "mojibake_runs": 0,
                "mojibake_spans": None,
            }
        )
    obs, mentions = [], []
    for j in range(n_obs):
        sid = f"src{rnd.randrange(max(n_docs, 1)):05d}"
        metric = METRICS[j % len(METRICS)]
        start = rnd.randrange(0, 500)
        oid = _h("obs", sid, metric, start, j)[:16]
        pct = metric.endswith(("share", "rate"))
        value = round(rnd.uniform(1, 99), 1) if pct else float(rnd.randrange(10, 50000))
        obs.append(
            {
                "observation_id": oid,
                "source_id": sid,
                "sector": "legal",
                "metric": metric,
                "value": value,
                "qualifier": "exact" if j % 5 else "lower_bound",
                "value_low": value if j % 5 == 0 else None,
                "value_high": None,
                "unit": "percent" if pct else "count",
                "jurisdiction": PLACES[j % len(PLACES)],
                "jurisdiction_level": "province",
                "subgroup": None,
                "as_of": date(2019 + j % 6, 12, 31) if j % 4 else None,
                "as_of_basis": "explicit" if j % 4 else "unknown",
                "raw_start": start,
                "raw_end": start + 4,
                "evidence": f"共有律师{int(value)}人",
                "rule": "count_after_cue",
            }
        )
        mentions.append(
            {
                "source_id": sid,
                "raw_start": start,
                "raw_end": start + 4 + j,  # distinct span per mention
                "surface": str(value),
                "value": value,
                "kind": "percent" if pct else "count",
                "observation_id": oid,
                "note": None,
            }
        )
    checks = [
        {
            "rule": "members_le_practitioners",
            "source_id": f"src{k:05d}",
            "jurisdiction": "辽宁省",
            "sector": "legal",
            "as_of": date(2021, 12, 31),
            "status": "pass" if k % 3 else "fail",
            "expected": "<= 100",
            "observed": str(90 + k),
            "message": "party members do not exceed practitioners",
        }
        for k in range(min(n_docs, 6))
    ]
    rejected = [
        {
            "table_name": "observations",
            "source_id": "src00000",
            "key": "deadbeef",
            "rule": "value_in_range",
            "reason": "percent above 100",
            "row_json": '{"value": 120}',
        }
    ]
    latest = [
        {
            "jurisdiction": "辽宁省",
            "jurisdiction_level": "province",
            "sector": "legal",
            "metric": m,
            "subgroup": None,
            "value": 1.0 + i,
            "qualifier": "exact",
            "unit": "count",
            "as_of": date(2021, 12, 31),
            "source_id": "src00001",
            "observation_id": _h("latest", m)[:16],
        }
        for i, m in enumerate(METRICS)
    ]
    legal_wide = [
        {
            "jurisdiction": "辽宁省",
            "as_of": date(2021, 12, 31),
            "firms": 10.0,
            "practitioners": 200.0,
            "party_members": 50.0,
            "coverage_rate": 98.5,
            "sources": "src00001",
        },
        {"jurisdiction": "杭州市", "as_of": None, "firms": 3.0, "sources": "src00002"},
    ]
    conflicts = [
        {
            "jurisdiction": "辽宁省",
            "sector": "legal",
            "metric": "firms",
            "as_of": date(2021, 12, 31),
            "n_sources": 2,
            "values": "10@src00001; 12@src00002",
            "min_value": 10.0,
            "max_value": 12.0,
        },
    ]
    return {
        "documents": docs,
        "observations": obs,
        "mentions": mentions,
        "checks": checks,
        "rejected": rejected,
        "latest": latest,
        "legal_wide": legal_wide,
        "conflicts": conflicts,
    }
