"""Module hygiene: a module-level name bound twice silently replaces the first (a pattern
one rule relies on becomes another rule's), which no linter reports for constants."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(p for d in ("partystats", "flows") for p in (ROOT / d).glob("*.py"))


def top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    names = top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    twice = sorted(n for n, k in Counter(names).items() if k > 1)
    assert twice == [], f"{path.name} binds {twice} more than once"


def test_a_second_binding_is_caught() -> None:
    tree = ast.parse("A_RE = 1\ndef f(): pass\nA_RE = 2\n")
    assert Counter(top_level_names(tree))["A_RE"] == 2
