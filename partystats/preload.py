"""Imported by the worker pool's forkserver (flows/pool.py) before it forks a worker.

Each worker would otherwise build the same caches on its first source (about a second of
CPU on the 2-core target); built here once, every worker forked afterwards inherits them.
"""

from partystats.pipeline import warm_caches

warm_caches()
