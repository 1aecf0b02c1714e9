"""Faster ``finditer`` for patterns whose matches can only start at a few characters.

Python's regex engine skips ahead on its own only when every alternative of a
pattern starts with a literal. Patterns that open with groups or optional
words (``(截至)?2017年``, ``(?P<num>…)|(?P<pct>…)``) are tried at every
position. ``finditer_at`` searches a one-character class first and tries the
pattern only where a match can begin: the same matches, in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def finditer_at(
    starts: re.Pattern[str], pattern: re.Pattern[str], text: str
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying ``pattern`` only where ``starts`` matches.

    ``starts`` must match every character a match of ``pattern`` can begin with,
    and ``pattern`` must not match the empty string."""
    hit = starts.search(text)
    while hit is not None:
        m = pattern.match(text, hit.start())
        if m is None:
            hit = starts.search(text, hit.start() + 1)
            continue
        yield m
        hit = starts.search(text, m.end())


def last_match(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> re.Match[str] | None:
    """The last non-overlapping match of ``pattern`` in ``text[pos:endpos]``, else None."""
    found = None
    for found in pattern.finditer(text, pos, len(text) if endpos is None else endpos):  # noqa: B007
        pass
    return found
