"""Shared fixtures. Prefect's settings are read when it is first imported, so the
quiet, embedded defaults are applied here, before any test module imports it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from flows.settings import configure_prefect

configure_prefect()


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect API server and database for the whole session
    (its start-up is the main cost of the flow tests)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
