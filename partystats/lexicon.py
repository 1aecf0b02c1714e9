"""Fast longest-match lookup of many short words, indexed by first and last character."""

from __future__ import annotations

from collections.abc import Iterable


class Lexicon:
    """A set of words answering: which longest word starts at i / ends the text."""

    def __init__(self, words: Iterable[str]):
        self.words = frozenset(w for w in words if w)
        by_first: dict[str, list[str]] = {}
        by_last: dict[str, list[str]] = {}
        for w in self.words:
            by_first.setdefault(w[0], []).append(w)
            by_last.setdefault(w[-1], []).append(w)
        self._first = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}
        self._last = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_last.items()}

    def longest_at(self, text: str, i: int) -> str | None:
        if i >= len(text):
            return None
        for w in self._first.get(text[i], ()):
            if text.startswith(w, i):
                return w
        return None

    def longest_suffix(self, text: str) -> str | None:
        if not text:
            return None
        for w in self._last.get(text[-1], ()):
            if text.endswith(w):
                return w
        return None
