"""Pandera models of the published tables, one class per table of ``tables.yaml``.

Each model mirrors ``schemas/tables.yaml`` column for column (a test holds them
together). Allowed values come from ``catalog.yaml`` and ``partystats.model``
enums, so the vocabulary lives in one place. Row-level rules are named checks:
their names are the ``rule`` values users see in the ``rejected`` table.

Two models add document context to a table (``ObservationsInDocs``,
``MentionsInDocs``): the validator merges each row with the raw-text length and
publication date of its document, so offsets and dates are checked against the
source; those helper columns are not published.

The docstring of a named check is the reason users read in ``rejected``; the
columns it names are quoted there with the row's values.

Every model validates lazily (``Model.validate(df, lazy=True)``) and coerces
types, so one run reports every problem at once.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from partystats.catalog import load_catalog
from partystats.model import (
    AsOfBasis,
    CheckStatus,
    Level,
    MentionKind,
    Qualifier,
    Status,
    Unit,
)
from partystats.tables import table_specs


def _values(enum: type) -> list[str]:
    return [e.value for e in enum]


SECTORS = list(load_catalog().sectors)
METRICS = list(load_catalog().metrics)
METRIC_UNIT: dict[str, str] = {m: spec["unit"] for m, spec in load_catalog().metrics.items()}
QUALIFIERS = _values(Qualifier)
UNITS = _values(Unit)
LEVELS = _values(Level)
AS_OF_BASES = _values(AsOfBasis)
MENTION_KINDS = _values(MentionKind)
DOC_STATUSES = _values(Status)
CHECK_STATUSES = _values(CheckStatus)
SHA256_PATTERN = r"^[0-9a-f]{64}$"

# Helper columns the validator merges into observations/mentions (not published).
DOC_LEN = "doc_raw_len"
DOC_PUBLISHED = "doc_published"


def _dates(s: pd.Series) -> pd.Series:
    """Dates as datetime64 for vectorized comparison (None -> NaT)."""
    return pd.to_datetime(s, errors="coerce")


def _le_where_set(low: pd.Series, high: pd.Series) -> pd.Series:
    """low <= high, true where either side is null (nullability is checked elsewhere)."""
    return low.isna() | high.isna() | (low <= high)


class Published(pa.DataFrameModel):
    """Base of the published tables: coerce types, keep the primary key unique."""

    class Config:
        coerce = True
        strict = False  # the *InDocs models carry helper columns
        name = ""  # the table name in tables.yaml; set by each model

    @pa.dataframe_check
    def primary_key_unique(cls, df: pd.DataFrame) -> Series[bool]:
        """The primary key of tables.yaml is unique: later duplicates are rejected."""
        key = list(table_specs()[cls.Config.name].primary_key)
        return ~df.duplicated(subset=key, keep="first")


class Documents(Published):
    source_id: Series[str]
    file: Series[str]
    url: Series[str] = pa.Field(nullable=True)
    title: Series[str] = pa.Field(nullable=True)
    published: Series[pa.Date] = pa.Field(nullable=True)
    sha256: Series[str] = pa.Field(str_matches=SHA256_PATTERN)
    encoding: Series[str] = pa.Field(nullable=True)
    raw_text: Series[str]
    clean_text: Series[str]
    status: Series[str] = pa.Field(isin=DOC_STATUSES)
    status_reason: Series[str] = pa.Field(nullable=True)
    jurisdiction: Series[str] = pa.Field(nullable=True)
    pinyin_removed: Series[int] = pa.Field(ge=0)
    punct_fixed: Series[int] = pa.Field(ge=0)
    lines_dropped: Series[int] = pa.Field(ge=0)
    mojibake_runs: Series[int] = pa.Field(ge=0)
    mojibake_spans: Series[str] = pa.Field(nullable=True)

    class Config:
        name = "documents"


class Observations(Published):
    observation_id: Series[str]
    source_id: Series[str]
    sector: Series[str] = pa.Field(isin=SECTORS)
    metric: Series[str] = pa.Field(isin=METRICS)
    value: Series[float]
    qualifier: Series[str] = pa.Field(isin=QUALIFIERS)
    value_low: Series[float] = pa.Field(nullable=True)
    value_high: Series[float] = pa.Field(nullable=True)
    unit: Series[str] = pa.Field(isin=UNITS)
    jurisdiction: Series[str] = pa.Field(nullable=True)
    jurisdiction_level: Series[str] = pa.Field(isin=LEVELS)
    subgroup: Series[str] = pa.Field(nullable=True)
    as_of: Series[pa.Date] = pa.Field(nullable=True)
    as_of_basis: Series[str] = pa.Field(isin=AS_OF_BASES)
    raw_start: Series[int] = pa.Field(ge=0)
    raw_end: Series[int]
    evidence: Series[str]
    rule: Series[str]

    class Config:
        name = "observations"

    @pa.dataframe_check
    def unit_matches_metric(cls, df: pd.DataFrame) -> Series[bool]:
        """unit is the catalog unit of the metric."""
        expected = df["metric"].map(METRIC_UNIT)
        return expected.isna() | (df["unit"] == expected)

    @pa.dataframe_check
    def count_is_whole_non_negative(cls, df: pd.DataFrame) -> Series[bool]:
        """A count value is a whole number >= 0."""
        v = df["value"]
        return (df["unit"] != Unit.COUNT.value) | v.isna() | ((v >= 0) & (v % 1 == 0))

    @pa.dataframe_check
    def percent_in_range(cls, df: pd.DataFrame) -> Series[bool]:
        """A percent value lies within 0-100."""
        v = df["value"]
        return (df["unit"] != Unit.PERCENT.value) | v.isna() | v.between(0, 100)

    @pa.dataframe_check
    def value_within_bounds(cls, df: pd.DataFrame) -> Series[bool]:
        """value_low <= value <= value_high where the bounds are set."""
        return _le_where_set(df["value_low"], df["value"]) & _le_where_set(
            df["value"], df["value_high"]
        )

    @pa.dataframe_check
    def span_not_empty(cls, df: pd.DataFrame) -> Series[bool]:
        """raw_start < raw_end."""
        return df["raw_start"] < df["raw_end"]


class _InDocs(pa.DataFrameModel):
    """Document context merged into a row: raw-text length and publication date."""

    doc_raw_len: Series[float] = pa.Field(nullable=True)  # NaN when the source is unknown
    doc_published: Series[pa.Date] = pa.Field(nullable=True)

    @pa.dataframe_check
    def source_in_documents(cls, df: pd.DataFrame) -> Series[bool]:
        """source_id is an accepted document."""
        return df[DOC_LEN].notna()

    @pa.dataframe_check
    def offsets_in_raw_text(cls, df: pd.DataFrame) -> Series[bool]:
        """raw_end <= doc_raw_len, the length of the document's raw_text."""
        return df[DOC_LEN].isna() | (df["raw_end"] <= df[DOC_LEN])


class ObservationsInDocs(Observations, _InDocs):
    class Config:
        name = "observations"

    @pa.dataframe_check
    def as_of_not_after_published(cls, df: pd.DataFrame) -> Series[bool]:
        """as_of is not after doc_published, the document's publication date."""
        return _le_where_set(_dates(df["as_of"]), _dates(df[DOC_PUBLISHED]))


class Mentions(Published):
    source_id: Series[str]
    raw_start: Series[int] = pa.Field(ge=0)
    raw_end: Series[int]
    surface: Series[str]
    value: Series[float] = pa.Field(nullable=True)
    kind: Series[str] = pa.Field(isin=MENTION_KINDS)
    observation_id: Series[str] = pa.Field(nullable=True)
    note: Series[str] = pa.Field(nullable=True)

    class Config:
        name = "mentions"

    @pa.dataframe_check
    def span_not_empty(cls, df: pd.DataFrame) -> Series[bool]:
        """raw_start < raw_end."""
        return df["raw_start"] < df["raw_end"]


class MentionsInDocs(Mentions, _InDocs):
    class Config:
        name = "mentions"


class Checks(Published):
    rule: Series[str]
    source_id: Series[str] = pa.Field(nullable=True)  # null for cross-source rules
    jurisdiction: Series[str] = pa.Field(nullable=True)
    sector: Series[str] = pa.Field(nullable=True, isin=SECTORS)
    as_of: Series[pa.Date] = pa.Field(nullable=True)
    subgroup: Series[str] = pa.Field(nullable=True)
    status: Series[str] = pa.Field(isin=CHECK_STATUSES)
    expected: Series[str]
    observed: Series[str]
    message: Series[str]

    class Config:
        name = "checks"


class Rejected(Published):
    table_name: Series[str] = pa.Field(isin=list(table_specs()))
    source_id: Series[str] = pa.Field(nullable=True)
    key: Series[str] = pa.Field(nullable=True)
    rule: Series[str]
    reason: Series[str]
    row_json: Series[str]

    class Config:
        name = "rejected"


class Latest(Published):
    jurisdiction: Series[str]
    jurisdiction_level: Series[str] = pa.Field(isin=LEVELS)
    sector: Series[str] = pa.Field(isin=SECTORS)
    metric: Series[str] = pa.Field(isin=METRICS)
    subgroup: Series[str] = pa.Field(nullable=True)
    value: Series[float]
    qualifier: Series[str] = pa.Field(isin=QUALIFIERS)
    unit: Series[str] = pa.Field(isin=UNITS)
    as_of: Series[pa.Date] = pa.Field(nullable=True)
    source_id: Series[str]
    observation_id: Series[str]

    class Config:
        name = "latest"


_WIDE = {"nullable": True, "ge": 0}
_WIDE_PCT = {"nullable": True, "in_range": {"min_value": 0, "max_value": 100}}


class LegalWide(Published):
    jurisdiction: Series[str]
    as_of: Series[pa.Date] = pa.Field(nullable=True)
    firms: Series[float] = pa.Field(**_WIDE)
    practitioners: Series[float] = pa.Field(**_WIDE)
    party_members: Series[float] = pa.Field(**_WIDE)
    party_member_share: Series[float] = pa.Field(**_WIDE_PCT)
    party_organizations: Series[float] = pa.Field(**_WIDE)
    party_committees: Series[float] = pa.Field(**_WIDE)
    general_branches: Series[float] = pa.Field(**_WIDE)
    party_branches: Series[float] = pa.Field(**_WIDE)
    standalone_branches: Series[float] = pa.Field(**_WIDE)
    joint_branches: Series[float] = pa.Field(**_WIDE)
    firms_with_own_branch: Series[float] = pa.Field(**_WIDE)
    firms_in_joint_branches: Series[float] = pa.Field(**_WIDE)
    industry_party_committees: Series[float] = pa.Field(**_WIDE)
    firms_covered: Series[float] = pa.Field(**_WIDE)
    coverage_rate: Series[float] = pa.Field(**_WIDE_PCT)
    sources: Series[str]

    class Config:
        name = "legal_wide"


class Conflicts(Published):
    jurisdiction: Series[str]
    sector: Series[str] = pa.Field(isin=SECTORS)
    metric: Series[str] = pa.Field(isin=METRICS)
    as_of: Series[pa.Date]
    subgroup: Series[str] = pa.Field(nullable=True)
    n_sources: Series[int] = pa.Field(ge=2)
    values: Series[str]
    min_value: Series[float]
    max_value: Series[float]

    class Config:
        name = "conflicts"

    @pa.dataframe_check
    def min_below_max(cls, df: pd.DataFrame) -> Series[bool]:
        """min_value < max_value: the reports differ."""
        return df["min_value"] < df["max_value"]


# The model of each published table, by table name.
MODELS: dict[str, type[Published]] = {
    "documents": Documents,
    "observations": Observations,
    "mentions": Mentions,
    "checks": Checks,
    "rejected": Rejected,
    "latest": Latest,
    "legal_wide": LegalWide,
    "conflicts": Conflicts,
}
