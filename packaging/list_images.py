"""Example images of the lists and reports, and of the Lists page, for docs/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/list_images.py

On the demo community (made in a temporary file) with a few handovers of the day, and a crowded
building with long names and many parcels: writes docs/documents/uncollected_list.png (page 1),
uncollected_list_continued.png (a page where a unit runs on), daily_report.png (rendered with
pdftoppm at 80 dpi), delivery_sheet.png, ledger.png, timetable.png, and docs/screenshots/lists.png,
daily_report_window.png, runs_window.png, dashboard.png. Look at them after.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "documents"
SHOTS = ROOT / "docs" / "screenshots"


def _png(pdf: Path, page: int, out: Path) -> None:
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", str(page), "-l", str(page),
                    str(pdf), str(out.with_suffix(""))], check=True)


def main() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from PySide6.QtCore import QTimer
    from sqlalchemy import text

    from pickuppoint.documents import daily_report, uncollected
    from pickuppoint.services.context import Context
    from pickuppoint.services.counter.handover import hand_over
    from pickuppoint.services.counter.payments import Collector, Payment
    from pickuppoint.services.demo import community as demo
    from pickuppoint.services.lists import daily
    from pickuppoint.services.lists import uncollected as lists
    from pickuppoint.ui.app import application
    from pickuppoint.ui.main_window import MainWindow

    app = application("zh_CN")
    tmp = Path(tempfile.mkdtemp())
    ctx = Context.open(tmp / "demo.sqlite3", "李晓东")
    demo.ensure_demo(ctx)
    from lists_data import crowded_building

    crowded_building(ctx, households=40, parcels_each=3, building="21")
    with ctx.read() as s:
        waiting = s.execute(text(
            "SELECT household_code, group_concat(code) AS codes, max(payment) AS pay FROM parcel "
            "WHERE status = 'received' AND household_code LIKE '1-%' GROUP BY household_code "
            "LIMIT 12")).all()
    for i, row in enumerate(waiting):
        who = [Collector(), Collector("proxy", "李芳"), Collector("door", "王强")][i % 3]
        try:
            hand_over(ctx, row.codes.split(","), who, Payment(["cash", "qr", "owed"][i % 3]))
        except Exception:  # noqa: BLE001 - nothing due: no payment mode
            hand_over(ctx, row.codes.split(","), who)
    DOCS.mkdir(parents=True, exist_ok=True)
    data = lists.gather(ctx, lists.Options(vulnerable_first=True))
    pdf = tmp / "uncollected.pdf"
    pages = uncollected.write(data, pdf, "pdf")
    _png(pdf, 1, DOCS / "uncollected_list.png")
    _png(pdf, pages - 1, DOCS / "uncollected_list_continued.png")
    report = tmp / "daily.pdf"
    daily_report.write(daily.gather(ctx, date.today()), report, "pdf")
    _png(report, 1, DOCS / "daily_report.png")

    from pickuppoint.documents import delivery_sheet, ledger, timetable
    from pickuppoint.services.lists import ledger as ledger_service
    from pickuppoint.services.lists import runs
    from pickuppoint.services.lists import timetable as plan
    from pickuppoint.services.lists.scope import default_scope

    with ctx.read() as s:
        flagged = [c.code for c in runs.candidates(s, default_scope(ctx), flag="elderly_alone")][:9]
    run_id = runs.create(ctx, flagged, "王强", "13912345678", "先送独居老人")
    runs.deliver(ctx, run_id, flagged[:2])
    run_pdf = tmp / "run.pdf"
    delivery_sheet.write(runs.get(ctx, run_id), run_pdf)
    _png(run_pdf, 1, DOCS / "delivery_sheet.png")
    book = ledger_service.gather(ctx)
    if book.entries:
        first = book.entries[0]
        ledger_service.settle(ctx, first.household_code, first.round_id, "cash", "住户家属")
    ledger_pdf = tmp / "ledger.pdf"
    ledger.write(ledger_service.gather(ctx), ledger_pdf, "pdf")
    _png(ledger_pdf, 1, DOCS / "ledger.png")
    waiting = lists.gather(ctx, lists.Options())
    slots = plan.plan(plan.groups_of(waiting), "14:00", "17:00", 20)
    tt_pdf = tmp / "timetable.pdf"
    timetable.write(tt_pdf, waiting.point, waiting.site_id, date.today().isoformat(), waiting.round_names, slots)
    _png(tt_pdf, 1, DOCS / "timetable.png")

    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    page = window.show_page("lists")

    def shoot() -> None:
        window.grab().save(str(SHOTS / "lists.png"))
        page.open_report()
        page.open_runs()
        QTimer.singleShot(1000, dialogs)

    def dialogs() -> None:
        page.report_dialog.grab().save(str(SHOTS / "daily_report_window.png"))
        page.runs_dialog.grab().save(str(SHOTS / "runs_window.png"))
        page.report_dialog.close()
        page.runs_dialog.close()
        window.show_page("dashboard")
        QTimer.singleShot(1000, lambda: (window.grab().save(str(SHOTS / "dashboard.png")), app.quit()))

    QTimer.singleShot(3000, shoot)
    app.exec()
    for p in ("uncollected_list.png", "uncollected_list_continued.png", "daily_report.png", "delivery_sheet.png",
              "ledger.png", "timetable.png"):
        print(DOCS / p)
    for p in ("lists.png", "daily_report_window.png", "runs_window.png", "dashboard.png"):
        print(SHOTS / p)


if __name__ == "__main__":
    main()
