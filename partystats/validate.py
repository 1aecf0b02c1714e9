"""Validation: schema checks (pandera) and cross-record consistency rules.

``validate`` screens each source table with its pandera model (lazy, so every
problem of a run is reported at once). A row that breaks the schema is kept
out of its table and gets one ``rejected`` row per failed check; the rest is
published. Then the consistency rules (``partystats.checks``) and the derived
tables (``partystats.derive``) run over the published observations. Nothing
here stops publishing: failures are rows in ``checks`` and ``rejected``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from pandera.errors import SchemaErrors

from partystats import derive
from partystats.checks import consistency_checks_table
from partystats.model import Status
from partystats.tables import ARROW_TYPES, Rows, plain, table_specs, to_arrow
from schemas.models import (
    DOC_LEN,
    DOC_PUBLISHED,
    MODELS,
    MentionsInDocs,
    ObservationsInDocs,
    Published,
)

SOURCE_TABLES = ("documents", "observations", "mentions")
DERIVED_TABLES = ("checks", "latest", "legal_wide", "conflicts")
# Columns the schema screening needs only the presence of, not the text: an Arrow
# table's are screened as "" (or null), never expanded into Python strings.
TEXT_COLUMNS = {
    "documents": ("raw_text", "clean_text"),
    "observations": ("evidence",),
    "mentions": ("surface",),
}
SURFACE_DOCS = 2000  # documents whose raw_text is in Python at once (with_surface)
REJECT_CHUNK = 5000  # failing rows turned into dicts at once (screen)
SCREEN_CHUNK = 100_000  # rows screened by pandera at once: bounds its frames' memory
# The observation columns the consistency rules and the derived tables use.
RULE_COLUMNS = [
    "observation_id",
    "source_id",
    "sector",
    "metric",
    "value",
    "qualifier",
    "value_low",
    "value_high",
    "unit",
    "jurisdiction",
    "jurisdiction_level",
    "subgroup",
    "as_of",
    "raw_start",
    "raw_end",
]


class TableSchemaError(ValueError):
    """A table as a whole does not fit its schema (e.g. a column is missing)."""


@dataclass
class Validated:
    """Tables ready to publish: name -> rows in published column names. A source
    table given as Arrow stays Arrow; the others are lists of row dicts."""

    tables: dict[str, Rows] = field(default_factory=dict)
    summary: dict[str, int] = field(default_factory=dict)


# -- schema screening --------------------------------------------------------


def _column_reason(column: str, check: str, case: Any) -> str:
    base = check.split("(")[0]
    if base == "not_nullable":
        return f"{column} is missing"
    if base == "isin":
        return f"{column} {case!r} is not an allowed value"
    if base == "coerce_dtype":
        return f"{column} {case!r} cannot be read as {check[len(base) + 1 : -1]}"
    return f"{column} {case!r} fails {check}"


def schema_failures(model: type[Published], frame: pd.DataFrame) -> pd.DataFrame:
    """Row failures of ``frame`` under ``model``: columns index, rule, reason.

    Lazy validation reports every failure at once. A value that cannot be
    coerced makes later checks of its column fail as a whole; those rows are
    taken out and the rest validated again, so each row gets its own report.
    Raises TableSchemaError for failures that belong to no row.
    """
    descriptions = {c.name: c.description or c.name for c in model.to_schema().checks}
    found, work = [], frame
    while True:
        try:
            model.validate(work, lazy=True)
            break
        except SchemaErrors as err:
            fc = err.failure_cases
        rows = fc[fc["index"].notna()]
        found.append(rows)
        whole = fc[fc["index"].isna()]
        uncoerced = rows.loc[rows["check"].str.startswith("coerce_dtype"), "index"].unique()
        if whole.empty:
            break
        if len(uncoerced) == 0:
            problems = "; ".join(
                f"{c}: {k}" for c, k in zip(whole["column"], whole["check"], strict=True)
            )
            raise TableSchemaError(f"{model.Config.name}: {problems}")
        work = work.drop(index=uncoerced)
    if not found:
        return pd.DataFrame(columns=["index", "rule", "reason"])
    fc = pd.concat(found)
    fc = fc[~fc["check"].str.startswith("dtype(")]  # repeats the coerce_dtype failure
    out: dict[tuple[int, str], str] = {}
    named: dict[tuple[int, str], dict[str, str]] = {}  # values of the columns a rule names
    # A row rule reports every column of every failing row (millions of failure cases
    # at 100k sources): keep one reason per (row, rule), and the values of only the
    # columns its text names, found with frame operations rather than per case.
    by_row = fc["schema_context"] == "DataFrameSchema"
    rule_cases, column_cases = fc[by_row], fc[~by_row]
    pairs = rule_cases[["check", "column"]].drop_duplicates()
    shown_pairs = pd.DataFrame(
        [
            (check, col)
            for check, col in zip(pairs["check"].tolist(), pairs["column"].tolist(), strict=True)
            if re.search(rf"\b{re.escape(col)}\b", descriptions.get(check, check))
        ],
        columns=["check", "column"],
    )
    for idx, check in rule_cases[["index", "check"]].drop_duplicates().itertuples(index=False):
        out[(int(idx), check)] = descriptions.get(check, check)
    shown_cases = rule_cases.merge(shown_pairs, on=["check", "column"])
    for col, check, case, idx in _cases(shown_cases):
        named.setdefault((int(idx), check), {})[col] = f"{col}={_show(case)}"
    for col, check, case, idx in _cases(column_cases):
        rule = f"{col}:{check.split('(')[0]}"
        out[(int(idx), rule)] = _column_reason(col, check, case)
    rows = [
        (i, rule, f"{text} ({', '.join(named[i, rule].values())})" if (i, rule) in named else text)
        for (i, rule), text in sorted(out.items())
    ]
    return pd.DataFrame(rows, columns=["index", "rule", "reason"])


def _cases(failures: pd.DataFrame) -> Iterator[tuple[Any, ...]]:
    """(column, check, failure case, row index) of pandera failure cases, as plain values:
    iterating pandas' Arrow-backed string columns costs ~3 µs a value."""
    columns = ("column", "check", "failure_case", "index")
    return zip(*(failures[c].tolist() for c in columns), strict=True)


def _show(x: Any) -> str:
    """A failure case as text: strings quoted, numbers and dates plain."""
    x = x.item() if hasattr(x, "item") else x  # numpy scalars
    return repr(x) if isinstance(x, str) else str(x)


def _frame(rows: list[dict[str, Any]], names: list[str]) -> pd.DataFrame:
    """Rows as a frame with the given columns (column-wise: faster than from_records)."""
    return pd.DataFrame({c: [r.get(c) for r in rows] for c in names}, columns=names)


def frame_of(table: str, rows: Rows) -> pd.DataFrame:
    """The frame the screening of ``table`` needs, from row dicts or an Arrow table.

    An Arrow table's long text columns (TEXT_COLUMNS) come as "" where set and
    null where not: what the model checks of them, without the text itself.
    """
    names = table_specs()[table].names
    if not isinstance(rows, pa.Table):
        return _frame(rows, names)
    missing = [n for n in names if n not in rows.column_names]
    if missing:
        raise TableSchemaError(f"{table}: missing column(s) {', '.join(missing)}")
    arrow = rows.select(names)
    for col in TEXT_COLUMNS.get(table, ()):
        i = arrow.schema.get_field_index(col)
        values = arrow.column(i)
        empty = pc.if_else(pc.is_null(values), pa.scalar(None, pa.string()), "")
        arrow = arrow.set_column(i, col, empty)
    return plain(arrow).to_pandas()


def row_dicts(rows: Rows, indices: list[int]) -> list[dict[str, Any]]:
    """The rows at ``indices`` as dicts (for the few that are rejected)."""
    if isinstance(rows, pa.Table):
        return rows.take(pa.array(indices, pa.int64())).to_pylist()
    return [rows[i] for i in indices]


def keep_rows(rows: Rows, mask: np.ndarray) -> Rows:
    """The rows where ``mask`` is true, as the same kind of rows."""
    if isinstance(rows, pa.Table):
        return rows if bool(mask.all()) else rows.filter(pa.array(mask, pa.bool_()))
    return [r for r, keep in zip(rows, mask, strict=True) if keep]


def text_lengths(rows: Rows, column: str) -> np.ndarray:
    """Length in characters of a text column, 0 where null."""
    if isinstance(rows, pa.Table):
        lengths = pc.utf8_length(rows.column(column)).fill_null(0)
        return lengths.to_numpy().astype(float)
    return np.array([float(len(r[column] or "")) for r in rows], dtype=float)


def storage_failures(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Cells Parquet cannot store as their published type: columns index, rule, reason.

    The model coerces before it checks, so '2017-12-31' passes as a date; the
    rows are published as given, though, and the text would break the write.
    Fast path: one Arrow conversion per column; per cell only when it fails.
    """
    found = []
    for col in table_specs()[table].columns:
        arrow_type = ARROW_TYPES[col.type]
        if _storable(frame[col.name], arrow_type):
            continue
        found += [
            (i, f"{col.name}:storable", f"{col.name} {v!r} cannot be stored as {col.type}")
            for i, v in zip(frame.index, frame[col.name].tolist(), strict=True)
            if not _storable([v], arrow_type)
        ]
    return pd.DataFrame(found, columns=["index", "rule", "reason"])


def _storable(values: pd.Series | list[Any], arrow_type: pa.DataType) -> bool:
    try:
        pa.array(values, type=arrow_type, from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
        return False
    return True


def _json(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False, default=str)


@dataclass
class Screened:
    """A table after schema screening."""

    rows: Rows  # the rows that passed, as given
    rejected: list[dict[str, Any]]  # one `rejected` row per failed check
    frame: pd.DataFrame  # the passed rows as a frame (published columns)


def screen(
    table: str,
    rows: Rows,
    context: pd.DataFrame | None = None,
    columns: list[str] | None = None,
) -> Screened:
    """Split ``rows`` (row dicts or Arrow) into passed and rejected under the table's model.

    ``context`` (indexed by source_id) adds the document columns the *InDocs
    models check offsets and dates against. ``columns``: those the returned
    ``frame`` keeps (default: all published columns).

    The rows are screened SCREEN_CHUNK at a time, so the frames pandera works
    on stay bounded whatever the run's size; the primary key is checked over
    the whole table (a repeat of a key from an earlier chunk is rejected too).
    """
    names = table_specs()[table].names
    kept_columns = names if columns is None else columns
    if not len(rows):
        return Screened(rows, [], _frame([], names)[kept_columns])
    model: type[Published] = MODELS[table]
    if context is not None:
        model = {"observations": ObservationsInDocs, "mentions": MentionsInDocs}[table]
    key = list(table_specs()[table].primary_key)
    keys = key_frame(rows, key)
    parts, frames = [], []
    for start in range(0, len(rows), SCREEN_CHUNK):
        frame = frame_of(table, slice_rows(rows, start, SCREEN_CHUNK))
        frame.index = pd.RangeIndex(start, start + len(frame))
        if context is not None:
            frame = frame.join(context, on="source_id")
        parts.append(chunk_failures(table, model, frame))
        frames.append(frame[kept_columns])
        del frame
    parts.append(earlier_chunk_repeats(keys, key, parts, model))
    failures = pd.concat(parts).sort_values(["index", "rule"], kind="stable")
    repeated = keys.duplicated(key, keep=False).to_numpy()
    del keys
    # Only failing rows become dicts, REJECT_CHUNK of them at a time: what is kept
    # of each is its rejected row (source_id, key, JSON), not the row dict itself.
    failing = sorted({int(i) for i in failures["index"]})
    shown: dict[int, tuple[Any, str, str]] = {}
    for first in range(0, len(failing), REJECT_CHUNK):
        part = failing[first : first + REJECT_CHUNK]
        for i, row in zip(part, row_dicts(rows, part), strict=True):
            # a repeated key gets the row's position, so rejected rows stay distinct
            shown[i] = (
                row.get("source_id"),
                _key(row, key) + (f"#{i}" if repeated[i] else ""),
                _json(row),
            )
    rejected = [
        {
            "table_name": table,
            "source_id": shown[i][0],
            "key": shown[i][1],
            "rule": rule,
            "reason": reason,
            "row_json": shown[i][2],
        }
        for i, rule, reason in zip(
            failures["index"].tolist(),
            failures["rule"].tolist(),
            failures["reason"].tolist(),
            strict=True,
        )
    ]
    del shown
    frame = pd.concat(frames) if len(frames) > 1 else frames[0]
    ok = ~frame.index.isin(failures["index"])
    return Screened(keep_rows(rows, ok), rejected, frame.loc[ok])


def chunk_failures(table: str, model: type[Published], frame: pd.DataFrame) -> pd.DataFrame:
    """Schema and storage failures of some rows: columns index, rule, reason."""
    schema, storage = schema_failures(model, frame), storage_failures(table, frame)
    # a value pandera could not coerce is already reported: once is enough
    told = {
        (i, r.replace(":coerce_dtype", ":storable"))
        for i, r in zip(schema["index"].tolist(), schema["rule"].tolist(), strict=True)
    }
    storage = storage[
        [
            k not in told
            for k in zip(storage["index"].tolist(), storage["rule"].tolist(), strict=True)
        ]
    ]
    return pd.concat([schema, storage])


PRIMARY_KEY_RULE = "primary_key_unique"


def earlier_chunk_repeats(
    keys: pd.DataFrame, key: list[str], found: list[pd.DataFrame], model: type[Published]
) -> pd.DataFrame:
    """Rows whose key repeats one of an earlier chunk: the model's primary-key rule, over
    the whole table (each chunk's screening saw only its own repeats)."""
    later = keys.duplicated(key, keep="first").to_numpy()
    told = set()
    for part in found:
        told.update(part.loc[part["rule"] == PRIMARY_KEY_RULE, "index"].tolist())
    index = [i for i in np.flatnonzero(later).tolist() if i not in told]
    descriptions = {c.name: c.description or c.name for c in model.to_schema().checks}
    reason = descriptions.get(PRIMARY_KEY_RULE, PRIMARY_KEY_RULE)
    return pd.DataFrame(
        {"index": index, "rule": [PRIMARY_KEY_RULE] * len(index), "reason": [reason] * len(index)},
        columns=["index", "rule", "reason"],
    )


def slice_rows(rows: Rows, start: int, length: int) -> Rows:
    if isinstance(rows, pa.Table):
        return rows.slice(start, length)
    return rows[start : start + length]


def key_frame(rows: Rows, key: list[str]) -> pd.DataFrame:
    """The primary-key columns of all rows, for the whole-table repeat check."""
    if isinstance(rows, pa.Table):
        return plain(rows.select(key)).to_pandas()
    return _frame(rows, key)


def _key(row: dict[str, Any], key: list[str]) -> str:
    return ":".join(str(row.get(k)) for k in key)


def document_context(documents: Rows) -> pd.DataFrame:
    """Raw-text length and publication date of each accepted document, by source_id."""
    frame = frame_of("documents", documents)
    ok = (frame["status"] == Status.OK.value).to_numpy(dtype=bool)
    return pd.DataFrame(
        {
            DOC_LEN: text_lengths(documents, "raw_text")[ok],
            DOC_PUBLISHED: frame["published"].to_numpy(dtype=object)[ok],
        },
        index=pd.Index(frame["source_id"].to_numpy(dtype=object)[ok], name="source_id"),
    )


def unlink_mentions(mentions: Rows, published_ids: pd.Series) -> Rows:
    """Null the observation_id of mentions whose observation was not published."""
    if isinstance(mentions, pa.Table):
        i = mentions.schema.get_field_index("observation_id")
        ids = mentions.column(i)
        known = pa.array(published_ids, type=ids.type, from_pandas=True)
        keep = pc.or_kleene(pc.is_null(ids), pc.is_in(ids, value_set=known))
        if pc.all(keep).as_py() is not False:
            return mentions
        linked = pc.if_else(keep, ids, pa.scalar(None, ids.type))
        return mentions.set_column(i, mentions.schema.field(i), linked)
    published = set(published_ids.tolist())
    return [
        m
        if m.get("observation_id") is None or m["observation_id"] in published
        else {**m, "observation_id": None}
        for m in mentions
    ]


def with_surface(obs: pd.DataFrame, documents: Rows) -> pd.DataFrame:
    """Observations with ``surface``: the figure as written (its raw-text slice).

    Arrow documents are read SURFACE_DOCS raw texts at a time, so only those
    are Python strings at any moment.
    """
    obs = obs.copy()
    sources = obs["source_id"].tolist()
    starts, ends = obs["raw_start"].tolist(), obs["raw_end"].tolist()
    surface = [""] * len(sources)
    if isinstance(documents, pa.Table):
        position = {s: i for i, s in enumerate(documents.column("source_id").to_pylist())}
        wanted: dict[int, list[int]] = {}  # document position -> its observations
        for k, s in enumerate(sources):
            if s in position:
                wanted.setdefault(position[s], []).append(k)
        raw_column = documents.column("raw_text")
        for first in range(0, documents.num_rows, SURFACE_DOCS):
            if not any(p in wanted for p in range(first, first + SURFACE_DOCS)):
                continue
            texts = raw_column.slice(first, SURFACE_DOCS).to_pylist()
            for offset, text in enumerate(texts):
                for k in wanted.get(first + offset, ()):
                    surface[k] = (text or "")[starts[k] : ends[k]]
    else:
        raw = {d["source_id"]: d["raw_text"] or "" for d in documents}
        surface = [raw.get(s, "")[a:b] for s, a, b in zip(sources, starts, ends, strict=True)]
    obs["surface"] = surface
    obs["value"] = obs["value"].astype(float)
    return obs


# -- the stage ---------------------------------------------------------------


def validate(tables: dict[str, Rows]) -> Validated:
    """Screen the source tables, run the consistency rules, derive the views.

    A source table may be row dicts or an Arrow table (what the flow
    accumulates); it is screened without turning its rows into Python objects,
    and published rows stay in the kind they came in.
    """
    out: dict[str, Rows] = {}
    rejected: list[dict[str, Any]] = []
    # Arrow in (the flow): the checks, hundreds of thousands of rows at scale, stay Arrow
    as_arrow = isinstance(tables.get("observations"), pa.Table)

    docs = screen("documents", tables.get("documents", []), columns=[])
    context = document_context(docs.rows)
    # of the screened frames, only the observations' columns the rules read are kept
    observations = screen("observations", tables.get("observations", []), context, RULE_COLUMNS)
    mentions = screen("mentions", tables.get("mentions", []), context, [])
    rejected += docs.rejected + observations.rejected + mentions.rejected
    out["documents"], out["observations"] = docs.rows, observations.rows
    out["mentions"] = unlink_mentions(mentions.rows, observations.frame["observation_id"])
    del mentions, context  # the frames of the screening go as soon as they are done with

    # the rules and derived tables read these columns only (not evidence, rule, ...)
    obs = with_surface(observations.frame[RULE_COLUMNS], docs.rows)
    del observations, docs
    conflicts, agreement = derive.conflicts_and_agreement(obs)
    checks = pa.concat_tables([consistency_checks_table(obs), to_arrow("checks", agreement)])
    derived: dict[str, Rows] = {
        "checks": checks if as_arrow else checks.to_pylist(),
        "latest": derive.latest(obs),
        "legal_wide": derive.legal_wide(obs),
        "conflicts": conflicts,
    }
    del obs, conflicts, agreement, checks
    for name in DERIVED_TABLES:
        rows = derived.pop(name)
        # a derived row that breaks its schema is a bug here: report it, don't publish it
        screened = screen(name, sorted_rows(name, rows))
        del rows
        out[name] = screened.rows
        rejected += screened.rejected
    out["rejected"] = sorted_rows("rejected", rejected)
    return Validated(out, summarize(out))


def sorted_rows(table: str, rows: Rows) -> Rows:
    """Rows in the documented order of the table (tables.yaml ``sort``), nulls first."""
    keys = table_specs()[table].sort
    if isinstance(rows, pa.Table):
        order = pc.sort_indices(rows, sort_keys=[(k, "ascending", "at_start") for k in keys])
        return rows.take(order)

    def order(r: dict[str, Any]) -> tuple[tuple[bool, Any], ...]:
        return tuple((r[k] is not None, "" if r[k] is None else r[k]) for k in keys)

    return sorted(rows, key=order)


def failed_checks(checks: Rows) -> list[dict[str, Any]]:
    """The failed rows of a checks table (row dicts or Arrow) as dicts."""
    if isinstance(checks, pa.Table):
        return checks.filter(pc.equal(checks.column("status"), "fail")).to_pylist()
    return [c for c in checks if c["status"] == "fail"]


def summarize(tables: dict[str, Rows]) -> dict[str, int]:
    summary = {f"rows_{name}": len(rows) for name, rows in tables.items()}
    summary["checks_failed"] = len(failed_checks(tables["checks"]))
    return summary
