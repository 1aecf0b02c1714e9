"""Reading a release back: re-validation and the review report."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from partystats import pipeline
from partystats.ingest import discover_sources
from partystats.publish import publish
from partystats.review import NoRelease, revalidate, review_report
from partystats.validate import validate

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    outputs = tmp_path_factory.mktemp("release")
    specs, _ = discover_sources(DATA)
    tables = pipeline.assemble_tables(pipeline.process_batch(specs))
    publish(validate(tables).tables, outputs, "review-test")
    return outputs


def test_a_fresh_release_revalidates_unchanged(release):
    result = revalidate(release)
    assert result.release_id == "review-test"
    assert result.ok, result.differences
    assert result.observations > 0


def test_a_tampered_release_is_caught(release, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(release, copy, symlinks=True)
    path = copy / "current" / "observations.parquet"
    table = pq.read_table(path).to_pylist()
    table[0]["metric"] = "not_a_metric"  # a row the schema must refuse
    schema = pq.read_schema(path)
    target = (copy / "current").resolve() / "observations.parquet"
    pq.write_table(pa.Table.from_pylist(table, schema=schema), target)
    result = revalidate(copy)
    assert not result.ok
    assert result.rejected_now >= 1
    assert "no longer pass the schema" in result.differences[0]


def test_review_report_names_rejected_sources(release):
    report = review_report(release)
    assert report.startswith("# partystats review — release review-test")
    assert "## Failed checks" in report
    assert "empty file" in report  # data/empty.txt is quarantined, and the report says why


def test_no_release_is_a_clear_error(tmp_path):
    with pytest.raises(NoRelease, match="no published release"):
        revalidate(tmp_path)
