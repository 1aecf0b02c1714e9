"""The sources folder and its manifest (``sources.csv``), read as untrusted input.

A bad row is reported as a :class:`ManifestProblem` and skipped; a bad value
(a date that is not a date, an unknown encoding) is reported and dropped while
the row is kept. Files the manifest does not list are still sources.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath

from partystats.decode import UndecodableError, canonical_codec, decode_bytes
from partystats.model import ManifestProblem, SourceSpec

MANIFEST_NAME = "sources.csv"
SOURCE_SUFFIXES = (".txt", ".htm", ".html")
MANIFEST_COLUMNS = ("file", "source_id", "url", "title", "published", "jurisdiction", "sector")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
NOT_A_ROW = 0  # ManifestProblem.row for problems with no manifest row (the file, a stray file)


@dataclass(frozen=True)
class ManifestRow:
    row: int  # 1-based data row number
    values: dict[str, str]


def discover(sources_dir: Path) -> tuple[list[SourceSpec], list[ManifestProblem]]:
    """Every source below ``sources_dir``, described by its manifest row where it has one."""
    root = sources_dir.resolve()
    problems: list[ManifestProblem] = []
    on_disk = {rel: path for rel, path in walk_sources(root, problems)}
    rows = read_manifest(root / MANIFEST_NAME, problems)

    specs: dict[str, SourceSpec] = {}
    first_row_of_file: dict[str, int] = {}
    first_row_of_id: dict[str, int] = {}
    for row in rows:
        rel = checked_file(root, row, problems, on_disk)
        if rel is None:
            continue
        if rel in first_row_of_file:
            problems.append(
                problem(row, f"file listed again (first at row {first_row_of_file[rel]}); skipped")
            )
            continue
        if rel not in on_disk:
            problems.append(problem(row, "not a source file in the sources folder; skipped"))
            continue
        source_id = row.values.get("source_id") or PurePosixPath(rel).stem
        if source_id in first_row_of_id:
            problems.append(
                problem(
                    row,
                    f"source_id {source_id!r} already used at row {first_row_of_id[source_id]}; "
                    "row skipped, the file is ingested as an unlisted file",
                )
            )
            continue
        first_row_of_file[rel] = row.row
        first_row_of_id[source_id] = row.row
        specs[rel] = spec_from_row(source_id, rel, on_disk[rel], row, problems)

    taken = set(first_row_of_id)
    for rel in sorted(on_disk):
        if rel in specs or rel in first_row_of_file:
            continue
        source_id = unique_source_id(rel, taken)
        taken.add(source_id)
        stem = PurePosixPath(rel).stem
        if source_id != stem:
            problems.append(
                ManifestProblem(
                    NOT_A_ROW,
                    rel,
                    f"source_id {stem!r} is already taken; this file is ingested as {source_id!r}",
                )
            )
        specs[rel] = SourceSpec(source_id=source_id, file=rel, path=on_disk[rel])
    return [specs[rel] for rel in sorted(specs)], problems


def problem(row: ManifestRow, reason: str) -> ManifestProblem:
    return ManifestProblem(row.row, row.values.get("file", ""), reason)


# ---------------------------------------------------------------- the folder


def walk_sources(root: Path, problems: list[ManifestProblem]) -> list[tuple[str, Path]]:
    """(relative posix path, absolute path) of every source file, hidden folders skipped.

    Symlinked folders are not followed; a symlinked file must stay inside the folder.
    """
    found = []
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        # plain strings here: pathlib objects per file cost seconds at 100k files
        prefix = os.path.relpath(folder, root).replace(os.sep, "/") + "/"
        prefix = "" if prefix == "./" else prefix
        for name in sorted(filenames):
            if name.startswith(".") or not name.lower().endswith(SOURCE_SUFFIXES):
                continue
            full = os.path.join(folder, name)
            rel = prefix + name
            # os.walk does not enter symlinked folders: only the file itself can lead out
            if os.path.islink(full) and not is_inside(Path(full).resolve(), root):
                problems.append(
                    ManifestProblem(NOT_A_ROW, rel, "symlink points outside the sources folder")
                )
                continue
            if os.path.isfile(full):
                found.append((rel, Path(full)))
    return found


def is_inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def checked_file(
    root: Path,
    row: ManifestRow,
    problems: list[ManifestProblem],
    on_disk: Mapping[str, Path] | None = None,
) -> str | None:
    """The row's file as a clean relative path inside the folder, or None (and a problem).

    ``on_disk``: the source files found in the folder, already known to be inside
    it: a row naming one of them needs no further look at the disk."""
    raw = row.values.get("file", "").strip().replace("\\", "/")
    if not raw:
        problems.append(problem(row, "no file named; skipped"))
        return None
    if on_disk is not None and raw in on_disk:
        return raw
    if raw.startswith("/") or re.match(r"^[A-Za-z]:", raw):
        problems.append(problem(row, "absolute path; files must be relative to the sources folder"))
        return None
    parts = PurePosixPath(raw).parts
    if ".." in parts:
        problems.append(problem(row, "path escapes the sources folder ('..')"))
        return None
    if on_disk is not None and (clean := PurePosixPath(*parts).as_posix()) in on_disk:
        return clean  # ./a.txt, a//b.txt
    path = root.joinpath(*parts)
    if not is_inside(path.resolve(), root):  # without '..' only a symlink can lead out
        problems.append(problem(row, "symlink points outside the sources folder"))
        return None
    if not path.exists():
        problems.append(problem(row, "file not found; skipped"))
        return None
    if not path.is_file():
        problems.append(problem(row, "not a file; skipped"))
        return None
    if not raw.lower().endswith(SOURCE_SUFFIXES):
        problems.append(problem(row, "not a .txt/.htm/.html source; skipped"))
        return None
    return PurePosixPath(*parts).as_posix()


def unique_source_id(rel: str, taken: set[str]) -> str:
    """The file stem, else the path without suffix ('a/b' -> 'a_b'), then '-2', '-3'."""
    stem = PurePosixPath(rel).stem
    if stem not in taken:
        return stem
    base = PurePosixPath(rel).with_suffix("").as_posix().replace("/", "_")
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


# ---------------------------------------------------------------- the manifest


def read_manifest(path: Path, problems: list[ManifestProblem]) -> list[ManifestRow]:
    """The manifest's rows, values stripped; [] (with a problem) when it cannot be read."""
    if not path.is_file():
        return []
    try:
        text = decode_bytes(path.read_bytes()).text
    except (OSError, UndecodableError) as err:
        problems.append(ManifestProblem(NOT_A_ROW, MANIFEST_NAME, f"manifest unreadable: {err}"))
        return []
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
        fields = [f.strip().lower() for f in reader.fieldnames or []]
        if "file" not in fields:
            problems.append(
                ManifestProblem(
                    NOT_A_ROW,
                    MANIFEST_NAME,
                    f"manifest has no 'file' column (columns: {', '.join(fields) or 'none'}); "
                    "manifest ignored",
                )
            )
            return []
        reader.fieldnames = fields
        return [
            ManifestRow(n, {k: (v or "").strip() for k, v in raw.items() if isinstance(k, str)})
            for n, raw in enumerate(reader, start=1)
        ]
    except csv.Error as err:
        problems.append(
            ManifestProblem(NOT_A_ROW, MANIFEST_NAME, f"malformed CSV: {err}; manifest ignored")
        )
        return []


def spec_from_row(
    source_id: str, rel: str, path: Path, row: ManifestRow, problems: list[ManifestProblem]
) -> SourceSpec:
    values = row.values
    return SourceSpec(
        source_id=source_id,
        file=rel,
        path=path,
        url=values.get("url") or None,
        title=values.get("title") or None,
        published=published_date(row, problems),
        jurisdiction=values.get("jurisdiction") or None,
        sector=values.get("sector") or None,
        encoding=encoding_override(row, problems),
    )


def published_date(row: ManifestRow, problems: list[ManifestProblem]) -> date | None:
    value = row.values.get("published", "")
    if not value:
        return None
    if ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    problems.append(
        problem(row, f"published {value!r} is not a YYYY-MM-DD date; row kept without a date")
    )
    return None


def encoding_override(row: ManifestRow, problems: list[ManifestProblem]) -> str | None:
    value = row.values.get("encoding", "")
    if not value:
        return None
    name = canonical_codec(value)
    if name is None:
        problems.append(
            problem(row, f"unknown encoding {value!r}; row kept, encoding detected instead")
        )
    return name
