"""The desks with numbers two rounds share (a group buy's 跟团号 used again in the next round):
the counter asks which parcel a scanned number is, nothing recorded until one is chosen; the
receiving desk takes the parcel of the round being received; what is printed is what is shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counter_data import record_count
from namespaced_data import code_of, households, order_round, set_received
from pickuppoint.services.parcels.view import find_parcel
from pickuppoint.ui.dialogs.which_parcel_dialog import WhichParcelDialog
from test_counter_page import (
    GREEN,
    card_colour,
    enter_and_wait,
    handed_over,
    key,
    ready_for_scan,
    scan,
    wait_dialog,
)
from test_receiving_desk import burst


@pytest.fixture
def rounds_(ctx, tmp_path: Path):
    households(ctx)
    first = order_round(ctx, tmp_path, "团购第1期", [("1001", "3-2-501", "蔬菜包"),
                                                   ("1002", "3-2-502", "水果包")], "2026-11-20")
    second = order_round(ctx, tmp_path, "团购第2期", [("1001", "5-1-301", "鸡蛋"),
                                                   ("1002", "3-2-501", "牛奶")], "2026-11-23")
    return first, second


@pytest.fixture
def counter(app, qtbot, ctx, rounds_):
    from pickuppoint.ui.pages.counter import CounterPage

    first, second = rounds_
    for rid in (first, second):
        for number in ("1001", "1002"):
            set_received(ctx, code_of(ctx, rid, number))
    page = CounterPage(ctx)
    page.sounds.enabled = False
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.field, timeout=2000)
    yield page
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)


def test_the_counter_asks_which_round_a_shared_number_is_and_records_only_the_choice(
        qtbot, counter, ctx, rounds_):
    first, second = rounds_
    a, b = code_of(ctx, first, "1001"), code_of(ctx, second, "1001")
    before = record_count(ctx)
    scan(qtbot, counter, "1001")
    dialog = wait_dialog(qtbot, counter, WhichParcelDialog)
    assert "1001 是 2 个批次的包裹" in dialog.ui.whatLabel.text()
    assert dialog.ui.choiceList.count() == 2
    lines = [dialog.ui.choiceList.item(i).text() for i in range(2)]
    assert "3-2-501" in lines[0] and "团购第1期" in lines[0] and "5-1-301" in lines[1]
    assert record_count(ctx) == before  # nothing recorded while asking
    key(qtbot, Qt.Key.Key_Down)  # the second round's parcel
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.dialog is None, timeout=2000)
    assert counter.ui.householdLabel.text() == "5-1-301" and card_colour(counter) == GREEN
    assert "1001" in counter.ui.itemLabel.text() and "团购第2期" in counter.ui.itemLabel.text()
    assert record_count(ctx) == before
    ready_for_scan(qtbot, counter)  # the keyboard is back in the scan field
    row = enter_and_wait(qtbot, counter, ctx, b)  # Enter hands over the chosen one only
    assert row.household_code == "5-1-301" and handed_over(ctx, a) is None


def test_cancelling_the_question_records_nothing_and_a_collected_twin_is_not_asked_about(
        qtbot, counter, ctx, rounds_):
    from pickuppoint.services.counter import handover

    first, second = rounds_
    before = record_count(ctx)
    scan(qtbot, counter, "1002")
    wait_dialog(qtbot, counter, WhichParcelDialog)
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: counter.dialog is None, timeout=2000)
    assert record_count(ctx) == before
    ready_for_scan(qtbot, counter)
    handover.hand_over(ctx, [code_of(ctx, first, "1002")])  # the first round's 1002 is collected
    counter.field.forget_last()
    scan(qtbot, counter, "1002")  # only one parcel with that number is still waiting: no question
    assert counter.dialog is None and counter.ui.householdLabel.text() == "3-2-501"
    assert card_colour(counter) == GREEN
    enter_and_wait(qtbot, counter, ctx, code_of(ctx, second, "1002"))


def test_receiving_the_next_round_takes_its_own_parcel_of_a_reused_number(app, qtbot, ctx, rounds_):
    from pickuppoint.ui.pages.receiving import ReceivingPage

    first, second = rounds_
    page = ReceivingPage(ctx)
    page.sounds.enabled = False
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    combo = page.ui.roundCombo
    combo.setCurrentIndex(combo.findData(second))
    qtbot.waitUntil(lambda: page.idle and page.desk is not None and page.desk.round_id == second,
                    timeout=3000)
    page.focus_scan()
    shown = [page.missing.data(page.missing.index(r, 2)) for r in range(page.missing.rowCount())]
    assert sorted(shown) == ["1001", "1002"]  # the missing list shows what is printed
    burst(qtbot, "1001")
    qtbot.waitUntil(lambda: _status(ctx, code_of(ctx, second, "1001")) == "received", timeout=5000)
    assert "已验收 1001" in page.ui.verdictLabel.text()
    assert _status(ctx, code_of(ctx, first, "1001")) == "expected"
    qtbot.waitUntil(lambda: page.missing.rowCount() == 1, timeout=3000)


def _status(ctx, code: str) -> str:
    with ctx.read() as s:
        return find_parcel(s, code).status


def test_two_points_with_the_same_platforms_numbers_each_scan_their_own(app, qtbot, tmp_path):
    """Two points import lists of one platform (the same order number for two households); the
    coordinator's update carries the other point's records here: the counter takes this point's
    parcel without a question, and the other point's is never handed over here."""
    from pickuppoint.ui.pages.counter import CounterPage
    from sites import carry, open_site

    folder = tmp_path / "files"
    folder.mkdir()
    p1, p2 = open_site(tmp_path, "P01"), open_site(tmp_path, "P02")
    try:
        for c in (p1, p2):
            households(c)
        r1 = order_round(p1, folder, "P01 团购", [("PDD880001", "3-2-501", "蔬菜包")])
        order_round(p2, folder, "P02 团购", [("PDD880001", "3-2-502", "水果包")])
        carry(p2, p1)
        set_received(p1, code_of(p1, r1, "PDD880001"))
        page = CounterPage(p1)
        page.sounds.enabled = False
        qtbot.addWidget(page)
        page.resize(1280, 760)
        page.show()
        page.activateWindow()
        qtbot.waitActive(page)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.field, timeout=2000)
        before = record_count(p1)
        scan(qtbot, page, "PDD880001")
        assert page.dialog is None and page.ui.householdLabel.text() == "3-2-501"
        assert card_colour(page) == GREEN and record_count(p1) == before
        row = enter_and_wait(qtbot, page, p1, code_of(p1, r1, "PDD880001"))
        assert row.household_code == "3-2-501"
        qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    finally:
        p1.close()
        p2.close()
