"""The counter as a volunteer uses it, keyboard only: a scanner types the code and Enter into
whatever has the focus; one more Enter hands over. Refusals turn the card red with the reason."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from counter_data import add, community, queue, record_count, set_status
from pickuppoint.services.counter.payments import Collector
from pickuppoint.services.parcels.cancel import cancel_parcel
from pickuppoint.ui.feedback import COLOURS, Verdict

RED, GREEN, AMBER = (COLOURS[v][0].lower() for v in (Verdict.REFUSE, Verdict.OK, Verdict.WARN))


@pytest.fixture
def world(ctx):
    w = community(ctx)
    w.queue = queue(ctx, 20)
    for code in w.queue:
        set_status(ctx, code, "received")
    return w


@pytest.fixture
def page(app, qtbot, ctx, world):
    """The counter page in a window of its own (the main window is tested below)."""
    from pickuppoint.ui.pages.counter import CounterPage

    counter = CounterPage(ctx)
    qtbot.addWidget(counter)
    counter.resize(1280, 760)
    counter.show()
    counter.activateWindow()
    qtbot.waitActive(counter)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is counter.field, timeout=2000)
    yield counter
    qtbot.waitUntil(lambda: not counter.busy, timeout=5000)


def test_the_window_opens_on_the_counter_ready_for_the_first_scan(app, qtbot, ctx, world):
    from pickuppoint.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    counter = window.pages["counter"]
    assert window.ui.pages.currentWidget() is counter  # the point has parcels
    qtbot.waitUntil(lambda: QApplication.focusWidget() is counter.field, timeout=2000)
    scan(qtbot, counter, world.codes["veg502"])  # no click first
    assert counter.ui.householdLabel.text() == "3-2-502"


# --- the keyboard ----------------------------------------------------------------------------

def keys(qtbot, value: str) -> None:
    """Type into whatever has the focus, as a scanner or a person does (non-ASCII characters as
    key events with text: see STACK.md)."""
    for ch in value:
        target = QApplication.focusWidget()
        assert target is not None
        if ch.isascii():
            qtbot.keyClicks(target, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                         Qt.KeyboardModifier.NoModifier, ch))


def key(qtbot, k: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), k)


def scan(qtbot, page, code: str) -> None:
    """A scanner burst: the code and Enter, into the focused widget (the scan field)."""
    ready_for_scan(qtbot, page)
    keys(qtbot, code)
    key(qtbot, Qt.Key.Key_Return)


def ready_for_scan(qtbot, page) -> None:
    """The scan field has the keyboard (after a dialog, once the window is active again)."""
    assert page.window().focusWidget() is page.field
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.field, timeout=2000)


def handed_over(ctx, code: str):
    with ctx.read() as s:
        return s.execute(text("SELECT * FROM handover WHERE parcel_code = :c AND voided = 0"),
                         {"c": code}).first()


def card_colour(page) -> str:
    """The colour the card is painted in (a pixel near its bottom right corner)."""
    card = page.ui.card
    return card.grab().toImage().pixelColor(card.width() - 20, card.height() - 20).name()


def enter_and_wait(qtbot, page, ctx, code: str):
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: handed_over(ctx, code) is not None and not page.busy, timeout=5000)
    return handed_over(ctx, code)


def wait_dialog(qtbot, page, cls):
    def ready() -> bool:  # shown, and the keyboard is in it (the window was activated)
        focus = QApplication.focusWidget()
        return (isinstance(page.dialog, cls) and page.dialog.isVisible() and focus is not None
                and focus.window() is page.dialog)

    qtbot.waitUntil(ready, timeout=2000)
    return page.dialog


# --- the queue -------------------------------------------------------------------------------

def test_a_queue_of_twenty_goes_with_one_scan_and_one_enter_each(qtbot, page, ctx, world):
    before = record_count(ctx)
    for n, code in enumerate(world.queue, start=1):
        scan(qtbot, page, code)
        household = f"7-1-{100 + n}"
        assert page.ui.householdLabel.text() == household
        assert page.ui.headLabel.text().startswith(f"住户{n}")
        assert card_colour(page) == GREEN
        assert page.ui.householdLabel.palette().color(QPalette.ColorRole.WindowText).name() == "#ffffff"
        row = enter_and_wait(qtbot, page, ctx, code)
        assert row.household_code == household and row.collector_name == f"住户{n}"
        assert "已发放 1 件" in page.ui.verdictLabel.text()
        ready_for_scan(qtbot, page)  # ready for the next parcel
        assert page.history.row(0).parcel_code == code  # newest first
    assert record_count(ctx) == before + 20
    assert [page.history.row(i).household_code for i in range(3)] == ["7-1-120", "7-1-119", "7-1-118"]
    qtbot.waitUntil(lambda: "已发放 20 件" in page.ui.countsLabel.text(), timeout=3000)
    key(qtbot, Qt.Key.Key_Return)  # Enter again after the handover does nothing
    assert record_count(ctx) == before + 20


def test_several_parcels_of_a_household_go_with_one_key(qtbot, page, ctx, world):
    set_status(ctx, world.codes["fruit502"], "received")
    scan(qtbot, page, world.codes["veg502"])
    assert page.ui.waitingList.isVisible() and page.ui.waitingList.count() == 2
    assert page.selected_codes() == [world.codes["veg502"], world.codes["fruit502"]]
    enter_and_wait(qtbot, page, ctx, world.codes["veg502"])
    assert handed_over(ctx, world.codes["fruit502"]) is not None
    assert "已发放 2 件" in page.ui.verdictLabel.text()


def test_a_second_enter_while_writing_hands_nothing_over_twice(qtbot, page, ctx, world):
    code = world.queue[0]
    scan(qtbot, page, code)
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Return)  # impatient: before the first is written
    qtbot.waitUntil(lambda: handed_over(ctx, code) is not None and not page.busy, timeout=5000)
    assert card_colour(page) == GREEN and "已发放 1 件" in page.ui.verdictLabel.text()
    with ctx.read() as s:
        assert s.execute(text("SELECT count(*) FROM handover WHERE parcel_code = :c"), {"c": code}).scalar() == 1


def test_ctrl_digit_unticks_a_parcel_and_esc_cancels(qtbot, page, ctx, world):
    set_status(ctx, world.codes["fruit502"], "received")
    scan(qtbot, page, world.codes["veg502"])
    qtbot.keyClick(page.field, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert page.selected_codes() == [world.codes["veg502"]]
    key(qtbot, Qt.Key.Key_Escape)
    assert page.card is None and page.ui.householdLabel.text() == ""
    before = record_count(ctx)
    key(qtbot, Qt.Key.Key_Return)
    assert record_count(ctx) == before


# --- refusals --------------------------------------------------------------------------------

def refused(qtbot, page, ctx, code: str, headline: str, reason: str) -> None:
    before = record_count(ctx)
    scan(qtbot, page, code)
    assert card_colour(page) == RED
    assert page.ui.householdLabel.text() == headline
    assert reason in page.ui.headLabel.text()
    assert "不能发放" in page.ui.verdictLabel.text()
    key(qtbot, Qt.Key.Key_Return)
    assert record_count(ctx) == before
    ready_for_scan(qtbot, page)


def test_every_refusal_is_shown_red_with_its_reason_and_writes_nothing(qtbot, page, ctx, world):
    code = world.codes["veg502"]
    scan(qtbot, page, code)
    enter_and_wait(qtbot, page, ctx, code)
    refused(qtbot, page, ctx, code, "已经领过了", "本户 王秀英")
    assert "操作人 测试员" in page.ui.headLabel.text() and "白竹亭接驳点" in page.ui.headLabel.text()
    refused(qtbot, page, ctx, "ZZ-0000", "查无此包裹", "没有编号为 ZZ-0000 的包裹")
    good = world.codes["veg501"]
    refused(qtbot, page, ctx, good[:-1] + ("0" if good[-1] != "0" else "1"), "请重新扫描", "校验位")
    refused(qtbot, page, ctx, world.codes["other"], "非本点包裹", "不在本接驳点发放")
    cancel_parcel(ctx, world.codes["milk301"], "订单取消")
    refused(qtbot, page, ctx, world.codes["milk301"], "包裹已作废", "订单取消")
    second = add(ctx, world.veg, "3-2-502", items="蔬菜包")
    refused(qtbot, page, ctx, second, "本批已领过", "不能重复领取")


def test_a_double_read_is_not_a_second_attempt(qtbot, page, ctx, world):
    scan(qtbot, page, world.codes["veg502"])
    scan(qtbot, page, world.codes["veg502"])  # the scanner read the label twice
    assert card_colour(page) in (GREEN, AMBER)
    enter_and_wait(qtbot, page, ctx, world.codes["veg502"])


# --- no label ----------------------------------------------------------------------------------

def test_lookup_by_room_and_by_phone_last_four_with_the_keyboard(qtbot, page, ctx, world):
    from pickuppoint.ui.dialogs.lookup_dialog import LookupDialog

    key(qtbot, Qt.Key.Key_F4)
    dialog = wait_dialog(qtbot, page, LookupDialog)
    keys(qtbot, "3-2-501")
    qtbot.waitUntil(lambda: dialog.ui.resultsTable.rowCount() > 0, timeout=2000)
    assert dialog.ui.resultsTable.item(0, 0).text() == "3-2-501"
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=2000)
    assert page.ui.householdLabel.text() == "3-2-501"
    shown = {page.ui.waitingList.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(page.ui.waitingList.count())}
    assert shown == {world.codes["veg501"], world.codes["rice501"]}  # all it has waiting
    ready_for_scan(qtbot, page)
    key(qtbot, Qt.Key.Key_Escape)

    key(qtbot, Qt.Key.Key_F4)
    dialog = wait_dialog(qtbot, page, LookupDialog)
    keys(qtbot, "8003")
    qtbot.waitUntil(lambda: dialog.ui.resultsTable.rowCount() == 1, timeout=2000)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=2000)
    assert page.ui.householdLabel.text() == "5-1-301"
    assert "卧床" in page.ui.flagsLabel.text()


def test_a_room_typed_into_the_scan_field_opens_the_lookup(qtbot, page, ctx, world):
    from pickuppoint.ui.dialogs.lookup_dialog import LookupDialog

    scan(qtbot, page, "3-2-502")
    dialog = wait_dialog(qtbot, page, LookupDialog)
    qtbot.waitUntil(lambda: dialog.ui.resultsTable.rowCount() > 0, timeout=2000)
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=2000)
    ready_for_scan(qtbot, page)


# --- who collects --------------------------------------------------------------------------------

def test_proxy_and_door_delivery(qtbot, page, ctx, world):
    from pickuppoint.ui.dialogs.collector_dialog import CollectorDialog

    scan(qtbot, page, world.codes["veg501"])
    key(qtbot, Qt.Key.Key_F2)
    dialog = wait_dialog(qtbot, page, CollectorDialog)
    assert dialog.ui.nameEdit.text() == "李芳"  # the registered proxy, first in the list
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: handed_over(ctx, world.codes["veg501"]) is not None and not page.busy,
                    timeout=5000)
    row = handed_over(ctx, world.codes["veg501"])
    assert (row.collector_kind, row.collector_name, row.collector_phone) == ("proxy", "李芳", "13900139002")
    assert "代领人 李芳" in page.ui.verdictLabel.text()
    ready_for_scan(qtbot, page)

    scan(qtbot, page, world.codes["veg301"])
    key(qtbot, Qt.Key.Key_F3)
    dialog = wait_dialog(qtbot, page, CollectorDialog)
    assert QApplication.focusWidget() is dialog.ui.nameEdit
    before = record_count(ctx)
    keys(qtbot, world.queue[3])  # a label scanned by mistake is not the volunteer's name
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and "条码" in dialog.ui.errorLabel.text()
    assert world.queue[3] not in dialog.ui.nameEdit.text() and record_count(ctx) == before
    dialog.ui.nameEdit.selectAll()
    keys(qtbot, "王强")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: handed_over(ctx, world.codes["veg301"]) is not None and not page.busy,
                    timeout=5000)
    row = handed_over(ctx, world.codes["veg301"])
    assert (row.collector_kind, row.collector_name) == ("door", "王强")
    ready_for_scan(qtbot, page)


# --- payment -------------------------------------------------------------------------------------

def test_an_unpaid_parcel_asks_how_it_is_paid(qtbot, page, ctx, world):
    from pickuppoint.ui.dialogs.payment_dialog import PaymentDialog

    set_status(ctx, world.codes["rice501"], "received")
    scan(qtbot, page, world.codes["rice501"])
    assert card_colour(page) == AMBER and "39.90" in page.ui.dueLabel.text()
    before = record_count(ctx)
    key(qtbot, Qt.Key.Key_Return)
    dialog = wait_dialog(qtbot, page, PaymentDialog)
    assert "39.90" in dialog.ui.amountLabel.text()
    key(qtbot, Qt.Key.Key_Return)  # Enter alone never takes money
    key(qtbot, Qt.Key.Key_Escape)  # back to the card: nothing handed over
    qtbot.waitUntil(lambda: page.dialog is None, timeout=2000)
    assert record_count(ctx) == before
    ready_for_scan(qtbot, page)
    key(qtbot, Qt.Key.Key_Return)
    dialog = wait_dialog(qtbot, page, PaymentDialog)
    keys(qtbot, "SO20261123001")  # a label scanned by mistake: its digits choose nothing
    key(qtbot, Qt.Key.Key_Return)
    assert not dialog._pending.isActive()  # nothing waits to be chosen
    assert dialog.isVisible() and dialog.payment is None and record_count(ctx) == before
    key(qtbot, Qt.Key.Key_4)  # waived: a reason is asked for
    qtbot.waitUntil(dialog.ui.reasonEdit.hasFocus, timeout=2000)
    keys(qtbot, "低保户")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: handed_over(ctx, world.codes["rice501"]) is not None and not page.busy,
                    timeout=5000)
    row = handed_over(ctx, world.codes["rice501"])
    assert (row.payment, row.amount_cents, row.waive_reason) == ("waived", 3990, "低保户")
    qtbot.waitUntil(lambda: "免收：39.90 元" in page.ui.tillLabel.text(), timeout=3000)
    ready_for_scan(qtbot, page)


def test_cash_payment_counts_in_the_till(qtbot, page, ctx, world):
    from pickuppoint.ui.dialogs.payment_dialog import PaymentDialog

    scan(qtbot, page, world.codes["rice501"])
    key(qtbot, Qt.Key.Key_Return)
    wait_dialog(qtbot, page, PaymentDialog)
    key(qtbot, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: handed_over(ctx, world.codes["rice501"]) is not None and not page.busy,
                    timeout=5000)
    assert handed_over(ctx, world.codes["rice501"]).payment == "cash"
    qtbot.waitUntil(lambda: "现金：39.90 元（1 笔）" in page.ui.tillLabel.text(), timeout=3000)


# --- undo and receipts ---------------------------------------------------------------------------

def test_undo_from_the_history_with_a_reason(qtbot, page, ctx, world):
    from pickuppoint.ui.dialogs.void_dialog import VoidDialog

    for code in world.queue[:2]:
        scan(qtbot, page, code)
        enter_and_wait(qtbot, page, ctx, code)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)  # the second newest: the first of the two
    assert page._selected_history().parcel_code == world.queue[0]
    key(qtbot, Qt.Key.Key_F5)
    dialog = wait_dialog(qtbot, page, VoidDialog)
    before = record_count(ctx)
    key(qtbot, Qt.Key.Key_Return)  # no reason yet: refused in the dialog
    assert dialog.isVisible() and "原因" in dialog.ui.errorLabel.text()
    keys(qtbot, world.queue[5])  # a label scanned while the dialog is open confirms nothing
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and "条码" in dialog.ui.errorLabel.text() and record_count(ctx) == before
    assert dialog.ui.reasonCombo.currentText() == ""
    keys(qtbot, "住户退回")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: handed_over(ctx, world.queue[0]) is None and not page.busy, timeout=5000)
    assert record_count(ctx) == before + 1
    with ctx.read() as s:
        row = s.execute(text("SELECT voided, void_reason FROM handover WHERE parcel_code = :c"),
                        {"c": world.queue[0]}).one()
        status = s.execute(text("SELECT status FROM parcel WHERE code = :c"), {"c": world.queue[0]}).scalar()
    assert tuple(row) == (1, "住户退回") and status == "received"
    qtbot.waitUntil(lambda: page.history.row(1).voided, timeout=2000)
    ready_for_scan(qtbot, page)
    scan(qtbot, page, world.queue[0])  # it may be handed over again at once
    enter_and_wait(qtbot, page, ctx, world.queue[0])


def test_the_receipt_preview_opens_and_the_focus_comes_back(qtbot, page, ctx, world):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    scan(qtbot, page, world.queue[0])
    enter_and_wait(qtbot, page, ctx, world.queue[0])
    key(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: isinstance(getattr(page.printer, "last_preview", None),
                                       QPrintPreviewDialog), timeout=5000)
    preview = page.printer.last_preview
    qtbot.waitUntil(preview.isVisible, timeout=2000)
    assert "小票" in preview.windowTitle()
    preview.reject()
    ready_for_scan(qtbot, page)


@pytest.mark.parametrize("layout,width_mm", [("58mm", 58), ("80mm", 80), ("a5", 148)])
def test_the_receipt_prints_in_each_layout(qtbot, app, ctx, world, tmp_path, layout, width_mm):
    from PySide6.QtPrintSupport import QPrinter

    from pickuppoint.services.counter import handover as counter
    from pickuppoint.services.counter.payments import Payment
    from pickuppoint.ui.pdf_printing import open_pdf, paint_pdf
    from pickuppoint.ui.receipt_printing import ReceiptPrinter, receipt_pdf

    visit = counter.hand_over(ctx, [world.codes["veg501"], world.codes["rice501"]],
                              Collector("proxy", "李芳"), Payment("cash"))
    pdf = receipt_pdf(ctx, visit.receipt_no, layout)
    printed = tmp_path / f"printed-{layout}.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert ReceiptPrinter(ctx).print_now(pdf, printer)
    words = subprocess.run(["pdftotext", "-layout", printed, "-"], capture_output=True, text=True,
                           check=True).stdout
    for expected in ("物资领取小票", "3-2-501", "张建国", "蔬菜包", "米面油套餐", "39.90", "现金",
                     "领取人", "代领人 李芳", "操作人：测试员", visit.receipt_no):
        assert expected in words, (layout, expected)
    info = subprocess.run(["pdfinfo", printed], capture_output=True, text=True, check=True).stdout
    width_pt = float(info.split("Page size:")[1].split()[0])
    assert abs(width_pt / 72 * 25.4 - width_mm) < 1

    # painted through Qt (what a real printer gets): the page is the receipt's size, not blank
    painted = tmp_path / f"painted-{layout}.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(painted))
    from pickuppoint.ui.pdf_printing import fit_printer_to

    doc = open_pdf(pdf)
    fit_printer_to(printer, doc)
    paint_pdf(doc, printer)
    subprocess.run(["pdftoppm", "-r", "40", "-gray", "-f", "1", "-l", "1", painted,
                    tmp_path / "page"], check=True)
    from PySide6.QtGui import QImage

    [png] = list(tmp_path.glob("page*.pgm")) or list(tmp_path.glob("page*"))
    image = QImage(str(png))
    dark = sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if image.pixelColor(x, y).lightness() < 128)
    assert dark > 50
    assert abs(image.width() / 40 * 25.4 - width_mm) < 2
