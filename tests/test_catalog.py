"""The catalog file: read as a whole, with clear errors for a file that contradicts itself."""

from __future__ import annotations

from importlib.resources import files

import pytest
import yaml

from partystats.catalog import load_catalog, parse_catalog


def _shipped() -> dict:
    return yaml.safe_load(files("schemas").joinpath("catalog.yaml").read_text(encoding="utf-8"))


def test_the_shipped_catalog_reads() -> None:
    assert load_catalog().terms["律师事务所"].metric == "firms"


def test_a_term_listed_twice_is_an_error_not_a_silent_override() -> None:
    raw = _shipped()
    raw["terms"].append(dict(raw["terms"][0], metric="practitioners"))
    with pytest.raises(ValueError, match="more than once.*律师事务所"):
        parse_catalog(yaml.safe_dump(raw, allow_unicode=True))
