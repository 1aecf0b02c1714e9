"""Reading a published release back: re-validate it, and write a review report.

``revalidate`` runs the validation stage again on the current release's source
tables (documents, observations, mentions) as read from its Parquet files and
compares the result with what was published, so a consumer can confirm that a
release still passes the schemas and rules of the code at hand.
``review_report`` renders what a reviewer should look at — failed checks,
conflicts between sources, rejected rows and documents — as Markdown.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from partystats.releases import current_release_id
from partystats.validate import validate

SOURCE_TABLES = ("documents", "observations", "mentions")


class NoRelease(Exception):
    """There is no published release in the outputs folder."""


def read_table(outputs: Path, table: str) -> list[dict[str, Any]]:
    path = outputs / "current" / f"{table}.parquet"
    if not path.exists():
        raise NoRelease(f"no published release in {outputs} (missing {path.name})")
    return pq.read_table(path).to_pylist()


@dataclass
class Revalidation:
    release_id: str
    observations: int
    rejected_now: int
    failed_checks: list[str]
    differences: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.differences and self.rejected_now == 0


def _failed(checks: list[dict[str, Any]]) -> list[str]:
    return sorted(
        f"{c['rule']} [{c.get('source_id') or 'all sources'}]: {c['message']}"
        for c in checks
        if c["status"] == "fail"
    )


def revalidate(outputs: Path) -> Revalidation:
    release_id = current_release_id(outputs)
    if release_id is None:
        raise NoRelease(f"no published release in {outputs}")
    published = {t: read_table(outputs, t) for t in (*SOURCE_TABLES, "checks")}
    again = validate({t: published[t] for t in SOURCE_TABLES}).tables
    differences = []
    kept = {o["observation_id"] for o in again["observations"]}
    lost = [
        o["observation_id"] for o in published["observations"] if o["observation_id"] not in kept
    ]
    if lost:
        differences.append(f"{len(lost)} published observations no longer pass the schema")
    if _failed(again["checks"]) != _failed(published["checks"]):
        differences.append("the consistency checks now give other results than the published ones")
    return Revalidation(
        release_id=release_id,
        observations=len(published["observations"]),
        rejected_now=len(again["rejected"]),
        failed_checks=_failed(again["checks"]),
        differences=differences,
    )


def _table(rows: list[dict[str, Any]], columns: list[str], limit: int = 50) -> list[str]:
    if not rows:
        return ["(none)", ""]
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows[:limit]:
        cells = [
            str(row.get(c) if row.get(c) is not None else "").replace("|", "\\|") for c in columns
        ]
        lines.append("| " + " | ".join(cells) + " |")
    if len(rows) > limit:
        lines.append(f"| … {len(rows) - limit} more |" + " |" * (len(columns) - 1))
    return [*lines, ""]


def review_report(outputs: Path) -> str:
    """A Markdown report of what in the current release needs a reviewer's eye."""
    release_id = current_release_id(outputs)
    if release_id is None:
        raise NoRelease(f"no published release in {outputs}")
    docs = read_table(outputs, "documents")
    obs = read_table(outputs, "observations")
    checks = read_table(outputs, "checks")
    failed = [c for c in checks if c["status"] == "fail"]
    conflicts = read_table(outputs, "conflicts")
    rejected = read_table(outputs, "rejected")
    rejected_docs = [d for d in docs if d["status"] != "ok"]
    notes = Counter(
        (m.get("note") or "").split(":")[0]
        for m in read_table(outputs, "mentions")
        if m["observation_id"] is None and m["kind"] in ("count", "percent")
    )
    lines = [
        f"# partystats review — release {release_id}",
        "",
        f"- sources: {len(docs)} ({len(rejected_docs)} rejected)",
        f"- observations: {len(obs)}",
        f"- checks: {len(checks)} ({len(failed)} failed)",
        f"- conflicts between sources: {len(conflicts)}",
        f"- rows rejected by the schemas: {len(rejected)}",
        "",
        "## Failed checks",
        "",
        *_table(failed, ["rule", "source_id", "jurisdiction", "sector", "as_of", "message"]),
        "## Conflicts between sources",
        "",
        *_table(conflicts, ["jurisdiction", "sector", "metric", "as_of", "values"]),
        "## Rows rejected by the schemas",
        "",
        *_table(rejected, ["table_name", "source_id", "key", "rule", "reason"]),
        "## Rejected sources",
        "",
        *_table(rejected_docs, ["source_id", "file", "status_reason"]),
        "## Counts and percents not published, by reason",
        "",
        *_table(
            [{"reason": k or "(none)", "mentions": v} for k, v in notes.most_common()],
            ["reason", "mentions"],
        ),
    ]
    return "\n".join(lines)
