"""The coordinator's window: the Lists page and the day's report by point with the point filter,
saved documents, and every page and the coordinator's dialogs fitting 1366x768 in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication

from lists_data import pdf_pages
from pickuppoint.services.demo.street_office import street_office
from pickuppoint.services.sync import importer

SIZE = (1366, 768)


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    hub, points, files = street_office(tmp_path_factory.mktemp("office"), received=True)
    importer.import_files(hub, files)
    yield hub
    for ctx in (hub, *points.values()):
        ctx.close()


def _hub_window(qtbot, hub):
    from pickuppoint.ui.main_window import MainWindow

    w = MainWindow(hub)
    qtbot.addWidget(w)
    w.resize(*SIZE)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_the_lists_page_on_a_hub_lists_by_point_and_filters_the_points(app, qtbot, office, tmp_path: Path) -> None:
    window = _hub_window(qtbot, office)
    page = window.show_page("lists")
    assert page.ui.pointsList.isVisible() and page.ui.titleLabel.text() == "未领取名单（各接驳点）"
    assert page.chosen_points() == [] and page.ui.pointsList.count() == 2  # none ticked: every point
    assert not page.ui.timetableButton.isEnabled()  # a point's own notice
    qtbot.waitUntil(lambda: page.ready() and page.data is not None, timeout=30000)
    shown = [page.ui.pointsList.item(i).text() for i in range(page.ui.pointsList.count())]
    assert shown[0].startswith("白竹亭东门（BZT）：") and shown[1].startswith("东兴路菜场（DXL）：")
    assert "2 个接驳点" in page.ui.summaryLabel.text()
    everyone = page.data.total.parcels
    page.set_points(["DXL"])
    qtbot.waitUntil(lambda: page.ready() and [p.site_id for p, _l in page.data.parts] == ["DXL"], timeout=30000)
    assert page.ui.pointsList.item(0).text() == "白竹亭东门（BZT）" and 0 < page.data.total.parcels < everyone
    out = tmp_path / "dxl.xlsx"
    page.ask_path = lambda: str(out)
    page.save_as()
    qtbot.waitUntil(lambda: page.saved_path == str(out), timeout=30000)
    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))[1:]
    assert rows and {r[1] for r in rows} == {"DXL"}


def test_the_days_report_window_on_a_hub_shows_every_point_and_saves_them(app, qtbot, office, tmp_path: Path) -> None:
    from pickuppoint.ui.dialogs.daily_report_dialog import DailyReportDialog

    window = _hub_window(qtbot, office)
    dialog = DailyReportDialog(office, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.by_point is not None, timeout=30000)
    table = dialog.ui.figuresTable
    firsts = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert firsts[0].startswith("【全部接驳点合计")
    assert "【白竹亭东门（BZT）】" in firsts and "【东兴路菜场（DXL）】" in firsts
    text = dialog.ui.wechatText.toPlainText().splitlines()
    assert text[0].startswith("白竹亭东门 ") and text[1].startswith("东兴路菜场 ")
    assert text[-1].startswith("白竹街道办 ")
    out = tmp_path / "report.pdf"
    dialog.ask_path = lambda: str(out)
    dialog.save_as()
    qtbot.waitUntil(lambda: dialog.saved_path == str(out), timeout=30000)
    printed = "".join(pdf_pages(out)).replace(" ", "")
    assert "日报（各接驳点）" in printed and "白竹亭东门（BZT）" in printed and "东兴路菜场（DXL）" in printed
    # one point ticked: that point alone
    from PySide6.QtCore import Qt

    dialog.by_point = None
    dialog.ui.pointsList.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: dialog.by_point is not None, timeout=30000)
    assert [p.site_id for p, _r in dialog.by_point.parts] == ["BZT"]
    assert "东兴路菜场" not in dialog.ui.wechatText.toPlainText()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_page_of_a_hub_and_its_report_fit_1366x768(app, qtbot, office, lang: str) -> None:
    from pickuppoint.ui.app import application
    from pickuppoint.ui.dialogs.daily_report_dialog import DailyReportDialog
    from pickuppoint.ui.fit import clipped

    application(lang)
    try:
        window = _hub_window(qtbot, office)
        for spec in window.specs:
            page = window.show_page(spec.key)
            if spec.key == "lists":  # its summary is written once the list is made
                qtbot.waitUntil(lambda p=page: p.ready() and p.data is not None, timeout=30000)
            for _ in range(5):
                QApplication.processEvents()
            qtbot.wait(20)
            if spec.key == "sync":
                for tab in range(page.ui.tabs.count()):
                    page.ui.tabs.setCurrentIndex(tab)
                    QApplication.processEvents()
                    assert clipped(window) == [], (spec.key, tab)
            assert (window.width(), window.height()) == SIZE and clipped(window) == [], spec.key
        dialog = DailyReportDialog(office, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.by_point is not None, timeout=30000)
        assert dialog.height() <= SIZE[1] and clipped(dialog) == []
    finally:
        application("zh_CN")
