"""Screenshots for the user guide (docs/guide.zh.md, docs/guide.en.md), from the real windows on
the demo community at 1366x768, in each language: docs/guide/<zh|en>/*.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/guide_screenshots.py [--lang zh_CN|en]

Look at the PNGs after.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1366, 768)


def shoot(lang: str) -> list[Path]:
    sys.path.insert(0, str(ROOT / "src"))
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import text

    from pickuppoint.services.context import Context
    from pickuppoint.services.demo import community as demo
    from pickuppoint.services.households import records as households
    from pickuppoint.ui import main_menus
    from pickuppoint.ui.app import application
    from pickuppoint.ui.dialogs.household_dialog import HouseholdDialog
    from pickuppoint.ui.dialogs.import_wizard import ImportWizard
    from pickuppoint.ui.dialogs.labels_dialog import LabelsDialog
    from pickuppoint.ui.dialogs.settings_dialog import SettingsDialog
    from pickuppoint.ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from pickuppoint.ui.first_run import FirstRunWizard
    from pickuppoint.ui.main_window import MainWindow
    from pickuppoint.ui.translator import load_translator

    app = application(lang)
    load_translator(lang)
    out = ROOT / "docs" / "guide" / lang.split("_")[0]
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    written: list[Path] = []

    def settle() -> None:
        for _ in range(3):
            app.processEvents()
            QThreadPool.globalInstance().waitForDone(30_000)
        app.processEvents()

    def save(widget, name: str) -> None:  # noqa: ANN001
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    fresh = Context.open(tmp / "new.sqlite3", "志愿者小王")
    wizard = FirstRunWizard(fresh)
    wizard.show()
    save(wizard, "first_run")
    wizard.next()
    wizard.ui.nameEdit.setText("白竹亭社区接驳点")
    wizard.ui.siteIdEdit.setText("P01")
    save(wizard, "first_run_point")
    wizard.close()
    fresh.close()

    ctx = Context.open(tmp / "demo.sqlite3", "李晓东")
    demo.ensure_demo(ctx)
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    counter = window.show_page("counter")
    with ctx.read() as s:
        code = s.execute(text(
            "SELECT code FROM parcel WHERE status = 'received' AND household_code IS NOT NULL"
            " AND payment = 'paid' AND point_site = :site ORDER BY code LIMIT 1"),
            {"site": ctx.site.site_id}).scalar_one()
    counter.field.scanned.emit(code)
    save(window, "counter")
    counter.hand_over()
    settle()
    counter.field.scanned.emit(code)  # the same parcel again: refused, with when and by whom
    save(window, "counter_refused")
    counter.clear()
    for key in ("receiving", "rounds", "households"):
        window.show_page(key)
        save(window, key)
    with ctx.read() as s:
        elderly = households.search(s, households.Query(flag="elderly_alone"), limit=100)
        round_id = s.execute(text("SELECT id FROM round ORDER BY created_hlc LIMIT 1")).scalar_one()
    dialogs = [
        (HouseholdDialog(ctx, next(h for h in elderly if len(h.proxies) > 1), window), "household_dialog"),
        (ImportWizard(ctx, window), "import_wizard"),
        (LabelsDialog(ctx, round_id, window), "labels_dialog"),
        (SettingsDialog(ctx, window), "settings"),
        (ShortcutsDialog(main_menus.shortcuts(), window), "shortcuts"),
    ]
    for dialog, name in dialogs:
        dialog.show()
        save(dialog, name)
        dialog.close()
    window.ui.menuFile.popup(window.mapToGlobal(window.ui.menubar.geometry().bottomLeft()))
    settle()
    menu_shot = window.ui.menuFile.grab()
    path = out / "menu_file.png"
    menu_shot.save(str(path))
    written.append(path)
    window.ui.menuFile.close()
    window.close()
    ctx.close()
    QApplication.processEvents()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
    args = parser.parse_args()
    for path in shoot(args.lang):
        print(path)


if __name__ == "__main__":
    main()
