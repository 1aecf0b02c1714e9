"""Validation speed: the validate stage on a synthetic run of many sources.

    python benchmarks/validate_speed.py [--sources 5000] [--per-source 20]

Builds documents, observations (random catalog metrics, qualifiers, places and
dates, so scopes hold several related figures) and two mentions per figure,
then times ``validate`` alone: schema screening, consistency rules and the
derived tables. Prints wall and CPU seconds; compare CPU seconds against the
machine's baseline loop printed last (a loaded machine inflates both).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import time
from datetime import date

from partystats.catalog import load_catalog
from partystats.validate import validate
from schemas.models import MODELS

PLACES = ["辽宁省", "浙江省", "杭州市", "北京市", "上海市", "天津市", None]
DATES = [date(2017, 12, 31), date(2016, 12, 31), None]
QUALIFIERS = ["exact", "exact", "lower_bound", "approximate"]


def synthetic(n_sources: int, per_source: int, seed: int = 1) -> dict[str, list[dict]]:
    rng = random.Random(seed)
    units = {m: spec["unit"] for m, spec in load_catalog().metrics.items()}
    text = "律师" * 2000
    docs, obs, mentions = [], [], []
    for i in range(n_sources):
        sid = f"s{i:05d}"
        docs.append(
            {
                "source_id": sid, "file": f"{sid}.txt", "url": None, "title": "t",
                "published": date(2018, 3, 1), "sha256": hashlib.sha256(sid.encode()).hexdigest(),
                "encoding": "utf-8", "raw_text": text, "clean_text": text, "status": "ok",
                "status_reason": None, "jurisdiction": None, "pinyin_removed": 0, "punct_fixed": 0,
                "lines_dropped": 0, "mojibake_runs": 0, "mojibake_spans": None,
            }
        )  # fmt: skip
        place = rng.choice(PLACES)
        for k in range(per_source):
            metric = rng.choice(list(units))
            pct = units[metric] == "percent"
            value = float(rng.randint(1, 99) if pct else rng.randint(1, 20000))
            oid = f"{sid}-{k}"
            obs.append(
                {
                    "observation_id": oid, "source_id": sid, "sector": "legal", "metric": metric,
                    "value": value, "qualifier": rng.choice(QUALIFIERS), "value_low": None,
                    "value_high": None, "unit": units[metric], "jurisdiction": place,
                    "jurisdiction_level": "province", "subgroup": None, "as_of": rng.choice(DATES),
                    "as_of_basis": "explicit", "raw_start": k * 10, "raw_end": k * 10 + 4,
                    "evidence": "e", "rule": "r",
                }
            )  # fmt: skip
            mention = {"source_id": sid, "surface": "1234", "note": None}
            mentions.append(
                {**mention, "raw_start": k * 10, "raw_end": k * 10 + 4, "value": value,
                 "kind": "percent" if pct else "count", "observation_id": oid}
            )  # fmt: skip
            mentions.append(
                {**mention, "raw_start": k * 10 + 5, "raw_end": k * 10 + 8, "value": 2017.0,
                 "kind": "year", "observation_id": None}
            )  # fmt: skip
    return {"documents": docs, "observations": obs, "mentions": mentions}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=5000)
    parser.add_argument("--per-source", type=int, default=20)
    args = parser.parse_args()
    tables = synthetic(args.sources, args.per_source)
    for model in MODELS.values():  # pandera's one-off imports are not the stage's cost
        model.to_schema()
    wall, cpu = time.perf_counter(), time.process_time()
    out = validate(tables)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    n = len(tables["observations"])
    print(f"validate: {args.sources} sources, {n} observations: {wall:.2f}s wall, {cpu:.2f}s cpu")
    print("  " + ", ".join(f"{k} {v}" for k, v in out.summary.items()))
    base = time.process_time()
    sum(range(10**7))
    print(f"  machine baseline (sum of 10^7 ints): {time.process_time() - base:.2f}s cpu")


if __name__ == "__main__":
    main()
