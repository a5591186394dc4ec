"""Screenshots of the real windows on the demo community, for the README and docs/.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python packaging/screenshots.py [--db PATH]
        [--lang en --out DIR]   (the English interface, written elsewhere: to look at, not for docs/)

Writes docs/screenshots/households.png (the main window, 1280x800, on the Households page) and
docs/screenshots/household_dialog.png (the detail dialog of an elderly resident with proxies).
Without --db the demo community is made in a temporary file. Look at the PNGs after.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--operator", default="李晓东")
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    out = args.out
    db = args.db or Path(tempfile.mkdtemp()) / "demo.sqlite3"

    from PySide6.QtCore import QTimer

    from pickuppoint.services.context import Context
    from pickuppoint.services.demo import community as demo
    from pickuppoint.services.households import records as households
    from pickuppoint.ui.app import application
    from pickuppoint.ui.dialogs.household_dialog import HouseholdDialog
    from pickuppoint.ui.main_window import MainWindow

    app = application(args.lang)
    ctx = Context.open(db, args.operator)
    demo.ensure_demo(ctx)
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    window.show_page("households")
    out.mkdir(parents=True, exist_ok=True)

    def dialog() -> None:
        window.grab().save(str(out / "households.png"))
        with ctx.read() as s:
            elderly = households.search(s, households.Query(flag="elderly_alone"), limit=100)
        shown = HouseholdDialog(ctx, next(h for h in elderly if len(h.proxies) > 1), window)
        shown.show()
        QTimer.singleShot(300, lambda: (shown.grab().save(str(out / "household_dialog.png")),
                                        app.quit()))

    QTimer.singleShot(500, dialog)
    app.exec()
    print(f"{out / 'households.png'}\n{out / 'household_dialog.png'}")


if __name__ == "__main__":
    main()
