"""The refresh flow's wiring, run through Prefect against a temporary API server."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from partystats.cli import DEFAULT_SOURCES
from partystats.ingest import discover_sources

pytestmark = pytest.mark.usefixtures("prefect_harness")


def test_refresh_publishes_every_document(tmp_path: Path) -> None:
    from flows.refresh import refresh_on

    outputs = tmp_path / "outputs"
    summary = refresh_on(DEFAULT_SOURCES, outputs)  # the real path: local process pool

    specs, _ = discover_sources(DEFAULT_SOURCES)
    assert summary.sources_read == len(specs) > 0
    assert summary.processed == len(specs) and summary.from_cache == 0
    assert (outputs / "partystats.duckdb").is_file()
    assert (outputs / "datapackage.json").is_file()
    for table in ("documents", "observations", "mentions", "checks"):
        assert (outputs / "current" / f"{table}.parquet").exists(), table
    docs = pq.read_table(outputs / "current" / "documents.parquet").to_pylist()
    assert sorted(d["source_id"] for d in docs) == sorted(s.source_id for s in specs)


def test_one_raising_source_becomes_a_rejected_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import flows.refresh as refresh_module
    from partystats import pipeline

    real = pipeline.process_source
    calls: list[str] = []

    def flaky(spec):  # noqa: ANN001, ANN202
        if spec.source_id == "seed_liaoning_interview":
            calls.append(spec.source_id)
            raise RuntimeError("boom")
        return real(spec)

    monkeypatch.setattr(pipeline, "process_source", flaky)
    # Fast retries; workers=0 keeps the batch in this process, where the patch applies.
    monkeypatch.setattr(
        refresh_module,
        "process_batch",
        refresh_module.process_batch.with_options(retries=1, retry_delay_seconds=0),
    )
    outputs = tmp_path / "outputs"
    summary = refresh_module.refresh_on(DEFAULT_SOURCES, outputs, workers=0)

    specs, _ = discover_sources(DEFAULT_SOURCES)
    assert summary.sources_read == len(specs)
    assert summary.internal_errors == 1
    assert len(calls) == 3  # two batch attempts, then the per-source pass
    docs = {
        d["source_id"]: d
        for d in pq.read_table(outputs / "current" / "documents.parquet").to_pylist()
    }
    bad = docs["seed_liaoning_interview"]
    assert bad["status"] == "rejected"
    assert bad["status_reason"] == "internal error: RuntimeError: boom"
    assert bad["sha256"]  # still identifies the bytes it could not process

    # Not cached: the next run tries that source again (and it now succeeds).
    monkeypatch.setattr(pipeline, "process_source", real)
    again = refresh_module.refresh_on(DEFAULT_SOURCES, outputs, workers=0)
    assert again.processed == 1 and again.internal_errors == 0


def test_head_start_batches_are_taken_by_the_flow_and_change_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import flows.refresh as refresh_module
    from flows.batching import head_start
    from flows.pool import cancel_early, workers_for

    plain = refresh_module.refresh_on(DEFAULT_SOURCES, tmp_path / "plain")

    unused: list[int] = []
    monkeypatch.setattr(refresh_module, "cancel_early", lambda: unused.append(cancel_early()))
    outputs = tmp_path / "outputs"
    specs, _ = discover_sources(DEFAULT_SOURCES)
    assert head_start(DEFAULT_SOURCES, outputs, workers_for(None)) == len(specs)
    early = refresh_module.refresh_on(DEFAULT_SOURCES, outputs)
    assert unused == [0]  # every head-start batch was the flow's own
    assert early.processed == plain.processed == len(specs)
    observations = [
        pq.read_table(out / "current" / "observations.parquet").to_pylist()
        for out in (tmp_path / "plain", outputs)
    ]
    assert observations[0] == observations[1] and observations[0]
    # Everything is cached now: nothing left to start early.
    assert head_start(DEFAULT_SOURCES, outputs, workers_for(None)) == 0
