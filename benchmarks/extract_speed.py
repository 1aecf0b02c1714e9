"""Extraction speed without Prefect: sources per second per core.

    python benchmarks/extract_speed.py [--copies 40]

Documents are decoded and repaired once up front (that is ingest's cost, not
extraction's); the timed loop runs ``extract`` only, on one core. The corpus is
the shipped sample in data/ plus, when present, ../shared/corpus/dev, repeated
``--copies`` times. Target (issue 4): at least 1,000 average sources/s.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from partystats.extract import extract
from partystats.ingest import discover_sources, read_source
from partystats.model import Status
from partystats.native import reader_kind

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [ROOT / "data", ROOT.parent / "shared" / "corpus" / "dev"]


def load_documents() -> list:
    docs = []
    for folder in FOLDERS:
        if folder.is_dir():
            specs, _ = discover_sources(folder)
            docs += [d for d in map(read_source, specs) if d.status is Status.OK]
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=40, help="times the corpus is repeated")
    args = parser.parse_args()
    docs = load_documents()
    extract(docs[0])  # warm caches: catalog, gazetteer, converters
    rates = []
    for _ in range(3):
        start = time.process_time()  # CPU time of this one process: sources per core-second
        for _ in range(args.copies):
            for doc in docs:
                extract(doc)
        rates.append(len(docs) * args.copies / (time.process_time() - start))
    chars = statistics.mean(len(d.clean_text) for d in docs)
    print(f"{len(docs)} documents (mean {chars:.0f} characters) x {args.copies} copies, best of 3")
    print(
        f"extraction ({reader_kind()} reader): {max(rates):,.0f} sources/s per core "
        "(target >= 1,000)"
    )


if __name__ == "__main__":
    main()
