"""--dask-address: the batches run on an existing Dask cluster, same release as locally."""

from __future__ import annotations

import logging
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from partystats.cli import DEFAULT_SOURCES

distributed = pytest.importorskip("distributed")
pytest.importorskip("prefect_dask")

pytestmark = pytest.mark.usefixtures("prefect_harness")


def _rows(outputs: Path, table: str, key: tuple[str, ...]) -> list[dict]:
    rows = pq.read_table(outputs / "current" / f"{table}.parquet").to_pylist()
    return sorted(rows, key=lambda r: tuple(str(r[k]) for k in key))


def test_release_on_a_dask_cluster_matches_the_local_run(tmp_path: Path) -> None:
    from flows.refresh import refresh_on

    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as cluster:
        remote = refresh_on(
            DEFAULT_SOURCES,
            tmp_path / "dask",
            dask_address=cluster.scheduler_address,
            use_cache=False,
        )
    local = refresh_on(DEFAULT_SOURCES, tmp_path / "local", use_cache=False)

    assert remote.sources_read == local.sources_read > 0
    assert remote.processed == local.processed
    obs_key = ("observation_id",)
    assert _rows(tmp_path / "dask", "observations", obs_key) == _rows(
        tmp_path / "local", "observations", obs_key
    )
    doc_key = ("source_id",)
    assert _rows(tmp_path / "dask", "documents", doc_key) == _rows(
        tmp_path / "local", "documents", doc_key
    )
