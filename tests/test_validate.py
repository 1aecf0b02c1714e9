"""Schema screening: pandera models, rejected rows, and the validate stage as a whole."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pandera.pandas as pa
import pytest
from pandera.errors import SchemaErrors
from validate_fixtures import doc, frame, obs, seed

from partystats.checks import (
    COVERAGE_MATCHES_COUNTS,
    COVERED_LE_FIRMS,
    MEMBERS_LE_PRACTITIONERS,
    PARTS_SUM_TO_TOTAL,
    SHARE_MATCHES_COUNTS,
)
from partystats.tables import table_specs, to_arrow
from partystats.validate import TableSchemaError, schema_failures, validate
from schemas.models import MODELS, Observations, ObservationsInDocs

PANDERA_TYPES = {
    "string": "string[pyarrow]",
    "int64": "int64",
    "float64": "float64",
    "date": "date",
}


def run(observations, documents=None, mentions=None):
    documents = documents if documents is not None else [doc()]
    tables = {"documents": documents, "observations": observations, "mentions": mentions or []}
    return validate(tables).tables


def rejected(tables):
    return [
        (r["table_name"], r["source_id"], r["key"], r["rule"], r["reason"])
        for r in tables["rejected"]
    ]


# -- the models --------------------------------------------------------------


@pytest.mark.parametrize("table", list(table_specs()))
def test_model_mirrors_tables_yaml(table):
    schema = MODELS[table].to_schema()
    spec = table_specs()[table]
    assert list(schema.columns) == spec.names
    assert {c: str(schema.columns[c].dtype) for c in spec.names} == {
        c.name: PANDERA_TYPES[c.type] for c in spec.columns
    }


def test_lazy_validation_reports_every_problem_at_once():
    broken = frame(
        [
            {**obs("firms", 1058), "metric": "lawyers"},  # not in the catalog
            obs("coverage_rate", 170),  # percent above 100
            obs("firms", 10.5, raw_start=5, raw_end=5),  # fractional count, empty span
            obs("firms", 99, qualifier="roughly"),  # unknown qualifier
        ]
    )
    with pytest.raises(SchemaErrors) as err:
        Observations.validate(broken, lazy=True)
    cases = err.value.failure_cases
    found = {(c.split("(")[0], i) for c, i in zip(cases["check"], cases["index"], strict=True)}
    assert {
        ("isin", 0),
        ("percent_in_range", 1),
        ("count_is_whole_non_negative", 2),
        ("span_not_empty", 2),
        ("isin", 3),
    } <= found


def test_in_docs_model_checks_offsets_and_dates_against_the_document():
    df = frame([obs("firms", 1058, raw_end=500), obs("firms", 12599, as_of=date(2019, 1, 1))])
    df["doc_raw_len"] = 90.0
    df["doc_published"] = date(2018, 3, 1)
    with pytest.raises(SchemaErrors) as err:
        ObservationsInDocs.validate(df, lazy=True)
    checks = set(
        zip(err.value.failure_cases["check"], err.value.failure_cases["index"], strict=True)
    )
    assert {("offsets_in_raw_text", 0), ("as_of_not_after_published", 1)} <= checks


def test_models_accept_the_seed():
    Observations.validate(frame(seed()), lazy=True)
    assert isinstance(MODELS["observations"].to_schema(), pa.DataFrameSchema)


# -- validate: rejected rows ---------------------------------------------------------


def test_bad_rows_are_rejected_one_row_per_failed_check_and_the_rest_published():
    bad = [
        obs("firms", 1058, observation_id="bogus") | {"metric": "lawyers"},
        obs("coverage_rate", 170, observation_id="pct", surface="70"),
        obs("firms", 10.5, observation_id="frac", raw_start=5, raw_end=5),
        obs("firms", 1058, observation_id="far", raw_end=500),
        obs("firms", 1058, observation_id="late", as_of=date(2019, 1, 1)),
        obs("firms", 1058, observation_id="low", value_low=2000.0),
        obs("firms", 1058, observation_id="orphan", source_id="zz"),
        obs("firms", 1058, observation_id="nosector", sector=None),
        obs("firms", 1058, observation_id="text") | {"value": "abc"},  # cannot be a number
    ]
    tables = run(seed() + bad)
    assert [o["observation_id"] for o in tables["observations"]] == [
        o["observation_id"] for o in seed()
    ]
    o = "observations"
    assert rejected(tables) == [
        (o, "a", "bogus", "metric:isin", "metric 'lawyers' is not an allowed value"),
        (
            o,
            "a",
            "far",
            "offsets_in_raw_text",
            "raw_end <= doc_raw_len, the length of the document's raw_text. "
            "(raw_end=500, doc_raw_len=90.0)",
        ),
        (
            o,
            "a",
            "frac",
            "count_is_whole_non_negative",
            "A count value is a whole number >= 0. (value=10.5)",
        ),
        (o, "a", "frac", "span_not_empty", "raw_start < raw_end. (raw_start=5, raw_end=5)"),
        (
            o,
            "a",
            "late",
            "as_of_not_after_published",
            "as_of is not after doc_published, the document's publication date. "
            "(as_of=2019-01-01, doc_published=2018-03-01)",
        ),
        (
            o,
            "a",
            "low",
            "value_within_bounds",
            "value_low <= value <= value_high where the bounds are set. "
            "(value=1058.0, value_low=2000.0, value_high=1058.0)",
        ),
        (o, "a", "nosector", "sector:not_nullable", "sector is missing"),
        (o, "a", "pct", "percent_in_range", "A percent value lies within 0-100. (value=170.0)"),
        (o, "a", "text", "value:coerce_dtype", "value 'abc' cannot be read as 'float64'"),
        (
            o,
            "zz",
            "orphan",
            "source_in_documents",
            "source_id is an accepted document. (source_id='zz')",
        ),
    ]
    row = json.loads(tables["rejected"][0]["row_json"])
    assert row["observation_id"] == "bogus" and row["as_of"] == "2017-12-31"


def test_duplicate_ids_keep_the_first_and_reject_the_rest():
    first, again = obs("firms", 1058), obs("firms", 1060, surface="1058")
    tables = run([first, again])
    assert [o["value"] for o in tables["observations"]] == [1058.0]
    assert rejected(tables) == [
        (
            "observations",
            "a",
            "a-firms-9#1",
            "primary_key_unique",
            "The primary key of tables.yaml is unique: later duplicates are rejected.",
        ),
    ]


def test_rejected_document_takes_its_figures_with_it():
    tables = run([obs("firms", 1058)], documents=[doc(sha256="not-a-hash")])
    assert tables["documents"] == [] and tables["observations"] == []
    assert [(r[0], r[3]) for r in rejected(tables)] == [
        ("documents", "sha256:str_matches"),
        ("observations", "source_in_documents"),
    ]


def test_mentions_of_rejected_observations_lose_their_link():
    good, bad = obs("firms", 1058), obs("coverage_rate", 170, surface="70")
    mentions = [
        {
            "source_id": "a",
            "raw_start": o["raw_start"],
            "raw_end": o["raw_end"],
            "surface": "x",
            "value": o["value"],
            "kind": "count",
            "observation_id": o["observation_id"],
            "note": None,
        }
        for o in (good, bad)
    ]
    mentions.append({**mentions[0], "raw_start": 0, "raw_end": 99, "kind": "year"})  # past the text
    tables = run([good, bad], mentions=mentions)
    assert [(m["raw_start"], m["observation_id"]) for m in tables["mentions"]] == [
        (good["raw_start"], good["observation_id"]),
        (bad["raw_start"], None),
    ]
    assert ("mentions", "a", "a:0:99", "offsets_in_raw_text") in [r[:4] for r in rejected(tables)]


# -- validate: the whole stage ---------------------------------------------------


def test_validate_publishes_all_eight_tables_with_their_columns():
    tables = run(seed() + [obs("firms", 1060, source_id="b")], documents=[doc(), doc("b")])
    assert set(tables) == set(table_specs())
    for name, rows in tables.items():
        assert all(list(r) == table_specs()[name].names for r in rows), name
        to_arrow(name, rows)  # publishable as typed Arrow
        MODELS[name].validate(pd.DataFrame(rows, columns=table_specs()[name].names), lazy=True)
    assert len(tables["conflicts"]) == 1 and len(tables["legal_wide"]) == 1


def test_seed_checks_as_published():
    tables = run(seed())
    got = [(c["rule"], c["status"]) for c in tables["checks"]]
    assert got == [  # in the documented order: by rule
        (COVERAGE_MATCHES_COUNTS, "pass"),
        (COVERED_LE_FIRMS, "pass"),
        (MEMBERS_LE_PRACTITIONERS, "pass"),
        (PARTS_SUM_TO_TOTAL, "pass"),
        (SHARE_MATCHES_COUNTS, "fail"),  # 33 % of 12599 is not 4079
    ]
    assert tables["rejected"] == []


def test_failed_checks_do_not_stop_publishing():
    tables = run([obs("party_members", 14079, surface="4079"), obs("practitioners", 12599)])
    assert [c["status"] for c in tables["checks"]] == ["fail"]
    assert len(tables["observations"]) == 2


def test_empty_run():
    tables = validate({"documents": [], "observations": [], "mentions": []}).tables
    assert all(rows == [] for rows in tables.values())


def test_values_parquet_cannot_store_are_rejected_though_pandera_coerces_them():
    rows = [
        obs("firms", 1058, observation_id="as-text", as_of="2017-12-31"),
        obs("firms", 1058, observation_id="num-text") | {"value": "1058"},
    ]
    tables = run(seed() + rows)
    assert rejected(tables) == [
        (
            "observations",
            "a",
            "as-text",
            "as_of:storable",
            "as_of '2017-12-31' cannot be stored as date",
        ),
        (
            "observations",
            "a",
            "num-text",
            "value:storable",
            "value '1058' cannot be stored as float64",
        ),
    ]
    for name, published in tables.items():
        to_arrow(name, published)


def test_table_level_schema_problems_raise():
    df = frame(seed()).drop(columns=["metric"])
    with pytest.raises(TableSchemaError, match="metric"):
        schema_failures(Observations, df)


@pytest.mark.parametrize("arrow", [False, True])
def test_screening_in_chunks_gives_what_one_chunk_gives(monkeypatch, arrow):
    import partystats.validate as validate_module

    rows = seed() + [
        obs("firms", 1060, surface="1058"),  # repeats the seed's key: rejected
        obs("coverage_rate", 170, observation_id="pct", surface="70"),
        obs("firms", 1058, observation_id="late", as_of=date(2019, 1, 1)),
        obs("firms", 1062, surface="1058"),  # the same key a third time
    ]
    rows = rows[-2:] + rows[:-2]  # repeats on both sides of chunk borders

    def tables():
        obs_rows = to_arrow("observations", rows) if arrow else rows
        docs = to_arrow("documents", [doc()]) if arrow else [doc()]
        out = validate({"documents": docs, "observations": obs_rows, "mentions": []}).tables
        return (
            [
                o["observation_id"]
                for o in (out["observations"].to_pylist() if arrow else out["observations"])
            ],
            rejected(out),
        )

    whole = tables()
    monkeypatch.setattr(validate_module, "SCREEN_CHUNK", 2)
    assert tables() == whole
    assert any(r[3] == "primary_key_unique" for r in whole[1])
