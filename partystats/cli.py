"""The ``partystats`` command line."""

from __future__ import annotations

import argparse
import atexit
import os
import signal
import sys
from pathlib import Path
from typing import NoReturn

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES = PROJECT_ROOT / "data"
DEFAULT_OUTPUTS = Path("outputs")


def quiet_prefect() -> None:
    """Embedded Prefect: no telemetry, no chatter. Must run before prefect is imported."""
    from flows.settings import configure_prefect

    configure_prefect()


def cmd_refresh(args: argparse.Namespace) -> int:
    quiet_prefect()
    sources = Path(args.sources).resolve()
    if not sources.is_dir():
        print(f"partystats: sources folder not found: {sources}", file=sys.stderr)
        return 2
    outputs = Path(args.outputs).resolve()
    if not (args.force or args.no_cache) and (current := up_to_date(sources, outputs)):
        print(
            f"unchanged: release {current} already holds these sources (same files, "
            f"manifest, code and catalog); nothing to publish (--force publishes anyway)"
        )
        return 0
    # Start-up in parallel: Prefect's API server and the worker pool start now,
    # while this process imports Prefect; we wait for the server only below.
    from flows.embedded import start_embedded_api, wait_embedded_api

    # SIGTERM (a timeout, a scheduler) exits through atexit, which stops the API
    # server and the worker pool instead of leaving them behind.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    start_embedded_api()
    if not args.dask_address and args.workers != 0:
        # The head start: batches the flow will need run while the server starts.
        from flows.batching import head_start
        from flows.pool import start_pool_in_background, workers_for

        workers, use_cache = workers_for(args.workers), not args.no_cache
        start_pool_in_background(
            args.workers, then=lambda: head_start(sources, outputs, workers, use_cache)
        )
    try:
        from flows.refresh import refresh_on, warm_up

        warm_up()
        wait_embedded_api()
        summary = refresh_on(
            sources,
            outputs,
            dask_address=args.dask_address,
            workers=args.workers,
            use_cache=not args.no_cache,
            force=args.force,
        )
    except Exception as exc:  # one line, not a traceback: nothing was published
        print(f"partystats: nothing published: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(
        f"sources read {summary.sources_read} ({summary.from_cache} unchanged, from cache), "
        f"rejected {summary.rejected}, "
        f"observations {summary.observations}, rows rejected {summary.rows_rejected}, "
        f"checks failed {len(summary.checks_failed)}"
    )
    print_failed_checks(summary.checks_failed)
    print(f"release {summary.release.release_id} at {outputs}")
    failed = summary.checks_failed or summary.release.checks.get("fail") or summary.rows_rejected
    return 3 if args.strict and failed else 0


def up_to_date(sources: Path, outputs: Path) -> str | None:
    """The current release's id when it was built from exactly these inputs.

    Checked before Prefect starts: an unchanged rerun (a daily schedule on a
    corpus that did not move) costs a hash of each file, not a pipeline run,
    and does not push an older, different release out of the kept ones."""
    from partystats.releases import current_release_id

    if current_release_id(outputs) is None:
        return None  # nothing published yet: no need to hash anything
    from partystats.cache import inputs_fingerprint, source_keys
    from partystats.ingest import discover_sources
    from partystats.publish import fresh_release

    specs, _ = discover_sources(sources)
    release = fresh_release(outputs, inputs_fingerprint(source_keys(specs)))
    return release.release_id if release else None


SHOWN_FAILED_CHECKS = 20  # the rest are in the checks table
SHOWN_CHECK_CHARS = 200


def print_failed_checks(lines: list[str]) -> None:
    for line in lines[:SHOWN_FAILED_CHECKS]:
        short = line if len(line) <= SHOWN_CHECK_CHARS else line[: SHOWN_CHECK_CHARS - 1] + "…"
        print(f"  check failed: {short}")
    if len(lines) > SHOWN_FAILED_CHECKS:
        print(
            f"  … and {len(lines) - SHOWN_FAILED_CHECKS} more: "
            "partystats query \"SELECT * FROM checks WHERE status = 'fail'\""
        )


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


def add_outputs_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--outputs", default=str(DEFAULT_OUTPUTS), help="outputs folder (default: outputs/)"
    )


def add_sources_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sources", default=str(DEFAULT_SOURCES), help="sources folder (default: shipped sample)"
    )


def add_release_commands(sub: argparse._SubParsersAction) -> None:
    from partystats.query import FORMATS

    q = sub.add_parser("query", help="run SQL on the current release (read-only DuckDB)")
    q.add_argument("sql", help='e.g. "SELECT metric, count(*) FROM observations GROUP BY 1"')
    add_outputs_option(q)
    q.add_argument("--format", choices=FORMATS, default="table", help="default: table")
    q.set_defaults(func=cmd_query)
    r = sub.add_parser("releases", help="list the kept releases, newest first, * marks current")
    add_outputs_option(r)
    r.set_defaults(func=cmd_releases)


# --- serve: the refresh as a scheduled Prefect deployment ----------------------


def cmd_serve(args: argparse.Namespace) -> int:
    from flows.embedded import configured_api_url, start_embedded_api, wait_embedded_api
    from flows.settings import configure_prefect

    # A schedule needs a Prefect server with its scheduler running: the one named by
    # PREFECT_API_URL, else a local one started here for as long as `serve` runs.
    own_server = not configured_api_url()
    configure_prefect(embedded_server=not own_server)
    sources = Path(args.sources).resolve()
    if not sources.is_dir():
        print(f"partystats: sources folder not found: {sources}", file=sys.stderr)
        return 2
    if own_server:
        server = start_embedded_api(ephemeral=False)
        print(
            f"partystats: no PREFECT_API_URL: serving with a local Prefect server at "
            f"{server.api_url if server else '?'} (stops with this command)",
            file=sys.stderr,
        )
    try:
        from flows.serve import build_deployment, serve_refresh

        wait_embedded_api()
        deployment = build_deployment(args.cron, args.timezone, sources, Path(args.outputs))
    except Exception as exc:
        print(f"partystats: cannot serve: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    serve_refresh(deployment)
    return 0


def add_serve_command(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("serve", help="run the refresh on a cron schedule (a Prefect deployment)")
    s.add_argument("--cron", required=True, help='cron expression, e.g. "0 6 * * *"')
    s.add_argument(
        "--timezone", default=None, help="IANA time zone of the cron, e.g. Asia/Shanghai"
    )
    add_sources_option(s)
    add_outputs_option(s)
    s.set_defaults(func=cmd_serve)


def cmd_check(args: argparse.Namespace) -> int:
    from partystats.review import NoRelease, revalidate

    try:
        result = revalidate(Path(args.outputs))
    except NoRelease as exc:
        print(f"partystats: {exc}", file=sys.stderr)
        return 1
    print(
        f"release {result.release_id}: {result.observations} observations re-validated, "
        f"{result.rejected_now} rows rejected now, {len(result.failed_checks)} checks failed"
    )
    print_failed_checks(result.failed_checks)
    for line in result.differences:
        print(f"  differs from the published release: {line}")
    return 0 if result.ok else 1


def cmd_report(args: argparse.Namespace) -> int:
    from partystats.review import NoRelease, review_report

    try:
        report = review_report(Path(args.outputs))
    except NoRelease as exc:
        print(f"partystats: {exc}", file=sys.stderr)
        return 1
    if args.out:
        Path(args.out).write_text(report + "\n", encoding="utf-8")
        print(f"review report written to {args.out}")
    else:
        print(report)
    return 0


def add_review_commands(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser(
        "check", help="re-validate the current release against the schemas and rules"
    )
    add_outputs_option(c)
    c.set_defaults(func=cmd_check)
    r = sub.add_parser("report", help="write a Markdown review report of the current release")
    add_outputs_option(r)
    r.add_argument("--out", default=None, help="file to write (default: print)")
    r.set_defaults(func=cmd_report)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="partystats", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("refresh", help="run the pipeline and publish a release")
    add_sources_option(p)
    add_outputs_option(p)
    p.add_argument(
        "--strict",
        action="store_true",
        help="exit non-zero when a check fails or a row is rejected",
    )
    p.add_argument(
        "--dask-address",
        default=None,
        metavar="tcp://HOST:PORT",
        help="run the batches on this existing Dask cluster (sources must be readable there)",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        help="local worker processes (default: one per core; 0: no processes)",
    )
    p.add_argument(
        "--no-cache",
        action="store_true",
        help="reprocess every source, ignoring and not updating outputs/.cache",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="publish a new release even when nothing changed since the current one",
    )
    p.set_defaults(func=cmd_refresh)
    add_release_commands(sub)
    add_review_commands(sub)
    add_serve_command(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


def run() -> NoReturn:
    """The console entry point: ``main()``, then leave without tearing the interpreter down.

    Tearing down costs ~0.7 s after a refresh (freeing pandas, pyarrow and Prefect in a
    process about to end). By then every file the run wrote is closed; the exit
    handlers (API server, worker pool, Prefect's own) still run, and output is flushed."""
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:  # `partystats query … | head`: the reader left, not an error here
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 1
    atexit._run_exitfuncs()  # what a normal exit runs first; os._exit skips it
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    run()
