"""`partystats serve`: the refresh registered as a Prefect deployment with a cron schedule."""

from __future__ import annotations

from pathlib import Path

import pytest

from partystats.cli import DEFAULT_SOURCES, build_parser

pytestmark = pytest.mark.usefixtures("prefect_harness")


def test_deployment_carries_cron_timezone_and_folders(tmp_path: Path) -> None:
    from prefect import get_client

    from flows.serve import build_deployment

    deployment = build_deployment("0 6 * * *", "Asia/Shanghai", DEFAULT_SOURCES, tmp_path / "out")
    deployment_id = deployment.apply()  # what serve() registers, without blocking on runs

    with get_client(sync_client=True) as client:
        stored = client.read_deployment(deployment_id)
    assert stored.name == "scheduled"
    [schedule] = stored.schedules
    assert schedule.active
    assert schedule.schedule.cron == "0 6 * * *"
    assert schedule.schedule.timezone == "Asia/Shanghai"
    assert stored.parameters == {
        "sources": str(DEFAULT_SOURCES.resolve()),
        "outputs": str((tmp_path / "out").resolve()),
    }


def test_serve_command_line() -> None:
    args = build_parser().parse_args(
        ["serve", "--cron", "0 6 * * *", "--timezone", "Asia/Shanghai"]
    )
    assert (args.cron, args.timezone) == ("0 6 * * *", "Asia/Shanghai")
    assert args.func.__name__ == "cmd_serve"
