"""Compile the reader with mypyc: ``python -m partystats.native_build`` (``make setup``).

Builds in a temporary copy of the package, then moves the two extension modules and a
manifest (the source's SHA-256, the interpreter's ABI) into ``build/native/``, where
``partystats.native`` finds them. Never fatal: without a C compiler or mypyc the reader
runs as Python.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from partystats.native import (
    BUILD,
    MANIFEST,
    MODULE,
    PACKAGE,
    RUNTIME,
    SOURCE,
    NativeBuild,
    current_build,
    ext_suffix,
    sha256_of,
)

# -O1: as fast as -O3 here at about half the compile time (~2 min on 2 cores)
OPT_LEVEL = "1"


def build(folder: Path = BUILD, source: Path = SOURCE) -> NativeBuild:
    """Compile ``source`` with mypyc into ``folder`` (replacing what it held)."""
    with tempfile.TemporaryDirectory(prefix="partystats-native-") as tmp:
        work = Path(tmp)
        # the package's sources only: mypyc type-checks what the reader imports
        shutil.copytree(PACKAGE, work / "partystats", ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copyfile(source, work / "partystats" / "extract.py")
        env = {**os.environ, "MYPYC_OPT_LEVEL": OPT_LEVEL}
        done = subprocess.run(
            [sys.executable, "-m", "mypyc", "partystats/extract.py"],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise RuntimeError(f"mypyc failed:\n{(done.stdout + done.stderr)[-3000:]}")
        built = {
            name: work / "partystats" / f"{name.rpartition('.')[2]}{ext_suffix()}"
            for name in (MODULE, RUNTIME)
        }
        staging = folder.with_name(folder.name + ".new")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        for path in built.values():
            shutil.copy2(path, staging / path.name)
        manifest = {
            "source_sha256": sha256_of(source),
            "abi": ext_suffix(),
            "files": {name: path.name for name, path in built.items()},
            "mypyc_opt_level": OPT_LEVEL,
        }
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        shutil.rmtree(folder, ignore_errors=True)
        staging.rename(folder)
    result = current_build(folder, source)
    assert result is not None, "the build just made is not current"
    return result


def main() -> int:
    if current_build() is not None:
        print(f"native reader: up to date in {BUILD}")
        return 0
    print("native reader: compiling partystats/extract.py with mypyc (about 2 minutes)...")
    try:
        made = build()
    except (RuntimeError, OSError) as exc:
        # not fatal: everything runs as Python, only slower
        print(f"native reader: not built, the reader runs as Python ({exc})", file=sys.stderr)
        return 0
    print(f"native reader: built {made.reader}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
