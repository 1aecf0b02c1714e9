"""The ``partystats`` command line."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES = PROJECT_ROOT / "data"
DEFAULT_OUTPUTS = Path("outputs")


def quiet_prefect() -> None:
    """Embedded Prefect: no telemetry, no chatter. Must run before prefect is imported."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_LOGGING_TO_API_ENABLED", "false")


def cmd_refresh(args: argparse.Namespace) -> int:
    quiet_prefect()
    from flows.refresh import refresh

    sources = Path(args.sources).resolve()
    if not sources.is_dir():
        print(f"partystats: sources folder not found: {sources}", file=sys.stderr)
        return 2
    outputs = Path(args.outputs).resolve()
    try:
        summary = refresh(sources, outputs)
    except Exception as exc:  # one line, not a traceback: nothing was published
        print(f"partystats: nothing published: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(
        f"sources read {summary.sources_read}, rejected {summary.rejected}, "
        f"observations {summary.observations}, rows rejected {summary.rows_rejected}, "
        f"checks failed {len(summary.checks_failed)}"
    )
    for line in summary.checks_failed:
        print(f"  check failed: {line}")
    print(f"release {summary.release.release_id} at {outputs}")
    failed = summary.checks_failed or summary.rows_rejected
    return 3 if args.strict and failed else 0


# --- query and releases: read the published release ---------------------------


def cmd_query(args: argparse.Namespace) -> int:
    from partystats.query import QueryError, query

    try:
        query(Path(args.outputs), args.sql, args.format, sys.stdout)
    except QueryError as exc:
        print(f"partystats: {exc}", file=sys.stderr)
        return 1
    return 0


def cmd_releases(args: argparse.Namespace) -> int:
    from partystats.query import write_table
    from partystats.releases import release_rows

    columns, rows = release_rows(Path(args.outputs))
    if not rows:
        print(f"partystats: no releases in {Path(args.outputs).resolve()}", file=sys.stderr)
        return 1
    write_table(columns, iter(rows), sys.stdout)
    return 0


def add_release_commands(sub: argparse._SubParsersAction) -> None:
    from partystats.query import FORMATS

    outputs_help = "outputs folder (default: outputs/)"
    q = sub.add_parser("query", help="run SQL on the current release (read-only DuckDB)")
    q.add_argument("sql", help='e.g. "SELECT metric, count(*) FROM observations GROUP BY 1"')
    q.add_argument("--outputs", default=str(DEFAULT_OUTPUTS), help=outputs_help)
    q.add_argument("--format", choices=FORMATS, default="table", help="default: table")
    q.set_defaults(func=cmd_query)
    r = sub.add_parser("releases", help="list the kept releases, newest first, * marks current")
    r.add_argument("--outputs", default=str(DEFAULT_OUTPUTS), help=outputs_help)
    r.set_defaults(func=cmd_releases)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="partystats", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("refresh", help="run the pipeline and publish a release")
    p.add_argument("--sources", default=str(DEFAULT_SOURCES), help="sources folder (default: shipped sample)")
    p.add_argument("--outputs", default=str(DEFAULT_OUTPUTS), help="outputs folder (default: outputs/)")
    p.add_argument("--strict", action="store_true", help="exit non-zero when a check fails or a row is rejected")
    p.set_defaults(func=cmd_refresh)
    add_release_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
