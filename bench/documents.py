"""Documents: the uncollected list (PDF, XLSX, the first page the Lists page previews) and the
parcel labels.

Uncollected list: `uncollected()`, `uncollected_xlsx()`, `uncollected_preview()`.
Labels: see `labels()`.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from bench.harness import Bench, Row, Spec, need, need_command, secs, timed

LABEL_SQL = (
    "SELECT p.code, p.household_code, h.head, r.name, coalesce(nullif(p.items, ''), r.item), "
    "p.amount_cents, p.payment FROM parcel p JOIN round r ON r.id = p.round_id "
    "LEFT JOIN household h ON h.code = p.household_code "
    "WHERE p.round_id = ? AND p.status != 'cancelled' ORDER BY h.sort_key, p.code")


UNCOLLECTED_SQL = (
    "SELECT p.household_code, h.head, h.phone, h.members, h.flags, coalesce(nullif(p.items, ''), r.item), "
    "p.amount_cents, p.payment FROM parcel p JOIN round r ON r.id = p.round_id "
    "JOIN household h ON h.code = p.household_code "
    "WHERE p.status IN ('received', 'damaged') AND p.surplus = 0 ORDER BY p.sort_key, p.code")


def _uncollected_db(b: Bench) -> Path:
    """The labels database (`uncollected_households` households, one parcel each), every parcel
    received at the point (set in the derived table: the list reads only that)."""
    def make() -> Path:
        import shutil

        if b.sizes.uncollected_households == b.sizes.labels:
            source = _labels_db(b)
        else:
            source = b.workdir / "uncollected-source.sqlite3"
            b.program("--db", source, "--operator", "bench", "demo-data", "--households",
                      str(b.sizes.uncollected_households), "--parcels-per-household", "1",
                      "--seed", str(b.sizes.seed))
        path = b.workdir / "uncollected.sqlite3"
        con = sqlite3.connect(source)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        shutil.copyfile(source, path)
        con = sqlite3.connect(path)
        con.execute("UPDATE parcel SET status = 'received', received_at = '2026-11-23T08:00:00.000Z'")
        con.commit()
        con.close()
        b.detail("Data: uncollected database", [
            f"The labels database ({b.sizes.uncollected_households:,} households, one parcel each, "
            f"`demo-data`), copied, every parcel marked received."])
        return path
    return b.cached("db:uncollected", make)


def _floor_cells(db: Path) -> list[list[str]]:
    from pickuppoint.domain.flags import flag_label, unpack_flags
    from pickuppoint.domain.phone import mask_phone

    con = sqlite3.connect(db)
    rows = con.execute(UNCOLLECTED_SQL).fetchall()
    con.close()
    return [[code, head or "—", mask_phone(phone or ""), str(members),
             "、".join(flag_label(f) for f in unpack_flags(flags)), item or "—", "1", "0",
             f"{cents / 100:.2f}" if payment == "unpaid" and cents else "—"]
            for code, head, phone, members, flags, item, cents, payment in rows]


def floor_uncollected_pdf(db: Path, out: Path) -> int:
    """The same rows read with sqlite3, their cells (code, head, masked phone, members, flags,
    items, parcels, days, amount) drawn with drawString on a bare ReportLab canvas in the same
    embedded font, 40 rows an A4 page, the column titles on each page; saved."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from pickuppoint.documents import fonts

    regular, _bold = fonts.register()
    cells = _floor_cells(db)
    xs = [34, 84, 140, 210, 240, 320, 470, 500, 540]
    titles = ["住户", "户主", "电话", "人数", "标记", "待领包裹", "件数", "等待天数", "应收（元）"]
    c = Canvas(str(out), pagesize=A4, pageCompression=1)
    for start in range(0, len(cells), 40):
        c.setFont(regular, 9)
        for x, t in zip(xs, titles, strict=True):
            c.drawString(x, 780, t)
        y = 760
        for row in cells[start:start + 40]:
            for x, t in zip(xs, row, strict=True):
                c.drawString(x, y, t)
            y -= 18
        c.showPage()
    c.save()
    return len(cells)


def floor_uncollected_xlsx(db: Path, out: Path) -> int:
    """The same cells written by openpyxl in write-only mode (one sheet, a header row)."""
    from openpyxl import Workbook

    cells = _floor_cells(db)
    book = Workbook(write_only=True)
    ws = book.create_sheet("未领取名单")
    ws.append(["楼栋", "单元", "房号", "住户", "户主", "电话", "人数", "标记", "待领包裹", "件数", "等待天数",
               "应收（元）"])
    for r in cells:
        b, u, room = r[0].split("-")
        ws.append([b, u, room, r[0], r[1], r[2], int(r[3]), r[4], r[5], 1, 0,
                   float(r[8]) if r[8] != "—" else 0.0])
    book.save(str(out))
    return len(cells)


def _measure(b: Bench, kind: str) -> tuple[list[float], list[float], int, int, Path, Path]:
    need_command("uncollected")
    docs = need("pickuppoint.documents.uncollected", "write")
    service = need("pickuppoint.services.lists.uncollected", "gather", "Options")
    from pickuppoint.services.context import Context

    db = _uncollected_db(b)
    out_p, out_f = b.workdir / f"uncollected.{kind}", b.workdir / f"uncollected-floor.{kind}"
    floor = floor_uncollected_pdf if kind == "pdf" else floor_uncollected_xlsx
    ctx = Context.open(db, "bench")
    programs, floors = [], []
    cpu: tuple[list[float], list[float]] = ([], [])
    try:
        from pickuppoint.documents import fonts

        fonts.register()  # both sides: the font file parsed once per process, before timing
        import openpyxl  # noqa: F401
        import reportlab.pdfgen.canvas  # noqa: F401

        for _ in range(b.sizes.file_repeats):
            def program() -> int:
                data = service.gather(ctx, service.Options())
                docs.write(data, out_p, kind)
                return data.total.households
            c0 = time.process_time()
            tp, n_p = timed(program)
            c1 = time.process_time()
            tf, n_f = timed(lambda: floor(db, out_f))
            cpu[0].append(c1 - c0)
            cpu[1].append(time.process_time() - c1)
            programs.append(tp)
            floors.append(tf)
    finally:
        ctx.close()
    if n_p != b.sizes.uncollected_households or n_f != n_p:
        raise AssertionError(f"uncollected: program {n_p}, floor {n_f}, wanted {b.sizes.uncollected_households}")
    b.detail(f"Uncollected list {kind.upper()}: processor time", [
        f"Processor time of this process (both sides run in it, alternating; on a loaded machine "
        f"it varies less than the wall clock): program {', '.join(secs(t) for t in cpu[0])}, "
        f"floor {', '.join(secs(t) for t in cpu[1])}; best ratio {min(cpu[0]) / min(cpu[1]):.2f}×."])
    return programs, floors, n_p, n_f, out_p, out_f


def uncollected(b: Bench, row: Row) -> None:
    programs, floors, n, _n, out_p, out_f = _measure(b, "pdf")
    p, f = min(programs), min(floors)
    row.project, row.floor, row.ratio = secs(p), secs(f), p / f
    row.judge(p <= 2 * f)
    b.detail("Uncollected list PDF", [
        f"{n:,} households (one parcel each, all received) through `services.lists.uncollected.gather` "
        f"and `documents.uncollected.write` (what `pickuppoint uncollected -o list.pdf` and the Lists page "
        f"run: the query, grouping by building and unit, wrapping, pagination, building totals, drawing, "
        f"writing): runs {', '.join(secs(t) for t in programs)}; {out_p.stat().st_size / 2**20:.1f} MB. "
        f"Floor (`floor_uncollected_pdf`: the same rows with sqlite3, the same cell texts drawn with "
        f"drawString on a bare canvas in the same font, 40 rows a page): runs "
        f"{', '.join(secs(t) for t in floors)}; {out_f.stat().st_size / 2**20:.1f} MB."])


def uncollected_xlsx(b: Bench, row: Row) -> None:
    programs, floors, n, _n, out_p, out_f = _measure(b, "xlsx")
    p, f = min(programs), min(floors)
    row.project, row.floor, row.ratio = secs(p), secs(f), p / f
    row.judge(p <= 2 * f)
    b.detail("Uncollected list XLSX", [
        f"{n:,} households through `gather` and `documents.uncollected.write(..., 'xlsx')` (header "
        f"styled and frozen, widths measured, amounts formatted, a totals sheet): runs "
        f"{', '.join(secs(t) for t in programs)}. Floor (`floor_uncollected_xlsx`: the same rows with "
        f"sqlite3, the same cells by openpyxl write-only): runs {', '.join(secs(t) for t in floors)}."])


def uncollected_preview(b: Bench, row: Row) -> None:
    """The Lists page's first step, off the GUI thread: the rows and the first page drawn."""
    lists_page = need("pickuppoint.ui.pages.lists", "first_page")
    service = need("pickuppoint.services.lists.uncollected", "Options")
    from pickuppoint.services.context import Context

    db = _uncollected_db(b)
    ctx = Context.open(db, "bench")
    runs = []
    try:
        from pickuppoint.documents import fonts

        fonts.register()
        cpu = []
        for _ in range(b.sizes.file_repeats):
            c0 = time.process_time()
            t, (data, _pdf, pages) = timed(lambda: lists_page.first_page(ctx, service.Options()))
            cpu.append(time.process_time() - c0)
            runs.append(t)
    finally:
        ctx.close()
    p = min(runs)
    row.project, row.floor, row.ratio = secs(p), "1 s (target)", p / 1.0
    row.judge(p < 1.0)
    b.detail("Uncollected list preview", [
        f"The Lists page's first step for {data.total.households:,} households (`ui.pages.lists."
        f"first_page`: the query, every row laid out so the page count is known, page 1 of {pages} "
        f"drawn): runs {', '.join(secs(t) for t in runs)} (processor time of this process "
        f"{', '.join(secs(t) for t in cpu)}: the rest is waiting for a core). It runs in the "
        f"thread pool; the window "
        f"shows the page when it is done and draws the others in a second task."])


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
    Spec("uncollected_xlsx", "uncollected list XLSX", lambda s: f"{s.uncollected_households:,} households",
         "≤ 2× floor", uncollected_xlsx),
    Spec("uncollected_preview", "Lists page: first page", lambda s: f"{s.uncollected_households:,} households",
         "< 1 s", uncollected_preview),
    Spec("labels", "labels PDF", lambda s: f"{s.labels:,} labels", "≤ 2× floor", labels),
]
