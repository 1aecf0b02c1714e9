"""The refresh flow: ingest -> repair/normalize -> extract -> validate -> publish.

Thin by design: every stage is a plain function from ``partystats``; this
module only batches sources into Prefect tasks and wires the stages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task

from partystats import pipeline
from partystats.ingest import discover_sources
from partystats.model import ManifestProblem, SourceSpec
from partystats.publish import Release, publish
from partystats.validate import validate

BATCH_SIZE = 200


@dataclass
class RunSummary:
    sources_read: int
    rejected: int
    observations: int
    checks_failed: list[str]
    rows_rejected: int
    release: Release
    manifest_problems: list[ManifestProblem] = field(default_factory=list)


@task(retries=2, retry_delay_seconds=[1, 5])
def process_batch(specs: list[SourceSpec]) -> list[pipeline.SourceResult]:
    return pipeline.process_batch(specs)


def batched(items: list[SourceSpec], size: int) -> list[list[SourceSpec]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


@flow(name="partystats-refresh", log_prints=False)
def refresh(sources: Path, outputs: Path) -> RunSummary:
    logger = get_run_logger()
    specs, problems = discover_sources(sources)
    for p in problems:
        logger.warning("manifest row %s (%s) skipped: %s", p.row, p.file, p.reason)
    futures = process_batch.map(batched(specs, BATCH_SIZE))
    results = [r for batch in futures.result() for r in batch]
    tables = pipeline.assemble_tables(results)
    validated = validate(tables)
    release_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    release = publish(validated.tables, outputs, release_id)
    docs = validated.tables["documents"]
    return RunSummary(
        sources_read=len(docs),
        rejected=sum(1 for d in docs if d["status"] != "ok"),
        observations=len(validated.tables["observations"]),
        checks_failed=[
            f"{c['rule']} [{c.get('source_id')}]: {c['message']}"
            for c in validated.tables["checks"]
            if c["status"] == "fail"
        ],
        rows_rejected=len(validated.tables["rejected"]),
        release=release,
        manifest_problems=problems,
    )
