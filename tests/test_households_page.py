"""The Households page as a community worker uses it: find a household in a keystroke or two,
filter by building and flag, open it, change it, and see a wrong entry refused."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import text

from pickuppoint.domain.address import Address
from pickuppoint.eventlog.personal import data_of
from pickuppoint.services.households import records as households
from pickuppoint.ui.models.households_model import PAGE


@pytest.fixture
def demo_ctx(tmp_path):
    from pickuppoint.services.context import Context
    from pickuppoint.services.demo.community import ensure_demo

    ctx = Context.open(tmp_path / "demo.sqlite3", "测试员")
    ensure_demo(ctx)
    yield ctx
    ctx.close()


@pytest.fixture
def page(app, qtbot, demo_ctx):
    from pickuppoint.ui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    return window.show_page("households")


def db_households(ctx, **query) -> list[households.HouseholdData]:
    with ctx.read() as s:
        return households.search(s, households.Query(**query), limit=10**6)


def shown(page, qtbot=None) -> list[households.HouseholdData]:
    """Every household the table would show when scrolled to the end."""
    if qtbot is not None:  # a filter was changed: its rows are read in the background
        qtbot.waitUntil(lambda: not page.model.pending, timeout=2000)
    while page.model.canFetchMore():
        page.model.fetchMore()
    return [page.model.household(r) for r in range(page.model.rowCount())]


def type_text(qtbot, widget, value: str) -> None:
    """Typing as a person does; non-ASCII characters as key events with text (see STACK.md)."""
    widget.setFocus()
    for ch in value:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                         Qt.KeyboardModifier.NoModifier, ch))


def search(qtbot, page, value: str) -> None:
    page.ui.searchEdit.clear()
    type_text(qtbot, page.ui.searchEdit, value)
    qtbot.waitUntil(lambda: page.model.query.text == value, timeout=2000)


def in_dialog(action) -> None:
    """Run `action(dialog)` on the modal dialog about to open; it is closed whatever happens."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        try:
            action(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)


def test_lists_the_demo_households_a_page_at_a_time(page, demo_ctx):
    everyone = db_households(demo_ctx)
    assert len(everyone) > PAGE
    assert page.ui.countLabel.text() == f"共 {len(everyone)} 户"
    assert page.model.rowCount() == PAGE  # not everything at once
    assert page.model.canFetchMore()
    assert [h.code for h in shown(page)] == [h.code for h in everyone]
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == ["房号", "户主", "电话", "人数", "网格", "标记", "代领人", "备注"]


def test_flags_and_proxies_show_in_words(page, demo_ctx):
    [flagged] = [h for h in db_households(demo_ctx, flag="elderly_alone") if h.proxies][:1]
    row = next(r for r, h in enumerate(shown(page)) if h.code == flagged.code)
    assert "独居老人" in page.model.index(row, 5).data()
    assert flagged.proxies[0]["name"] in page.model.index(row, 6).data()


def test_search_by_room_digits(qtbot, page):
    search(qtbot, page, "32501")
    assert page.model.household(0).code == "3-2-501"
    assert page.ui.countLabel.text() == f"共 {page.model.total} 户"
    search(qtbot, page, "3-2-501")
    assert [h.code for h in shown(page)] == ["3-2-501"]


def test_search_by_room_number_alone(qtbot, page, demo_ctx):
    with demo_ctx.read() as s:
        n = s.execute(text("SELECT count(*) FROM household WHERE room = '501'")).scalar_one()
    search(qtbot, page, "501")
    rows = shown(page)
    assert len(rows) == n > 1
    assert all(h.room == "501" for h in rows)


def test_search_by_last_four_digits_of_the_phone(qtbot, page, demo_ctx):
    target = next(h for h in db_households(demo_ctx, building="5") if h.phone.startswith("1"))
    last4 = target.phone[-4:]
    search(qtbot, page, last4)
    rows = shown(page)
    assert target.code in [h.code for h in rows]
    assert all(h.phone.endswith(last4)
               or last4 in (h.room, Address(h.building, h.unit, h.room).digits) for h in rows)
    assert len(rows) < 10


def test_search_by_name(qtbot, page, demo_ctx):
    target = db_households(demo_ctx, building="7")[3]
    search(qtbot, page, target.head)
    rows = shown(page)
    assert rows[0].head == target.head
    assert target.code in [h.code for h in rows]
    assert all(target.head in h.head or target.head in json.dumps(h.proxies, ensure_ascii=False)
               for h in rows)


def test_filter_by_building(qtbot, page, demo_ctx):
    combo = page.ui.buildingCombo
    assert combo.itemText(0) == "全部楼栋"
    combo.setCurrentIndex(combo.findText("3栋"))
    rows = shown(page, qtbot)
    assert rows and all(h.building == "3" for h in rows)
    assert len(rows) == len(db_households(demo_ctx, building="3"))
    assert page.ui.countLabel.text() == f"共 {len(rows)} 户"


def test_filter_by_flag_and_search_together(qtbot, page, demo_ctx):
    combo = page.ui.flagCombo
    combo.setCurrentIndex(combo.findText("卧床"))
    rows = shown(page, qtbot)
    assert rows and all("bedridden" in h.flags for h in rows)
    assert len(rows) == len(db_households(demo_ctx, flag="bedridden"))
    search(qtbot, page, "1")  # nothing is both bedridden and in room/phone "1"
    assert page.model.rowCount() == 0 and page.ui.countLabel.text() == "共 0 户"


def test_enter_in_the_search_opens_the_household_and_an_edit_is_saved(qtbot, page, demo_ctx):
    seen = {}

    def edit(dialog) -> None:
        seen["title"] = dialog.windowTitle()
        dialog.ui.headEdit.setText("赵秀兰")
        dialog.ui.membersSpin.setValue(5)
        dialog.flag_boxes["hardship"].setChecked(True)
        dialog.add_proxy_row("钱立新", "139 0013 9000", edit=False)
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    in_dialog(edit)
    type_text(qtbot, page.ui.searchEdit, "32501")  # and Enter at once, as a quick hand does
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "title" in seen, timeout=2000)
    assert seen["title"] == "编辑住户 3-2-501"
    qtbot.waitUntil(lambda: page.model.household(0).head == "赵秀兰", timeout=2000)
    assert page.model.index(0, 1).data() == "赵秀兰"
    assert "困难家庭" in page.model.index(0, 5).data()
    assert page.selected_code() == "3-2-501"
    with demo_ctx.read() as s:
        rec = s.execute(text("SELECT id, payload FROM record WHERE kind = 'household.updated'")).one()
        stored = households.get(s, "3-2-501")
        changes = data_of(s, rec.id)
    assert "赵秀兰" not in rec.payload  # the name is kept apart from the hashed record
    assert changes["code"] == "3-2-501" and changes["changes"]["head"] == "赵秀兰"
    assert stored.members == 5 and "hardship" in stored.flags
    assert {"name": "钱立新", "phone": "13900139000"} in stored.proxies


def test_double_click_opens_the_selected_household(qtbot, page):
    seen = {}
    in_dialog(lambda d: seen.setdefault("title", d.windowTitle()))
    table = page.ui.table
    rect = table.visualRect(page.model.index(2, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert seen["title"] == f"编辑住户 {page.model.household(2).code}"


def test_a_bad_phone_is_explained_in_the_dialog_and_nothing_is_saved(qtbot, page, demo_ctx):
    seen = {}
    with demo_ctx.read() as s:
        before = households.get(s, "3-2-501")

    def bad_phone(dialog) -> None:
        dialog.ui.headEdit.setText("别的名字")
        dialog.ui.phoneEdit.setText("12345")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen["visible"] = dialog.isVisible()
        seen["error"] = dialog.ui.errorLabel.text() if dialog.ui.errorLabel.isVisible() else ""

    search(qtbot, page, "3-2-501")
    in_dialog(bad_phone)
    page.edit_selected()
    assert seen["visible"] is True  # the dialog stays open to fix it
    assert "电话号码" in seen["error"] and "12345" in seen["error"]
    assert "Traceback" not in seen["error"]
    with demo_ctx.read() as s:
        assert s.execute(text("SELECT count(*) FROM record WHERE kind = 'household.updated'")
                         ).scalar_one() == 0
        assert households.get(s, "3-2-501") == before


def test_a_new_household_is_added_and_shown(qtbot, page, demo_ctx):
    def add(dialog) -> None:
        dialog.ui.buildingEdit.setText("12号楼")
        dialog.ui.unitEdit.setText("1")
        dialog.ui.roomEdit.setText("101室")
        type_text(qtbot, dialog.ui.headEdit, "孙建华")
        dialog.ui.phoneEdit.setText("+86 138-0013-8001")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    in_dialog(add)
    page.ui.addButton.click()
    qtbot.waitUntil(lambda: page.selected_code() == "12-1-101", timeout=2000)
    assert page.ui.searchEdit.text() == "12-1-101"  # shown although it sorts last
    assert page.ui.buildingCombo.findText("12栋") > 0
    with demo_ctx.read() as s:
        h = households.get(s, "12-1-101")
    assert (h.head, h.phone) == ("孙建华", "13800138001")


def test_a_new_household_without_a_room_is_refused_in_chinese(qtbot, page, demo_ctx):
    seen = {}

    def no_room(dialog) -> None:
        dialog.ui.buildingEdit.setText("3")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen["error"] = dialog.ui.errorLabel.text()

    in_dialog(no_room)
    page.ui.addButton.click()
    assert seen["error"] == "请填写房号。"
    assert len(db_households(demo_ctx)) == page.model.total


def test_saving_without_a_change_records_nothing(qtbot, page, demo_ctx):
    in_dialog(lambda d: d.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click())
    page.edit_selected()
    with demo_ctx.read() as s:
        assert s.execute(text("SELECT count(*) FROM record WHERE kind LIKE 'household.%' "
                              "AND kind != 'household.created'")).scalar_one() == 0


def test_import_button_opens_the_import_wizard(app, qtbot, demo_ctx, monkeypatch):
    from pickuppoint.ui.dialogs import import_wizard
    from pickuppoint.ui.pages.households import HouseholdsPage

    calls = []
    monkeypatch.setattr(import_wizard, "open_import_wizard", lambda ctx, parent: calls.append((ctx, parent)))
    page = HouseholdsPage(demo_ctx)
    qtbot.addWidget(page)
    assert page.ui.importButton.isEnabled()
    with qtbot.waitSignal(page.import_requested):
        page.ui.importButton.click()
    assert calls == [(demo_ctx, page)]
