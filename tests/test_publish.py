"""Publishing: Parquet files, DuckDB file, data package and manifest of a release."""

from __future__ import annotations

import io
import json
import os
import random
import shutil
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from publish_fixtures import make_tables

from partystats import __version__
from partystats.datapackage import catalog_version
from partystats.publish import publish
from partystats.query import query
from partystats.tables import table_specs

TABLES = list(table_specs())


def open_db(outputs: Path, cwd: Path) -> duckdb.DuckDBPyConnection:
    """Open as the scorer does: absolute path, read-only, from an unrelated cwd."""
    db = os.path.abspath(outputs / "partystats.duckdb")
    here = os.getcwd()
    os.chdir(cwd)
    try:
        return duckdb.connect(db, read_only=True)
    finally:
        os.chdir(here)


def db_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}


def test_release_layout_and_current_pointer(tmp_path: Path) -> None:
    out = tmp_path / "out"
    tables = make_tables()
    rel = publish(tables, out, "r1")
    assert rel.release_id == "r1"
    assert rel.path == out.resolve() / "releases" / "r1"
    assert (out / "current").is_symlink()
    assert os.readlink(out / "current") == "releases/r1"  # relative: survives moves
    for name in TABLES:
        assert pq.read_table(out / "current" / f"{name}.parquet").num_rows == len(tables[name])
    assert rel.row_counts == {n: len(tables[n]) for n in TABLES}
    for f in ("datapackage.json", "manifest.json"):
        assert (rel.path / f).is_file()
    assert (out / "datapackage.json").is_file() and (out / "partystats.duckdb").is_file()
    assert not [p for p in out.rglob(".tmp-*")]


def test_free_tables_hands_the_rows_back_and_publishes_them_all(tmp_path: Path) -> None:
    tables = make_tables()
    counts = {n: len(tables[n]) for n in TABLES}
    rel = publish(tables, tmp_path, "r1", free_tables=True)
    assert tables == {}  # emptied once written: the caller's memory comes back
    assert rel.row_counts == counts
    with duckdb.connect(str(tmp_path / "partystats.duckdb"), read_only=True) as con:
        assert db_counts(con) == counts


def test_parquet_schema_compression_and_descriptions(tmp_path: Path) -> None:
    publish(make_tables(), tmp_path, "r1")
    for name, spec in table_specs().items():
        path = tmp_path / "current" / f"{name}.parquet"
        schema = pq.read_schema(path)
        assert schema.names == spec.names
        assert [str(f.type) for f in schema] == [str(f.type) for f in spec.arrow_schema()]
        for f, c in zip(schema, spec.columns, strict=True):
            assert f.metadata[b"description"].decode() == c.description
        assert schema.metadata[b"description"].decode() == spec.description
        described = json.loads(schema.metadata[b"column_descriptions"])
        assert list(described) == spec.names
        meta = pq.read_metadata(path)
        if meta.num_row_groups:
            assert {meta.row_group(0).column(i).compression for i in range(meta.num_columns)} == {
                "ZSTD"
            }
    obs = pq.read_schema(tmp_path / "current" / "legal_wide.parquet")
    assert obs.field("coverage_rate").metadata[b"unit"] == b"percent"  # from the catalog
    assert obs.field("firms").metadata[b"unit"] == b"count"


def null_last(value: object) -> tuple[bool, object]:
    return (value is None, value if value is not None else 0)


def test_rows_follow_documented_sort_nulls_last(tmp_path: Path) -> None:
    publish(make_tables(n_docs=30, n_obs=300), tmp_path, "r1")
    for name, spec in table_specs().items():
        rows = pq.read_table(tmp_path / "current" / f"{name}.parquet").to_pylist()
        keys = [tuple(null_last(r[k]) for k in spec.sort) for r in rows]
        assert keys == sorted(keys), name


def test_rerun_gives_byte_identical_parquet(tmp_path: Path) -> None:
    tables = make_tables(n_docs=20, n_obs=200)
    shuffled = {name: random.Random(7).sample(rows, len(rows)) for name, rows in tables.items()}
    a = publish(tables, tmp_path / "a", "first")
    b = publish(shuffled, tmp_path / "b", "second")
    for name in TABLES:
        assert (a.path / f"{name}.parquet").read_bytes() == (
            b.path / f"{name}.parquet"
        ).read_bytes(), name
    ids = [pq.read_table(r.path / "observations.parquet")["observation_id"] for r in (a, b)]
    assert ids[0].equals(ids[1])


def test_duckdb_views_from_any_cwd_after_move_and_copy(tmp_path: Path) -> None:
    tables = make_tables()
    want = {n: len(tables[n]) for n in TABLES}
    out = tmp_path / "out"
    publish(tables, out, "r1")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    con = open_db(out, elsewhere)
    assert db_counts(con) == want
    con.close()

    moved = tmp_path / "moved" / "deeper"
    moved.parent.mkdir()
    shutil.move(out, moved)
    con = open_db(moved, elsewhere)
    assert db_counts(con) == want
    assert con.execute("SELECT release_id FROM release_info").fetchone() == ("r1",)
    con.close()
    assert (
        pq.read_table(moved / "current" / "observations.parquet").num_rows == want["observations"]
    )

    for symlinks in (True, False):  # cp -a keeps the link; a plain copy follows it
        copy = tmp_path / f"copy-{symlinks}"
        shutil.copytree(moved, copy, symlinks=symlinks)
        con = open_db(copy, elsewhere)
        assert db_counts(con) == want
        con.close()
        assert pq.read_table(copy / "current" / "documents.parquet").num_rows == want["documents"]

    # the query command, run from elsewhere against the moved folder
    buf = io.StringIO()
    assert query(moved, "SELECT count(*) AS n FROM observations", "csv", buf) == 1
    assert buf.getvalue() == f"n\n{want['observations']}\n"

    # attached to another database too (where path-based views would break)
    con = duckdb.connect()
    con.execute(f"ATTACH '{moved / 'partystats.duckdb'}' AS ps (READ_ONLY)")
    assert con.execute("SELECT count(*) FROM ps.observations").fetchone()[0] == want["observations"]
    con.close()


def test_duckdb_views_carry_column_comments(tmp_path: Path) -> None:
    publish(make_tables(), tmp_path, "r1")
    con = open_db(tmp_path, tmp_path)
    views = dict(
        con.execute(
            "SELECT view_name, comment FROM duckdb_views() WHERE schema_name='main'"
        ).fetchall()
    )
    cols = con.execute(
        "SELECT table_name, column_name, comment, data_type FROM duckdb_columns() "
        "WHERE schema_name='main' ORDER BY table_name, column_index"
    ).fetchall()
    con.close()
    for name, spec in table_specs().items():
        assert views[name] == spec.description
        got = [(c, comment) for t, c, comment, _ in cols if t == name]
        assert got == [(c.name, c.description) for c in spec.columns]
    types = {(t, c): ty for t, c, _, ty in cols}
    assert types[("observations", "as_of")] == "DATE"
    assert types[("observations", "value")] == "DOUBLE"
    assert types[("observations", "raw_start")] == "BIGINT"


def test_datapackage_passes_frictionless(tmp_path: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    tables = make_tables(n_docs=8, n_obs=40)
    rel = publish(tables, tmp_path, "r1")
    for descriptor in (tmp_path / "datapackage.json", rel.path / "datapackage.json"):
        report = frictionless.validate(str(descriptor))
        assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "note"])
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert package["release_id"] == "r1" and package["created"]
    assert package["licenses"][0]["name"]
    urls = sorted({d["url"] for d in tables["documents"] if d["url"]})
    assert [s["path"] for s in package["sources"]] == urls
    resources = {r["name"]: r for r in package["resources"]}
    assert list(resources) == TABLES
    for name, spec in table_specs().items():
        res = resources[name]
        assert res["path"] == f"releases/r1/{name}.parquet"
        assert res["rows"] == len(tables[name])
        fields = res["schema"]["fields"]
        assert [f["name"] for f in fields] == spec.names
        assert [f["description"] for f in fields] == [c.description for c in spec.columns]
        assert res["schema"]["primaryKey"] == list(spec.primary_key)
    units = {f["name"]: f.get("unit") for f in resources["legal_wide"]["schema"]["fields"]}
    assert units["party_member_share"] == "percent" and units["practitioners"] == "count"
    types = {f["name"]: f["type"] for f in resources["observations"]["schema"]["fields"]}
    assert types["as_of"] == "date" and types["raw_start"] == "integer"
    assert types["value"] == "number"


def test_manifest_records_inputs_counts_checks_versions(tmp_path: Path) -> None:
    tables = make_tables(n_docs=6, n_obs=10)
    rel = publish(tables, tmp_path, "r1")
    m = json.loads((rel.path / "manifest.json").read_text(encoding="utf-8"))
    assert m["release_id"] == "r1" and m["created"] == rel.created
    assert [(i["source_id"], i["sha256"]) for i in m["inputs"]] == sorted(
        (d["source_id"], d["sha256"]) for d in tables["documents"]
    )
    assert m["row_counts"] == {n: len(tables[n]) for n in TABLES}
    fails = sum(c["status"] == "fail" for c in tables["checks"])
    assert (m["checks"]["pass"], m["checks"]["fail"]) == (len(tables["checks"]) - fails, fails)
    assert m["checks"]["by_rule"]["members_le_practitioners"]["fail"] == fails
    assert m["code_version"].startswith(__version__)
    assert m["partystats_version"] == __version__
    assert m["catalog_version"] == catalog_version()
    assert len(m["catalog_sha256"]) == 64
    for name in TABLES:
        assert m["files"][name]["rows"] == len(tables[name])
        assert len(m["files"][name]["sha256"]) == 64


def test_pruning_keeps_the_newest_n(tmp_path: Path) -> None:
    tables = make_tables(n_docs=2, n_obs=3)
    for i in range(5):
        rel = publish(tables, tmp_path, f"r{i}")  # default: KEEP_RELEASES == 3
    assert rel.pruned == ("r1",)
    assert sorted(p.name for p in (tmp_path / "releases").iterdir()) == ["r2", "r3", "r4"]
    assert os.readlink(tmp_path / "current") == "releases/r4"
    publish(tables, tmp_path, "r5", keep=1)
    assert [p.name for p in (tmp_path / "releases").iterdir()] == ["r5"]


def test_bad_release_ids_and_tables_are_refused(tmp_path: Path) -> None:
    tables = make_tables(n_docs=1, n_obs=1)
    for bad in ("", ".hidden", "a/b", " r"):
        with pytest.raises(ValueError):
            publish(tables, tmp_path, bad)
    with pytest.raises(ValueError, match="not a published table"):
        publish({**tables, "observation": []}, tmp_path, "r1")
    publish(tables, tmp_path, "r1")
    with pytest.raises(ValueError, match="already exists"):
        publish(tables, tmp_path, "r1")


def test_empty_tables_publish(tmp_path: Path) -> None:
    rel = publish({}, tmp_path, "r0")
    assert set(rel.row_counts.values()) == {0}
    con = open_db(tmp_path, tmp_path)
    assert db_counts(con) == dict.fromkeys(TABLES, 0)
    con.close()
