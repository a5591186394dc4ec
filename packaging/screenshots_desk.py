"""Screenshots of the counter and the receiving page at 1366x768 (a common laptop screen), in
Chinese and in English, with cards shown, for docs/screenshots/:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots_desk.py

counter_1366_{zh,en}.png (a household with several parcels), counter_refused_1366_{zh,en}.png,
receiving_1366_{zh,en}.png (a parcel just received) and receiving_ask_1366_{zh,en}.png (a code
one character off a listed one: the desk asks). Each is checked with ui/fit.py (nothing cut off,
the window did not grow) and the findings printed. Look at the PNGs after.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from sqlalchemy import text

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from pickuppoint.services.context import Context
    from pickuppoint.services.counter import handover as counter
    from pickuppoint.services.counter.payments import Payment
    from pickuppoint.services.demo import community as demo
    from pickuppoint.services.parcels.view import find_parcel
    from pickuppoint.ui.app import application
    from pickuppoint.ui.fit import clipped
    from pickuppoint.ui.main_window import MainWindow

    work = Path(tempfile.mkdtemp())
    OUT.mkdir(parents=True, exist_ok=True)
    for lang, tag in (("zh_CN", "zh"), ("en", "en")):
        app = application(lang)
        ctx = Context.open(work / f"demo-{tag}.sqlite3", "李晓东")
        demo.ensure_demo(ctx)
        with ctx.read() as s:
            several = s.execute(text(
                "SELECT p.code FROM parcel p WHERE p.status = 'received' AND p.household_code IN "
                "(SELECT household_code FROM parcel GROUP BY household_code HAVING count(*) > 1) "
                "ORDER BY p.sort_key LIMIT 4")).scalars().all()
        for code in several[1:]:
            with ctx.read() as s:
                due = find_parcel(s, code).due_cents
            counter.hand_over(ctx, [code], payment=Payment("cash") if due else None)
        window = MainWindow(ctx)
        window.resize(*SIZE)
        window.show()

        def settle() -> None:
            for _ in range(30):
                QApplication.processEvents()

        def shot(name: str, window=window, tag=tag) -> None:  # noqa: ANN001
            settle()
            problems = clipped(window)
            size = (window.width(), window.height())
            print(f"{name}: {size} {'ok' if not problems and size == SIZE else problems}")
            window.grab().save(str(OUT / f"{name}_1366_{tag}.png"))

        page = window.show_page("counter")
        page.sounds.enabled = False
        page.refresh()
        page.on_scan(several[0])
        shot("counter")
        page.clear()
        page.on_scan(several[1])
        shot("counter_refused")
        page.clear()

        page = window.show_page("receiving")
        page.sounds.enabled = False
        settle()
        with ctx.read() as s:  # the supplier's round: its codes carry no check character
            supplier_round = s.execute(text(
                "SELECT round_id FROM parcel WHERE code NOT LIKE :ours AND surplus = 0 "
                "AND status = 'expected' LIMIT 1"), {"ours": ctx.site.site_id + "-%"}).scalar()
        combo = page.ui.roundCombo
        if supplier_round:
            combo.setCurrentIndex(combo.findData(supplier_round))
        settle()
        with ctx.read() as s:
            codes = s.execute(text("SELECT code FROM parcel WHERE round_id = :r AND status = 'expected' "
                                   "AND surplus = 0 ORDER BY sort_key LIMIT 2"),
                              {"r": page.round_id}).scalars().all()
        page.on_scan(codes[0])
        shot("receiving")
        page.on_scan(codes[1][1:])  # the first character lost
        shot("receiving_ask")
        window.close()
        ctx.close()
        del app
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
