"""Ingest: find the source files, read the manifest, decode bytes into raw text, repair it.

Bad input is quarantined, never fatal: :func:`read_source` returns a rejected
:class:`Document` with a specific ``status_reason`` instead of raising.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from partystats.dateline import date_from_url, find_dateline
from partystats.decode import UndecodableError, decode_bytes
from partystats.htmltext import html_article, page_lines
from partystats.manifest import SOURCE_SUFFIXES, discover
from partystats.model import Document, ManifestProblem, SourceSpec, Status
from partystats.repair import repair, without_annotations

__all__ = ["SOURCE_SUFFIXES", "discover_sources", "find_dateline", "read_source"]

# Press texts are a few KB; anything this big is a dump or a mistake.
MAX_SOURCE_BYTES = 5 * 1024 * 1024
MAX_SOURCE_BYTES_ENV = "PARTYSTATS_MAX_SOURCE_BYTES"
TITLE_MAX_CHARS = 120
TITLE_DECORATION = " \t\u3000>»•·|"  # a breadcrumb's ">>" is not part of the title
HTML_SUFFIXES = (".htm", ".html")


def discover_sources(sources_dir: Path) -> tuple[list[SourceSpec], list[ManifestProblem]]:
    """Every source file below ``sources_dir``, described by the manifest where it has a row."""
    return discover(sources_dir)


def read_source(spec: SourceSpec, *, max_bytes: int | None = None) -> Document:
    """Decode and repair one source. Never raises for bad input: it rejects with a reason.

    ``max_bytes`` defaults to ``$PARTYSTATS_MAX_SOURCE_BYTES`` or 5 MB.
    """
    limit = max_bytes if max_bytes is not None else configured_max_bytes()
    try:
        size = spec.path.stat().st_size
        if size > limit:
            reason = f"file too large: {size} bytes > limit {limit}"
            return rejected(spec, file_sha256(spec.path), reason)
        data = spec.path.read_bytes()
    except OSError as err:
        return rejected(spec, "", f"unreadable: {err.strerror or err}")
    sha = hashlib.sha256(data).hexdigest()
    if not data:
        return rejected(spec, sha, "empty file")
    return decoded_document(spec, data, sha)


def decoded_document(spec: SourceSpec, data: bytes, sha: str) -> Document:
    is_html = spec.file.lower().endswith(HTML_SUFFIXES)
    try:
        decoded = decode_bytes(data, override=spec.encoding, html=is_html)
    except UndecodableError as err:
        return rejected(spec, sha, str(err))
    raw, page_date, site = decoded.text, None, None
    if is_html:
        article = html_article(decoded.text)
        if article is None:
            return rejected(spec, sha, "html: no article text", encoding=decoded.encoding)
        # the page's metadata, else a labelled dateline the article text left out
        raw = article.text
        page_date = article.date or find_dateline(page_lines(decoded.text), labelled_only=True)
        site = article.site
    if not raw.strip():
        return rejected(spec, sha, "no text: whitespace only", encoding=decoded.encoding)
    fixed = repair(raw)
    if not fixed.clean_text.strip():
        reason = "no text after repair: every line was page furniture or spam"
        return rejected(spec, sha, reason, encoding=decoded.encoding)
    printed = spec.published or find_dateline(without_annotations(raw)) or page_date
    posted = None if printed else date_from_url(spec.url)
    return Document(
        source_id=spec.source_id,
        file=spec.file,
        sha256=sha,
        status=Status.OK,
        url=spec.url,
        title=spec.title or first_line(fixed.clean_text),
        published=printed or posted,
        published_from_url=printed is None and posted is not None,
        encoding=decoded.encoding,
        raw_text=raw,
        clean_text=fixed.clean_text,
        origin=fixed.origin,
        repair=fixed.stats,
        jurisdiction=spec.jurisdiction,
        sector=spec.sector,
        site=site,
    )


def rejected(spec: SourceSpec, sha: str, reason: str, *, encoding: str | None = None) -> Document:
    return Document(
        source_id=spec.source_id,
        file=spec.file,
        sha256=sha,
        status=Status.REJECTED,
        status_reason=reason,
        url=spec.url,
        title=spec.title,
        published=spec.published,
        encoding=encoding,
        jurisdiction=spec.jurisdiction,
        sector=spec.sector,
    )


def first_line(text: str) -> str | None:
    """The first non-empty line, trimmed to ``TITLE_MAX_CHARS``."""
    for line in text.splitlines():
        line = line.strip(TITLE_DECORATION)
        if line:
            return line[:TITLE_MAX_CHARS]
    return None


def configured_max_bytes() -> int:
    value = os.environ.get(MAX_SOURCE_BYTES_ENV, "")
    return int(value) if value.isdigit() else MAX_SOURCE_BYTES


def file_sha256(path: Path) -> str:
    """Hash in chunks: a file rejected for its size is not read into memory."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
