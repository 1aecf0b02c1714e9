"""Extraction quality on the dev corpus, overall and per fold of sources.

    python benchmarks/dev_folds.py [--folds 5]

Runs ingest, repair and extraction (no Prefect) on ../shared/corpus/dev and
scores the observations with ../shared/tools/score.py's own scoring function.
Sources are split into folds by a hash of their id, so the split is stable.
Per-fold scores show how evenly the rules carry across sources: a fold much
below the others means rules fitted to the sources of the other folds.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import importlib.util
from pathlib import Path

from partystats.ingest import discover_sources
from partystats.pipeline import process_source

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fold_of(source_id: str, folds: int) -> int:
    return int(hashlib.sha256(source_id.encode()).hexdigest(), 16) % folds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    scorer = load_scorer()
    gold_all = scorer.load_gold(SHARED / "corpus" / "dev" / "gold.jsonl")
    specs, _ = discover_sources(SHARED / "corpus" / "dev")
    pred, docs = [], {}
    for spec in specs:
        result = process_source(spec)
        docs[spec.source_id] = result.document.raw_text
        pred += [dataclasses.asdict(o) for o in result.extraction.observations]

    def report(label: str, sources: set[str]) -> None:
        gold = [g for g in gold_all if g.get("metric") and g["source_id"] in sources]
        r = scorer.score(gold, [p for p in pred if p["source_id"] in sources], docs)
        print(
            f"{label:<10} sources {len(sources):>3}  gold {len(gold):>3}  F1 {r['f1']:.3f}  "
            f"P {r['p']:.3f}  R {r['r']:.3f}  strict_F1 {r['strict_f1']:.3f}  span {r['span'] or 0:.3f}"
        )

    sources = {g["source_id"] for g in gold_all}
    report("all", sources)
    for k in range(args.folds):
        report(f"fold {k + 1}", {s for s in sources if fold_of(s, args.folds) == k})


if __name__ == "__main__":
    main()
