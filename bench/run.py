"""Every benchmark, each against its floor measured in the same run.

    bench/run              full scale; writes docs/PERFORMANCE.md
    bench/run --quick      small sizes, under a minute (CI); writes bench/results/quick.md
    bench/run --only search,cold_start   some of them; writes bench/results/partial.md
    bench/run --only sync_import --merge  some of them, their rows and sections replaced in
                           docs/PERFORMANCE.md, every other row kept (the header lists the runs)
    bench/run --merge-from FILE           no benchmark: FILE's rows merged the same way

Data is generated from nothing in a scratch directory (removed afterwards unless --keep).
Exit status: 1 when a benchmark crashed or a property did not hold (CI checks they run and are
right, not how fast; the row says which case, with its seed); a missed target or a capability
that does not exist yet is reported in the table, not as a failure.
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
if Path(sys.path[0]).resolve() == ROOT / "bench":  # run as a script: import `bench.*` as a
    sys.path[0] = str(ROOT)  # package, never bench/ modules as top-level ones
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import (  # noqa: E402, I001
    address_matching, counter, documents, log, manifest, receiving, roster, search, startup, sync,
)
from bench import perfdoc  # noqa: E402
from bench.harness import FULL, QUICK, Bench, NotYet, PropertyFailed, Row, Spec, sizes_with  # noqa: E402
from bench.report import FLOORS, findings, from_run, git_code, table  # noqa: E402

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
    parser.add_argument("--property-seed", type=int, metavar="N",
                        help="hypothesis's seed for the property rows (to run a failing case "
                             "again; random by default, and recorded in the row)")
    parser.add_argument("--merge", action="store_true",
                        help="put the rows this run measured (and their sections) into "
                             "docs/PERFORMANCE.md (or -o FILE) in place of the old ones, keeping "
                             "every other row")
    parser.add_argument("--merge-from", metavar="FILE",
                        help="run nothing: merge the rows of FILE (results written by bench/run) "
                             "into docs/PERFORMANCE.md (or -o FILE) the same way")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the results here instead")
    args = parser.parse_args(argv)
    if args.merge_from:
        if args.merge or args.only or args.quick:
            parser.error("--merge-from runs nothing: give it alone (with -o FILE at most)")
        target = Path(args.output) if args.output else ROOT / "docs" / "PERFORMANCE.md"
        return merge_into(target, _read(Path(args.merge_from)))
    if args.merge and args.quick and not args.output:
        parser.error("--merge puts full-scale rows into docs/PERFORMANCE.md; a quick run's "
                     "figures do not belong there (give -o FILE)")
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
    bench = Bench(quick=args.quick, sizes=sizes, workdir=workdir, reuse=args.reuse,
                  property_seed=args.property_seed)
    # this process too keeps its settings and default database inside the scratch directory
    os.environ.update({k: v for k, v in bench.env().items()
                       if k.startswith(("XDG_", "PICKUPPOINT"))})

    started, t0, load0 = dt.datetime.now().astimezone(), time.time(), os.getloadavg()[0]
    code = git_code()  # the code that runs (commits made meanwhile are not it)
    rows: dict[str, Row] = {}
    failed = False
    try:
        for key in RUN_ORDER:
            spec = by_key[key]
            row = Row(key=key, what=spec.what, scale=spec.scale(sizes), target=spec.target)
            rows[key] = row
            if only and key not in only:
                row.verdict = "not run"
                continue
            failed |= run_one(spec, bench, row, profile=args.profile == key)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)

    ordered = [rows[s.key] for s in SPECS if s.key in rows]
    if only:
        ordered = [r for r in ordered if r.verdict != "not run"]
    command = "bench/run" + "".join(f" {a}" for a in _without_output(argv))
    doc = from_run(ordered, bench.details, bench.detail_keys, command, args.quick, started,
                   time.time() - t0, (load0, os.getloadavg()[0]), code)
    if args.output:
        out = Path(args.output)
    elif args.merge or not (only or args.size or args.quick):
        out = ROOT / "docs" / "PERFORMANCE.md"
    elif args.quick:
        out = ROOT / "bench" / "results" / "quick.md"
    else:
        out = ROOT / "bench" / "results" / "partial.md"
    if args.merge:
        merge_into(out, doc)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(perfdoc.render(doc, FLOORS, findings()), encoding="utf-8")
    if out.parent == ROOT / "bench" / "results":  # machine-readable too, for comparing runs
        rows_json = json.dumps([asdict(r) for r in ordered], indent=1, ensure_ascii=False)
        out.with_suffix(".json").write_text(rows_json, encoding="utf-8")
    print("\n".join(table(ordered)))
    print(f"\nbench: results in {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}"
          f"{' (merged)' if args.merge else ''} ({(time.time() - t0):.0f} s)")
    return 1 if failed else 0


def _without_output(argv: list[str]) -> list[str]:
    out, skip = [], False
    for a in argv:
        if skip:
            skip = False
        elif a in ("-o", "--output"):
            skip = True
        elif not a.startswith(("-o", "--output=")):
            out.append(a)
    return out


def run_one(spec: Spec, bench: Bench, row: Row, profile: bool = False) -> bool:
    """Fill one row; True if the run must fail (a crash, or a property that did not hold)."""
    print(f"bench: {spec.key} ...", file=sys.stderr, flush=True)
    gc.collect()
    bench.current = spec.key
    failed = False
    t = time.time()
    try:
        if profile:
            _profiled(spec, bench, row)
        else:
            spec.fn(bench, row)
    except NotYet as exc:
        row.verdict, row.note = "not yet measurable", str(exc)
        row.project = row.floor = ""
        row.ratio = None
    except PropertyFailed as exc:
        failed = True
        row.verdict, row.note = "FAILED", str(exc)
    except Exception as exc:  # noqa: BLE001 - reported in the table, exit status 1
        traceback.print_exc()
        failed = True
        row.verdict, row.note = "crashed", f"{type(exc).__name__}: {exc}"[:300]
    row.seconds = time.time() - t
    bench.current = ""
    print(f"bench: {spec.key}: {row.verdict} {row.project} / {row.floor} "
          f"({row.seconds:.1f} s)", file=sys.stderr, flush=True)
    if row.verdict == "FAILED":
        print(f"bench: {spec.key}: {row.note}", file=sys.stderr, flush=True)
    return failed


def _read(path: Path) -> perfdoc.Doc:
    try:
        return perfdoc.parse(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SystemExit(f"bench: cannot merge {path}: {exc}") from None


def merge_into(target: Path, new: perfdoc.Doc) -> int:
    """Replace in `target` the rows (and sections) that `new` has, keeping every other."""
    old = _read(target) if target.exists() else perfdoc.Doc(title=new.title)
    if old.title != new.title:  # a quick run's figures in the real ones, or the other way round
        raise SystemExit(f"bench: cannot merge \"{new.title}\" into {target} (\"{old.title}\")")
    merged = perfdoc.merge(old, new, [s.key for s in SPECS], RUN_ORDER)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(perfdoc.render(merged, FLOORS, findings()), encoding="utf-8")
    print(f"bench: {', '.join(new.rows) or 'no rows'} merged into {target}", file=sys.stderr)
    return 0


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
