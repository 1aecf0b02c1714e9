"""The pipeline's plain-Python core, one call per stage, free of Prefect.

The Prefect flow in ``flows/refresh.py`` wires these same functions and adds
batching, retries, caching, logging and concurrency.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from partystats.extract import extract
from partystats.ingest import read_source
from partystats.model import Document, Extraction, SourceSpec, Status
from partystats.tables import to_record


@dataclass(frozen=True)
class SourceResult:
    document: Document
    extraction: Extraction


def process_source(spec: SourceSpec) -> SourceResult:
    """Ingest, repair and extract one source. Never raises for bad input: it quarantines."""
    doc = read_source(spec)
    if doc.status is not Status.OK:
        return SourceResult(doc, Extraction((), ()))
    return SourceResult(doc, extract(doc))


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
