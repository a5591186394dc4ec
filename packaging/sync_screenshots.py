"""Screenshots of the coordinator's Sync views and a point's, on a small street office made here.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python packaging/sync_screenshots.py
        [--lang en --out DIR]

Two points enrol with setup files, hand parcels over, and export batch files; the coordinator
imports them (one file missing, which leaves a gap; one tampered file, refused; one parcel handed
over at both points, a conflict). Writes docs/screenshots/sync_*.png. Look at the PNGs after.
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
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="sync-shots-"))

    from PySide6.QtCore import QTimer

    from pickuppoint.services.demo.street_office import street_office
    from pickuppoint.services.sync import importer
    from pickuppoint.ui.app import application
    from pickuppoint.ui.dialogs.add_point_dialog import AddPointDialog
    from pickuppoint.ui.main_window import MainWindow

    app = application(args.lang)
    hub, points, files = street_office(folder)
    window = MainWindow(hub)
    window.resize(1280, 800)
    window.show()
    page = window.show_page("sync")
    results = importer.import_files(hub, files)
    page.show_results(results)
    page.refresh()
    written = []

    def shot(widget, name: str) -> None:  # noqa: ANN001
        path = out / name
        widget.grab().save(str(path))
        written.append(path)

    def step1() -> None:
        page.ui.pointsTable.selectRow(1)
        shot(window, "sync_points.png")
        page.ui.tabs.setCurrentWidget(page.ui.conflictsTab)
        page.ui.conflictsTable.selectRow(0)
        QTimer.singleShot(200, step2)

    def step2() -> None:
        shot(window, "sync_conflicts.png")
        page.ui.tabs.setCurrentWidget(page.ui.progressTab)
        QTimer.singleShot(200, step3)

    def step3() -> None:
        shot(window, "sync_progress.png")
        from pickuppoint.services.sync import status
        from pickuppoint.ui.dialogs.reason_dialog import ReasonDialog

        c = page.open_conflicts[0]
        with hub.read() as s:
            records = status.records_of(s, c["records"])
        dialog = ReasonDialog(page.tr("处理冲突"), page._conflict_kind(c["kind"]) + "：" + page._subject(c),  # noqa: SLF001
                              [(page.tr("以这条为准：{record}").format(record=page._record_text(r)), r.id)  # noqa: SLF001
                               for r in records], page.tr("记录处理结果"), window)
        dialog.ui.choiceList.setCurrentRow(1)
        dialog.ui.reasonEdit.setText("东兴路有住户签字的回执，白竹亭是误扫")
        dialog.show()
        QTimer.singleShot(300, lambda: (shot(dialog, "sync_resolve_dialog.png"), dialog.close(), step4()))

    def step4() -> None:
        dialog = AddPointDialog(hub, window)
        dialog.ui.siteEdit.setText("HXY")
        dialog.ui.nameEdit.setText("和谐苑北门")
        dialog.ui.fileEdit.setText(str(folder / "HXY.ppsetup"))
        dialog.show()
        dialog._make()  # noqa: SLF001

        def wait() -> None:
            if dialog.made is None:
                QTimer.singleShot(100, wait)
                return
            QTimer.singleShot(200, lambda: (shot(dialog, "sync_add_point.png"), dialog.close(), step5()))

        wait()

    def step5() -> None:
        pw = MainWindow(points["BZT"])
        pw.resize(1280, 800)
        pw.show()
        pw.show_page("sync")
        QTimer.singleShot(300, lambda: (shot(pw, "sync_point.png"), app.quit()))

    QTimer.singleShot(500, step1)
    app.exec()
    print("\n".join(str(p) for p in written))


if __name__ == "__main__":
    main()
