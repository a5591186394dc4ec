"""Screenshots of every coordinator view (and a point's Sync page), 1366x768, in one language, on a
small street office made here; and, in Chinese, the example images of the documents by point.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/sync_screenshots.py --lang zh_CN
    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/sync_screenshots.py --lang en

Two points enrol with setup files, take in their parcels, hand some over, and export batch files;
the coordinator imports them (one file cut short, refused, which leaves a gap; one parcel handed
over at both points, a conflict, resolved after its dialog is shown). Writes
docs/screenshots/coord_*_1366_{zh,en}.png and sync_*_1366_{zh,en}.png, and
docs/documents/uncollected_by_point.png and daily_by_point.png (pdftoppm, 80 dpi). Each window
is checked to fit (ui/fit.py) and the script fails if one does not. Look at the PNGs after.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "docs" / "screenshots"
DOCS = ROOT / "docs" / "documents"
SIZE = (1366, 768)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_CN")
    args = parser.parse_args()
    tag = "zh" if args.lang.startswith("zh") else "en"
    folder = Path(tempfile.mkdtemp(prefix="coord-shots-"))

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from pickuppoint.services.context import Context
    from pickuppoint.services.demo.street_office import street_office
    from pickuppoint.services.sync import importer, status
    from pickuppoint.ui.app import application
    from pickuppoint.ui.dialogs.add_point_dialog import AddPointDialog
    from pickuppoint.ui.dialogs.daily_report_dialog import DailyReportDialog
    from pickuppoint.ui.dialogs.reason_dialog import ReasonDialog
    from pickuppoint.ui.first_run import FirstRunWizard
    from pickuppoint.ui.fit import clipped
    from pickuppoint.ui.main_window import MainWindow

    application(args.lang)
    written: list[Path] = []

    def wait(ms: int = 200) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def until(ready, ms: int = 30000) -> None:  # noqa: ANN001
        for _ in range(ms // 50):
            if ready():
                return
            wait(50)
        raise SystemExit("timed out waiting for a window to be ready")

    def shot(widget, name: str) -> None:  # noqa: ANN001
        wait(250)
        problems = clipped(widget)
        if problems:
            raise SystemExit(f"{name}: does not fit: {problems}")
        path = SHOTS / f"{name}_1366_{tag}.png"
        widget.grab().save(str(path))
        written.append(path)

    # the first run, as a street office's hub
    fresh = Context.open(folder / "fresh.sqlite3", "李晓东")
    wizard = FirstRunWizard(fresh)
    wizard.show()
    shot(wizard, "coord_first_run")
    wizard.ui.coordinatorButton.click()
    wizard.ui.nameEdit.setText("白竹街道办")
    wizard.ui.siteIdEdit.setText("JDB")
    shot(wizard, "coord_setup")
    wizard.close()
    fresh.close()

    hub, points, files = street_office(folder, received=True)
    window = MainWindow(hub)
    window.resize(*SIZE)
    window.show()
    page = window.show_page("sync")
    page.show_results(importer.import_files(hub, files))
    page.refresh()
    page.ui.pointsTable.selectRow(1)
    shot(window, "sync_points")

    gap_point = page.points[1]
    dialog = ReasonDialog(page.tr("跳过缺口"), page.tr(
        "{name} 缺的记录如果确实补不回来（U 盘丢失、电脑损坏），可以跳过，先收后面的记录。"
        "以后补到的记录照样会收进来。").format(name=gap_point.name),
        list(zip(gap_point.gap_text(), gap_point.gaps, strict=True)), page.tr("跳过这段"), window)
    dialog.ui.reasonEdit.setText("U 盘摔坏了，东兴路菜场的电脑也修不好" if tag == "zh" else
                                 "The stick broke and the point's laptop cannot be repaired")
    dialog.show()
    shot(dialog, "sync_accept_gap")
    dialog.close()

    page.ui.tabs.setCurrentWidget(page.ui.conflictsTab)
    page.ui.conflictsTable.selectRow(0)
    shot(window, "sync_conflicts")
    c = page.open_conflicts[0]
    with hub.read() as s:
        records = status.records_of(s, c["records"])
    dialog = ReasonDialog(page.tr("处理冲突"), page._conflict_kind(c["kind"]) + "：" + page._subject(c),  # noqa: SLF001
                          [(page.tr("以这条为准：{record}").format(record=page._record_text(r))  # noqa: SLF001
                            + (page.tr("（暂定）") if r.id == c["winner"] else ""), r.id) for r in records],
                          page.tr("记录处理结果"), window)
    dialog.ui.choiceList.setCurrentRow(1)
    dialog.ui.reasonEdit.setText("东兴路有住户签字的回执，白竹亭是误扫" if tag == "zh" else
                                 "Dongxing Road has the household's signed receipt; Baizhuting scanned it by mistake")
    dialog.show()
    shot(dialog, "sync_resolve_dialog")
    dialog.close()
    from pickuppoint.services.log import conflicts

    conflicts.resolve(hub, c["id"], records[1].id, dialog.ui.reasonEdit.text())
    page.refresh()
    shot(window, "sync_resolved")
    page.ui.tabs.setCurrentWidget(page.ui.progressTab)
    shot(window, "sync_progress")

    dialog = AddPointDialog(hub, window)
    dialog.ui.siteEdit.setText("HXY")
    dialog.ui.nameEdit.setText("和谐苑北门")
    dialog.ui.fileEdit.setText(str(folder / "HXY.ppsetup"))
    dialog.show()
    dialog._make()  # noqa: SLF001
    until(lambda: dialog.made is not None)
    shot(dialog, "sync_add_point")
    dialog.close()

    lists = window.show_page("lists")
    until(lambda: lists.ready() and lists.data is not None)
    shot(window, "coord_lists")
    report = DailyReportDialog(hub, window)
    report.show()
    until(lambda: report.by_point is not None)
    shot(report, "coord_daily_report")
    if tag == "zh":
        from pickuppoint.documents import by_point as documents

        for name, write in (("uncollected_by_point", lambda p: documents.write_list(lists.data, p, "pdf")),
                            ("daily_by_point", lambda p: documents.write_report(report.by_point, p, "pdf"))):
            pdf = folder / f"{name}.pdf"
            write(pdf)
            subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", "1", "-l", "1", str(pdf),
                            str(DOCS / name)], check=True)
            written.append(DOCS / f"{name}.png")
    report.close()

    point = MainWindow(points["BZT"])
    point.resize(*SIZE)
    point.show()
    point.show_page("sync")
    shot(point, "sync_point")
    QApplication.processEvents()
    print("\n".join(str(p) for p in written))


if __name__ == "__main__":
    main()
