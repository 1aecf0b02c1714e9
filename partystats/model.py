"""The typed data model every stage speaks.

A pipeline run moves one source through these types:

    SourceSpec --ingest--> Document --extract--> Extraction(mentions, observations)
    [Observation...] --validate--> CheckResult / RejectedRow

Offsets are half-open ``[start, end)`` character intervals into
``Document.raw_text``. ``Document.origin`` maps every character of
``clean_text`` back to the raw character it came from, so a span found in the
clean text is turned into a raw span with :meth:`Document.raw_span`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path


class Qualifier(StrEnum):
    EXACT = "exact"
    LOWER_BOUND = "lower_bound"
    UPPER_BOUND = "upper_bound"
    APPROXIMATE = "approximate"


class Unit(StrEnum):
    COUNT = "count"
    PERCENT = "percent"


class Level(StrEnum):
    NATIONAL = "national"
    PROVINCE = "province"
    PREFECTURE = "prefecture"
    COUNTY = "county"
    UNKNOWN = "unknown"


class AsOfBasis(StrEnum):
    EXPLICIT = "explicit"
    PUBLISHED = "published"
    INFERRED = "inferred"
    UNKNOWN = "unknown"


class MentionKind(StrEnum):
    COUNT = "count"
    PERCENT = "percent"
    YEAR = "year"
    DATE = "date"
    ORDINAL = "ordinal"
    FRACTION = "fraction"
    OTHER = "other"


class Status(StrEnum):
    OK = "ok"
    REJECTED = "rejected"


class CheckStatus(StrEnum):
    PASS = "pass"
    FAIL = "fail"


@dataclass(frozen=True)
class SourceSpec:
    """One source file to ingest, with what the manifest says about it."""

    source_id: str
    file: str  # path relative to the sources folder, '/'-separated
    path: Path  # absolute path on disk
    url: str | None = None
    title: str | None = None
    published: date | None = None
    jurisdiction: str | None = None
    sector: str | None = None
    encoding: str | None = None  # manifest override of detection


@dataclass(frozen=True)
class ManifestProblem:
    """A manifest row that was reported and skipped."""

    row: int  # 1-based data row number in sources.csv
    file: str
    reason: str


@dataclass(frozen=True)
class RepairStats:
    pinyin_removed: int = 0
    punct_fixed: int = 0
    lines_dropped: int = 0
    mojibake_runs: int = 0
    mojibake_spans: tuple[tuple[int, int], ...] = ()  # raw offsets of each run


@dataclass(frozen=True)
class Document:
    """A decoded, repaired source. Rejected documents have empty texts."""

    source_id: str
    file: str
    sha256: str
    status: Status
    status_reason: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None
    # the date is only the day the page was posted (from its address), not one the text prints
    published_from_url: bool = False
    encoding: str | None = None
    raw_text: str = ""
    clean_text: str = ""
    origin: tuple[int, ...] = ()  # origin[i] = raw index of clean_text[i]
    repair: RepairStats = field(default_factory=RepairStats)
    jurisdiction: str | None = None  # manifest default place
    sector: str | None = None  # manifest default sector
    site: str | None = None  # a saved page's site name (its <title> less the headline)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean-text interval ``[start, end)`` to the raw interval that produced it."""
        if not 0 <= start < end <= len(self.origin):
            raise ValueError(f"clean span {start}:{end} outside 0:{len(self.origin)}")
        return self.origin[start], self.origin[end - 1] + 1


@dataclass(frozen=True)
class Mention:
    """Every number found in a document, whether or not it became an observation."""

    source_id: str
    raw_start: int
    raw_end: int
    surface: str  # raw_text[raw_start:raw_end]
    value: float | None
    kind: MentionKind
    observation_id: str | None = None
    note: str | None = None  # why it was not (or was) turned into an observation


@dataclass(frozen=True)
class Observation:
    observation_id: str
    source_id: str
    sector: str
    metric: str
    value: float
    qualifier: Qualifier
    value_low: float | None
    value_high: float | None
    unit: Unit
    jurisdiction: str | None
    jurisdiction_level: Level
    subgroup: str | None
    as_of: date | None
    as_of_basis: AsOfBasis
    raw_start: int
    raw_end: int
    evidence: str
    rule: str


@dataclass(frozen=True)
class Extraction:
    mentions: tuple[Mention, ...]
    observations: tuple[Observation, ...]


@dataclass(frozen=True)
class CheckResult:
    """One consistency rule applied to one scope."""

    rule: str
    status: CheckStatus
    source_id: str | None
    jurisdiction: str | None
    sector: str | None
    as_of: date | None
    expected: str
    observed: str
    message: str


@dataclass(frozen=True)
class RejectedRow:
    """A row that failed schema validation and was kept out of its table."""

    table: str
    source_id: str | None
    key: str | None  # e.g. the observation_id
    rule: str
    reason: str
    row_json: str  # the offending row, for review
