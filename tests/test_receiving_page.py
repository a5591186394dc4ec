"""The receiving screen driven like a keyboard-wedge scanner: 500 parcels, counts, the missing
list, a damaged mark, a surplus scan, tick by household, the goods-received sheet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pickuppoint.services.log import integrity
from pickuppoint.services.parcels.view import find_parcel
from pickuppoint.services.receiving import progress as rp
from receiving_data import truck


@pytest.fixture
def page(app, qtbot, ctx):
    from pickuppoint.ui.pages.receiving import ReceivingPage

    t = truck(ctx, 500)
    p = ReceivingPage(ctx)
    p.sounds.enabled = False
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    p.t = t
    qtbot.waitUntil(lambda: p.idle)
    return p


def scan(qtbot, page, code: str) -> None:
    """What a scanner does: the characters, then Enter, into whatever has the focus."""
    qtbot.keyClicks(page.field, code)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)


def _status(ctx, code):
    with ctx.read() as s:
        return find_parcel(s, code).status


def test_receiving_500_parcels_by_scanner(page, qtbot, ctx):
    t = page.t
    assert page.ui.roundCombo.currentData() == t.round_id
    assert "已到 0 / 500 件" in page.ui.progressLabel.text()
    arrived = [c for i, c in enumerate(t.codes) if i % 25 != 7]  # 20 do not come
    for code in arrived:
        scan(qtbot, page, code)
    assert page.ui.card.styleSheet().count("#1b7f3b")  # green: the last one was received
    assert page.ui.householdLabel.text() == t.homes[arrived[-1]]
    qtbot.waitUntil(lambda: page.idle, timeout=20000)
    assert page.ui.progressLabel.text() == "已到 480 / 500 件"
    assert "还没到 20" in page.ui.countsLabel.text()
    assert page.ui.progressBar.value() == 480 and page.ui.progressBar.maximum() == 500
    table = page.ui.buildingTable
    by_building = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text(),
                                             table.item(r, 3).text()) for r in range(table.rowCount())}
    assert by_building == {"1 号楼": ("240", "230", "10"), "2 号楼": ("240", "231", "9"),
                           "3 号楼": ("20", "19", "1")}  # towers of 240 flats; every 25th missing
    expected_missing = [c for i, c in enumerate(t.codes) if i % 25 == 7]
    assert page.missing.codes() == expected_missing  # building, unit, room order
    assert "还没到的包裹（20 件）" in page.ui.missingTitle.text()
    # the same label again (not a double read: another scan later) says so, in amber
    page.field.forget_last()
    scan(qtbot, page, arrived[0])
    assert "已于" in page.ui.verdictLabel.text() and "#f2a900" in page.ui.card.styleSheet()
    with ctx.read() as s:
        assert rp.count_missing(s, t.round_id) == 20
    assert integrity.verify(ctx).ok


def test_damaged_surplus_wrong_round_and_misread(page, qtbot, ctx):
    t = page.t
    scan(qtbot, page, t.codes[0])
    page.ui.noteEdit.setText("box crushed")
    qtbot.keyClick(page.field, Qt.Key.Key_F2)
    assert "破损" in page.ui.verdictLabel.text()
    scan(qtbot, page, "YH20220410-0871")
    assert "多出" in page.ui.householdLabel.text() and "#f2a900" in page.ui.card.styleSheet()
    scan(qtbot, page, t.other_code)
    assert "4月8日 米面油" in page.ui.verdictLabel.text() and "#c62828" in page.ui.card.styleSheet()
    bad = t.codes[1][:-1] + ("A" if t.codes[1][-1] != "A" else "B")
    scan(qtbot, page, bad)
    assert "读错" in page.ui.verdictLabel.text() and "#c62828" in page.ui.card.styleSheet()
    qtbot.waitUntil(lambda: page.idle)
    assert _status(ctx, t.codes[0]) == "damaged"
    with ctx.read() as s:
        assert find_parcel(s, t.codes[0]).note == "box crushed"
        assert find_parcel(s, "YH20220410-0871").surplus
        assert find_parcel(s, bad) is None
    assert _status(ctx, t.other_code) == "expected"
    assert "多出 1 · 破损 1" in page.ui.countsLabel.text()
    assert page.ui.progressLabel.text() == "已到 1 / 500 件"
    assert page.ui.recentList.count() == 5


def test_tick_by_household_and_a_building_filter(page, qtbot, ctx):
    t = page.t
    page.ui.buildingTable.selectRow(2)  # building 3
    assert page.missing.total == 20 and "3 号楼还没到的包裹（20 件）" in page.ui.missingTitle.text()
    page.ui.missingView.selectRow(0)
    household = page.missing.parcel(0).household_code
    qtbot.mouseClick(page.ui.householdButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.idle and page.missing.total == 19)
    assert household in page.ui.householdLabel.text()
    code = next(c for c, h in t.homes.items() if h == household)
    assert _status(ctx, code) == "received"
    # no label: the room number typed into the scan field ticks that household too
    other = t.homes[t.codes[5]]
    scan(qtbot, page, other)
    qtbot.waitUntil(lambda: page.idle and _status(ctx, t.codes[5]) == "received")
    assert other in page.ui.householdLabel.text() and "按户签收" in page.ui.verdictLabel.text()
    with ctx.read() as s:
        assert find_parcel(s, other) is None  # not recorded as a surplus parcel


def test_the_goods_received_sheet_opens_in_print_preview(page, qtbot, monkeypatch):
    """The sheet goes to Qt's print preview (pdf_printing.preview_pdf, checked with its own
    tests; a real preview of a multi-page A4 sheet takes seconds offscreen)."""
    shown = []
    monkeypatch.setattr("pickuppoint.ui.pdf_printing.preview_pdf",
                        lambda pdf, parent, title: shown.append((pdf, title)) or _Dialog())
    scan(qtbot, page, page.t.codes[0])
    qtbot.mouseClick(page.ui.sheetButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    pdf, title = shown[0]
    assert pdf.startswith(b"%PDF") and title == "到货签收单"
    assert page.ui.sheetButton.isEnabled()
    with page.ctx.read() as s:  # the scan was written before the sheet was made
        assert find_parcel(s, page.t.codes[0]).status == "received"


class _Dialog:
    class finished:  # noqa: N801 - stands in for the dialog's signal
        @staticmethod
        def connect(_fn):
            return None


def test_a_scan_that_lands_in_the_note_field_still_counts(page, qtbot, ctx):
    """The volunteer left the cursor in the note field; the scanner's burst goes to the scan
    field all the same, and the note field keeps nothing of it."""
    t = page.t
    page.ui.noteEdit.setFocus()
    qtbot.keyClicks(page.ui.noteEdit, t.codes[9])
    qtbot.keyClick(page.ui.noteEdit, Qt.Key.Key_Return)
    assert page.ui.noteEdit.text() == ""
    assert page.ui.householdLabel.text() == t.homes[t.codes[9]]
    qtbot.waitUntil(lambda: page.idle)
    assert _status(ctx, t.codes[9]) == "received"
