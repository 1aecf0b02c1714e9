"""Validation: schema checks (pandera) and cross-record consistency rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Validated:
    """Tables ready to publish: name -> list of row dicts in published column names."""

    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def validate(tables: dict[str, list[dict[str, Any]]]) -> Validated:
    """Placeholder: passes tables through (issue 5 brings pandera and the checks)."""
    out = {name: list(rows) for name, rows in tables.items()}
    for name in ("checks", "rejected", "latest", "legal_wide", "conflicts"):
        out.setdefault(name, [])
    return Validated(out)
