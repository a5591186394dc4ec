"""The handover counter.

Scan → handover committed (service level), on a copy of the big database: for parcels picked at
random among those waiting, `counter.scan` (the card: parcel, household, its other waiting
parcels, the checks) in a read session, then `counter.hand_over` of the scanned parcel (one
write transaction: the checks again, the `handover.made` record, its projection, commit with
synchronous=FULL). Floor, alternating with it on the same file: a plain sqlite3 connection with
the same PRAGMAs running an indexed select of the parcel, an insert into a table shaped and
indexed like `handover`, and a commit.

Scan → card shown and field ready (GUI): see `card()`.
"""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
import uuid

from bench.datasets import big_db, gui_db, raw, require_parcels
from bench.harness import Bench, ProbeFailed, Row, Spec, fresh_copy, median, ms, need, percentile, tail, timed

FLOOR_TABLE = "bench_floor_handover"


def _floor_table(con: sqlite3.Connection) -> None:
    """A table with the columns and indexes of `handover`, for the floor's inserts."""
    con.execute(f"DROP TABLE IF EXISTS {FLOOR_TABLE}")
    for (sql,) in con.execute("SELECT sql FROM sqlite_master WHERE tbl_name = 'handover' AND sql "
                              "IS NOT NULL ORDER BY type DESC").fetchall():
        sql = sql.replace("CREATE TABLE handover", f"CREATE TABLE {FLOOR_TABLE}")
        sql = sql.replace("INDEX ix_handover_", f"INDEX ix_{FLOOR_TABLE}_").replace(
            "ON handover ", f"ON {FLOOR_TABLE} ")
        con.execute(sql)


def _sample(con: sqlite3.Connection, n: int, seed: int) -> list[str]:
    """Codes of waiting parcels, picked at random over the whole table (deterministic)."""
    top = con.execute("SELECT max(rowid) FROM parcel").fetchone()[0] or 0
    rng = random.Random(seed)
    codes: list[str] = []
    seen: set[int] = set()
    tries = 0
    while len(codes) < n and tries < 50 * n:
        tries += 1
        rowid = rng.randint(1, top)
        if rowid in seen:
            continue
        seen.add(rowid)
        row = con.execute("SELECT code FROM parcel WHERE rowid = ? AND status IN "
                          "('expected', 'received')", (rowid,)).fetchone()
        if row:
            codes.append(row[0])
    return codes


def handover(b: Bench, row: Row) -> None:
    counter = need("pickuppoint.services.counter.handover", "scan", "hand_over")
    payments = need("pickuppoint.services.counter.payments", "Payment")
    from pickuppoint.services.context import Context

    source = big_db(b)
    require_parcels(source)
    path = fresh_copy(source, b.workdir / "counter.sqlite3")
    con = raw(path)
    _floor_table(con)
    codes = _sample(con, b.sizes.handovers + 20, b.sizes.seed)
    ctx = Context.open(path, "bench")
    site_id = ctx.site.site_id
    cols = [r[1] for r in con.execute(f"PRAGMA table_info({FLOOR_TABLE})")]
    insert = (f"INSERT INTO {FLOOR_TABLE} ({', '.join(cols)}) "
              f"VALUES ({', '.join('?' * len(cols))})")

    def program(code: str) -> tuple[float, float, str]:
        t_scan, card = timed(lambda: _scan(ctx, counter, site_id, code))
        if card.verdict == "refused":
            return t_scan, 0.0, card.reason or "refused"
        pay = payments.Payment("cash") if card.due_cents else payments.Payment()
        t_hand, _visit = timed(lambda: counter.hand_over(ctx, [card.code], payment=pay))
        return t_scan, t_hand, ""

    def floor(code: str) -> None:
        con.execute("BEGIN IMMEDIATE")
        parcel = con.execute("SELECT * FROM parcel WHERE code = ?", (code,)).fetchone()
        values = {c: "" for c in cols}
        values.update(id=uuid.uuid4().hex, parcel_code=parcel[0], household_code=parcel[2],
                      round_id=parcel[1], site_id=site_id, operator="bench",
                      at="2026-11-23T08:00:00.000Z", hlc=0, amount_cents=0, voided=0,
                      voided_at=None, voided_by=None, void_record=None)
        con.execute(insert, [values[c] for c in cols])
        con.execute("COMMIT")

    try:
        for code in codes[:5]:  # warm both paths
            program(code)
            floor(code)
        totals, scans, hands, floors, refused = [], [], [], [], {}
        for code in codes[5:5 + b.sizes.handovers]:
            t_scan, t_hand, reason = program(code)
            tf, _ = timed(lambda: floor(code))  # noqa: B023
            floors.append(tf)
            if reason:
                refused[reason] = refused.get(reason, 0) + 1
                continue
            scans.append(t_scan)
            hands.append(t_hand)
            totals.append(t_scan + t_hand)
    finally:
        ctx.close()
        con.close()
    if not totals:
        raise AssertionError(f"every scanned parcel was refused: {refused}")
    p50, p99, f50, f99 = (percentile(totals, 50), percentile(totals, 99),
                          percentile(floors, 50), percentile(floors, 99))
    row.project = f"{ms(p50)} / {ms(p99)}"
    row.floor = f"{ms(f50)} / {ms(f99)}"
    row.ratio = p99 / f99
    row.judge(p99 <= 3 * f99)
    b.detail("Scan → handover committed", [
        f"{len(totals):,} handovers timed (p50 / p99 / max): scan {ms(percentile(scans, 50))} / "
        f"{ms(percentile(scans, 99))} / {ms(max(scans))}; hand over and commit "
        f"{ms(percentile(hands, 50))} / {ms(percentile(hands, 99))} / {ms(max(hands))}; both "
        f"{ms(p50)} / {ms(p99)} / {ms(max(totals))}. Floor {ms(f50)} / {ms(f99)} / {ms(max(floors))}."
        + (f" Scans refused (not timed): {refused}." if refused else ""),
    ])


def _scan(ctx, counter, site_id: str, code: str):  # noqa: ANN001, ANN202
    with ctx.read() as s:
        return counter.scan(s, site_id, code)


def card(b: Bench, row: Row) -> None:
    """Scan → card shown, field ready (GUI). In a new process (offscreen Qt), the counter page on
    the GUI database; for parcels picked at random, the scanner's characters are typed into the
    scan field (not timed), then the clock runs from the Enter key until the events it caused
    are processed, the paint of the changed region included: the scan handled (the card read
    from the database, every check), the card filled in and painted, the field empty and
    focused. Floor, alternating with it in the same process: a bare QLineEdit whose Enter puts
    the code into a QLabel, painted the same way."""
    need("pickuppoint.ui.pages.counter", "CounterPage")
    db = gui_db(b)
    require_parcels(db)
    con = raw(db)
    try:
        codes = _sample(con, b.sizes.card_scans + 5, b.sizes.seed + 1)
    finally:
        con.close()
    cmd = [b.python, "-m", "bench.counter", "card", str(db), *codes]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=b.env(), cwd=b.workdir,
                          timeout=b.timeout)
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines or not lines[-1].startswith("{"):
        raise ProbeFailed(f"counter card probe exited {proc.returncode}: " + tail(proc.stderr))
    result = json.loads(lines[-1])
    prog, flo = result["program"][5:], result["floor"][5:]  # the first five warm up
    p50, p99, f50, f99 = (median(prog), percentile(prog, 99), median(flo), percentile(flo, 99))
    row.project = f"{ms(p50)} / {ms(p99)}"
    row.floor = f"{ms(f50)} / {ms(f99)}"
    row.ratio = p50 / f50 if f50 else None
    row.judge(p50 <= 0.016)
    verdicts = ", ".join(f"{k} {v}" for k, v in sorted(result["verdicts"].items()))
    b.detail("Scan → card shown, field ready (GUI)", [
        f"{len(prog):,} scans timed, median / p99 / max: {ms(p50)} / {ms(p99)} / {ms(max(prog))}; "
        f"floor (bare QLineEdit → QLabel, painted) {ms(f50)} / {ms(f99)} / {ms(max(flo))}. "
        f"Cards shown: {verdicts}. Page {result['size'][0]}×{result['size'][1]}, offscreen Qt.",
    ])


def _card_probe(db: str, codes: list[str]) -> dict:
    """Runs in its own process (`python -m bench.counter card DB CODE...`)."""
    import os
    import time

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt, QThreadPool
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

    from pickuppoint.services.context import Context
    from pickuppoint.ui.app import application
    from pickuppoint.ui.pages.counter import CounterPage

    app = application("zh_CN")
    ctx = Context.open(db, "bench")
    page = CounterPage(ctx)
    page.sounds.enabled = False  # no audio device here; playing is asynchronous anyway
    page.resize(1280, 760)
    page.show()
    bare = QWidget()
    layout = QVBoxLayout(bare)
    line, label = QLineEdit(), QLabel()
    layout.addWidget(line)
    layout.addWidget(label)
    line.returnPressed.connect(lambda: (label.setText(line.text()), line.clear()))
    bare.resize(1280, 760)
    bare.show()
    QThreadPool.globalInstance().waitForDone(60_000)
    app.processEvents()

    def timed_enter(window: QWidget, field: QLineEdit, code: str) -> float:
        window.activateWindow()
        field.setFocus()
        app.processEvents()
        QTest.keyClicks(field, code)  # the scanner's characters: not timed
        t0 = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_Return)
        app.processEvents()  # the paint of what changed (Qt's UpdateRequest), as the screen gets it
        t = time.perf_counter() - t0
        assert field.text() == ""
        return t

    program, floor, verdicts = [], [], {}
    for code in codes:  # one after another, as at the table (the verdict changes as it comes)
        program.append(timed_enter(page, page.field, code))
        card = page.card
        verdict = card.verdict if card is not None else "lookup"
        verdicts[verdict] = verdicts.get(verdict, 0) + 1
        assert page.ui.householdLabel.text(), code
        floor.append(timed_enter(bare, line, code))
        QThreadPool.globalInstance().waitForDone(10_000)
        app.processEvents()
    size = (page.width(), page.height())
    ctx.close()
    return {"program": program, "floor": floor, "verdicts": verdicts, "size": size}


SPECS = [
    Spec("handover", "scan → handover committed (service), p50 / p99",
         lambda s: f"{s.parcels:,} parcels, {s.households:,} households", "p99 ≤ 3× floor", handover),
    Spec("card", "scan → card shown, field ready (GUI)", lambda s: f"{s.gui_parcels:,} parcels",
         "≤ 16 ms median", card),
]


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "card":
        print(json.dumps(_card_probe(sys.argv[2], sys.argv[3:])), flush=True)
        import os

        os._exit(0)  # no teardown timed or needed
