"""Receiving at a real desk (issue: records invented or lost): a scanner burst reaches the scan
handler whole wherever the focus is, a code resembling a listed one is asked about instead of
being recorded as surplus, and a wrong receipt or surplus is undone with a record."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from counter_data import record_count
from pickuppoint.services.log import integrity
from pickuppoint.services.parcels.cancel import cancel_parcel
from pickuppoint.services.parcels.records import ParcelData, add_parcels
from pickuppoint.services.parcels.view import find_parcel
from pickuppoint.services.receiving import progress as rp
from pickuppoint.services.receiving import records as receiving
from receiving_data import truck

SUPPLIER = [f"DD04100000{n:02d}" for n in range(1, 13)]  # a supplier's codes: no check character


@pytest.fixture
def page(app, qtbot, ctx):
    from pickuppoint.ui.pages.receiving import ReceivingPage

    t = truck(ctx, 12, name="4月10日 蔬菜包")
    homes = list(t.homes.values())
    with ctx.write() as w:
        add_parcels(w, [ParcelData(round_id=t.round_id, household_code=h, code=c, items="水果")
                        for h, c in zip(homes, SUPPLIER, strict=True)])
    p = ReceivingPage(ctx)
    p.sounds.enabled = False
    p.t = t
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    p.activateWindow()
    qtbot.waitActive(p)
    qtbot.waitUntil(lambda: p.idle and QApplication.focusWidget() is p.field, timeout=3000)
    return p


def burst(qtbot, code: str) -> None:
    """A keyboard-wedge scanner: each character, then Enter, to whatever has the focus."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)  # a window is active
    for ch in code:
        qtbot.keyClicks(QApplication.focusWidget(), ch)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def key(qtbot, k: Qt.Key) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), k)


def status(ctx, code: str) -> str | None:
    with ctx.read() as s:
        p = find_parcel(s, code)
        return p.status if p else None


def kinds(ctx) -> list[str]:
    with ctx.read() as s:
        return list(s.execute(text("SELECT kind FROM record ORDER BY seq")).scalars())


def test_a_burst_after_choosing_the_round_is_received_whole(page, qtbot, ctx):
    combo = page.ui.roundCombo
    round_id = page.round_id
    # chosen with the mouse: the combo box keeps the focus
    combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo)
    burst(qtbot, SUPPLIER[2])
    qtbot.waitUntil(lambda: page.idle)
    assert page.round_id == round_id and status(ctx, SUPPLIER[2]) == "received"
    assert page.ui.householdLabel.text() == page.t.homes[page.t.codes[2]]
    # chosen with the keyboard: the list is open when the next scans come
    combo.setFocus()
    combo.showPopup()
    qtbot.waitUntil(lambda: combo.view().isVisible())
    burst(qtbot, SUPPLIER[3])
    burst(qtbot, SUPPLIER[4])
    qtbot.waitUntil(lambda: page.idle)
    assert page.round_id == round_id
    assert status(ctx, SUPPLIER[3]) == status(ctx, SUPPLIER[4]) == "received"
    assert page.window().focusWidget() is page.field
    with ctx.read() as s:
        assert rp.surplus_parcels(s, round_id) == []  # nothing invented
    assert kinds(ctx).count("parcel.received") == 3 and "parcel.surplus" not in kinds(ctx)


def test_a_code_one_character_off_is_asked_about_not_recorded(page, qtbot, ctx):
    before = record_count(ctx)
    burst(qtbot, SUPPLIER[2][1:])  # the first character lost
    assert "少了字符" in page.ui.verdictLabel.text() and page.ui.householdLabel.text() == "请核对"
    key(qtbot, Qt.Key.Key_Escape)  # not a surplus parcel: nothing recorded
    burst(qtbot, "DD0410000031")  # one character off DD0410000001
    assert "只差一个字符" in page.ui.verdictLabel.text() and "DD0410000001" in page.ui.verdictLabel.text()
    burst(qtbot, SUPPLIER[2])  # the volunteer scans the label again: the question is dropped
    qtbot.waitUntil(lambda: page.idle)
    assert record_count(ctx) == before + 1 and status(ctx, SUPPLIER[2]) == "received"
    assert status(ctx, SUPPLIER[2][1:]) is None and status(ctx, "DD0410000031") is None
    # really an extra parcel: Enter confirms it as surplus
    burst(qtbot, "DD0410000031")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.idle)
    assert page.ui.householdLabel.text() == "多出"
    with ctx.read() as s:
        assert find_parcel(s, "DD0410000031").surplus
    assert kinds(ctx)[-1] == "parcel.surplus" and record_count(ctx) == before + 2
    # a code like nothing on the list is a surplus parcel at once
    burst(qtbot, "YH20220410-0871")
    qtbot.waitUntil(lambda: page.idle)
    assert status(ctx, "YH20220410-0871") == "received" and record_count(ctx) == before + 3


def test_undo_a_wrong_surplus_and_a_wrong_receipt(page, qtbot, ctx):
    from pickuppoint.ui.dialogs.void_dialog import VoidDialog

    burst(qtbot, "YH20220410-0871")  # recorded as surplus: it was a label of another shop
    burst(qtbot, SUPPLIER[5])
    qtbot.waitUntil(lambda: page.idle)
    assert status(ctx, SUPPLIER[5]) == "received"
    key(qtbot, Qt.Key.Key_F5)  # the newest: SUPPLIER[5]
    qtbot.waitUntil(lambda: isinstance(page.dialog, VoidDialog) and page.dialog.isVisible())
    dialog = page.dialog
    assert SUPPLIER[5] in dialog.ui.whatLabel.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is dialog)
    for ch in "no":
        qtbot.keyClicks(QApplication.focusWidget(), ch)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None and page.idle and status(ctx, SUPPLIER[5]) == "expected")
    assert "已撤销" in page.ui.householdLabel.text() and "还没到" in page.ui.verdictLabel.text()
    assert SUPPLIER[5] in page.missing.codes()
    with ctx.read() as s:
        last = s.execute(text("SELECT kind, payload FROM record ORDER BY seq DESC LIMIT 1")).one()
    assert last.kind == "parcel.receipt_undone" and json.loads(last.payload)["reason"] == "no"
    # the surplus: select its line in the recent scans, F5
    lst = page.ui.recentList
    surplus = f"{page.t.round_id}.YH20220410-0871"  # its code: the number namespaced by the round
    row = next(i for i in range(lst.count()) if lst.item(i).data(Qt.ItemDataRole.UserRole) == surplus)
    lst.setCurrentRow(row)
    key(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: isinstance(page.dialog, VoidDialog) and page.dialog.isVisible())
    page.dialog.ui.reasonCombo.setCurrentIndex(2)  # 多出的包裹登记错了
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is page.dialog)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None and page.idle and status(ctx, "YH20220410-0871") is None)
    with ctx.read() as s:
        assert rp.surplus_parcels(s, page.round_id) == []
        assert rp.progress(s, page.round_id).total.surplus == 0
        assert s.execute(text("SELECT count(*) FROM record WHERE kind = 'parcel.receipt_undone'")).scalar() == 2
    burst(qtbot, SUPPLIER[5])  # may be received again at once
    qtbot.waitUntil(lambda: page.idle and status(ctx, SUPPLIER[5]) == "received")
    assert integrity.verify(ctx).ok


def test_cancelling_a_surplus_parcel_takes_it_off_the_sheet(ctx):
    t = truck(ctx, 3)
    receiving.receive(ctx, t.round_id, "YH20220410-0871")
    with ctx.read() as s:
        assert [p.shown for p in rp.surplus_parcels(s, t.round_id)] == ["YH20220410-0871"]
    cancel_parcel(ctx, "YH20220410-0871", "供货方收回")
    with ctx.read() as s:
        assert rp.surplus_parcels(s, t.round_id) == []
        assert rp.progress(s, t.round_id).total.surplus == 0


def test_a_question_left_open_is_dropped_when_the_round_changes(page, qtbot, ctx):
    before = record_count(ctx)
    burst(qtbot, "DD0410000031")
    assert page.asking is not None
    combo = page.ui.roundCombo
    combo.setCurrentIndex(1 - combo.currentIndex())  # the other round
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.field, timeout=2000)
    key(qtbot, Qt.Key.Key_Return)  # Enter no longer confirms anything
    qtbot.waitUntil(lambda: page.idle)
    assert record_count(ctx) == before and status(ctx, "DD0410000031") is None
