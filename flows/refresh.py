"""The refresh flow: ingest -> repair/normalize -> extract -> validate -> publish.

Thin by design: every stage is a plain function from ``partystats``; this
module adds what orchestration adds: batching, the incremental cache lookup,
concurrency, retries, progress and logging.

How one run goes:
1. discover the sources (manifest problems are logged, not fatal);
2. plan: hash each file; when the current release was built from exactly
   these inputs, stop there (nothing to publish); else look each key up in the
   outputs' cache: hits are decoded here, misses are grouped into batches and
   submitted as they fill;
3. each batch is one Prefect task run (retried with backoff as a whole); its
   CPU work runs in the local process pool (flows/pool.py), or on a Dask
   worker with ``--dask-address``; a batch that still fails after its retries
   is redone source by source, each raising source becoming a rejected
   document ('internal error: ...'), so one bad source never fails the run;
4. each batch's rows (and each chunk of cache hits) become compact Arrow
   tables as they arrive (``pipeline.ColumnarRows``), the row dicts dropped;
   they are concatenated in source order (identical whether cached or not),
   validated and published as Arrow.
"""

from __future__ import annotations

import contextlib
import importlib
import resource
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.tasks import exponential_backoff
from prefect.utilities.annotations import quote

from flows.batching import batch_size
from flows.malloc import return_freed_memory
from flows.pool import cancel_early, run_in_pool, start_pool, worker_count, workers_for
from partystats import pipeline
from partystats.cache import (
    ResultCache,
    chunks,
    compute_encoded,
    decode,
    forget_hashes,
    inputs_fingerprint,
    source_keys,
)
from partystats.ingest import discover_sources
from partystats.model import ManifestProblem, SourceSpec
from partystats.publish import Release, fresh_release, publish
from partystats.validate import failed_checks, validate

PLAN_CHUNK = 500  # sources hashed and looked up per cache query
PROGRESS_MIN_BATCHES = 8  # "a long run": print a progress line per finished batch


@dataclass
class RunSummary:
    sources_read: int
    rejected: int
    observations: int
    checks_failed: list[str]
    rows_rejected: int
    release: Release
    manifest_problems: list[ManifestProblem] = field(default_factory=list)
    from_cache: int = 0
    processed: int = 0
    internal_errors: int = 0
    batches: int = 0
    unchanged: bool = False  # the current release already held exactly these inputs


def _run_batch(specs: list[SourceSpec], local_pool: bool, tolerant: bool) -> pipeline.EncodedBatch:
    # The per-source last resort runs in the task's own thread: it must not depend
    # on a pool that may be what failed.
    if local_pool and not tolerant:
        return run_in_pool(compute_encoded, specs, tolerant)
    return compute_encoded(specs, tolerant)  # on a Dask worker, or inline (workers=0)


@task(
    name="process-batch",
    retries=2,
    retry_delay_seconds=exponential_backoff(backoff_factor=1),  # 1 s, then 2 s
    retry_jitter_factor=0.5,
    cache_policy=NO_CACHE,  # incremental caching is per source, in partystats.cache
    persist_result=False,
)
def process_batch(specs: list[SourceSpec], local_pool: bool = True) -> pipeline.EncodedBatch:
    """A batch of sources -> encoded rows per source. Any exception fails (and retries)
    the whole batch: transient trouble (I/O, a lost worker) is what retries are for."""
    return _run_batch(specs, local_pool, tolerant=False)


@task(name="process-batch-per-source", cache_policy=NO_CACHE, persist_result=False)
def process_batch_tolerant(
    specs: list[SourceSpec], local_pool: bool = True
) -> pipeline.EncodedBatch:
    """Last resort for a batch that kept failing: sources that raise become rejected rows."""
    return _run_batch(specs, local_pool, tolerant=True)


def _unwalked(batch: list[SourceSpec], dask_address: str | None) -> Any:
    """The batch as a task argument Prefect does not walk: it would otherwise visit every
    spec, twice, looking for upstream futures (~1.8 s of the flow process's CPU at 5,000
    sources). Not on Dask: its task runner ships the wrapper unopened."""
    return batch if dask_address else quote(batch)


class Progress:
    """One line per finished batch on stderr, for long runs only."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.enabled, self.start = total, enabled, time.monotonic()

    def update(self, done: int, cached: int, batch: int, batches: int) -> None:
        if not self.enabled:
            return
        secs = time.monotonic() - self.start
        rate = done / secs if secs > 0 else 0.0
        print(
            f"refresh: batch {batch}/{batches}, {done}/{self.total} sources "
            f"({cached} from cache), {secs:.1f} s, {rate:.0f} sources/s",
            file=sys.stderr,
            flush=True,
        )


class _Laps:
    """Stage timings in the run log (INFO: PREFECT_LOGGING_LEVEL=INFO shows them)."""

    def __init__(self, logger: Any, started: float) -> None:
        self.logger, self.last = logger, started

    def __call__(self, what: str) -> None:
        now = time.monotonic()
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
        self.logger.info("%s: %.1f s (peak RSS so far %.0f MB)", what, now - self.last, peak_mb)
        self.last = now


@flow(
    name="partystats-refresh",
    log_prints=False,
    task_runner=ThreadPoolTaskRunner(max_workers=worker_count() + 1),
)
def refresh(
    sources: Path,
    outputs: Path,
    dask_address: str | None = None,
    workers: int | None = None,
    use_cache: bool = True,
    force: bool = False,
) -> RunSummary:
    """Refresh the dataset from ``sources`` into ``outputs``.

    ``dask_address``: the batches run on that Dask cluster (see ``refresh_on``).
    ``workers``: local processes (default: one per core; 0 runs batches in threads).
    ``use_cache``: read and write the incremental cache in ``outputs/.cache``.
    ``force``: publish a new release even when the current one was built from the
    very same inputs (same files, manifest rows, code and catalog).
    """
    logger = get_run_logger()
    started = time.monotonic()
    return_freed_memory()  # the peak at scale is the flow's process: keep it low
    # The rows are held as Arrow (ColumnarRows): with the C library's allocator, what
    # is freed is reused; Arrow's default (mimalloc) kept ~40% more resident at 100k sources.
    pa.set_memory_pool(pa.system_memory_pool())
    outputs = Path(outputs)
    specs, problems = discover_sources(Path(sources))
    for p in problems:
        logger.warning("manifest row %s (%s) skipped: %s", p.row, p.file, p.reason)

    keys = source_keys(specs)
    forget_hashes()  # the CLI's up-to-date check and this plan are done with them
    fingerprint = inputs_fingerprint(keys)
    n_sources = len(specs)
    if use_cache and not force and (current := fresh_release(outputs, fingerprint)):
        logger.info("unchanged since release %s: nothing to publish", current.release_id)
        return unchanged_summary(current, problems)

    local_pool = dask_address is None and workers != 0
    n_workers = workers_for(workers)
    size = batch_size(len(specs), n_workers)
    cache = ResultCache(outputs) if use_cache else None
    if local_pool and specs:
        start_pool(n_workers)  # no-op when the CLI already started it

    columnar = pipeline.ColumnarRows()
    pending: deque[tuple[PrefectFuture[pipeline.EncodedBatch], list[int]]] = deque()
    waiting: list[int] = []  # indices of cache misses not yet in a batch

    def submit(indices: list[int]) -> None:
        batch = [specs[i] for i in indices]
        pending.append((process_batch.submit(_unwalked(batch, dask_address), local_pool), indices))

    # Plan: hits are decoded now; misses are submitted as soon as a batch fills,
    # so the workers start while later cache entries are still being read.
    from_cache = 0
    for chunk in chunks(range(len(specs)), PLAN_CHUNK):
        chunk_keys = [k for k in (keys[i] for i in chunk) if k]
        found = cache.get_many(chunk_keys) if cache is not None else {}
        hits: list[tuple[int, pipeline.SourceRows]] = []
        for i in chunk:
            blob = found.get(keys[i]) if keys[i] else None
            if blob is not None:
                hits.append((i, decode(blob)))  # type: ignore[arg-type]
                from_cache += 1
            else:
                waiting.append(i)
        columnar.add(hits)
        del found, hits
        while len(waiting) >= size:
            submit(waiting[:size])
            waiting = waiting[size:]
    if waiting:
        submit(waiting)

    # Collect in submission order; rows are stored and cached batch by batch.
    n_batches = len(pending)
    progress = Progress(len(specs), enabled=n_batches >= PROGRESS_MIN_BATCHES)
    done, internal_errors = from_cache, 0
    for n in range(1, n_batches + 1):
        # popped, not iterated: a collected future (and the encoded rows it holds) goes now
        future, indices = pending.popleft()
        batch = [specs[i] for i in indices]
        try:
            result = future.result()
        except Exception as exc:  # retries exhausted: redo it source by source
            logger.warning("batch of %d sources failed (%s); per source now", len(batch), exc)
            result = process_batch_tolerant.submit(
                _unwalked(batch, dask_address), local_pool
            ).result()
        fresh: list[tuple[str, bytes]] = []
        for i, blob, failed in zip(indices, result.blobs, result.internal_errors, strict=True):
            if failed:
                internal_errors += 1  # not cached: the next run tries again
            elif keys[i] is not None:
                fresh.append((keys[i], blob))  # type: ignore[arg-type]
        if cache is not None:
            cache.put_many(fresh)
        columnar.add_parts(indices, result.parts)  # Arrow, made in the worker
        del future, result, fresh
        done += len(indices)
        progress.update(done, from_cache, n, n_batches)

    if unclaimed := cancel_early():
        logger.info("%d head-start batches went unused (the sources changed meanwhile)", unclaimed)
    if cache is not None:
        cache.prune(k for k in keys if k)
        cache.close()
    # ~1 KB a source: at 100k sources, worth handing back before validation
    specs.clear()
    keys.clear()
    lap = _Laps(logger, started)
    lap(f"{n_sources} sources ({from_cache} from cache) in {n_batches} batches")
    tables = columnar.tables()
    del columnar
    validated = validate(tables)
    del tables  # validated holds what is published
    lap("validated")
    release_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    # A release with internal errors is never "up to date": the next run retries them.
    settled = fingerprint if internal_errors == 0 else None
    tables = validated.tables
    docs = tables["documents"]
    counts = {
        "sources_read": len(docs),
        "rejected": _not_ok(docs),
        "observations": len(tables["observations"]),
        "checks_failed": [
            f"{c['rule']} [{c.get('source_id')}]: {c['message']}"
            for c in failed_checks(tables["checks"])
        ],
        "rows_rejected": len(tables["rejected"]),
    }
    del validated, docs  # publish empties ``tables`` once written: the rows go then
    release = publish(tables, outputs, release_id, inputs_fingerprint=settled, free_tables=True)
    lap(f"published {release_id}")
    return RunSummary(
        **counts,
        release=release,
        manifest_problems=problems,
        from_cache=from_cache,
        processed=n_sources - from_cache,
        internal_errors=internal_errors,
        batches=n_batches,
    )


def unchanged_summary(release: Release, problems: list[ManifestProblem]) -> RunSummary:
    """What an unchanged rerun reports: the current release, as it stands."""
    status = pq.read_table(release.path / "documents.parquet", columns=["status"])
    return RunSummary(
        sources_read=release.row_counts.get("documents", 0),
        rejected=_not_ok(status),
        observations=release.row_counts.get("observations", 0),
        checks_failed=[],
        rows_rejected=release.row_counts.get("rejected", 0),
        release=release,
        manifest_problems=problems,
        from_cache=release.row_counts.get("documents", 0),
        unchanged=True,
    )


def _not_ok(documents: Any) -> int:
    """Documents whose status is not ok (row dicts or Arrow)."""
    if isinstance(documents, pa.Table):
        status = documents.column("status")
        return int(pc.sum(pc.not_equal(status, "ok")).as_py() or 0) + status.null_count
    return sum(1 for d in documents if d["status"] != "ok")


# Modules the run imports lazily, after the API server is up: imported in warm_up they
# load while it starts instead (~3 s on the 2-core target, most of it pandera's Dask
# typing, loaded on the first schema build when Dask is installed).
LAZY_IMPORTS = (
    "pandera.typing.dask",
    "pandera.backends.pandas.container",
    "pandera.strategies",
    "prefect.flow_engine",  # the engines a flow call loads
    "prefect.task_engine",
    "fastapi.encoders",  # Prefect serializes flow parameters with it
)


def warm_up() -> None:
    """Do now, while the API server starts, the imports the run would do later."""
    for name in LAZY_IMPORTS:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


def refresh_on(
    sources: Path,
    outputs: Path,
    dask_address: str | None = None,
    workers: int | None = None,
    use_cache: bool = True,
    force: bool = False,
) -> RunSummary:
    """Run the flow with the right task runner: Dask when an address is given."""
    flow_ = refresh
    if dask_address:
        from prefect_dask import DaskTaskRunner

        flow_ = refresh.with_options(task_runner=DaskTaskRunner(address=dask_address))
    return flow_(
        sources,
        outputs,
        dask_address=dask_address,
        workers=workers,
        use_cache=use_cache,
        force=force,
    )
