"""The manifest dialog with a group-buy export: it says which sheet it read, imports one parcel
per order (or per line when chosen), and the unmatched lines are settled from the keyboard: ↑↓
to a line, Enter for its first suggestion, a digit for another, each saved at once."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from conftest import FIXTURES
from pickuppoint.services.households.roster_import import apply_import, plan_import
from pickuppoint.services.rounds import records as rounds
from pickuppoint.ui.dialogs.manifest_dialog import ManifestDialog

XLSX = FIXTURES / "groupbuy" / "kuaituantuan.xlsx"


@pytest.fixture
def dialog(qtbot, ctx):
    apply_import(ctx, plan_import(ctx, FIXTURES / "addresses" / "roster.csv"))
    r = rounds.create(ctx, "4月10日 团购", date="2022-04-10", item="团购商品", supplier="快团团")
    d = ManifestDialog(ctx, r.id)
    qtbot.addWidget(d)
    d.resize(1280, 720)
    d.show()
    return d


def _check(qtbot, d, path: Path) -> None:
    d.set_file(str(path))
    qtbot.waitUntil(lambda: d.plan is not None and not d.busy, timeout=20_000)


def test_the_sheet_it_read_and_one_parcel_per_order_or_per_line(qtbot, dialog):
    _check(qtbot, dialog, XLSX)
    assert dialog.ui.sheetCombo.currentText() == "订单明细"
    assert "订单明细" in dialog.ui.summaryLabel.text() and "46 个订单" in dialog.ui.summaryLabel.text()
    orders = dialog.plan.outcome().imported
    dialog.ui.perCombo.setCurrentIndex(1)
    dialog.ui.perCombo.activated.emit(1)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.plan.per == "line", timeout=20_000)
    assert dialog.plan.outcome().imported > orders


def test_unmatched_lines_settled_with_the_keyboard(qtbot, dialog, ctx, tmp_path):
    path = tmp_path / "label-list.csv"  # a supermarket's label list: free-text addresses only
    with (FIXTURES / "addresses" / "corpus.csv").open(encoding="utf-8") as f:
        lines = [x for x in csv.DictReader(f) if x["category"] in ("phone-witness", "run-together")
                 and x["matchable"] == "0" and x["household"]]
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["订单号", "收货人", "收货地址", "商品"])
        for i, x in enumerate(lines):
            w.writerow([f"CS{1000 + i}", f"顾客{i}", x["address"], "蔬菜包"])
    _check(qtbot, dialog, path)
    dialog.ui.importButton.click()
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.busy, timeout=20_000)
    table = dialog.ui.unmatchedTable
    assert table.rowCount() == len(lines) >= 5
    assert dialog.ui.resultTabs.currentIndex() == 1 and table.hasFocus()
    if os.environ.get("PICKUPPOINT_SCREENSHOTS"):
        dialog.grab().save(os.path.join(os.environ["PICKUPPOINT_SCREENSHOTS"], "manifest-unmatched.png"))
    first = [s.code for s in dialog.result.unmatched[0].suggestions]
    second = dialog.result.unmatched[1]
    qtbot.keyClick(table, Qt.Key.Key_Return)  # the first line: its first suggestion
    assert table.rowCount() == len(lines) - 1 and table.currentRow() == 0
    assert table.item(0, 0).text() == str(second.row)  # on to the next line
    qtbot.keyClick(table, Qt.Key.Key_Down)
    third = dialog.result.unmatched[1]
    qtbot.keyClick(table, Qt.Key.Key_2)  # the line below: its second suggestion
    with ctx.read() as s:
        got = dict(s.execute(text("SELECT code, household_code FROM parcel")).all())
        by_label = dict(s.execute(text("SELECT label, household_code FROM parcel")).all())
    assert by_label["CS1000"] == first[0]  # the order number is what the list and the label say
    assert got[third.code] == third.suggestions[1].code
    assert got[second.code] is None  # the line skipped with ↓ is left as it was
    assert "还有" in dialog.ui.summaryLabel.text()


def test_per_line_enter_settles_every_parcel_of_the_order(qtbot, dialog, ctx):
    _check(qtbot, dialog, XLSX)
    dialog.ui.perCombo.setCurrentIndex(1)
    dialog.ui.perCombo.activated.emit(1)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.plan.per == "line", timeout=20_000)
    dialog.ui.importButton.click()
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.busy, timeout=20_000)
    table = dialog.ui.unmatchedTable
    row = next(i for i, u in enumerate(dialog.result.unmatched) if u.more and u.suggestions)
    u = dialog.result.unmatched[row]
    table.setCurrentCell(row, 0)
    qtbot.keyClick(table, Qt.Key.Key_Enter)
    with ctx.read() as s:
        got = dict(s.execute(text("SELECT code, household_code FROM parcel")).all())
    assert len(u.codes) >= 2 and {got[c] for c in u.codes} == {u.suggestions[0].code}
