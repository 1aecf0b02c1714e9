"""Hand freed memory back to the OS as it is freed (glibc only; elsewhere a no-op).

glibc serves a large allocation with its own mapping, returned on free, but
raises that threshold each time such a block is freed (up to 32 MB): after
the first big pandas frames are freed, the next ones come from the heap and
stay resident when freed. Validating 100k sources left ~700 MB of freed heap
resident, which the publishing step then stacked on. A fixed threshold keeps
big blocks in their own mappings: the flow's peak at 100k sources went from
2.03-2.09 GB to 1.74-1.83 GB for ~25 s more (page faults in validation and
publishing, of a ~500 s run); below 1 MB nothing changes.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

MMAP_THRESHOLD_BYTES = 1 << 20  # blocks of 1 MB and more: own mapping, back to the OS on free
_M_TRIM_THRESHOLD = -1  # mallopt parameters, from glibc's malloc.h
_M_MMAP_THRESHOLD = -3


def return_freed_memory() -> bool:
    """Fix glibc's mmap and trim thresholds for this process; True when it applied."""
    if not sys.platform.startswith("linux"):
        return False
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL("libc.so.6")
        ok = libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES)
        ok &= libc.mallopt(_M_TRIM_THRESHOLD, MMAP_THRESHOLD_BYTES)
        return bool(ok)
    return False  # not glibc (musl has no mallopt): nothing to tune
