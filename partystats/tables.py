"""Column specs of the published tables, read once from ``schemas/tables.yaml``.

Every consumer of column names, order, types or descriptions (pandera models,
Parquet metadata, DuckDB comments, datapackage.json) goes through here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import cache
from importlib.resources import files
from typing import Any

import pyarrow as pa
import yaml

ARROW_TYPES: dict[str, pa.DataType] = {
    "string": pa.string(),
    "int64": pa.int64(),
    "float64": pa.float64(),
    "date": pa.date32(),
    "bool": pa.bool_(),
}


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    type: str
    description: str
    unit: str | None = None


@dataclass(frozen=True)
class TableSpec:
    name: str
    description: str
    primary_key: tuple[str, ...]
    sort: tuple[str, ...]
    columns: tuple[ColumnSpec, ...]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def arrow_schema(self) -> pa.Schema:
        fields = [
            pa.field(c.name, ARROW_TYPES[c.type], metadata={"description": c.description})
            for c in self.columns
        ]
        return pa.schema(fields, metadata={"description": self.description})


@cache
def table_specs() -> dict[str, TableSpec]:
    raw = yaml.safe_load(files("schemas").joinpath("tables.yaml").read_text(encoding="utf-8"))
    specs = {}
    for name, body in raw.items():
        cols = tuple(
            ColumnSpec(col, attrs["type"], attrs["description"], attrs.get("unit"))
            for col, attrs in body["columns"].items()
        )
        specs[name] = TableSpec(
            name, body["description"], tuple(body["primary_key"]), tuple(body["sort"]), cols
        )
    return specs


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    return value


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def to_record(obj: Any) -> dict[str, Any]:
    """A dataclass instance as a flat dict of plain values (enums -> their string).

    Not ``dataclasses.asdict``: that deep-copies every value and was a third of a
    batch's CPU time; the records' fields are scalars. The instance's own dict holds
    them in field order (dataclasses without slots), read in one pass."""
    values = getattr(obj, "__dict__", None)
    if values is None:  # a slotted dataclass
        return {name: _plain(getattr(obj, name)) for name in _field_names(type(obj))}
    return {k: v.value if isinstance(v, Enum) else v for k, v in values.items()}


def to_arrow(table: str, records: list[dict[str, Any]]) -> pa.Table:
    """Records (dicts) as an Arrow table with the published column order and types."""
    spec = table_specs()[table]
    columns = {c.name: [r.get(c.name) for r in records] for c in spec.columns}
    return pa.Table.from_pydict(columns, schema=spec.arrow_schema())


def plain(table: pa.Table) -> pa.Table:
    """``table`` with dictionary-encoded columns decoded to their value type.

    The flow holds repetitive text columns dictionary-encoded (see
    ``pipeline.COMPACT_COLUMNS``); whatever needs plain values (pandas, sorting,
    writing) decodes them a chunk at a time through this."""
    for i, f in enumerate(table.schema):
        if pa.types.is_dictionary(f.type):
            value_type = f.type.value_type
            table = table.set_column(i, f.with_type(value_type), table.column(i).cast(value_type))
    return table


# A table's rows as the stages accept them: row dicts, or an Arrow table (the
# flow accumulates Arrow: a few bytes per value instead of a dict per row).
Rows = list[dict[str, Any]] | pa.Table


def as_arrow(table: str, rows: Rows) -> pa.Table:
    """Rows of a published table as Arrow with its published columns, order and types."""
    if not isinstance(rows, pa.Table):
        return to_arrow(table, rows)
    schema = table_specs()[table].arrow_schema()
    rows = rows.select(schema.names)
    if not rows.schema.equals(schema, check_metadata=False):
        rows = rows.cast(schema)
    return rows


__all__ = [
    "ColumnSpec",
    "Rows",
    "TableSpec",
    "as_arrow",
    "table_specs",
    "to_record",
    "to_arrow",
    "date",
]
