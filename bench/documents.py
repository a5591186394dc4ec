"""Documents: the uncollected list (PDF) and the parcel labels.

Uncollected list: not measurable until `pickuppoint uncollected` exists.
Labels: see `labels()`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bench.harness import Bench, NotYet, Row, Spec, need, need_command, secs, timed

LABEL_SQL = (
    "SELECT p.code, p.household_code, h.head, r.name, coalesce(nullif(p.items, ''), r.item), "
    "p.amount_cents, p.payment FROM parcel p JOIN round r ON r.id = p.round_id "
    "LEFT JOIN household h ON h.code = p.household_code "
    "WHERE p.round_id = ? AND p.status != 'cancelled' ORDER BY h.sort_key, p.code")


def uncollected(b: Bench, row: Row) -> None:  # noqa: ARG001
    need_command("uncollected")
    raise NotYet("`uncollected` exists now: its benchmark still has to be written (bench/documents.py)")


def _labels_db(b: Bench) -> Path:
    """A database whose first round has exactly `labels` parcels (one per household)."""
    def make() -> Path:
        path = b.workdir / "labels.sqlite3"
        for old in path.parent.glob(path.name + "*"):
            old.unlink()
        seconds, _ = timed(lambda: b.program(
            "--db", path, "--operator", "bench", "demo-data", "--households", str(b.sizes.labels),
            "--parcels-per-household", "1", "--seed", str(b.sizes.seed)))
        b.detail("Data: labels database", [
            f"Made by `pickuppoint demo-data --households {b.sizes.labels} "
            f"--parcels-per-household 1` in {secs(seconds)}."])
        return path
    return b.cached("db:labels", make)


def floor_labels(db: Path, round_id: str, out: Path) -> int:
    """The same labels drawn the most direct way with the same libraries: the same rows read
    with sqlite3, and on a ReportLab canvas (A4, 3 × 8 labels of 70 × 37 mm, the same embedded
    CJK font) for each label the same texts (room code, masked head, round, item, amount and
    payment, the parcel code) and its bars with ReportLab's own Code128, then saved."""
    from reportlab.graphics.barcode.code128 import Code128
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from pickuppoint.documents import fonts

    regular, bold = fonts.register()
    con = sqlite3.connect(db)
    rows = con.execute(LABEL_SQL, (round_id,)).fetchall()
    con.close()
    c = Canvas(str(out), pagesize=A4, pageCompression=1)
    cw, ch = 70 * mm, 37 * mm
    page_h = A4[1]
    for i, (code, household, head, round_name, item, cents, payment) in enumerate(rows):
        k = i % 24
        if i and not k:
            c.showPage()
        x, y = (k % 3) * cw, page_h - (k // 3 + 1) * ch - 0.5 * mm
        c.setFont(bold, 20)
        c.drawString(x + 3 * mm, y + ch - 10 * mm, household or "")
        c.setFont(regular, 8)
        c.drawString(x + 3 * mm, y + ch - 15 * mm, f"户主 {(head or '')[:1]}*{(head or '')[2:]}")
        c.drawRightString(x + cw - 3 * mm, y + ch - 15 * mm, round_name)
        c.drawString(x + 3 * mm, y + ch - 19 * mm, item or "")
        c.drawRightString(x + cw - 3 * mm, y + ch - 5 * mm, f"{cents / 100:.2f}元 {payment}")
        Code128(code, barHeight=9 * mm, barWidth=0.3 * mm, quiet=0).drawOn(c, x + 8 * mm,
                                                                           y + 5 * mm)
        c.setFont(regular, 7)
        c.drawCentredString(x + cw / 2, y + 2 * mm, code)
    c.save()
    return len(rows)


def labels(b: Bench, row: Row) -> None:
    lab = need("pickuppoint.documents.labels", "write_labels")
    from pickuppoint.services.context import Context

    db = _labels_db(b)
    con = sqlite3.connect(db)
    round_id = con.execute("SELECT round_id, count(*) FROM parcel GROUP BY round_id "
                           "ORDER BY 2 DESC LIMIT 1").fetchone()[0]
    con.close()
    out_p, out_f = b.workdir / "labels.pdf", b.workdir / "labels-floor.pdf"
    ctx = Context.open(db, "bench")
    programs, floors = [], []
    try:
        import reportlab.pdfgen.canvas  # noqa: F401  (both sides: imported before timing)

        from pickuppoint.documents import fonts

        fonts.register()  # both sides: the font file parsed once per process, before timing

        for _ in range(b.sizes.file_repeats):
            tp, n_p = timed(lambda: lab.write_labels(ctx, round_id, out_p))
            tf, n_f = timed(lambda: floor_labels(db, round_id, out_f))
            programs.append(tp)
            floors.append(tf)
    finally:
        ctx.close()
    if n_p != b.sizes.labels or n_f != n_p:
        raise AssertionError(f"labels: program {n_p}, floor {n_f}, wanted {b.sizes.labels}")
    p, f = min(programs), min(floors)
    row.project, row.floor, row.ratio = secs(p), secs(f), p / f
    row.judge(p <= 2 * f)
    b.detail("Labels PDF", [
        f"{n_p:,} labels (A4 sheets of 3 × 8) of one round, through `documents.labels."
        f"write_labels` (the service behind the labels dialog; reading the round, drawing, "
        f"writing the file): runs {', '.join(secs(t) for t in programs)}; "
        f"{out_p.stat().st_size / 2**20:.1f} MB. Floor (`floor_labels`: the same rows and texts "
        f"with sqlite3 and a bare ReportLab canvas, bars by ReportLab's Code128): runs "
        f"{', '.join(secs(t) for t in floors)}; {out_f.stat().st_size / 2**20:.1f} MB."])


SPECS = [
    Spec("uncollected_pdf", "uncollected list PDF", lambda s: f"{s.uncollected_households:,} households",
         "≤ 2× floor", uncollected),
    Spec("labels", "labels PDF", lambda s: f"{s.labels:,} labels", "≤ 2× floor", labels),
]
