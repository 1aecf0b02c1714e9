"""Ingest: find the source files, read the manifest, decode bytes into raw text."""

from __future__ import annotations

import csv
import hashlib
from datetime import date
from pathlib import Path

from partystats.model import Document, ManifestProblem, SourceSpec, Status
from partystats.repair import repair

SOURCE_SUFFIXES = (".txt", ".htm", ".html")


def discover_sources(sources_dir: Path) -> tuple[list[SourceSpec], list[ManifestProblem]]:
    """Every source file below ``sources_dir``, described by the manifest where it has a row."""
    sources_dir = sources_dir.resolve()
    rows: dict[str, dict[str, str]] = {}
    manifest = sources_dir / "sources.csv"
    if manifest.exists():
        with manifest.open(encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                rows[row["file"]] = row
    specs = []
    for path in sorted(p for p in sources_dir.rglob("*") if p.suffix.lower() in SOURCE_SUFFIXES):
        rel = path.relative_to(sources_dir).as_posix()
        row = rows.get(rel, {})
        published = row.get("published") or None
        specs.append(
            SourceSpec(
                source_id=row.get("source_id") or path.stem,
                file=rel,
                path=path,
                url=row.get("url") or None,
                title=row.get("title") or None,
                published=date.fromisoformat(published) if published else None,
                jurisdiction=row.get("jurisdiction") or None,
                sector=row.get("sector") or None,
            )
        )
    return specs, []


def read_source(spec: SourceSpec) -> Document:
    """Decode and repair one source. Placeholder: UTF-8 only (issue 3 brings the rest)."""
    data = spec.path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    raw = data.decode("utf-8-sig")
    fixed = repair(raw)
    return Document(
        source_id=spec.source_id,
        file=spec.file,
        sha256=sha,
        status=Status.OK,
        url=spec.url,
        title=spec.title,
        published=spec.published,
        encoding="utf-8",
        raw_text=raw,
        clean_text=fixed.clean_text,
        origin=fixed.origin,
        repair=fixed.stats,
        jurisdiction=spec.jurisdiction,
        sector=spec.sector,
    )
