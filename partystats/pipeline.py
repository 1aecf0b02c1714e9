"""The pipeline's plain-Python core, one call per stage, free of Prefect.

The Prefect flow in ``flows/refresh.py`` wires these same functions and adds
batching, retries, caching, logging and concurrency.
"""

from __future__ import annotations

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
    tables: dict[str, list[dict[str, Any]]] = {"documents": [], "observations": [], "mentions": []}
    for res in results:
        tables["documents"].append(document_record(res.document))
        tables["observations"].extend(to_record(o) for o in res.extraction.observations)
        tables["mentions"].extend(to_record(m) for m in res.extraction.mentions)
    return tables
