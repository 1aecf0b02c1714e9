"""Release folders under an outputs directory, and the atomic switch between them.

Layout of ``OUTPUTS``::

    releases/<release_id>/<table>.parquet   one file per table of tables.yaml
    releases/<release_id>/datapackage.json  the release's data package (paths relative to it)
    releases/<release_id>/manifest.json     written last: a release folder without it is unfinished
    current -> releases/<release_id>        relative symlink: the published pointer
    partystats.duckdb                       database of the current release (see database.py)
    datapackage.json                        data package of the current release
    .publish.lock                           flock held by the one process publishing

Everything whose name starts with ``.tmp-`` is work in progress of a publish
that has not finished (or was killed); the next publish removes it.

A release becomes *published* the moment ``current`` points at it: that is
one ``rename(2)`` of a temporary symlink over ``current``, atomic on POSIX
file systems, so readers of ``current/<table>.parquet`` see either the old or
the new release, never a mix. ``partystats.duckdb`` and ``datapackage.json``
are renamed into place right after; if a publish dies between those renames,
the next publish notices that they name another release than ``current`` and
rebuilds them (:func:`partystats.publish.repair_published`).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

try:  # POSIX only; on other systems publishes are not serialized
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

KEEP_RELEASES = 3  # releases kept after a switch, the current one included
TMP_PREFIX = ".tmp-"
RELEASES_DIR = "releases"
CURRENT = "current"
DATABASE = "partystats.duckdb"
DATAPACKAGE = "datapackage.json"
MANIFEST = "manifest.json"
LOCK = ".publish.lock"


@dataclass(frozen=True)
class ReleaseInfo:
    """A finished release folder, as listed by ``partystats releases``."""

    release_id: str
    path: Path
    created: str
    row_counts: dict[str, int]
    checks: dict[str, int]
    is_current: bool
    code_version: str | None = None
    catalog_version: Any = None


def releases_root(outputs: Path) -> Path:
    return outputs / RELEASES_DIR


def check_release_id(release_id: str) -> None:
    """Release ids become folder names: no separators, no hidden or temp names."""
    bad = (
        not release_id
        or release_id.startswith(".")
        or any(c in release_id for c in "/\\\0")
        or release_id != release_id.strip()
    )
    if bad:
        raise ValueError(f"unusable release id {release_id!r}")


def current_release_id(outputs: Path) -> str | None:
    """The release ``current`` points at, or None when nothing is published."""
    link = outputs / CURRENT
    if not link.is_symlink():
        return None
    target = Path(os.readlink(link))
    if not (outputs / target / MANIFEST).is_file():
        return None
    return target.name


def read_manifest(release_dir: Path) -> dict[str, Any]:
    return json.loads((release_dir / MANIFEST).read_text(encoding="utf-8"))


def _created(info: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(info["created"])


def list_releases(outputs: Path) -> list[ReleaseInfo]:
    """Finished releases, newest first (by the manifest's ``created``)."""
    root = releases_root(outputs)
    if not root.is_dir():
        return []
    current = current_release_id(outputs)
    found = []
    for d in root.iterdir():
        if d.name.startswith(TMP_PREFIX) or not (d / MANIFEST).is_file():
            continue
        m = read_manifest(d)
        found.append(
            ReleaseInfo(
                release_id=d.name,
                path=d,
                created=m["created"],
                row_counts=m["row_counts"],
                checks={k: m["checks"][k] for k in ("pass", "fail")},
                is_current=d.name == current,
                code_version=m.get("code_version"),
                catalog_version=m.get("catalog_version"),
            )
        )
    found.sort(key=lambda r: (_created({"created": r.created}), r.release_id), reverse=True)
    return found


# --- file-system primitives ---------------------------------------------------


def fsync_path(path: Path) -> None:
    """Flush a file or directory entry to disk so a rename after it is durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace(src: Path, dest: Path) -> None:
    """Atomically put ``src`` at ``dest`` (same directory) and persist the rename."""
    os.replace(src, dest)
    fsync_path(dest.parent)


def write_json(path: Path, obj: Any) -> None:
    """Write JSON through a temp name, so the file is either absent or complete."""
    tmp = path.with_name(f"{TMP_PREFIX}{path.name}.{os.getpid()}")
    with open(tmp, "w", encoding="utf-8") as fh:
        # compact: manifests list every input, and the C encoder only runs without indent
        json.dump(obj, fh, ensure_ascii=False)
        fh.write("\n")
        fh.flush()
        os.fsync(fh.fileno())
    replace(tmp, path)


def remove_tree(path: Path) -> None:
    """Remove a folder so that a kill half-way leaves only a ``.tmp-`` name behind."""
    if not path.exists() and not path.is_symlink():
        return
    if path.is_symlink() or path.is_file():
        path.unlink()
        return
    if not path.name.startswith(TMP_PREFIX):
        doomed = path.with_name(f"{TMP_PREFIX}trash-{path.name}")
        os.replace(path, doomed)
        path = doomed
    shutil.rmtree(path)


def switch_current(outputs: Path, release_id: str) -> None:
    """The commit point: point ``current`` at the release in one rename."""
    tmp = outputs / f"{TMP_PREFIX}{CURRENT}.{os.getpid()}"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    # relative, so the outputs folder can be moved or copied as a whole
    os.symlink(Path(RELEASES_DIR) / release_id, tmp, target_is_directory=True)
    replace(tmp, outputs / CURRENT)


@contextmanager
def publish_lock(outputs: Path) -> Iterator[None]:
    """One publisher per outputs folder; the kernel drops the lock if it is killed."""
    outputs.mkdir(parents=True, exist_ok=True)
    with open(outputs / LOCK, "a+") as fh:
        if fcntl is not None:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


# --- cleanup and pruning (call with the lock held) ----------------------------


def clean_leftovers(outputs: Path) -> list[str]:
    """Remove what unfinished publishes left behind; return the names removed.

    - any ``.tmp-*`` entry in OUTPUTS or OUTPUTS/releases;
    - release folders without a manifest (cannot be a finished release);
    - finished releases newer than ``current``: they were built but the
      publish died before the switch, so no consumer ever saw them;
    - a ``current`` that is a plain folder (the pre-release layout).
    """
    removed: list[str] = []
    root = releases_root(outputs)
    for parent in (outputs, root):
        if not parent.is_dir():
            continue
        for entry in sorted(parent.iterdir()):
            if entry.name.startswith(TMP_PREFIX):
                remove_tree(entry)
                removed.append(str(entry.relative_to(outputs)))
    legacy = outputs / CURRENT
    if legacy.is_dir() and not legacy.is_symlink():
        remove_tree(legacy)
        removed.append(CURRENT)
    if not root.is_dir():
        return removed
    current = current_release_id(outputs)
    current_created = _created(read_manifest(root / current)) if current else None
    for entry in sorted(root.iterdir()):
        if entry.name == current or not entry.is_dir():
            continue
        if not (entry / MANIFEST).is_file():
            unfinished = True
        else:
            unfinished = current_created is not None and (
                _created(read_manifest(entry)) > current_created
            )
        if unfinished:
            remove_tree(entry)
            removed.append(str(entry.relative_to(outputs)))
    return removed


def prune(outputs: Path, keep: int = KEEP_RELEASES) -> list[str]:
    """Keep the ``keep`` newest finished releases, the current one always among them."""
    keep = max(1, keep)
    releases = list_releases(outputs)
    kept = [r for r in releases if r.is_current] + [r for r in releases if not r.is_current]
    doomed = sorted(
        (r for r in releases if r not in kept[:keep]),
        key=lambda r: r.release_id,
    )
    for r in doomed:
        remove_tree(r.path)
    return [r.release_id for r in doomed]


def release_rows(outputs: Path) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The ``partystats releases`` listing: one row per release, newest first."""
    releases = list_releases(outputs)
    tables = list(releases[0].row_counts) if releases else []
    columns = [
        "current",
        "release_id",
        "created",
        *tables,
        "checks_pass",
        "checks_fail",
        "code",
        "catalog",
    ]
    rows = [
        (
            "*" if r.is_current else "",
            r.release_id,
            r.created,
            *(r.row_counts.get(t) for t in tables),
            r.checks["pass"],
            r.checks["fail"],
            r.code_version,
            r.catalog_version,
        )
        for r in releases
    ]
    return columns, rows
