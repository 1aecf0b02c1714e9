"""Incremental refresh: the per-source cache, alone and through the flow."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from partystats import cache
from partystats.cli import DEFAULT_SOURCES
from partystats.ingest import discover_sources


def test_key_follows_bytes_and_manifest_row_not_location(tmp_path: Path) -> None:
    specs, _ = discover_sources(DEFAULT_SOURCES)
    spec = specs[0]
    sha = cache.file_sha256(spec.path)
    assert sha is not None
    key = cache.source_key(spec, sha)
    assert cache.source_key(replace(spec, path=tmp_path / "moved.txt"), sha) == key
    assert cache.source_key(spec, "0" * 64) != key
    assert cache.source_key(replace(spec, title="another title"), sha) != key
    assert cache.source_key(replace(spec, jurisdiction="杭州市"), sha) != key


def test_fingerprint_covers_code_and_catalog() -> None:
    fp = cache.code_fingerprint()
    assert len(fp) == 64 and fp == cache.code_fingerprint()


def test_store_roundtrip_prune_and_stale_fingerprints(tmp_path: Path) -> None:
    rows = {
        "documents": [{"source_id": "a", "raw_text": "党建"}],
        "observations": [],
        "mentions": [],
    }
    with cache.ResultCache(tmp_path, "fp-one") as store:
        store.put_many([("k1", cache.encode(rows)), ("k2", cache.encode(rows))])
        assert cache.decode(store.get_many(["k1", "missing"])["k1"]) == rows
        assert store.prune(["k1"]) == 1 and len(store) == 1
    with cache.ResultCache(tmp_path, "fp-two") as store:  # other code: a fresh cache
        assert len(store) == 0
    assert [p.name for p in (tmp_path / ".cache").glob("sources-*.sqlite")] == [
        "sources-fp-two.sqlite"
    ]


def _published(outputs: Path, table: str) -> list[dict]:
    rows = pq.read_table(outputs / "current" / f"{table}.parquet").to_pylist()
    return sorted(rows, key=lambda r: sorted((k, str(v)) for k, v in r.items()))


@pytest.mark.usefixtures("prefect_harness")
def test_flow_reuses_unchanged_sources_and_redoes_changed_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.refresh import refresh_on
    from partystats.cli import up_to_date

    # Other engineers edit the package while tests run: pin the fingerprint.
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "fingerprint-1")
    sources = tmp_path / "sources"
    shutil.copytree(DEFAULT_SOURCES, sources)
    outputs = tmp_path / "outputs"
    n = len(discover_sources(sources)[0])

    first = refresh_on(sources, outputs, workers=0)
    assert (first.from_cache, first.processed) == (0, n)
    docs, obs = _published(outputs, "documents"), _published(outputs, "observations")

    # Nothing changed: the current release already holds it, nothing is published.
    unchanged = refresh_on(sources, outputs, workers=0)
    assert unchanged.unchanged and unchanged.release.release_id == first.release.release_id
    assert unchanged.sources_read == n and unchanged.observations == first.observations
    assert up_to_date(sources, outputs) == first.release.release_id  # the CLI's check

    second = refresh_on(sources, outputs, workers=0, force=True)  # a new release, from cache
    assert (second.from_cache, second.processed) == (n, 0) and not second.unchanged
    assert second.release.release_id != first.release.release_id
    assert _published(outputs, "documents") == docs  # identical either way
    assert _published(outputs, "observations") == obs

    changed = sources / "hangzhou_2020_utf8.txt"
    changed.write_bytes(changed.read_bytes() + "\n本报讯。\n".encode())
    assert up_to_date(sources, outputs) is None
    third = refresh_on(sources, outputs, workers=0)
    assert (third.from_cache, third.processed) == (n - 1, 1)

    monkeypatch.setattr(cache, "code_fingerprint", lambda: "fingerprint-2")
    fourth = refresh_on(sources, outputs, workers=0)
    assert (fourth.from_cache, fourth.processed) == (0, n)


def test_failed_checks_are_listed_briefly(capsys: pytest.CaptureFixture[str]) -> None:
    from partystats.cli import SHOWN_FAILED_CHECKS, print_failed_checks

    lines = [f"cross_source_agreement [None]: {'13630@x; ' * 100}"] * (SHOWN_FAILED_CHECKS + 5)
    print_failed_checks(lines)
    out = capsys.readouterr().out.splitlines()
    assert len(out) == SHOWN_FAILED_CHECKS + 1
    assert all(len(line) < 250 for line in out)
    assert "5 more" in out[-1] and "status = 'fail'" in out[-1]
