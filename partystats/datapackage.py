"""The Frictionless Data Package (``datapackage.json``) describing a release.

Everything here is derived: column names, order, types, descriptions and
primary keys come from ``schemas/tables.yaml`` (via :func:`table_specs`),
units from tables.yaml or, for columns named after a metric, from the metric
catalog. Nothing about a column is written down twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from partystats.catalog import load_catalog
from partystats.tables import ColumnSpec, TableSpec, table_specs

PACKAGE_NAME = "partystats"
PACKAGE_TITLE = "Party-building figures in China's legal profession and other non-public sectors"
# The data (figures, offsets, provenance) is released under CC BY 4.0; the
# quoted press texts in documents.raw_text/clean_text stay their publishers'.
DATA_LICENSE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0 International",
}
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"

# tables.yaml types -> Table Schema types
FIELD_TYPES = {
    "string": "string",
    "int64": "integer",
    "float64": "number",
    "date": "date",
    "bool": "boolean",
}


def catalog_version() -> int:
    return load_catalog().version


def catalog_fingerprint() -> str:
    return load_catalog().fingerprint


def column_unit(column: ColumnSpec) -> str | None:
    """tables.yaml's unit, else the catalog unit of a column named after a metric."""
    if column.unit:
        return column.unit
    metric = load_catalog().metrics.get(column.name)
    return metric.get("unit") if metric else None


def field_descriptor(column: ColumnSpec) -> dict[str, Any]:
    field: dict[str, Any] = {
        "name": column.name,
        "type": FIELD_TYPES[column.type],
        "description": column.description,
    }
    unit = column_unit(column)
    if unit:
        field["unit"] = unit
    return field


def resource_descriptor(spec: TableSpec, path: str, sha256: str, rows: int) -> dict[str, Any]:
    return {
        "name": spec.name,
        "path": path,
        "profile": "tabular-data-resource",
        "format": "parquet",
        "mediatype": PARQUET_MEDIATYPE,
        "description": spec.description,
        "hash": f"sha256:{sha256}",
        "rows": rows,
        "schema": {
            "fields": [field_descriptor(c) for c in spec.columns],
            "primaryKey": list(spec.primary_key),
        },
    }


def source_descriptors(documents: Iterable[Mapping[str, Any]]) -> list[dict[str, str]]:
    """One ``sources`` entry per distinct URL, titled by the source ids that use it."""
    by_url: dict[str, list[str]] = {}
    for doc in documents:
        url = doc.get("url")
        if url:
            by_url.setdefault(url, []).append(str(doc.get("source_id")))
    return [{"title": ", ".join(sorted(ids)), "path": url} for url, ids in sorted(by_url.items())]


def build_datapackage(
    release_id: str,
    created: str,
    files_info: Mapping[str, Mapping[str, Any]],
    sources: list[dict[str, str]],
    path_prefix: str = "",
) -> dict[str, Any]:
    """The package of one release.

    ``files_info`` maps table -> {"file", "sha256", "rows"}; ``path_prefix`` is
    prepended to each file name, so the same release can be described from its
    own folder ("") or from the outputs folder ("releases/<id>/").
    """
    specs = table_specs()
    return {
        "profile": "tabular-data-package",
        "name": PACKAGE_NAME,
        "title": PACKAGE_TITLE,
        "description": (
            "Figures on Party building in China's legal profession and other non-public "
            "sectors, read from press texts, with the exact character span each figure "
            "was read from. One resource per published table."
        ),
        "release_id": release_id,
        "created": created,
        "catalog_version": catalog_version(),
        "licenses": [DATA_LICENSE],
        "sources": sources,
        "resources": [
            resource_descriptor(
                specs[name],
                path_prefix + info["file"],
                info["sha256"],
                info["rows"],
            )
            for name, info in files_info.items()
        ],
    }
