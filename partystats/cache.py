"""Incremental refresh: per-source table rows, cached under the outputs folder.

A source's rows depend on three things only, so they make its key:
- the file's bytes (sha256),
- its manifest row (source_id, file, url, title, published, jurisdiction,
  sector, encoding; not the absolute path, so moving the corpus keeps the cache),
- the code and catalog fingerprint: ``__version__``, every ``.py`` file of
  the ``partystats`` package that can change a source's rows (all but the
  later stages listed in ``NOT_PER_SOURCE``) and every ``schemas/*.yaml``
  (catalog version and bytes). Any change to those invalidates every entry: a cached row never
  outlives the code that made it.

Storage is one SQLite key-value file per fingerprint
(``<outputs>/.cache/sources-<fingerprint>.sqlite``); files of other
fingerprints are deleted on open. Values are zlib-compressed pickles of the
rows (``pipeline.SourceRows``): the cache is private to the outputs folder
that this program writes, never read from elsewhere. SQLite keeps memory flat
whatever the corpus size; one writer (the flow process) commits per batch, so
a run that dies half-way keeps what it finished.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import partystats
from partystats.model import SourceSpec

if TYPE_CHECKING:  # pipeline imports pyarrow and the extractor: workers load it on first use
    from partystats.pipeline import EncodedBatch

T = TypeVar("T")

CACHE_DIRNAME = ".cache"
# Modules that never run between a source's bytes and its rows (the later stages, the CLI):
# editing them must not discard the cache. Anything else (including modules added later)
# counts, erring towards re-extraction.
NOT_PER_SOURCE = frozenset(
    {
        "cli.py",
        "cache.py",
        "publish.py",
        "validate.py",
        "query.py",
        "database.py",
        "datapackage.py",
        "releases.py",
        "review.py",
        "checks.py",
        "derive.py",
    }
)
_SQL_CHUNK = 500  # keys per SELECT ... IN (...), well under SQLite's variable limit


@cache
def code_fingerprint() -> str:
    """Hash of what turns bytes into rows: package version, package code, schemas."""
    return _code_hash(NOT_PER_SOURCE)


# What a release holds also depends on the later stages; only these never touch it.
NOT_IN_RELEASE = frozenset({"cli.py", "query.py"})


@cache
def release_code_fingerprint() -> str:
    """Hash of everything that shapes a release: per-source code, validation, publishing."""
    return _code_hash(NOT_IN_RELEASE)


def _code_hash(skip: frozenset[str]) -> str:
    h = hashlib.sha256(f"partystats {partystats.__version__}\n".encode())
    package = Path(partystats.__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        if path.parent == package and path.name in skip:
            continue
        h.update(path.relative_to(package).as_posix().encode() + b"\0")
        h.update(path.read_bytes() + b"\0")
    schemas = files("schemas")
    for entry in sorted(schemas.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            h.update(entry.name.encode() + b"\0" + entry.read_bytes() + b"\0")
    return h.hexdigest()


def inputs_fingerprint(keys: Sequence[str | None]) -> str | None:
    """What a release was built from: every source's key, in order, and all the code.

    Two runs with the same fingerprint publish the same tables, so a rerun that
    finds it on the current release has nothing to publish. None when a source
    could not be read (its rejection must be redone, never taken as settled)."""
    if any(k is None for k in keys):
        return None
    h = hashlib.sha256(f"{code_fingerprint()} {release_code_fingerprint()}".encode())
    for key in keys:
        h.update(b"\0" + str(key).encode())
    return h.hexdigest()


_SHA_MEMO: dict[tuple[str, int, int], str] = {}
_SHA_MEMO_MAX = 1_000_000  # ~150 MB at most, for a long-lived ``serve`` process


def file_sha256(path: Path) -> str | None:
    """sha256 of the file's bytes, None when it cannot be read (never cached then).

    Remembered per (path, size, mtime) for this process: the up-to-date check
    and the flow's plan hash the same files once between them."""
    try:
        st = path.stat()
        memo_key = (str(path), st.st_size, st.st_mtime_ns)
        if memo_key not in _SHA_MEMO:
            if len(_SHA_MEMO) >= _SHA_MEMO_MAX:
                _SHA_MEMO.clear()
            _SHA_MEMO[memo_key] = hashlib.sha256(path.read_bytes()).hexdigest()
        return _SHA_MEMO[memo_key]
    except OSError:
        return None


def forget_hashes() -> None:
    """Drop the remembered file hashes (they are only kept between check and plan)."""
    _SHA_MEMO.clear()


def source_keys(specs: Sequence[SourceSpec]) -> list[str | None]:
    """Each source's cache key (None for a file that cannot be read)."""
    keys: list[str | None] = []
    for spec in specs:
        sha = file_sha256(spec.path)
        keys.append(source_key(spec, sha) if sha else None)
    return keys


def source_key(spec: SourceSpec, data_sha256: str) -> str:
    """Cache key of one source: its bytes and its manifest row."""
    row = {
        "sha256": data_sha256,
        "source_id": spec.source_id,
        "file": spec.file,
        "url": spec.url,
        "title": spec.title,
        "published": spec.published.isoformat() if spec.published else None,
        "jurisdiction": spec.jurisdiction,
        "sector": spec.sector,
        "encoding": spec.encoding,
    }
    return hashlib.sha256(json.dumps(row, sort_keys=True).encode()).hexdigest()


def encode(rows: object) -> bytes:
    return zlib.compress(pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL), 1)


def decode(blob: bytes) -> object:
    return pickle.loads(zlib.decompress(blob))


def chunks(items: Sequence[T], size: int) -> Iterator[list[T]]:
    """``items`` in consecutive lists of ``size`` (the last may be shorter)."""
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


class ResultCache:
    """Key -> encoded rows, for one code fingerprint, in ``<outputs>/.cache``."""

    def __init__(self, outputs: Path, fingerprint: str | None = None) -> None:
        self.fingerprint = fingerprint or code_fingerprint()
        folder = outputs / CACHE_DIRNAME
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / f"sources-{self.fingerprint[:20]}.sqlite"
        for stale in folder.glob("sources-*.sqlite*"):  # other code, other catalog
            if not stale.name.startswith(self.path.name):
                stale.unlink(missing_ok=True)
        self._db = sqlite3.connect(self.path, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS rows (key TEXT PRIMARY KEY, blob BLOB)")

    def _rows_with_keys(self, columns: str, keys: Iterable[str]) -> Iterator[tuple[Any, ...]]:
        """``SELECT columns`` of the rows whose key is in ``keys``, _SQL_CHUNK keys a query."""
        for chunk in chunks(list(keys), _SQL_CHUNK):
            marks = ",".join("?" * len(chunk))
            yield from self._db.execute(f"SELECT {columns} FROM rows WHERE key IN ({marks})", chunk)

    def get_many(self, keys: Iterable[str]) -> dict[str, bytes]:
        return dict(self._rows_with_keys("key, blob", keys))

    def has_many(self, keys: Iterable[str]) -> set[str]:
        """The keys the cache holds (without reading their rows)."""
        return {key for (key,) in self._rows_with_keys("key", keys)}

    def put_many(self, items: Iterable[tuple[str, bytes]]) -> None:
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO rows VALUES (?, ?)", items)

    def prune(self, keep: Iterable[str]) -> int:
        """Drop entries of sources that are gone or changed; returns how many."""
        with self._db:
            self._db.execute("CREATE TEMP TABLE IF NOT EXISTS keep (key TEXT PRIMARY KEY)")
            self._db.execute("DELETE FROM keep")
            self._db.executemany("INSERT OR IGNORE INTO keep VALUES (?)", ((k,) for k in keep))
            cur = self._db.execute("DELETE FROM rows WHERE key NOT IN (SELECT key FROM keep)")
            self._db.execute("DELETE FROM keep")
        return cur.rowcount

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM rows").fetchone()[0])

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ResultCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def compute_encoded(specs: list[SourceSpec], tolerant: bool = False) -> EncodedBatch:
    """Process sources and return their rows encoded: the unit of work of one batch.

    Plain and picklable by reference, so it runs unchanged in a local pool
    worker, a Dask worker or the calling thread. Encoded here, in the form the
    cache stores and as Arrow, so the flow's process (one core, shared with the
    workers) only stores and concatenates them.
    """
    from partystats.pipeline import EncodedBatch, is_internal_error, process_rows, row_parts

    per_source = process_rows(specs, tolerant=tolerant)
    return EncodedBatch(
        blobs=[encode(rows) for rows in per_source],
        internal_errors=[is_internal_error(rows) for rows in per_source],
        parts=row_parts(per_source),
    )
