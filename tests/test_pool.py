"""The local process pool's head start: a call started early is taken once, by the
very same call, and what nobody takes is cancelled and counted."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows.pool import cancel_early, run_early, run_in_pool


def test_an_early_call_is_taken_once_by_the_same_call() -> None:
    early = run_early(time.time_ns).result()
    assert run_in_pool(time.time_ns) == early  # the result under way, not a new call
    assert run_in_pool(time.time_ns) > early  # taken once: a retry runs anew
    assert cancel_early() == 0


def test_early_calls_nobody_asks_for_are_cancelled() -> None:
    run_early(divmod, 7, 2)
    assert run_in_pool(divmod, 9, 2) == (4, 1)  # other arguments: not the early call
    assert cancel_early() == 1
    assert cancel_early() == 0


@pytest.fixture
def hundred_sources(tmp_path: Path) -> Path:
    sources = tmp_path / "sources"
    sources.mkdir()
    for k in range(100):
        (sources / f"s{k:03d}.txt").write_text(f"全市共有律师事务所{k + 100}家。", encoding="utf-8")
    return sources


def test_a_head_start_covers_the_first_batches_only(tmp_path: Path, hundred_sources: Path) -> None:
    from flows.batching import batch_size, head_start

    sources = hundred_sources
    size = batch_size(100, 1)
    assert head_start(sources, tmp_path / "outputs", workers=1) == 2 * size < 100
    assert cancel_early() == 2  # two batches were waiting for a flow that never came


def test_a_head_start_leaves_a_partial_batch_to_the_flow(
    tmp_path: Path, hundred_sources: Path
) -> None:
    from flows.batching import batch_size, head_start
    from partystats.cache import ResultCache, source_keys
    from partystats.ingest import discover_sources

    sources = hundred_sources
    specs, _ = discover_sources(sources)
    with ResultCache(tmp_path / "outputs") as cache:  # three early sources already done
        cache.put_many((key, b"rows") for key in source_keys(specs[:3]) if key)
    size = batch_size(100, 1)
    # 2 * size sources looked at, 3 of them cached: one full batch of misses, the rest
    # would be a partial batch the flow cuts differently.
    assert head_start(sources, tmp_path / "outputs", workers=1) == size
    assert cancel_early() == 1


# Run in a fresh interpreter: after a thousand tests (threads, arenas, mappings) the
# process this suite runs in no longer shows what one refresh's process does.
_FREED_MEMORY_PROBE = """
import ctypes, platform
from flows.malloc import return_freed_memory

applied = return_freed_memory()
assert applied == (platform.system() == "Linux" and platform.libc_ver()[0] == "glibc")
if applied:  # a freed 8 MB block leaves the process instead of staying on its heap
    libc = ctypes.CDLL("libc.so.6")
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = [ctypes.c_void_p]

    def resident():
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1])

    # untuned, freeing a 16 MB mapping raises glibc's threshold above 8 MB...
    libc.free(libc.malloc(16 << 20))
    block = libc.malloc(8 << 20)  # ...and this block would come from the heap and stay
    ctypes.memset(block, 1, 8 << 20)
    grown = resident()
    libc.free(block)
    print(grown - resident())
"""


def test_freed_memory_goes_back_to_the_os_on_glibc():
    import platform

    probe = subprocess.run(
        [sys.executable, "-c", _FREED_MEMORY_PROBE], capture_output=True, text=True, check=True
    )
    if platform.system() == "Linux" and platform.libc_ver()[0] == "glibc":
        assert int(probe.stdout) >= (8 << 20) // 4096 * 0.9


def test_the_forkserver_preload_builds_the_per_process_caches() -> None:
    """Workers fork from a process that imported partystats.preload: the caches every
    source needs must already be built there, or each worker builds its own."""
    probe = (
        "import partystats.preload\n"
        "from partystats.decode import _plausibility_patterns\n"
        "from partystats.repair import suspect_pattern\n"
        "from partystats.extract import _VOCABULARIES\n"
        "print(_plausibility_patterns.cache_info().currsize, suspect_pattern.cache_info().currsize,"
        " len(_VOCABULARIES), 'trafilatura' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", "import sys\n" + probe], capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["1", "1", "1", "True"]
