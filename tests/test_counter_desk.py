"""The counter at a real table (issue: records invented or lost): a scan while a card waits for
Enter never drops it; undo (F5) says what happened and stores the reason as typed; a code typed by
hand without a check character asks for one more Enter; a paid-on-behalf amount is shown."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from sqlalchemy import text

from counter_data import record_count, set_status
from test_counter_page import (
    AMBER,
    GREEN,
    RED,
    card_colour,
    enter_and_wait,
    handed_over,
    key,
    keys,  # noqa: F401
    page,
    ready_for_scan,
    scan,
    wait_dialog,
    world,
)

__all__ = ["page", "world"]


def test_a_second_parcel_of_the_household_joins_the_waiting_handover(qtbot, page, ctx, world):
    scan(qtbot, page, world.codes["veg502"])
    lst = page.ui.waitingList
    fruit = next(i for i in range(lst.count())
                 if lst.item(i).data(Qt.ItemDataRole.UserRole) == world.codes["fruit502"])
    assert lst.item(fruit).checkState() == Qt.CheckState.Unchecked  # not yet received: not ticked
    before = record_count(ctx)
    scan(qtbot, page, world.codes["fruit502"])  # the family brought the second label
    assert page.ui.householdLabel.text() == "3-2-502"  # the same card, nothing dropped
    assert page.selected_codes() == [world.codes["veg502"], world.codes["fruit502"]]
    assert "已加入" in page.ui.verdictLabel.text() and record_count(ctx) == before
    enter_and_wait(qtbot, page, ctx, world.codes["veg502"])  # one Enter hands over both
    assert handed_over(ctx, world.codes["fruit502"]) is not None
    assert handed_over(ctx, world.codes["veg502"]).visit_id == handed_over(ctx, world.codes["fruit502"]).visit_id
    assert "已发放 2 件" in page.ui.verdictLabel.text()


def test_another_households_parcel_while_one_waits_is_refused_until_enter_or_esc(qtbot, page, ctx, world):
    a, b = world.queue[0], world.queue[1]
    scan(qtbot, page, a)
    assert card_colour(page) == GREEN
    before = record_count(ctx)
    scan(qtbot, page, b)  # no Enter for a
    assert card_colour(page) == RED and page.ui.householdLabel.text() == "7-1-101"
    assert "7-1-101" in page.ui.verdictLabel.text() and "回车" in page.ui.verdictLabel.text()
    assert record_count(ctx) == before
    page.field.forget_last()
    scan(qtbot, page, b)  # again: still refused, a still waits
    assert card_colour(page) == RED and page.ui.householdLabel.text() == "7-1-101"
    row = enter_and_wait(qtbot, page, ctx, a)  # Enter settles a: handed over, not forgotten
    assert row.household_code == "7-1-101" and handed_over(ctx, b) is None
    ready_for_scan(qtbot, page)
    page.field.forget_last()
    scan(qtbot, page, b)  # now b is shown
    assert page.ui.householdLabel.text() == "7-1-102" and card_colour(page) == GREEN
    scan(qtbot, page, world.queue[2])
    assert card_colour(page) == RED
    key(qtbot, Qt.Key.Key_Escape)  # Esc: b is not handed over; the next household may come
    page.field.forget_last()
    scan(qtbot, page, world.queue[2])
    assert page.ui.householdLabel.text() == "7-1-103"
    enter_and_wait(qtbot, page, ctx, world.queue[2])
    assert handed_over(ctx, b) is None


def test_undo_says_what_happened_and_keeps_the_reason_as_typed(qtbot, page, ctx, world):
    from pickuppoint.ui.dialogs.void_dialog import VoidDialog

    code = world.queue[0]
    scan(qtbot, page, code)
    enter_and_wait(qtbot, page, ctx, code)
    ready_for_scan(qtbot, page)
    key(qtbot, Qt.Key.Key_F5)
    dialog = wait_dialog(qtbot, page, VoidDialog)
    keys(qtbot, "发错了")  # a listed reason starts so: it is not completed into it
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: handed_over(ctx, code) is None and not page.busy, timeout=5000)
    with ctx.read() as s:
        rows = s.execute(text("SELECT payload FROM record WHERE kind = 'handover.voided'")).scalars().all()
    assert [json.loads(r)["reason"] for r in rows] == ["发错了"]
    assert card_colour(page) == AMBER and "已撤销" in page.ui.verdictLabel.text()
    assert "回到待领取" in page.ui.verdictLabel.text() and code in page.ui.verdictLabel.text()
    assert "已发放" not in page.ui.verdictLabel.text()

    # the reason picked from the list, then Enter: one void, no "already undone"
    ready_for_scan(qtbot, page)
    page.field.forget_last()
    second = world.queue[1]
    scan(qtbot, page, second)
    enter_and_wait(qtbot, page, ctx, second)
    ready_for_scan(qtbot, page)
    key(qtbot, Qt.Key.Key_F5)
    dialog = wait_dialog(qtbot, page, VoidDialog)
    dialog.ui.reasonCombo.setCurrentIndex(1)  # 扫错了包裹
    messages = []
    page.status_message.connect(messages.append)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: handed_over(ctx, second) is None and not page.busy, timeout=5000)
    qtbot.wait(100)
    with ctx.read() as s:
        reasons = s.execute(text("SELECT void_reason FROM handover WHERE parcel_code = :c"),
                            {"c": second}).scalars().all()
    assert reasons == ["扫错了包裹"]
    assert not any("撤销过了" in m for m in messages)
    assert "已撤销" in page.ui.verdictLabel.text()


def test_a_hand_typed_code_without_check_character_asks_for_one_more_enter(qtbot, page, ctx, world):
    set_status(ctx, world.codes["fruit502"], "received")
    ready_for_scan(qtbot, page)
    qtbot.keyClicks(page.field, world.codes["fruit502"], delay=70)  # typed by a person
    key(qtbot, Qt.Key.Key_Return)
    assert page.ui.householdLabel.text() == "3-2-502" and card_colour(page) == AMBER
    assert "核对住户 3-2-502" in page.ui.verdictLabel.text()
    before = record_count(ctx)
    key(qtbot, Qt.Key.Key_Return)  # the household looked at: confirmed, nothing handed over yet
    assert record_count(ctx) == before and card_colour(page) == GREEN
    enter_and_wait(qtbot, page, ctx, world.codes["fruit502"])
    # our own codes carry a check character: typed by hand, they go with one Enter
    ready_for_scan(qtbot, page)
    qtbot.keyClicks(page.field, world.queue[0], delay=70)
    key(qtbot, Qt.Key.Key_Return)
    assert card_colour(page) == GREEN
    enter_and_wait(qtbot, page, ctx, world.queue[0])


def test_paid_on_behalf_shows_the_amount_booked(qtbot, page, ctx, world):
    milk = world.codes["milk301"]
    set_status(ctx, milk, "received")
    scan(qtbot, page, milk)
    assert "代付 18.00 元 记账" in page.ui.dueLabel.text()
    row = enter_and_wait(qtbot, page, ctx, milk)
    assert (row.payment, row.amount_cents) == ("owed", 1800)
    assert "代付 18.00 元 记账" in page.ui.verdictLabel.text()


def test_a_scan_while_the_payment_dialog_is_open_gets_a_hint(qtbot, page, ctx, world):
    from pickuppoint.ui.dialogs.payment_dialog import PaymentDialog

    scan(qtbot, page, world.codes["rice501"])
    key(qtbot, Qt.Key.Key_Return)
    dialog = wait_dialog(qtbot, page, PaymentDialog)
    keys(qtbot, world.queue[4])
    key(qtbot, Qt.Key.Key_Return)
    assert "扫到了条码" in dialog.ui.errorLabel.text() and dialog.isVisible()
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=2000)
    assert handed_over(ctx, world.queue[4]) is None


def test_no_just_scanned_mark_after_a_lookup(qtbot, page, ctx, world):
    from pickuppoint.ui.dialogs.lookup_dialog import LookupDialog

    key(qtbot, Qt.Key.Key_F4)
    dialog = wait_dialog(qtbot, page, LookupDialog)
    keys(qtbot, "3-2-501")
    qtbot.waitUntil(lambda: dialog.ui.resultsTable.rowCount() > 0, timeout=2000)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=2000)
    texts = [page.ui.waitingList.item(i).text() for i in range(page.ui.waitingList.count())]
    assert texts and not any("刚扫描" in t for t in texts)


def test_the_58mm_receipt_keeps_the_phone_whole_and_embeds_every_font(tmp_path):
    import subprocess

    from pickuppoint.documents.receipt import render_receipt
    from pickuppoint.services.counter.receipts import ReceiptData, ReceiptLine

    data = ReceiptData("P01-000123", "白竹亭社区接驳点", "P01", "2026-11-23 19:00", "12-3-1102",
                       "欧阳建国", "代领人 欧阳小明", "139****9002", "李晓东",
                       [ReceiptLine("DD0410000001", "米面油套餐", "4月10日 蔬菜包", "cash", 3990, False)])
    for layout in ("58mm", "80mm", "a5"):
        pdf = tmp_path / f"{layout}.pdf"
        pdf.write_bytes(render_receipt(data, layout))
        words = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                               check=True).stdout
        assert any("139****9002" in line for line in words.splitlines()), layout
        fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True).stdout
        rows = fonts.splitlines()[2:]
        assert rows and all(" yes " in row for row in rows), (layout, fonts)  # embedded
        assert "Helvetica" not in fonts


def test_collector_dialog_masks_proxy_phones_and_never_offers_the_login_name(app, qtbot, ctx, world):
    from pickuppoint.services.context import default_operator
    from pickuppoint.services.households.records import find
    from pickuppoint.ui.dialogs.collector_dialog import CollectorDialog

    with ctx.read() as s:
        household = find(s, "3-2-501")
    proxy = CollectorDialog("proxy", household, "测试员")
    qtbot.addWidget(proxy)
    assert proxy.ui.proxiesList.item(0).text().endswith("139****9002")
    assert proxy.ui.phoneEdit.text() == "139****9002"  # masked below as in the list
    proxy._accept()
    assert proxy.collector.phone == "13900139002"  # the registered number is recorded
    door = CollectorDialog("door", household, default_operator())
    qtbot.addWidget(door)
    assert door.ui.nameEdit.text() == ""  # not "root"


def test_receipt_lines_break_between_words_not_inside_them():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from pickuppoint.documents import fonts
    from pickuppoint.documents.receipt import _wrap

    font, _bold = fonts.register()
    width = stringWidth("领取人：代领人 欧阳小明  139**", font, 8.5)
    assert _wrap("领取人：代领人 欧阳小明  139****9002", font, 8.5, width) == [
        "领取人：代领人 欧阳小明", "139****9002"]
    width = stringWidth("米面油套餐（大米5kg", font, 8.5) + 1
    assert _wrap("米面油套餐（大米5kg）", font, 8.5, width) == ["米面油套餐（大米", "5kg）"]
