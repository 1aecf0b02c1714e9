"""Local CPU parallelism for the batch tasks: one process pool, started early.

Why not Prefect's ProcessPoolTaskRunner: it spawns its workers when the flow
starts and each imports Prefect and runs a task engine (~4 s on the 2-core
target before the first batch runs). Here the Prefect tasks run in threads
(ThreadPoolTaskRunner) and hand their CPU work to this pool, whose workers
fork from a forkserver that has imported only ``partystats.pipeline`` and built
its per-process caches (``partystats.preload``). The CLI starts it before
Prefect is imported, so the workers are warm by the time the flow submits its
first batch.

Stdlib only on purpose: workers unpickle functions by module, and importing
this module must not pull Prefect into them.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
_pool: ProcessPoolExecutor | None = None
_lock = threading.Lock()
# Calls started before the flow asked for them (flows/batching.head_start), by their
# exact arguments: the flow's identical call takes that future instead of a new one.
_early: dict[tuple[Any, ...], Future[Any]] = {}
_early_planned = threading.Event()
_early_planned.set()  # no head start under way
EARLY_PLAN_WAIT_S = 120.0  # a head start still planning holds the flow's first call this long


def worker_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _noop() -> None:
    return None


# Workers yield the CPU to the flow's own process and the API server: those are the
# run's critical path (a starved flow process stalls every worker behind it), while
# a worker only ever waits for spare CPU. Measured on 2 cores: 5,000 sources ~2 s faster.
WORKER_NICENESS = 10


def _lower_priority() -> None:
    if hasattr(os, "nice"):  # POSIX
        os.nice(WORKER_NICENESS)


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
        ctx.set_forkserver_preload(["partystats.preload"])  # pipeline, warmed
        _pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=ctx, initializer=_lower_priority
        )
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


def workers_for(requested: int | None) -> int:
    """Pool size for a ``--workers`` value: one per core by default."""
    return worker_count() if requested is None else max(requested, 1)


def start_pool_in_background(
    workers: int | None = None, then: Callable[[], object] | None = None
) -> None:
    """start_pool without blocking (spawning waits for the forkserver's imports), then
    ``then()`` in the same thread: the head start, whose calls run_in_pool waits for."""

    def start() -> None:
        try:
            start_pool(workers)
            if then is not None:
                then()
        except Exception as exc:  # a head start only saves time: the flow plans anew
            logging.getLogger(__name__).warning(
                "partystats: no head start (%s: %s)", type(exc).__name__, exc
            )
        finally:
            _early_planned.set()

    if then is not None:
        _early_planned.clear()
    threading.Thread(target=start, name="pool-start", daemon=True).start()


def _call_key(fn: Callable[..., Any], args: tuple[Any, ...]) -> tuple[Any, ...]:
    return (fn, *(tuple(a) if isinstance(a, list) else a for a in args))


def run_early(fn: Callable[..., T], *args: Any) -> Future[T]:
    """Start ``fn(*args)`` now; the first run_in_pool of the very same call takes it."""
    future = start_pool().submit(fn, *args)
    with _lock:
        _early[_call_key(fn, args)] = future
    return future


def cancel_early() -> int:
    """Cancel head-start calls nobody asked for; returns how many there were."""
    with _lock:
        left = list(_early.values())
        _early.clear()
    for future in left:
        future.cancel()
    return len(left)


def run_in_pool(fn: Callable[..., T], *args: Any) -> T:
    """Run ``fn`` in a pool worker and wait for it (called from a task's thread).
    A head-start call with the same arguments is taken once; a retry runs anew."""
    _early_planned.wait(EARLY_PLAN_WAIT_S)
    with _lock:
        future = _early.pop(_call_key(fn, args), None)
    if future is None:
        future = start_pool().submit(fn, *args)
    return future.result()
