"""Screenshots of the controls that assign households and rounds to points, on the small street
office of the Sync screenshots (services/demo/street_office.py):

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/assign_screenshots.py [--lang en --out DIR]

The Sync page's assign dialog, the add-point dialog with the buildings it serves, the round
dialog with the points a round is for, and a point's counter refusing a parcel whose household
was moved to the other point while it waited on the shelf. Writes docs/screenshots/assign_*.png
(`_en` for English). Look at the PNGs after.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang.startswith("zh") else "_" + args.lang.split("_")[0]
    folder = Path(tempfile.mkdtemp(prefix="assign-shots-"))

    from PySide6.QtWidgets import QApplication

    from pickuppoint.services.assign import commands as assign
    from pickuppoint.services.demo.street_office import street_office
    from pickuppoint.services.sync import export, importer
    from pickuppoint.ui.app import application
    from pickuppoint.ui.dialogs.add_point_dialog import AddPointDialog
    from pickuppoint.ui.dialogs.assign_dialog import AssignDialog
    from pickuppoint.ui.dialogs.round_dialog import RoundDialog
    from pickuppoint.ui.main_window import MainWindow

    app = application(args.lang)
    hub, points, files = street_office(folder)
    importer.import_files(hub, files)
    written = []

    def shot(widget, name: str) -> None:  # noqa: ANN001
        widget.show()
        for _ in range(5):
            QApplication.processEvents()
        path = args.out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        written.append(path)

    dialog = AssignDialog(hub, "BZT")
    dialog.ui.buildingsEdit.setText("3")
    dialog.ui.householdsEdit.setText("7-1-501")
    shot(dialog, "assign_dialog")
    dialog.close()

    dialog = AddPointDialog(hub)
    dialog.ui.siteEdit.setText("HXY")
    dialog.ui.nameEdit.setText("和谐苑北门")
    dialog.ui.buildingsEdit.setText("9-11, 14")
    dialog.ui.fileEdit.setText(str(folder / "HXY.ppsetup"))
    shot(dialog, "assign_add_point")
    dialog.close()

    dialog = RoundDialog(hub)
    dialog.ui.nameEdit.setText("4月14日 安心包")
    from PySide6.QtCore import Qt

    dialog.ui.pointsList.item(0).setCheckState(Qt.CheckState.Checked)
    shot(dialog, "assign_round_dialog")
    dialog.close()

    # a parcel waiting on BZT's shelf whose household moves to DXL: BZT's counter says what to do
    point = points["BZT"]
    from sqlalchemy import text

    with point.read() as s:
        code = s.execute(text("SELECT code FROM parcel WHERE point_site = 'BZT' AND status = 'expected' "
                              "AND household_code IS NOT NULL ORDER BY code LIMIT 1")).scalar_one()
        home = s.execute(text("SELECT household_code FROM parcel WHERE code = :c"), {"c": code}).scalar_one()
    from pickuppoint.services.receiving import records as receiving

    receiving.receive(point, None, code)
    importer.import_files(hub, [export.export_batch(point, folder / "late.ppsync").path])
    assign.assign_households(hub, "DXL", codes=[home])
    importer.import_files(point, [export.export_update(hub, "BZT", folder / "u.ppsync").path])
    window = MainWindow(point)
    window.resize(1366, 768)
    page = window.show_page("counter")
    window.show()
    QApplication.processEvents()
    page.on_scan(code)
    shot(window, "assign_counter_moved")
    print("\n".join(str(p) for p in written))
    app.quit()


if __name__ == "__main__":
    main()
