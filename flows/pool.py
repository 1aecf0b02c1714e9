"""Local CPU parallelism for the batch tasks: one process pool, started early.

Why not Prefect's ProcessPoolTaskRunner: it spawns its workers when the flow
starts and each imports Prefect and runs a task engine (~4 s on the 2-core
target before the first batch runs). Here the Prefect tasks run in threads
(ThreadPoolTaskRunner) and hand their CPU work to this pool, whose workers
fork from a forkserver that has imported only ``partystats.pipeline``. The CLI
starts it before Prefect is imported, so the workers are warm by the time the
flow submits its first batch.

Stdlib only on purpose: workers unpickle functions by module, and importing
this module must not pull Prefect into them.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
_pool: ProcessPoolExecutor | None = None
_lock = threading.Lock()


def worker_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _noop() -> None:
    return None


def start_pool(workers: int | None = None) -> ProcessPoolExecutor:
    """Start (or return) the pool and spawn all its workers now."""
    global _pool
    with _lock:
        if _pool is not None and not getattr(_pool, "_broken", False):
            return _pool
        workers = workers or worker_count()
        # forkserver: workers fork from a clean, single-threaded server process, safe
        # even when this process already runs Prefect's threads.
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["partystats.pipeline"])
        _pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
        for _ in range(workers):  # each submit with no idle worker spawns one
            _pool.submit(_noop)
        atexit.register(stop_pool)
        return _pool


def stop_pool() -> None:
    """Cancel queued batches and end the workers now, mid-batch if need be: a stopped
    refresh must not leave processes running (shutdown alone lets them finish)."""
    pool = _pool
    if pool is None:
        return
    workers = list(getattr(pool, "_processes", {}).values())  # no public handle to them
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in workers:
        if proc.is_alive():
            proc.terminate()


def start_pool_in_background(workers: int | None = None) -> None:
    """start_pool without blocking: spawning waits for the forkserver's imports."""
    threading.Thread(target=start_pool, args=(workers,), name="pool-start", daemon=True).start()


def run_in_pool(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run ``fn`` in a pool worker and wait for it (called from a task's thread)."""
    return start_pool().submit(fn, *args, **kwargs).result()
