"""How sources are cut into batches, and the head start that uses the same cut.

No Prefect here: the CLI imports this module while Prefect itself is still
being imported, so the first batches can run during the ~10 s the embedded API
server takes to start (flows/embedded.py). ``head_start`` plans exactly as the
flow will (same discovery, same cache lookups, same batch size) and submits
the batches that will miss the cache to the process pool; the flow's task for
an identical batch then takes the result already under way (flows/pool.py).
A batch the flow plans differently simply finds nothing waiting and runs as
usual: the head start can save time, never change a result.
"""

from __future__ import annotations

import math
from pathlib import Path

from partystats.cache import chunks

MIN_BATCH = 8  # below this, task overhead outweighs the work
MAX_BATCH = 400  # bounds a batch's memory and keeps progress moving
BATCHES_PER_WORKER = 4  # enough batches to balance the workers
# A head start covers what the workers can do before the flow starts (~10 s: about two
# batches each on the 2-core target); the flow submits the rest. Capped so a corpus of
# 100k sources is not held twice (head start and flow) in the pool's queue.
HEAD_START_BATCHES_PER_WORKER = 2


def batch_size(n_sources: int, workers: int) -> int:
    """Enough batches to keep every worker busy, none tiny, none huge."""
    per = math.ceil(n_sources / (max(workers, 1) * BATCHES_PER_WORKER)) if n_sources else 1
    return max(MIN_BATCH, min(MAX_BATCH, per))


def head_start(sources: Path, outputs: Path, workers: int, use_cache: bool = True) -> int:
    """Submit the first batches the flow will have to process; returns how many sources."""
    from flows.pool import run_early
    from partystats.cache import ResultCache, compute_encoded, source_keys
    from partystats.ingest import discover_sources

    specs, _ = discover_sources(sources)
    size = batch_size(len(specs), workers)
    # Only the first sources are looked at (hashed, looked up): the misses among them
    # are the flow's first misses, cut into the same batches.
    window = specs[: size * workers * HEAD_START_BATCHES_PER_WORKER]
    keys = source_keys(window)
    cached: set[str] = set()
    if use_cache:
        with ResultCache(outputs) as cache:
            cached = cache.has_many(k for k in keys if k)
    misses = [spec for spec, key in zip(window, keys, strict=True) if key not in cached]
    if len(window) < len(specs):  # a last, partial batch here is not one of the flow's
        del misses[len(misses) // size * size :]
    for batch in chunks(misses, size):
        run_early(compute_encoded, batch, False)
    return len(misses)
