"""Publishing: Parquet files, the DuckDB views and the data package of a release."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq

from partystats.tables import table_specs, to_arrow


@dataclass(frozen=True)
class Release:
    release_id: str
    path: Path
    row_counts: dict[str, int]


def publish(tables: dict[str, list[dict[str, Any]]], outputs: Path, release_id: str) -> Release:
    """Placeholder: writes current/*.parquet and a DuckDB copy (issue 6 makes it atomic)."""
    current = outputs / "current"
    current.mkdir(parents=True, exist_ok=True)
    db_path = outputs / "partystats.duckdb"
    db_path.unlink(missing_ok=True)
    con = duckdb.connect(str(db_path))
    counts = {}
    for name in table_specs():
        table = to_arrow(name, tables.get(name, []))
        pq.write_table(table, current / f"{name}.parquet", compression="zstd")
        con.register("t", table)
        con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM t')
        con.unregister("t")
        counts[name] = table.num_rows
    con.close()
    return Release(release_id, current, counts)
