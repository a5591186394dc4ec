"""The event log: rebuilding the derived state from the records, against raw sqlite3 writing the
same rows; and the convergence property over thousands of random histories at several sites.

rebuild: `integrity.rebuild` of the big database (replayed in a scratch database from a
snapshot, then put in place); it must give the same state digest as the live state. The floor is
raw sqlite3 `executemany` of the very rows the rebuild derives, into empty tables of the same
schema, in one transaction (the work a rebuild cannot avoid: writing the tables).

convergence: tests/histories.py (the property test of the suite) with many more examples
(bench/properties.py: a failing case fails the run, with its seed).
"""

from __future__ import annotations

import sqlite3
import time

from bench import datasets
from bench.harness import Bench, PropertyFailed, Row, Spec, fresh_copy, need
from bench.properties import hold, tests_importable


def rebuild(b: Bench, row: Row) -> None:
    need("pickuppoint.services.log.integrity", "rebuild")
    from sqlalchemy import text

    from pickuppoint.services.context import Context
    from pickuppoint.services.log import integrity
    from pickuppoint.services.log.digest import state_digest
    from pickuppoint.store.migrate import migrate
    from pickuppoint.store.schema import DERIVED_TABLES

    big = datasets.big_db(b)
    datasets.require_parcels(big)
    path = fresh_copy(big, b.workdir / "rebuild.sqlite3")
    ctx = Context.open(path, "bench")
    try:
        with ctx.read() as s:
            live = state_digest(s)
            records = s.execute(text("SELECT count(*) FROM record")).scalar()
        t0 = time.perf_counter()
        integrity.rebuild(ctx)
        project = time.perf_counter() - t0
        with ctx.read() as s:
            same = state_digest(s) == live
    finally:
        ctx.close()

    # the floor: the same derived rows, written by raw sqlite3 into empty tables
    src = sqlite3.connect(path)
    rows = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in DERIVED_TABLES}
    src.close()
    floor_path = b.workdir / "rebuild-floor.sqlite3"
    for old in floor_path.parent.glob(floor_path.name + "*"):
        old.unlink()
    migrate(floor_path)
    con = sqlite3.connect(floor_path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    t0 = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    for table, data in rows.items():
        if data:
            marks = ", ".join("?" * len(data[0]))
            con.executemany(f"INSERT INTO {table} VALUES ({marks})", data)
    con.execute("COMMIT")
    floor = time.perf_counter() - t0
    con.close()
    derived = sum(len(d) for d in rows.values())
    row.project = f"{project:.1f} s"
    row.floor = f"{floor:.1f} s"
    row.ratio = project / floor if floor else None
    row.judge(same and row.ratio is not None and row.ratio <= 3)
    row.note = (f"{records:,} records → {derived:,} derived rows; "
                + ("same state digest as the live state" if same else "DIGEST DIFFERS from the live state"))
    b.detail("Rebuild from the log", [
        f"{records:,} records replayed in {project:.1f} s (snapshot read, replay in a scratch database, "
        f"tables put in place under the write lock); the floor, raw sqlite3 writing the same "
        f"{derived:,} derived rows into empty tables in one transaction: {floor:.1f} s.",
        "State digest after the rebuild " + ("equals" if same else "DIFFERS FROM") + " the live state's.",
    ])
    if not same:  # a wrong result, however fast, fails the run
        raise PropertyFailed("the rebuilt state's digest differs from the live state's")


def convergence(b: Bench, row: Row) -> None:
    tests_importable()
    from hypothesis import strategies as st

    from histories import HISTORY, Templates, check

    examples = b.sizes.convergence_examples
    templates = Templates()
    try:
        held = hold(b, row, examples, {"history": HISTORY, "seed": st.integers(0, 2**31)},
                    lambda history, seed: check(templates, history[0], history[1], seed))
    finally:
        templates.close()
    made = held.made
    records, copies = sum(m.records for m in made), sum(m.copies for m in made)
    files, conflicts = sum(m.files for m in made), sum(m.conflicts for m in made)
    row.project = f"{len(made):,} histories in {held.seconds:.0f} s"
    row.floor = "—"
    row.verdict = "pass"
    row.note = (f"hypothesis seed {held.seed}; {records:,} records, {copies:,} sent twice, in {files:,} "
                f"files; {conflicts:,} conflicts; every replay gave the ordered one's digest and "
                "conflicts")
    b.detail("Convergence property", [
        f"{len(made):,} random histories at 2–4 sites (tests/histories.py; the suite runs 200), "
        f"{held.said()}. Each history's records were replayed in clock "
        f"order into one store and, shuffled, partly sent twice and cut into files, into another; "
        f"both, a rebuild of the second, and every site once it had every record gave the same "
        f"state digest and conflicts.",
        f"- records: {records:,} (up to {max(m.records for m in made)} a history); sent twice: "
        f"{copies:,} (in {sum(m.copies > 0 for m in made):,} histories); files: {files:,} (up to "
        f"{max(m.files for m in made)} a history)",
        f"- conflicts: {conflicts:,}, in {sum(m.conflicts > 0 for m in made):,} histories",
    ])


SPECS = [
    Spec("rebuild", "rebuild from the log (same digest)",
         lambda s: f"{s.households:,} households, {s.parcels:,} parcels", "≤ 3× floor", rebuild),
    Spec("convergence", "convergence property (any arrival order)",
         lambda s: f"up to {s.convergence_examples:,} random histories at 2–4 sites "
                   f"({s.property_minutes} min of processor time)",
         "same digest and conflicts", convergence),
]
