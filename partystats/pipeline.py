"""The pipeline's plain-Python core, one call per stage, free of Prefect.

The Prefect flow in ``flows/refresh.py`` wires these same functions and adds
batching, retries, caching, logging and concurrency.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from partystats import native
from partystats.extract import extract
from partystats.ingest import decoded_document, read_source
from partystats.model import Document, Extraction, SourceSpec, Status
from partystats.tables import Rows, table_specs, to_arrow, to_record


@dataclass(frozen=True)
class SourceResult:
    document: Document
    extraction: Extraction


def process_source(spec: SourceSpec) -> SourceResult:
    """Ingest, repair and extract one source. Never raises for bad input: it quarantines."""
    doc = read_source(spec)
    if doc.status is not Status.OK:
        return SourceResult(doc, Extraction((), ()))
    return SourceResult(doc, read_figures(doc))


def read_figures(doc: Document) -> Extraction:
    """The reader's figures of a document. Where the compiled reader raises, the source
    reader reads it (the reference: mypyc checks types at run time that Python does not)."""
    try:
        return extract(doc)
    except Exception as exc:
        if not native.active():
            raise
        logging.getLogger(__name__).warning(
            "compiled reader failed on %s (%s: %s); read by the Python reader",
            doc.source_id,
            type(exc).__name__,
            exc,
        )
        return native.pure_reader().extract(doc)  # type: ignore[no-any-return]


# One short report in each form a source takes: reading them runs every set-up that a
# process otherwise does on its first source (codec and rare-character patterns, OpenCC,
# trafilatura, the catalog, the gazetteer, the reader's vocabulary).
_WARM_UP_TEXT = "截至2023年底，全市共有律師事務所120家，执业律师1,500名，其中党员律师600名，占40%。"
_WARM_UP_SOURCES = (
    ("warm-up.txt", _WARM_UP_TEXT.encode("utf-8")),
    ("warm-up-gbk.txt", _WARM_UP_TEXT.encode("gbk")),
    ("warm-up-big5.txt", _WARM_UP_TEXT.encode("big5", errors="replace")),
    (
        "warm-up.html",
        f"<html><body><article><p>{_WARM_UP_TEXT}</p></article></body></html>".encode(),
    ),
)


def warm_caches() -> None:
    """Do each process's one-time set-up now (the worker pool's forkserver calls this, so
    every worker forked from it starts warm). Saves time only: a failure here is ignored,
    and the first real source does the set-up instead."""
    for name, data in _WARM_UP_SOURCES:
        spec = SourceSpec(source_id="warm-up", file=name, path=Path(name))
        with contextlib.suppress(Exception):
            doc = decoded_document(spec, data, sha="")
            if doc.status is Status.OK:
                extract(doc)


def process_batch(specs: Iterable[SourceSpec]) -> list[SourceResult]:
    return [process_source(s) for s in specs]


def internal_error_result(spec: SourceSpec, exc: BaseException) -> SourceResult:
    """A rejected document for a source whose processing raised unexpectedly."""
    try:
        sha = hashlib.sha256(spec.path.read_bytes()).hexdigest()
    except OSError:
        sha = ""
    doc = Document(
        source_id=spec.source_id,
        file=spec.file,
        sha256=sha,
        status=Status.REJECTED,
        status_reason=f"internal error: {type(exc).__name__}: {exc}",
        url=spec.url,
        title=spec.title,
        published=spec.published,
        jurisdiction=spec.jurisdiction,
        sector=spec.sector,
    )
    return SourceResult(doc, Extraction((), ()))


# The rows one source contributes to each source-level table. This (not the
# SourceResult, whose offset map is ~100 bytes per character) is what batches
# return and what the incremental cache keeps.
SourceRows = dict[str, list[dict[str, Any]]]
SOURCE_TABLES = ("documents", "observations", "mentions")


def source_rows(res: SourceResult) -> SourceRows:
    return {
        "documents": [document_record(res.document)],
        "observations": [to_record(o) for o in res.extraction.observations],
        "mentions": [to_record(m) for m in res.extraction.mentions],
    }


def process_rows(specs: Iterable[SourceSpec], *, tolerant: bool = False) -> list[SourceRows]:
    """Rows of each source. ``tolerant``: a source that raises becomes a rejected document
    (status_reason 'internal error: ...') instead of failing the whole batch."""
    out = []
    for spec in specs:
        try:
            res = process_source(spec)
        except Exception as exc:
            if not tolerant:
                raise
            res = internal_error_result(spec, exc)
        out.append(source_rows(res))
    return out


def is_internal_error(rows: SourceRows) -> bool:
    reason = rows["documents"][0].get("status_reason") or ""
    return reason.startswith("internal error:")


def merge_rows(per_source: Iterable[SourceRows]) -> dict[str, list[dict[str, Any]]]:
    """Concatenate per-source rows, in the given order, into the source-level tables."""
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in SOURCE_TABLES}
    for rows in per_source:
        for name in SOURCE_TABLES:
            tables[name].extend(rows[name])
    return tables


# Repetitive text columns, held dictionary-encoded while rows accumulate: a sentence is
# the evidence of several figures, a source id and a few words repeat on every row. At
# 100k sources this is hundreds of MB; readers decode a chunk at a time (tables.plain).
COMPACT_COLUMNS = {
    "observations": (
        "source_id",
        "sector",
        "metric",
        "qualifier",
        "unit",
        "jurisdiction",
        "jurisdiction_level",
        "subgroup",
        "as_of_basis",
        "evidence",
        "rule",
    ),
    "mentions": ("source_id", "kind", "note"),
}


def compact(table_name: str, table: pa.Table) -> pa.Table:
    """``table`` with its COMPACT_COLUMNS dictionary-encoded."""
    for name in COMPACT_COLUMNS.get(table_name, ()):
        i = table.schema.get_field_index(name)
        encoded = pc.dictionary_encode(table.column(i))
        table = table.set_column(i, pa.field(name, encoded.type), encoded)
    return table


@dataclass(frozen=True)
class RowParts:
    """The rows of consecutive sources, table by table: one compact Arrow table each
    (row dicts where Arrow cannot store them as their published types), and how many
    rows each source has in it."""

    tables: dict[str, Rows]
    counts: dict[str, list[int]]


def row_parts(per_source: list[SourceRows]) -> RowParts:
    tables: dict[str, Rows] = {}
    for name in SOURCE_TABLES:
        rows = [row for source in per_source for row in source[name]]
        if not rows:
            continue
        try:
            tables[name] = compact(name, to_arrow(name, rows))
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
            tables[name] = rows  # validation rejects them, row by row
    counts = {name: [len(source[name]) for source in per_source] for name in SOURCE_TABLES}
    return RowParts(tables, counts)


@dataclass(frozen=True)
class EncodedBatch:
    """What one batch of sources gives back: per source, its rows encoded as the cache
    stores them; for the batch, the same rows as Arrow (built where they were made, so
    the flow's process neither decodes nor converts them)."""

    blobs: list[bytes]
    internal_errors: list[bool]
    parts: RowParts


class ColumnarRows:
    """Source-level rows accumulated as Arrow tables, a batch of sources at a time.

    ``add`` turns the row dicts of some sources into one compact Arrow table per
    source table (the published schema) right away, so the caller can drop the
    dicts; ``add_parts`` takes such tables ready-made. ``tables`` concatenates them
    in source order: the same rows, in the same order, as ``merge_rows`` of all the
    sources' rows, whatever order the batches came in. A batch whose rows Arrow
    cannot store as their published types (validation rejects such rows) stays as
    dicts, and then that table is returned as row dicts, as ``merge_rows`` would.
    """

    def __init__(self) -> None:
        self._parts: dict[str, list[tuple[np.ndarray, Rows]]] = {n: [] for n in SOURCE_TABLES}

    def add(self, indexed: Iterable[tuple[int, SourceRows]]) -> None:
        """Rows of some sources, each with its position in source order."""
        indexed = list(indexed)
        self.add_parts([i for i, _ in indexed], row_parts([rows for _, rows in indexed]))

    def add_parts(self, indices: list[int], parts: RowParts) -> None:
        """Ready-made parts of the sources at ``indices`` (positions in source order)."""
        for name, part in parts.tables.items():
            position = np.repeat(np.asarray(indices, dtype=np.int64), parts.counts[name])
            self._parts[name].append((position, part))

    def tables(self) -> dict[str, Rows]:
        return {name: self._table(name) for name in SOURCE_TABLES}

    def _table(self, name: str) -> Rows:
        parts = self._parts[name]
        if not parts:
            return table_specs()[name].arrow_schema().empty_table()
        position = np.concatenate([p for p, _ in parts])
        in_order = bool((position[1:] >= position[:-1]).all())
        order = None if in_order else np.argsort(position, kind="stable")
        if all(isinstance(t, pa.Table) for _, t in parts):
            table = pa.concat_tables([t for _, t in parts])  # type: ignore[misc]
            return table if order is None else table.take(pa.array(order))
        rows: list[dict[str, Any]] = []
        for _, part in parts:
            rows.extend(part.to_pylist() if isinstance(part, pa.Table) else part)
        return rows if order is None else [rows[k] for k in order]


def document_record(doc: Document) -> dict[str, Any]:
    stats = doc.repair
    return {
        "source_id": doc.source_id,
        "file": doc.file,
        "url": doc.url,
        "title": doc.title,
        "published": doc.published,
        "sha256": doc.sha256,
        "encoding": doc.encoding,
        "raw_text": doc.raw_text,
        "clean_text": doc.clean_text,
        "status": doc.status.value,
        "status_reason": doc.status_reason,
        "jurisdiction": doc.jurisdiction,
        "pinyin_removed": stats.pinyin_removed,
        "punct_fixed": stats.punct_fixed,
        "lines_dropped": stats.lines_dropped,
        "mojibake_runs": stats.mojibake_runs,
        "mojibake_spans": ";".join(f"{s}:{e}" for s, e in stats.mojibake_spans) or None,
    }


def assemble_tables(results: Iterable[SourceResult]) -> dict[str, list[dict[str, Any]]]:
    """Rows of the source-level tables (documents, observations, mentions)."""
    return merge_rows(source_rows(r) for r in results)
