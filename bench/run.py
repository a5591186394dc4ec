"""Every benchmark, each against its floor measured in the same run.

    bench/run              full scale; writes docs/PERFORMANCE.md
    bench/run --quick      small sizes, under a minute (CI); writes bench/results/quick.md
    bench/run --only search,cold_start   some of them; writes bench/results/partial.md

Data is generated from nothing in a scratch directory (removed afterwards unless --keep).
Exit status: 1 only when a benchmark crashed (CI checks they run, not how fast); a missed
target or a capability that does not exist yet is reported in the table, not as a failure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[0] = str(ROOT)  # import `bench.*` as a package, never bench/ modules as top-level ones
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import (  # noqa: E402, I001
    address_matching, counter, documents, log, manifest, receiving, roster, search, startup, sync,
)
from bench.harness import FULL, QUICK, Bench, NotYet, Row, Spec, sizes_with  # noqa: E402
from bench.report import markdown, table  # noqa: E402

# In the order of the table (the order).
SPECS: list[Spec] = [
    *counter.SPECS,  # handover, card
    *receiving.SPECS,  # receiving
    *search.SPECS,
    *roster.SPECS,  # import_csv, import_xlsx
    *manifest.SPECS,  # manifest_import
    *address_matching.SPECS,  # address_matching
    *sync.SPECS,  # sync_export, sync_import, sync_memory, sync_property
    *documents.SPECS,  # uncollected_pdf, uncollected_xlsx, uncollected_preview, labels
    *startup.SPECS,  # cold_start, memory
    *log.SPECS,  # rebuild, convergence
]
# The order they run in: read-only ones first, the one that writes to the big database last.
RUN_ORDER = ["search", "cold_start", "memory", "card", "import_csv", "import_xlsx",
             "manifest_import", "address_matching", "labels",
             "uncollected_pdf", "uncollected_xlsx", "uncollected_preview", "sync_export", "sync_import",
             "sync_memory", "sync_property",
             "rebuild", "convergence", "receiving", "handover"]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench/run", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes (CI)")
    parser.add_argument("--only", default="", help="comma-separated keys: " + ", ".join(RUN_ORDER))
    parser.add_argument("--size", action="append", default=[], metavar="NAME=N",
                        help="override one size (e.g. households=20000)")
    parser.add_argument("--keep", metavar="DIR", help="keep the generated data in DIR")
    parser.add_argument("--reuse", action="store_true",
                        help="with --keep: use the databases an earlier run left there "
                             "(same sizes and seed) instead of generating them again")
    parser.add_argument("--profile", metavar="KEY",
                        help="profile one benchmark in this process with cProfile: "
                             "bench/results/KEY.prof and the top functions on stderr")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the results here instead")
    args = parser.parse_args(argv)
    by_key = {s.key: s for s in SPECS}
    assert sorted(by_key) == sorted(RUN_ORDER), "every benchmark has its place in RUN_ORDER"
    only = [k for k in args.only.split(",") if k]
    unknown = [k for k in only if k not in by_key]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; known: {', '.join(RUN_ORDER)}")

    sizes = sizes_with(QUICK if args.quick else FULL, args.size)
    if args.keep:
        workdir = Path(args.keep).resolve()
        workdir.mkdir(parents=True, exist_ok=True)
    else:
        workdir = Path(tempfile.mkdtemp(prefix="pickuppoint-bench-"))
    if args.reuse and not args.keep:
        parser.error("--reuse needs --keep DIR")
    bench = Bench(quick=args.quick, sizes=sizes, workdir=workdir, reuse=args.reuse)
    # this process too keeps its settings and default database inside the scratch directory
    os.environ.update({k: v for k, v in bench.env().items()
                       if k.startswith(("XDG_", "PICKUPPOINT"))})

    started, t0, load0 = dt.datetime.now().astimezone(), time.time(), os.getloadavg()[0]
    rows: dict[str, Row] = {}
    crashed = False
    try:
        for key in RUN_ORDER:
            spec = by_key[key]
            row = Row(key=key, what=spec.what, scale=spec.scale(sizes), target=spec.target)
            rows[key] = row
            if only and key not in only:
                row.verdict = "not run"
                continue
            print(f"bench: {key} ...", file=sys.stderr, flush=True)
            gc.collect()
            t = time.time()
            try:
                if args.profile == key:
                    _profiled(spec, bench, row)
                else:
                    spec.fn(bench, row)
            except NotYet as exc:
                row.verdict, row.note = "not yet measurable", str(exc)
                row.project = row.floor = ""
                row.ratio = None
            except Exception as exc:  # noqa: BLE001 - reported in the table, exit status 1
                traceback.print_exc()
                crashed = True
                row.verdict, row.note = "crashed", f"{type(exc).__name__}: {exc}"[:300]
            row.seconds = time.time() - t
            print(f"bench: {key}: {row.verdict} {row.project} / {row.floor} "
                  f"({row.seconds:.1f} s)", file=sys.stderr, flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)

    ordered = [rows[s.key] for s in SPECS if s.key in rows]
    if only:
        ordered = [r for r in ordered if r.verdict != "not run"]
    command = "bench/run" + "".join(f" {a}" for a in argv if not a.startswith(("-o", "--output")))
    text = markdown(ordered, bench.details, command, args.quick, started, time.time() - t0,
                    (load0, os.getloadavg()[0]))
    if args.output:
        out = Path(args.output)
    elif only or args.size:
        out = ROOT / "bench" / "results" / "partial.md"
    elif args.quick:
        out = ROOT / "bench" / "results" / "quick.md"
    else:
        out = ROOT / "docs" / "PERFORMANCE.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    if out.parent == ROOT / "bench" / "results":  # machine-readable too, for comparing runs
        rows_json = json.dumps([asdict(r) for r in ordered], indent=1, ensure_ascii=False)
        out.with_suffix(".json").write_text(rows_json, encoding="utf-8")
    print("\n".join(table(ordered)))
    print(f"\nbench: results in {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}"
          f" ({(time.time() - t0):.0f} s)")
    return 1 if crashed else 0


def _profiled(spec: Spec, bench: Bench, row: Row) -> None:
    """cProfile around the benchmark, the program and its floor. Work done in subprocesses
    (`demo-data`, start-up, the GUI) is not seen."""
    import cProfile
    import pstats

    out = ROOT / "bench" / "results" / f"{spec.key}.prof"
    out.parent.mkdir(parents=True, exist_ok=True)
    profile = cProfile.Profile()
    try:
        profile.runcall(spec.fn, bench, row)
    finally:
        profile.dump_stats(out)
        stats = pstats.Stats(profile, stream=sys.stderr)
        stats.sort_stats("cumulative").print_stats(30)
        print(f"bench: profile in {out.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
