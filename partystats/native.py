"""The reader compiled to C with mypyc: the same code, about 1.4 times as fast.

``partystats/extract.py`` is the only source of the reader. ``make setup`` (or
``python -m partystats.native_build``, see there) compiles it with mypyc into
``build/native/`` beside the package, with a manifest holding the SHA-256 of
the source it was built from. On ``import partystats`` an import hook loads the
compiled module in place of the source only when that build is current: same
source bytes, same interpreter ABI. After any edit to ``extract.py`` the source
runs again (a stale build never shadows it) until the next build.

The pure module stays the reference. The pipeline falls back to it for a source
on which the compiled reader raises (mypyc checks declared types at run time,
where Python does not), and tests/test_native.py checks that both give the same
rows on the sample, the dev corpus and the kept rounds.

``PARTYSTATS_NATIVE=0`` turns the hook off. Without a C compiler the build
fails with a message and everything runs as Python.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import sysconfig
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType

PACKAGE = Path(__file__).resolve().parent
BUILD = PACKAGE.parent / "build" / "native"
MANIFEST = "manifest.json"
MODULE = "partystats.extract"
# mypyc's runtime library for the module, a second extension module it imports
RUNTIME = f"{MODULE}__mypyc"
SOURCE = PACKAGE / "extract.py"


def ext_suffix() -> str:
    return str(sysconfig.get_config_var("EXT_SUFFIX"))


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True)
class NativeBuild:
    folder: Path
    files: dict[str, Path]  # module name -> extension file

    @property
    def reader(self) -> Path:
        return self.files[MODULE]


def current_build(folder: Path = BUILD, source: Path = SOURCE) -> NativeBuild | None:
    """The build in ``folder`` if it was made from ``source`` as it is now, for this
    interpreter; else None."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if manifest["abi"] != ext_suffix() or manifest["source_sha256"] != sha256_of(source):
            return None
        files = {name: folder / file for name, file in manifest["files"].items()}
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if set(files) != {MODULE, RUNTIME} or not all(f.is_file() for f in files.values()):
        return None
    return NativeBuild(folder, files)


class _CompiledReaderFinder(importlib.abc.MetaPathFinder):
    """Finds the compiled reader (and its runtime library) in the build folder."""

    def __init__(self, build: NativeBuild) -> None:
        self.build = build

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        file = self.build.files.get(fullname)
        return importlib.util.spec_from_file_location(fullname, file) if file else None


_hook: _CompiledReaderFinder | None = None


def install() -> bool:
    """Load the compiled reader on import when its build is current (called by
    ``partystats/__init__``); True when it will be used."""
    global _hook
    if _hook is not None:
        return True
    if os.environ.get("PARTYSTATS_NATIVE", "1") == "0" or MODULE in sys.modules:
        return False
    build = current_build()
    if build is None:
        return False
    _hook = _CompiledReaderFinder(build)
    sys.meta_path.insert(0, _hook)
    return True


def active() -> bool:
    """Whether this process's reader is the compiled one."""
    import partystats.extract

    return not str(partystats.extract.__file__).endswith(".py")


def reader_kind() -> str:
    """How this process's reader runs, for benchmarks and logs."""
    return "compiled (mypyc)" if active() else "Python"


@cache
def pure_reader() -> ModuleType:
    """The reader run from its source, beside the compiled one: the reference."""
    spec = importlib.util.spec_from_file_location("partystats._extract_source", SOURCE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (dataclasses look their module up while defined)
    spec.loader.exec_module(module)
    return module
