"""Arrow rows through the stages: the same results as row dicts, in less memory."""

from __future__ import annotations

import random
from pathlib import Path

import pyarrow as pa
import pytest
from publish_fixtures import make_tables

from partystats import pipeline
from partystats.cli import DEFAULT_SOURCES
from partystats.ingest import discover_sources
from partystats.publish import arrow_table, publish
from partystats.tables import plain, table_specs, to_arrow
from partystats.validate import validate


@pytest.fixture(scope="module")
def sample_rows() -> list[pipeline.SourceRows]:
    specs, _ = discover_sources(DEFAULT_SOURCES)
    return [pipeline.source_rows(pipeline.process_source(s)) for s in specs]


def broken(tables: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """The sample's tables plus rows the schemas reject: offsets, vocabulary, duplicates."""
    obs = tables["observations"]
    far = {**obs[0], "raw_start": 10**7, "raw_end": 10**7 + 1, "observation_id": "far"}
    unknown = {**obs[2], "metric": "not_a_metric", "observation_id": "unknown"}
    obs += [far, dict(obs[1]), unknown]
    tables["mentions"].append(dict(tables["mentions"][0]))
    return tables


def test_columnar_rows_keep_source_order_whatever_the_batch_order(sample_rows) -> None:
    merged = pipeline.merge_rows(sample_rows)
    batches = [list(enumerate(sample_rows))[i : i + 3] for i in range(0, len(sample_rows), 3)]
    random.Random(4).shuffle(batches)
    columnar = pipeline.ColumnarRows()
    for batch in batches:
        columnar.add(batch)
    tables = columnar.tables()
    for name in pipeline.SOURCE_TABLES:
        assert isinstance(tables[name], pa.Table)
        assert plain(tables[name]).equals(to_arrow(name, merged[name])), name
    # repetitive text is held dictionary-encoded (compact), the rest as published
    evidence = tables["observations"].schema.field("evidence").type
    assert pa.types.is_dictionary(evidence)
    assert not pa.types.is_dictionary(tables["observations"].schema.field("observation_id").type)


def test_columnar_rows_empty_is_an_empty_table() -> None:
    tables = pipeline.ColumnarRows().tables()
    for name in pipeline.SOURCE_TABLES:
        assert tables[name].num_rows == 0
        assert tables[name].schema.equals(table_specs()[name].arrow_schema())


def test_columnar_rows_that_arrow_cannot_store_stay_dicts(sample_rows) -> None:
    columnar = pipeline.ColumnarRows()
    bad = {
        **sample_rows[0],
        "observations": [{**sample_rows[0]["observations"][0], "raw_start": "x"}],
    }
    columnar.add([(1, sample_rows[1]), (0, bad)])
    observations = columnar.tables()["observations"]
    assert isinstance(observations, list)
    assert observations[0]["raw_start"] == "x"  # source 0 first
    assert len(observations) == 1 + len(sample_rows[1]["observations"])


def test_validate_arrow_equals_validate_dicts(sample_rows) -> None:
    dicts = broken(pipeline.merge_rows(sample_rows))
    arrow = {name: to_arrow(name, rows) for name, rows in dicts.items()}
    a, b = validate(dicts), validate(arrow)
    assert a.summary == b.summary
    assert len(a.tables["rejected"]) >= 4
    for name, spec in table_specs().items():
        assert arrow_table(spec, a.tables[name]).equals(arrow_table(spec, b.tables[name])), name
    assert isinstance(b.tables["documents"], pa.Table)
    assert isinstance(b.tables["mentions"], pa.Table)


def test_publish_arrow_is_byte_identical_to_dicts(tmp_path: Path) -> None:
    tables = make_tables(n_docs=20, n_obs=120, seed=7)
    arrow = {}
    for name, rows in tables.items():
        table = to_arrow(name, rows)
        # reversed columns, several chunks: publish takes the published columns and order
        chunks = [table.slice(i, 7) for i in range(0, table.num_rows, 7)] or [table]
        table = pa.concat_tables(chunks)
        arrow[name] = table.select(list(reversed(table.column_names)))
    publish(tables, tmp_path / "a", "r1")
    publish(arrow, tmp_path / "b", "r1")
    for name in table_specs():
        a = (tmp_path / "a" / "current" / f"{name}.parquet").read_bytes()
        b = (tmp_path / "b" / "current" / f"{name}.parquet").read_bytes()
        assert a == b, name
