"""Serve the refresh flow as a Prefect deployment on a cron schedule.

The standard Prefect way: ``refresh.to_deployment`` with a ``Cron`` schedule,
served by ``prefect.serve`` (a Runner that polls the API for scheduled runs
and executes each in a subprocess). The schedule itself is kept and fired by
the Prefect server's scheduler service: with ``PREFECT_API_URL`` set, that
server is used; without it, the CLI starts a local one (see cli.cmd_serve).
"""

from __future__ import annotations

from pathlib import Path

from prefect import serve
from prefect.deployments.runner import RunnerDeployment
from prefect.schedules import Cron

from flows.refresh import refresh

DEPLOYMENT_NAME = "scheduled"


def build_deployment(
    cron: str,
    timezone: str | None,
    sources: Path,
    outputs: Path,
    name: str = DEPLOYMENT_NAME,
) -> RunnerDeployment:
    """The refresh deployment: one cron schedule, absolute folder parameters."""
    parameters: dict[str, object] = {
        "sources": str(Path(sources).resolve()),
        "outputs": str(Path(outputs).resolve()),
    }
    return refresh.to_deployment(
        name=name,
        schedules=[Cron(cron, timezone=timezone)],
        parameters=parameters,
        description="Refresh the partystats dataset on a schedule.",
        tags=["partystats"],
    )


def serve_refresh(deployment: RunnerDeployment) -> None:
    """Register the deployment and run its scheduled refreshes until interrupted.

    One refresh at a time (limit=1): two would race to publish the same outputs.
    """
    serve(deployment, limit=1, print_starting_message=True)
