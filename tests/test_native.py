"""The compiled reader (partystats/native.py): used only when current, the same rows as
the source reader, and the source reader where the compiled one raises."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from partystats import native, pipeline
from partystats.ingest import discover_sources, read_source
from partystats.model import Document, SourceSpec, Status
from partystats.tables import to_record

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [
    ROOT / "data",
    ROOT.parent / "shared" / "corpus" / "dev",
    # every tenth kept round: all genres, in a few seconds
    *sorted((ROOT / "tests" / "rounds").iterdir())[::10],
]

needs_build = pytest.mark.skipif(
    not native.active(), reason="no current native build (make native)"
)


def fake_build(folder: Path, source: Path, sha: str | None = None) -> None:
    folder.mkdir()
    files = {native.MODULE: "reader.so", native.RUNTIME: "runtime.so"}
    for name in files.values():
        (folder / name).write_bytes(b"")
    manifest = {
        "source_sha256": sha or native.sha256_of(source),
        "abi": native.ext_suffix(),
        "files": files,
    }
    (folder / native.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def test_a_build_of_the_source_as_it_is_is_current(tmp_path):
    source = tmp_path / "extract.py"
    source.write_text("X = 1\n", encoding="utf-8")
    fake_build(tmp_path / "native", source)
    build = native.current_build(tmp_path / "native", source)
    assert build is not None and build.reader == tmp_path / "native" / "reader.so"


def test_a_build_of_an_older_source_is_never_used(tmp_path):
    source = tmp_path / "extract.py"
    source.write_text("X = 1\n", encoding="utf-8")
    fake_build(tmp_path / "native", source)
    source.write_text("X = 2\n", encoding="utf-8")  # edited after the build
    assert native.current_build(tmp_path / "native", source) is None


def test_a_broken_or_absent_build_is_not_used(tmp_path):
    source = tmp_path / "extract.py"
    source.write_text("X = 1\n", encoding="utf-8")
    assert native.current_build(tmp_path / "none", source) is None
    fake_build(tmp_path / "native", source)
    (tmp_path / "native" / "runtime.so").unlink()
    assert native.current_build(tmp_path / "native", source) is None
    (tmp_path / "native" / native.MANIFEST).write_text("{", encoding="utf-8")
    assert native.current_build(tmp_path / "native", source) is None


def rows(reader, folder: Path) -> list[str]:
    out = []
    specs, _ = discover_sources(folder)
    for spec in specs:
        doc = read_source(spec)
        if doc.status is Status.OK:
            ex = reader(doc)
            for row in (*ex.observations, *ex.mentions):
                out.append(json.dumps(to_record(row), default=str, ensure_ascii=False))
    return out


@needs_build
@pytest.mark.parametrize("folder", [f for f in FOLDERS if f.is_dir()], ids=lambda f: f.name)
def test_the_compiled_reader_gives_the_source_readers_rows(folder):
    from partystats.extract import extract

    assert rows(extract, folder) == rows(native.pure_reader().extract, folder)


@needs_build
def test_the_switch_turns_the_compiled_reader_off():
    code = "from partystats.native import reader_kind; print(reader_kind())"
    env = {**os.environ, "PARTYSTATS_NATIVE": "0"}
    off = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert off.stdout.strip() == "Python"


def sample_document() -> Document:
    spec = SourceSpec(source_id="s", file="s.txt", path=ROOT / "data" / "chengdu_gbk.txt")
    return read_source(spec)


def test_the_source_reader_reads_what_the_compiled_one_fails_on(monkeypatch):
    doc = sample_document()
    expected = native.pure_reader().extract(doc)

    def failing(doc: Document):
        raise TypeError("str object expected; got None")

    monkeypatch.setattr(pipeline, "extract", failing)
    monkeypatch.setattr(native, "active", lambda: True)
    got = pipeline.read_figures(doc)
    assert [to_record(o) for o in got.observations] == [to_record(o) for o in expected.observations]
    assert len(got.observations) == 8


def test_without_the_compiled_reader_a_failure_is_raised(monkeypatch):
    def failing(doc: Document):
        raise TypeError("a bug")

    monkeypatch.setattr(pipeline, "extract", failing)
    monkeypatch.setattr(native, "active", lambda: False)
    with pytest.raises(TypeError, match="a bug"):
        pipeline.read_figures(sample_document())
