"""End-to-end refresh benchmark: N distinct sources, first run and unchanged rerun.

Builds a corpus of N unique files from the shipped sample in ``data/`` (each
copy keeps its encoding; the figures are varied deterministically so every
file's bytes differ), then runs the real ``partystats refresh`` as a
subprocess three times -- start-up included -- and reports, for each run, wall
time, sources per second and peak resident memory: the first run, an
unchanged rerun (nothing to publish: the current release holds these inputs)
and a ``--force`` rerun (every source from the cache, validated and published
again, which is what a rerun with a few changed sources costs).

Peak memory is ``ru_maxrss`` of RUSAGE_CHILDREN measured in a one-run wrapper
process: the largest single process of that run (the flow process, an API
server or a worker), not their sum.

    python benchmarks/refresh_scale.py --n 5000
    python benchmarks/refresh_scale.py --n 100000 --workdir /tmp/bench100k

Targets (2 cores): 5,000 sources at >= 200 sources/s end to end; an unchanged
rerun at most a third of the first run; 100,000 sources under 2 GB peak.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from partystats.decode import UndecodableError, decode_bytes

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data"
CLI = [sys.executable, "-m", "partystats.cli"]
# Figures only: a run of digits that is part of a date (2019年, 6月, 2024-03-19, 10:30)
# stays, or copies would carry dates after their publication and be rejected en masse.
DIGIT_RUN = re.compile(r"(?<![0-9\-/:])[0-9]+(?![0-9]|[年月日号\-/:])")
MIN_RUNS = 6  # a base file needs this many numbers to yield 10**6 distinct copies
PER_FOLDER = 1000


def _decode(path: Path) -> tuple[str, str] | None:
    """Text and codec of a sample file (the pipeline's own detection), so a copy can be
    written back the same way; None for files that are not text."""
    try:
        decoded = decode_bytes(path.read_bytes(), html=path.suffix.lower() in (".htm", ".html"))
    except UndecodableError:
        return None
    codec = {"utf-8": "utf-8-sig"}.get(decoded.encoding, decoded.encoding)
    text = decoded.text
    try:
        text.encode(codec)
    except (UnicodeEncodeError, LookupError):
        return None
    return text, codec


def _vary(text: str, k: int) -> str:
    """Copy k: the last digit of the i-th number is shifted by the i-th decimal digit of k."""
    counter = iter(range(10**9))

    def shift(m: re.Match[str]) -> str:
        i = next(counter)
        if i >= MIN_RUNS:
            return m.group(0)
        step = (k // 10**i) % 10
        s = m.group(0)
        return s[:-1] + str((int(s[-1]) + step) % 10)

    return DIGIT_RUN.sub(shift, text)


def build_corpus(n: int, dest: Path) -> int:
    """Write n distinct sources (and a sources.csv manifest) under dest."""
    manifest = {}
    with (SAMPLE / "sources.csv").open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        fields = list(reader.fieldnames or ["file"])
        for row in reader:
            manifest[row["file"]] = row
    bases = []
    for path in sorted(SAMPLE.iterdir()):
        if path.suffix.lower() not in (".txt", ".htm", ".html"):
            continue
        decoded = _decode(path)
        if decoded and len(DIGIT_RUN.findall(decoded[0])) >= MIN_RUNS:
            bases.append((path, *decoded))
    if not bases:
        raise SystemExit("no sample file has enough figures to vary")
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    rows = []
    for k in range(n):
        path, text, codec = bases[k % len(bases)]
        copy = k // len(bases)
        rel = f"{k // PER_FOLDER:03d}/{path.stem}_{copy:06d}{path.suffix}"
        out = dest / rel
        out.parent.mkdir(exist_ok=True)
        out.write_bytes(_vary(text, copy).encode(codec))
        row = dict(manifest.get(path.name, {}), file=rel)
        row["source_id"] = f"{row.get('source_id') or path.stem}_{copy:06d}"
        rows.append(row)
    for extra in ("file", "source_id"):
        if extra not in fields:
            fields.append(extra)
    with (dest / "sources.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return len(bases)


def measure(cmd: list[str]) -> dict[str, object]:
    """Run one refresh in a wrapper process that reports its children's peak RSS."""
    wrapper = (
        "import json, resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "wall = time.perf_counter() - t\n"
        "ru = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(json.dumps({'rc': p.returncode, 'wall_s': wall, 'maxrss_kb': ru.ru_maxrss,\n"
        "  'cpu_s': ru.ru_utime + ru.ru_stime, 'stdout': p.stdout, 'stderr': p.stderr[-3000:]}))\n"
    )
    done = subprocess.run([sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True)
    return json.loads(done.stdout)


def report(label: str, n: int, run: dict[str, object]) -> dict[str, object]:
    wall = float(run["wall_s"])  # type: ignore[arg-type]
    line = str(run["stdout"]).splitlines()[0] if run["stdout"] else ""
    out = {
        "run": label,
        "sources": n,
        "exit": run["rc"],
        "wall_s": round(wall, 2),
        "sources_per_s": round(n / wall, 1),
        "cpu_s": round(float(run["cpu_s"]), 1),  # type: ignore[arg-type]
        "peak_rss_mb": round(int(run["maxrss_kb"]) / 1024, 1),  # type: ignore[arg-type]
        "summary": line,
    }
    print(
        f"{label:>8}: {n} sources in {wall:.1f} s = {n / wall:.0f} sources/s, "
        f"cpu {out['cpu_s']} s, peak RSS {out['peak_rss_mb']} MB  | {line}",
        flush=True,
    )
    if run["rc"] != 0:
        print(str(run["stderr"]), file=sys.stderr)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000, help="number of sources (default 5000)")
    parser.add_argument(
        "--workdir", type=Path, default=None, help="default /tmp/partystats-bench-N"
    )
    parser.add_argument("--keep", action="store_true", help="keep the corpus and outputs")
    args = parser.parse_args()
    work = args.workdir or Path(f"/tmp/partystats-bench-{args.n}")
    corpus, outputs = work / "sources", work / "outputs"

    t = time.perf_counter()
    n_bases = build_corpus(args.n, corpus)
    print(
        f"corpus: {args.n} sources from {n_bases} sample files in {time.perf_counter() - t:.1f} s"
    )
    if outputs.exists():
        shutil.rmtree(outputs)
    cmd = [*CLI, "refresh", "--sources", str(corpus), "--outputs", str(outputs)]
    first = report("first", args.n, measure(cmd))
    # Unchanged: the current release already holds these inputs, nothing to publish.
    rerun = report("rerun", args.n, measure(cmd))
    # Unchanged but --force: every source from the cache, validated and published again
    # (what a rerun costs when a few sources changed, give or take their extraction).
    forced = report("forced", args.n, measure([*cmd, "--force"]))
    ratio = rerun["wall_s"] / first["wall_s"] if first["wall_s"] else float("nan")  # type: ignore[operator]
    forced_ratio = forced["wall_s"] / first["wall_s"] if first["wall_s"] else float("nan")  # type: ignore[operator]
    print(f"rerun / first = {ratio:.2f} (target <= 0.33); forced / first = {forced_ratio:.2f}")
    runs = {"first": first, "rerun": rerun, "forced": forced}
    print(json.dumps({"n": args.n, **runs, "rerun_ratio": round(ratio, 3)}))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if all(r["exit"] == 0 for r in runs.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
