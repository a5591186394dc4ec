"""The Lists page: the uncollected list previewed, printed from launch in three actions (to a PDF
file, as Qt's print-to-file does), saved as XLSX and CSV, its options; the day's report window
with its copy button, print and save."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from lists_data import crowded_building, pdf_pages, pdf_printer, received_community
from pickuppoint.services.counter.handover import hand_over
from pickuppoint.services.counter.payments import Payment
from pickuppoint.services.lists import daily
from pickuppoint.ui.main_window import MainWindow


def _click_page(qtbot, window, key: str) -> None:
    nav = window.ui.navigation
    row = next(i for i, s in enumerate(window.specs) if s.key == key)
    rect = nav.visualItemRect(nav.item(row))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_printing_the_list_from_launch_takes_three_actions(app, qtbot, ctx, tmp_path, monkeypatch):
    rid = crowded_building(ctx, households=60, parcels_each=2)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    printed = tmp_path / "printed.pdf"
    dialogs = []

    def print_dialog(self):  # the print dialog's 打印 button (print to file)
        dialogs.append(self)
        return pdf_printer(printed)

    from pickuppoint.ui.pages.lists import ListsPage

    monkeypatch.setattr(ListsPage, "ask_printer", print_dialog)
    _click_page(qtbot, window, "lists")  # 1: the 名单 page
    page = window.pages["lists"]
    assert window.ui.pages.currentWidget() is page
    qtbot.mouseClick(page.ui.printButton, Qt.MouseButton.LeftButton)  # 2: 打印未领取名单
    assert len(dialogs) == 1  # 3: 打印 in the print dialog
    qtbot.waitUntil(printed.exists, timeout=20_000)
    texts = pdf_pages(printed)
    assert len(texts) == page.pages > 1 and all("未领取名单" in t for t in texts)
    assert f"第 {page.pages} 页 / 共 {page.pages} 页" in texts[-1]
    assert "9栋合计" in "".join(texts) and page.data.round_names == "第3批团购"
    assert page.data.options.round_ids == [] and rid in [r.id for r in page.data.rounds]
    assert page.view.document().pageCount() == page.pages  # the preview scrolls through every page
    assert "60 户、120 件" in page.ui.summaryLabel.text()


def test_options_rounds_and_saving(app, qtbot, ctx, tmp_path):
    w = received_community(ctx)
    from pickuppoint.ui.pages.lists import ListsPage

    page = ListsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activated()
    qtbot.waitUntil(page.ready, timeout=10_000)
    assert page.data.total.households == 3
    page.set_rounds([w.veg])
    qtbot.waitUntil(lambda: page.ready() and page.data.options.round_ids == [w.veg], timeout=10_000)
    assert page.data.round_names == "第1批蔬菜包" and page.data.total.parcels == 3
    page.ui.fullPhonesCheck.setChecked(True)
    qtbot.waitUntil(lambda: page.ready() and page.data.options.full_phones, timeout=10_000)
    assert page.data.rows[0].phone == "13800138001"
    for suffix in ("xlsx", "csv", "pdf"):
        page.ask_path = lambda s=suffix: str(tmp_path / f"list.{s}")
        page.save_as()
        qtbot.waitUntil(lambda s=suffix: page.saved_path == str(tmp_path / f"list.{s}"), timeout=10_000)
    rows = list(load_workbook(tmp_path / "list.xlsx").active.iter_rows(values_only=True))
    assert [r[3] for r in rows[1:]] == ["3-2-501", "3-2-502", "5-1-301"] and rows[1][5] == "13800138001"
    assert (tmp_path / "list.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert "蔬菜包" in pdf_pages(tmp_path / "list.pdf")[0]
    page.ask_path = lambda: str(tmp_path / "list.docx")
    page.save_as()
    assert ".xlsx" in page.ui.summaryLabel.text() and not (tmp_path / "list.docx").exists()
    # the counter hands a parcel over: the list follows
    hand_over(ctx, [w.codes["veg501"]])
    page.refresh()
    qtbot.waitUntil(lambda: page.ready() and page.data.total.parcels == 2, timeout=10_000)


def test_the_days_report_window_copies_prints_and_saves(app, qtbot, ctx, tmp_path, monkeypatch):
    w = received_community(ctx)
    hand_over(ctx, [w.codes["veg501"], w.codes["rice501"]], payment=Payment("cash"))
    from pickuppoint.ui.dialogs.daily_report_dialog import DailyReportDialog

    dialog = DailyReportDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    expected = daily.wechat_text(daily.gather(ctx, date.today()))
    assert dialog.ui.wechatText.toPlainText() == expected and "收款 ￥39.90" in expected
    table = dialog.ui.figuresTable
    cells = {table.item(i, 0).text().strip(): table.item(i, 2).text() for i in range(table.rowCount())}
    assert cells["收款合计（现金 + 扫码）"] == "39.90" and cells["现金"] == "39.90"
    qtbot.mouseClick(dialog.ui.copyButton, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == expected
    dialog.ask_printer = lambda _pdf: pdf_printer(tmp_path / "report.pdf")
    qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "打印机" in dialog.ui.messageLabel.text(), timeout=10_000)
    assert "39.90" in pdf_pages(tmp_path / "report.pdf")[0]
    dialog.ask_path = lambda: str(tmp_path / "report.xlsx")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=10_000)
    assert load_workbook(tmp_path / "report.xlsx")["日报"].max_row > 10


def test_a_volunteer_gets_the_list_with_masked_phones_and_no_worker_buttons(app, qtbot, ctx):
    from pickuppoint.services.operators import records as operators
    from pickuppoint.services.operators.signin import sign_in
    from pickuppoint.ui.pages.lists import ListsPage

    received_community(ctx)
    operators.add_operator(ctx, "王主任", "worker", "2468")
    sign_in(ctx, "王主任", "2468")
    operators.add_operator(ctx, "小李", "volunteer")
    page = ListsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.ui.fullPhonesCheck.setChecked(True)
    sign_in(ctx, "小李")
    page.role_changed()
    assert not page.ui.fullPhonesCheck.isChecked() and not page.ui.fullPhonesCheck.isEnabled()
    assert not page.ui.reportButton.isEnabled() and not page.ui.ledgerButton.isEnabled()
    assert "社区工作者" in page.ui.reportButton.toolTip()
    qtbot.waitUntil(page.ready, timeout=10_000)
    assert page.data.rows and all("****" in r.phone for r in page.data.rows if r.phone)
    sign_in(ctx, "王主任", "2468")
    page.role_changed()
    assert page.ui.fullPhonesCheck.isEnabled() and page.ui.reportButton.isEnabled()
