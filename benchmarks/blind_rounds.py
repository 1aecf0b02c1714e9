"""Extraction quality on the blind rounds: texts the project wrote, each with its gold.

    python benchmarks/blind_rounds.py [--show] [ROUND_DIR ...]

A blind round is a folder of ten or so source texts of one genre (press articles,
yearbooks, saved pages, damaged copies, precision traps...) with a ``gold.jsonl`` in
the format of ../shared/spec/GOLD.md, written by a helper who never saw the reader's
output. The rounds under ``tests/rounds`` are kept as a regression corpus: unlike the
dev corpus they are ours to ship. Scoring follows ../shared/tools/score.py: a
published observation matches a gold one when source, sector, metric and value agree;
a matched pair whose qualifier, jurisdiction or year differs is a mismatch.

Prints, per round and in all: correct, wrong (published, not in the gold), missed and
mismatched; ``--show`` lists each error with its evidence.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

from partystats.ingest import discover_sources
from partystats.model import Observation
from partystats.pipeline import process_source

ROUNDS = Path(__file__).resolve().parent.parent / "tests" / "rounds"


@dataclass
class Tally:
    correct: int = 0
    wrong: int = 0
    missed: int = 0
    mismatched: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.correct += other.correct
        self.wrong += other.wrong
        self.missed += other.missed
        self.mismatched += other.mismatched
        self.errors += other.errors

    @property
    def precision(self) -> float:
        published = self.correct + self.wrong
        return self.correct / published if published else 1.0

    @property
    def recall(self) -> float:
        stated = self.correct + self.missed
        return self.correct / stated if stated else 1.0


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _differences(gold: dict, obs: Observation) -> list[str]:
    found = []
    if obs.qualifier.value != gold.get("qualifier", "exact"):
        found.append(f"qualifier {obs.qualifier.value} != {gold.get('qualifier')}")
    if gold.get("jurisdiction") and obs.jurisdiction != gold["jurisdiction"]:
        found.append(f"jurisdiction {obs.jurisdiction} != {gold['jurisdiction']}")
    year = obs.as_of.year if obs.as_of else None
    if gold.get("as_of_year") and year != int(gold["as_of_year"]):
        found.append(f"year {year} != {gold['as_of_year']}")
    return found


def score_round(folder: Path) -> Tally:
    """Run ingest, repair and extraction on one round and compare with its gold."""
    lines = (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    sources = {r["source_id"] for r in rows}
    gold = [r for r in rows if r.get("metric")]
    specs, _ = discover_sources(folder)
    published = [
        o
        for spec in specs
        for o in process_source(spec).extraction.observations
        if o.source_id in sources
    ]
    tally, used = Tally(), set()
    for g in gold:
        hit = next(
            (
                o
                for o in published
                if id(o) not in used
                and (o.source_id, o.sector, o.metric) == (g["source_id"], g["sector"], g["metric"])
                and _same_value(o.value, float(g["value"]))
            ),
            None,
        )
        if hit is None:
            tally.missed += 1
            tally.errors.append(
                f"missed   {g['source_id']} {g['sector']}/{g['metric']}={g['value']}"
            )
            continue
        used.add(id(hit))
        tally.correct += 1
        if differences := _differences(g, hit):
            tally.mismatched += 1
            tally.errors.append(
                f"mismatch {g['source_id']} {g['metric']}={g['value']}: {'; '.join(differences)}"
            )
    for o in published:
        if id(o) not in used:
            tally.wrong += 1
            tally.errors.append(
                f"wrong    {o.source_id} {o.sector}/{o.metric}={o.value:g} {o.jurisdiction} "
                f"| {o.evidence[:60]}"
            )
    return tally


def round_folders(paths: list[Path]) -> list[Path]:
    roots = paths or [ROUNDS]
    found = []
    for root in roots:
        found += [root] if (root / "gold.jsonl").is_file() else sorted(root.glob("*/gold.jsonl"))
    return [p if p.is_dir() else p.parent for p in found]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rounds", nargs="*", type=Path, help="round folders (default tests/rounds)")
    parser.add_argument("--show", action="store_true", help="list every error")
    args = parser.parse_args()
    total = Tally()
    for folder in round_folders(args.rounds):
        tally = score_round(folder)
        total.add(tally)
        print(
            f"{folder.name}: {tally.correct} correct, {tally.wrong} wrong, "
            f"{tally.missed} missed, {tally.mismatched} mismatched"
        )
        for error in tally.errors if args.show else ():
            print(f"  {error}")
    print(
        f"all: {total.correct} correct, {total.wrong} wrong, {total.missed} missed, "
        f"{total.mismatched} mismatched; precision {total.precision:.3f}, "
        f"recall {total.recall:.3f}"
    )


if __name__ == "__main__":
    main()
