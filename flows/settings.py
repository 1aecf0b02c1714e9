"""Prefect settings for running embedded: one place, applied before Prefect is imported.

Prefect reads its settings from the environment when it is first imported, so
``configure_prefect()`` must run before any ``import prefect``. Every value is
a default (``setdefault``): a user's own ``PREFECT_*`` variables win.

Why each group is here (measured on the 2-core target machine):
- telemetry and log chatter off (CONTRACT: no network, quiet runs);
- the embedded API server runs no UI and none of the event services that a
  one-shot run never reads (task-run recorder, event persister, triggers,
  event stream-out): together they cost ~2.5 s of its ~11 s start.
"""

from __future__ import annotations

import os

QUIET: dict[str, str] = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_TO_API_ENABLED": "false",
    "PREFECT_CLI_COLORS": "false",
}

# Only read by an API server that this process starts itself (see flows/embedded.py);
# a server named by PREFECT_API_URL keeps its own configuration.
EMBEDDED_SERVER: dict[str, str] = {
    "PREFECT_UI_ENABLED": "false",
    "PREFECT_SERVER_UI_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_EVENT_LOGGER_ENABLED": "false",
    "PREFECT_API_EVENTS_STREAM_OUT_ENABLED": "false",
    "PREFECT_SERVER_LOGS_STREAM_OUT_ENABLED": "false",
}


def configure_prefect(embedded_server: bool = True) -> None:
    """Set the quiet, embedded defaults. Call before the first ``import prefect``."""
    for key, value in QUIET.items():
        os.environ.setdefault(key, value)
    if embedded_server:
        for key, value in EMBEDDED_SERVER.items():
            os.environ.setdefault(key, value)
