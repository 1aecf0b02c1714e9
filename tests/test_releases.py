"""Atomic releases: failures and kills at every step, cleanup, listing, the query command."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from publish_fixtures import make_tables

import partystats.publish as publish_mod
from partystats.cli import main as cli
from partystats.publish import STEPS, publish
from partystats.releases import clean_leftovers, list_releases
from partystats.tables import table_specs

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
TABLES = list(table_specs())
SWITCH = STEPS.index("switched")


class Boom(Exception):
    pass


def raise_at(step: str):
    def hook(name: str) -> None:
        if name == step:
            raise Boom(step)

    return hook


def manifest(outputs: Path, release_id: str) -> dict:
    path = outputs / "releases" / release_id / "manifest.json"
    return json.loads(path.read_text(encoding="utf-8"))


def readable_state(outputs: Path) -> dict[str, str]:
    """Read every published artifact completely, as consumers would; return their release ids.

    Fails when anything published is unreadable, incomplete or disagrees with
    its own release's manifest.
    """
    current = Path(os.readlink(outputs / "current")).name
    counts = manifest(outputs, current)["row_counts"]
    for name in TABLES:
        table = pq.read_table(outputs / "current" / f"{name}.parquet")
        assert table.num_rows == counts[name], name

    here = os.getcwd()
    os.chdir("/")  # from an unrelated working directory, read-only
    try:
        con = duckdb.connect(str((outputs / "partystats.duckdb").resolve()), read_only=True)
        (db_release,) = con.execute("SELECT release_id FROM release_info").fetchone()
        db_counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}
        con.close()
    finally:
        os.chdir(here)
    assert db_counts == manifest(outputs, db_release)["row_counts"]

    package = json.loads((outputs / "datapackage.json").read_text(encoding="utf-8"))
    for res in package["resources"]:
        assert pq.read_metadata(outputs / res["path"]).num_rows == res["rows"]
    return {"current": current, "database": db_release, "datapackage": package["release_id"]}


def leftovers(outputs: Path) -> list[str]:
    return sorted(str(p.relative_to(outputs)) for p in outputs.rglob(".tmp-*"))


@pytest.fixture
def published(tmp_path: Path) -> Path:
    """An outputs folder holding one good release, r1."""
    out = tmp_path / "out"
    publish(make_tables(n_docs=6, n_obs=30, seed=1), out, "r1")
    return out


@pytest.mark.parametrize("step", STEPS)
def test_failure_at_any_step_keeps_a_whole_release(published: Path, step: str) -> None:
    with pytest.raises(Boom):
        publish(make_tables(n_docs=9, n_obs=50, seed=2), published, "r2", hook=raise_at(step))
    # before the switch nothing changed; after it, the new release is the whole truth
    want = "r1" if STEPS.index(step) < SWITCH else "r2"
    assert readable_state(published) == dict.fromkeys(("current", "database", "datapackage"), want)
    assert leftovers(published) == []
    assert [r.release_id for r in list_releases(published)] == (["r2"] if want == "r2" else []) + [
        "r1"
    ]


@pytest.mark.parametrize("step", STEPS)
def test_crash_at_any_step_then_next_publish_cleans_up(
    published: Path, step: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Like a kill: no in-process recovery runs; readers still see whole releases."""
    monkeypatch.setattr(publish_mod, "_recover", lambda outputs, unpublished: None)
    with pytest.raises(Boom):
        publish(make_tables(n_docs=9, n_obs=50, seed=2), published, "r2", hook=raise_at(step))
    state = readable_state(published)
    assert state["current"] == ("r1" if STEPS.index(step) < SWITCH else "r2")
    monkeypatch.undo()

    publish(make_tables(n_docs=4, n_obs=20, seed=3), published, "r3")
    assert readable_state(published) == dict.fromkeys(("current", "database", "datapackage"), "r3")
    assert leftovers(published) == []
    kept = [r.release_id for r in list_releases(published)]
    # a release built but never switched to is gone; a published one is kept
    assert kept == (["r3", "r2", "r1"] if STEPS.index(step) >= SWITCH else ["r3", "r1"])


KILL_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from publish_fixtures import make_tables
    from partystats.publish import publish

    outputs, step, marker, n_obs = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])

    def hook(name):
        if name == step:
            marker.write_text(name)
            time.sleep(600)  # wait here for SIGKILL

    tables = make_tables(n_docs=2000, n_obs=n_obs, seed=5)
    publish(tables, Path(outputs), "r2", hook=hook)
    """
)


def start_publisher(outputs: Path, step: str, marker: Path, n_obs: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), str(ROOT)])}
    return subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, str(outputs), step, str(marker), str(n_obs)],
        env=env,
        cwd=ROOT,
    )


def wait_for(path: Path, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert proc.poll() is None, "publisher exited early"
        assert time.monotonic() < deadline, f"timed out waiting for {path}"
        time.sleep(0.01)


def kill9(proc: subprocess.Popen) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


@pytest.mark.parametrize("step", ["tables_written", "database_written", "switched"])
def test_kill_9_at_a_step(published: Path, tmp_path: Path, step: str) -> None:
    marker = tmp_path / "marker"
    proc = start_publisher(published, step, marker, n_obs=5_000)
    try:
        wait_for(marker, proc)
    finally:
        kill9(proc)
    state = readable_state(published)
    assert state["current"] == ("r1" if step != "switched" else "r2")
    assert leftovers(published)  # the killed publish left its temp work behind

    publish(make_tables(n_docs=3, n_obs=5), published, "r3")
    assert readable_state(published) == dict.fromkeys(("current", "database", "datapackage"), "r3")
    assert leftovers(published) == []


def test_kill_9_while_writing_a_large_table(published: Path, tmp_path: Path) -> None:
    """A real kill at no chosen step: while the big Parquet files are being written."""
    marker = tmp_path / "marker"
    proc = start_publisher(published, "never", marker, n_obs=200_000)
    try:
        # kill as soon as the big file exists: pyarrow is still writing it
        wait_for(published / "releases" / ".tmp-r2" / "observations.parquet", proc)
    finally:
        kill9(proc)
    assert readable_state(published) == dict.fromkeys(("current", "database", "datapackage"), "r1")

    removed = clean_leftovers(published)
    assert "releases/.tmp-r2" in removed
    assert leftovers(published) == []
    publish(make_tables(n_docs=3, n_obs=5), published, "r2")  # the same id can now be used
    assert readable_state(published)["database"] == "r2"


def test_leftover_kinds_are_cleaned(published: Path) -> None:
    (published / ".tmp-partystats.duckdb.123").write_bytes(b"half")
    (published / "releases" / ".tmp-r9").mkdir()
    (published / "releases" / "r8").mkdir()  # no manifest: unfinished
    (published / "releases" / "r8" / "observations.parquet").write_bytes(b"PAR1")
    removed = clean_leftovers(published)
    assert sorted(removed) == [".tmp-partystats.duckdb.123", "releases/.tmp-r9", "releases/r8"]
    assert [r.release_id for r in list_releases(published)] == ["r1"]


def test_legacy_current_folder_is_replaced(tmp_path: Path) -> None:
    (tmp_path / "current").mkdir()
    (tmp_path / "current" / "observations.parquet").write_bytes(b"old layout")
    publish(make_tables(n_docs=2, n_obs=2), tmp_path, "r1")
    assert readable_state(tmp_path)["current"] == "r1"


def test_releases_command_lists_newest_first_with_current_marker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for i, n in enumerate((3, 5)):
        publish(make_tables(n_docs=2, n_obs=n), tmp_path, f"r{i}")
    assert cli(["releases", "--outputs", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:4] == ["current", "release_id", "created", "documents"]
    assert lines[2].split()[:2] == ["*", "r1"] and lines[2].split()[4] == "5"
    assert lines[3].split()[0] == "r0"
    assert lines[-1] == "(2 rows)"
    assert cli(["releases", "--outputs", str(tmp_path / "none")]) == 1


def test_query_command_formats_and_errors(
    published: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sql = (
        "SELECT jurisdiction, count(*) AS n FROM observations "
        "WHERE jurisdiction IS NOT NULL GROUP BY 1 ORDER BY 1"
    )
    con = duckdb.connect(str(published / "partystats.duckdb"), read_only=True)
    want = con.execute(sql).fetchall()
    con.close()

    assert cli(["query", sql, "--outputs", str(published)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["jurisdiction", "n"]
    assert set(lines[1]) <= {"-", " "}
    assert [tuple(line.split()) for line in lines[2:-1]] == [(j, str(n)) for j, n in want]
    # aligned: the counts end in the same display column despite CJK widths
    from partystats.query import width

    assert len({width(line) for line in lines[:-1]}) == 1
    assert lines[-1] == f"({len(want)} rows)"

    assert cli(["query", sql, "--outputs", str(published), "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows == [["jurisdiction", "n"], *[[j, str(n)] for j, n in want]]

    assert cli(["query", sql, "--outputs", str(published), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"jurisdiction": j, "n": n} for j, n in want]

    q = "SELECT as_of, value FROM observations WHERE as_of IS NOT NULL LIMIT 1"
    assert cli(["query", q, "--outputs", str(published), "--format", "json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert len(row["as_of"]) == 10 and isinstance(row["value"], float)

    assert cli(["query", "SELEC 1", "--outputs", str(published)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("partystats: ") and err.count("\n") == 1 and "syntax" in err

    assert cli(["query", "SELECT * FROM nope", "--outputs", str(published)]) == 1
    assert capsys.readouterr().err.count("\n") == 1

    assert cli(["query", "SELECT 1", "--outputs", str(published.parent / "missing")]) == 1
    assert "no published release" in capsys.readouterr().err

    # read-only: the release cannot be changed through the query command
    assert cli(["query", "DROP VIEW observations", "--outputs", str(published)]) == 1
    capsys.readouterr()
    assert readable_state(published)["database"] == "r1"


def test_a_file_that_reads_back_wrong_is_never_published(
    published: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = publish_mod.write_parquet

    def lossy_write(table, path):  # a writer (or disk) that silently drops a row
        real_write(table.slice(0, max(table.num_rows - 1, 0)), path)

    monkeypatch.setattr(publish_mod, "write_parquet", lossy_write)
    with pytest.raises(RuntimeError, match="rows read back differ"):
        publish(make_tables(n_docs=9, n_obs=50, seed=2), published, "r2")
    assert readable_state(published) == dict.fromkeys(("current", "database", "datapackage"), "r1")
    assert leftovers(published) == []
