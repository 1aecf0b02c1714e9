"""The published DuckDB file, ``OUTPUTS/partystats.duckdb``.

Design: the release's tables are *materialized inside the database file*
(schema ``release_data``, loaded from the release's own Parquet files right
after they were written and verified), and the contract's names
(``documents``, ``observations``, ...) are views in ``main`` over them, with
the column descriptions of tables.yaml as ``COMMENT ON`` text. A view
``release_info`` names the release the file holds. The Parquet files under
``current/`` stay the canonical downstream product; the database is an
exact, self-contained copy of the same release.

Why not views that read the Parquet files directly: DuckDB resolves a
relative path in a view against the *process's* working directory (or
``file_search_path``, a per-connection setting that is not stored in the
file), never against the database file. Absolute paths break when the
outputs folder is moved or copied. Deriving the folder at query time does
not work either (checked with DuckDB 2.0.1):

- ``read_parquet((SELECT path FROM duckdb_databases() ...))`` fails:
  "Table function cannot contain subqueries";
- a lateral column as the path fails: "does not support lateral join column
  parameters";
- ``read_parquet(parse_dirpath(current_setting('temp_directory')) || ...)``
  does bind (the default temp directory is ``<database>.tmp``), but breaks
  as soon as a consumer sets ``temp_directory`` or ATTACHes the file to
  another database, and it leans on an undocumented default.

A materialized file opens from any working directory, read-only, attached
or not, after the folder is moved or copied, and even with external file
access disabled. Its cost is disk space (a second copy of the current
release, compressed by DuckDB) and a load at publish time (well under a
second for 100k observations). Because the file is rebuilt under a temp name
and renamed into place at every release, it never mixes two releases.

The file is written with ``storage_compatibility_version`` pinned so that
consumers on DuckDB 1.1 or later can open it, not only DuckDB 2.x.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from partystats.tables import TableSpec, table_specs

DATA_SCHEMA = "release_data"
STORAGE_COMPATIBILITY = "v1.1.0"

# tables.yaml types -> DuckDB types, to verify what the views expose
DUCKDB_TYPES = {
    "string": "VARCHAR",
    "int64": "BIGINT",
    "float64": "DOUBLE",
    "date": "DATE",
    "bool": "BOOLEAN",
}


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _create_table(con: duckdb.DuckDBPyConnection, spec: TableSpec, parquet: Path) -> None:
    table = f"{DATA_SCHEMA}.{quote_ident(spec.name)}"
    cols = ", ".join(quote_ident(c) for c in spec.names)
    # The path is a bind parameter: no quoting issues, and it is only used now,
    # at build time; nothing in the file refers to it afterwards.
    con.execute(
        f"CREATE TABLE {table} AS SELECT {cols} FROM read_parquet($path)",
        {"path": str(parquet)},
    )
    con.execute(f"CREATE VIEW main.{quote_ident(spec.name)} AS SELECT {cols} FROM {table}")
    view = f"main.{quote_ident(spec.name)}"
    for target in (table, view):
        kind = "TABLE" if target == table else "VIEW"
        con.execute(f"COMMENT ON {kind} {target} IS {quote_literal(spec.description)}")
        for c in spec.columns:
            con.execute(
                f"COMMENT ON COLUMN {target}.{quote_ident(c.name)} "
                f"IS {quote_literal(c.description)}"
            )


def _create_release_info(con: duckdb.DuckDBPyConnection, info: dict[str, Any]) -> None:
    con.execute(
        f"CREATE TABLE {DATA_SCHEMA}.release_info (release_id VARCHAR, created VARCHAR, "
        "code_version VARCHAR, catalog_version VARCHAR)"
    )
    con.execute(
        f"INSERT INTO {DATA_SCHEMA}.release_info VALUES ($1, $2, $3, $4)",
        [
            info["release_id"],
            info["created"],
            info["code_version"],
            None if info["catalog_version"] is None else str(info["catalog_version"]),
        ],
    )
    con.execute(f"CREATE VIEW main.release_info AS SELECT * FROM {DATA_SCHEMA}.release_info")
    con.execute(
        "COMMENT ON VIEW main.release_info IS "
        "'The release this database holds: id, creation time (UTC), code and catalog version.'"
    )


def build_database(release_dir: Path, dest: Path, info: dict[str, Any]) -> None:
    """Write a database holding the release in ``release_dir`` to ``dest`` (a temp name)."""
    for stale in (dest, dest.with_name(dest.name + ".wal")):
        stale.unlink(missing_ok=True)
    con = duckdb.connect(str(dest), config={"storage_compatibility_version": STORAGE_COMPATIBILITY})
    try:
        # One transaction: statement-by-statement autocommit would sync the WAL
        # a few hundred times (one per COMMENT ON).
        con.execute("BEGIN TRANSACTION")
        # (DuckDB 2.0 cannot comment on schemas; the tables and views carry the comments)
        con.execute(f"CREATE SCHEMA {DATA_SCHEMA}")
        for spec in table_specs().values():
            _create_table(con, spec, release_dir / f"{spec.name}.parquet")
        _create_release_info(con, info)
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
    finally:
        con.close()


def verify_database(path: Path, release_id: str, row_counts: dict[str, int]) -> None:
    """Open ``path`` read-only as a consumer would and check ids, columns, types and counts."""
    con = duckdb.connect(str(path), read_only=True, config={"enable_external_access": False})
    try:
        got = con.execute("SELECT release_id FROM release_info").fetchone()
        if got is None or got[0] != release_id:
            raise RuntimeError(f"{path.name}: release_info says {got}, expected {release_id}")
        for spec in table_specs().values():
            cols = con.execute(
                "SELECT column_name, data_type FROM duckdb_columns() "
                "WHERE schema_name = 'main' AND table_name = $t ORDER BY column_index",
                {"t": spec.name},
            ).fetchall()
            want = [(c.name, DUCKDB_TYPES[c.type]) for c in spec.columns]
            if cols != want:
                raise RuntimeError(f"{path.name}: view {spec.name} has columns {cols}")
            (n,) = con.execute(f"SELECT count(*) FROM main.{quote_ident(spec.name)}").fetchone()
            if n != row_counts[spec.name]:
                raise RuntimeError(
                    f"{path.name}: view {spec.name} has {n} rows, expected {row_counts[spec.name]}"
                )
    finally:
        con.close()


def database_release_id(path: Path) -> str | None:
    """The release a database file holds, or None when it is missing or unreadable."""
    if not path.is_file():
        return None
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        return None
    try:
        row = con.execute("SELECT release_id FROM release_info").fetchone()
        return row[0] if row else None
    except duckdb.Error:
        return None
    finally:
        con.close()
