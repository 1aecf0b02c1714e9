"""Text repair: raw decoded text -> clean simplified text, with an offset map back.

Every edit is a deletion or a one-for-one substitution, so ``origin[i]`` (the
raw index of clean character i) is all the map needs.
"""

from __future__ import annotations

from dataclasses import dataclass

from partystats.model import RepairStats


@dataclass(frozen=True)
class Repaired:
    clean_text: str
    origin: tuple[int, ...]
    stats: RepairStats


def to_simplified(text: str) -> str:
    """Traditional -> simplified, one character for one (OpenCC)."""
    from opencc import OpenCC

    converted = OpenCC("t2s").convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(OpenCC("t2s").convert(ch) for ch in text)


def repair(raw: str) -> Repaired:
    """Placeholder: only converts to simplified. (issue 3 brings the full repair)"""
    return Repaired(to_simplified(raw), tuple(range(len(raw))), RepairStats())
