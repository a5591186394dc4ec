"""The staggered pickup timetable: slots in proportion to the parcels waiting, no slot over its
capacity, a building's units kept together, every parcel placed once; the notice text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lists_data import received_community
from pickuppoint.errors import UserError
from pickuppoint.services.lists import uncollected
from pickuppoint.services.lists.timetable import Group, groups_of, notice_text, plan, timetable_text


def _groups(sizes: list[int]) -> list[Group]:
    return [Group(str(1 + i // 3), str(1 + i % 3), n, n) for i, n in enumerate(sizes)]


def test_proportional_slots_and_capacity():
    groups = [Group("1", "", 60, 50), Group("2", "", 20, 18), Group("3", "", 20, 20)]
    slots = plan(groups, "14:00", "16:00", 20)  # 6 slots of 20 minutes, 100 parcels
    assert [s.start for s in slots] == ["14:00", "14:20", "14:40", "15:00", "15:20"]
    assert slots[-1].end == "15:40"
    per_building = {b: sum(1 for s in slots for g, _n in s.groups if g.building == b) for b in "123"}
    assert per_building == {"1": 3, "2": 1, "3": 1}  # 60 : 20 : 20
    assert [s.parcels for s in slots] == [20, 20, 20, 20, 20]
    # with a smaller capacity the big building gets more slots, still in proportion
    slots = plan(groups, "14:00", "17:20", 20, capacity=10)
    assert [sum(1 for s in slots for g, _n in s.groups if g.building == b) for b in "123"] == [6, 2, 2]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(1, 80), min_size=1, max_size=30), st.integers(5, 60), st.sampled_from([10, 15, 20, 30]))
def test_every_parcel_once_no_slot_over_capacity_neighbours_together(sizes, capacity, minutes):
    groups = _groups(sizes)
    try:
        slots = plan(groups, "08:00", "20:00", minutes, capacity)
    except UserError as exc:
        assert "时间不够" in exc.message
        return
    assert all(s.parcels <= capacity for s in slots)
    placed: dict[Group, int] = {}
    order = []
    for s in slots:
        for g, n in s.groups:
            placed[g] = placed.get(g, 0) + n
            if not order or order[-1] != g:
                order.append(g)
    assert placed == {g: g.parcels for g in groups}
    assert order == groups  # address order, each group's slots consecutive
    # a group's share of slots follows its size: it never needs more than ceil(n / capacity) slots
    for g in groups:
        used = sum(1 for s in slots for x, _n in s.groups if x == g)
        assert used <= -(-g.parcels // capacity)


def test_refusals():
    with pytest.raises(UserError, match="时间不够"):
        plan(_groups([50, 50]), "14:00", "14:40", 20, capacity=30)
    with pytest.raises(UserError, match="14点"):
        plan(_groups([5]), "14点", "15:00", 20)
    with pytest.raises(UserError, match="放不下"):
        plan(_groups([5]), "14:00", "14:10", 20)


def test_texts_from_the_waiting_parcels(ctx):
    received_community(ctx)
    data = uncollected.gather(ctx, uncollected.Options())
    assert [(g.building, g.parcels) for g in groups_of(data)] == [("3", 4), ("5", 2)]
    assert [(g.label, g.households) for g in groups_of(data, "unit")] == [("3栋2单元", 2), ("5栋1单元", 1)]
    slots = plan(groups_of(data), "15:00", "16:00", 30)
    text = timetable_text("白竹亭接驳点", "11月23日", slots)
    assert text.splitlines()[1:3] == ["15:00–15:30　3栋（4 件）", "15:30–16:00　5栋（2 件）"]
    notice = notice_text(data)
    assert "第1批蔬菜包、超市订单11-23 已到货" in notice and "3栋：2单元 2 户" in notice and "5栋：1单元 1 户" in notice


def test_cli(ctx, db_path, tmp_path, capsys):
    from cli_helpers import run_cli
    from lists_data import pdf_pages

    received_community(ctx)
    ctx.close()
    r = run_cli(capsys, "--db", db_path, "timetable", "--from", "15:00", "--to", "16:00", "--slot", "30",
                "-o", tmp_path / "t.pdf")
    assert r.code == 0 and "15:00–15:30　3栋（4 件）" in r.out
    page = pdf_pages(tmp_path / "t.pdf")[0]
    assert "分时错峰取物时间表" in page and "15:30–16:00" in page and "5栋" in page
    r = run_cli(capsys, "--db", db_path, "timetable", "--from", "15:00", "--to", "15:30", "--slot", "30",
                "--capacity", "3", "--json")
    assert r.code == 1 and "时间不够" in r.err and "error" in r.json()
    r = run_cli(capsys, "--db", db_path, "notice", "第1批蔬菜包")
    assert r.code == 0 and r.out.startswith("【到货通知】白竹亭接驳点：第1批蔬菜包 已到货")


def test_the_timetable_window(app, qtbot, ctx, tmp_path):
    from PySide6.QtCore import Qt, QTime
    from PySide6.QtGui import QGuiApplication

    from lists_data import pdf_pages, pdf_printer
    from pickuppoint.ui.dialogs.timetable_dialog import TimetableDialog

    received_community(ctx)
    dialog = TimetableDialog(uncollected.gather(ctx, uncollected.Options()))
    qtbot.addWidget(dialog)
    dialog.ui.fromEdit.setTime(QTime(15, 0))
    dialog.ui.toEdit.setTime(QTime(16, 0))
    dialog.ui.slotSpin.setValue(30)
    assert "15:00–15:30　3栋（4 件）" in dialog.ui.timetableText.toPlainText()
    dialog.ui.byCombo.setCurrentIndex(1)
    assert "3栋2单元" in dialog.ui.timetableText.toPlainText()
    qtbot.mouseClick(dialog.ui.copyNoticeButton, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text().startswith("【到货通知】")
    dialog.ask_printer = lambda _pdf: pdf_printer(tmp_path / "t.pdf")
    qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "打印机" in dialog.ui.messageLabel.text(), timeout=10_000)
    assert "3栋2单元" in pdf_pages(tmp_path / "t.pdf")[0]
    dialog.ui.toEdit.setTime(QTime(15, 10))
    assert "放不下" in dialog.ui.timetableText.toPlainText() and not dialog.ui.printButton.isEnabled()
