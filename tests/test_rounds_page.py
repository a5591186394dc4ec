"""The Rounds page as a community worker uses it: create a round in the dialog, import the
supermarket's list through the import dialog, give the unmatched lines their households from the
suggestions, allocate a pack per household."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import text

from conftest import FIXTURES
from pickuppoint.services.households.roster_import import apply_import, plan_import
from pickuppoint.services.manifests.manifest import import_manifest
from pickuppoint.services.rounds import records as rounds
from pickuppoint.services.rounds.view import UNMATCHED
from pickuppoint.ui.dialogs.manifest_dialog import U_HOUSEHOLD

HERE = FIXTURES / "manifest"


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


def with_modal(qtbot, button, drive) -> None:
    """Click `button`, which opens a modal dialog, and `drive(dialog)` while it is open. The
    dialog is closed whatever happens, so a failing check never hangs the test."""
    failure: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert dialog is not None, "no dialog opened"
            drive(dialog)
        except BaseException as exc:  # noqa: BLE001 - re-raised below
            failure.append(exc)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if failure:
        raise failure[0]


@pytest.fixture
def community(ctx):
    apply_import(ctx, plan_import(ctx, HERE / "community.csv"))
    return ctx


@pytest.fixture
def page(app, qtbot, community):
    from pickuppoint.ui.pages.rounds import RoundsPage

    p = RoundsPage(community)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    return p


def test_a_round_is_created_in_the_dialog(qtbot, page, ctx):
    assert not page.ui.importButton.isEnabled()  # no round yet

    def fill(dialog) -> None:
        type_text(qtbot, dialog.ui.nameEdit, "4月10日 蔬菜包")
        type_text(qtbot, dialog.ui.itemEdit, "蔬菜包")
        qtbot.keyClicks(dialog.ui.priceEdit, "39.9O")  # a letter O for a zero
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.isVisible() and "39.9O" in dialog.ui.errorLabel.text()
        dialog.ui.priceEdit.clear()
        qtbot.keyClicks(dialog.ui.priceEdit, "39.90")
        type_text(qtbot, dialog.ui.supplierEdit, "叮咚买菜")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
        assert not dialog.isVisible()

    with_modal(qtbot, page.ui.newRoundButton, fill)
    with ctx.read() as s:
        r = rounds.get(s, "4月10日 蔬菜包")
    assert (r.kind, r.price_cents, r.supplier, r.item) == ("order", 3990, "叮咚买菜", "蔬菜包")
    assert page.current_round().id == r.id
    assert page.ui.importButton.isEnabled() and not page.ui.allocateButton.isEnabled()

    def rename(dialog) -> None:
        assert dialog.ui.nameEdit.text() == "4月10日 蔬菜包" and not dialog.ui.kindCombo.isEnabled()
        dialog.ui.priceEdit.setText("42.00")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    with_modal(qtbot, page.ui.editRoundButton, rename)
    with ctx.read() as s:
        assert rounds.get(s, r.id).price_cents == 4200
    assert page.rounds.data(page.rounds.index(0, 4)) == "42.00"


def test_manifest_imported_in_the_dialog_and_a_suggestion_picked(qtbot, page, ctx):
    r = rounds.create(ctx, "4月10日 蔬菜包", date="2022-04-10", item="蔬菜包", price_cents=3990)
    page.refresh()
    page._select(r.id)

    def run_import(dialog) -> None:
        dialog.set_file(str(HERE / "manifest.xlsx"))
        qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.busy, timeout=10_000)
        assert dialog.ui.sheetCombo.currentText() == "订单明细"
        assert [dialog.issues.issue(i)[0].row for i in range(dialog.issues.rowCount())] == [12, 17, 18, 19, 20, 21]
        assert not dialog.ui.importButton.isEnabled()  # errors: nothing unless skipped
        dialog.ui.skipErrorsCheck.setChecked(True)
        assert dialog.ui.importButton.isEnabled()
        dialog.ui.importButton.click()
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
        assert dialog.result.imported == 14
        table = dialog.ui.unmatchedTable
        assert table.rowCount() == 2 and table.item(0, 0).text() == "15"
        combo = table.cellWidget(0, U_HOUSEHOLD)
        combo.setCurrentIndex(combo.findData("9-2-101"))  # the worker knows it is 邓超's
        dialog.ui.saveMatchesButton.click()
        assert table.rowCount() == 1 and "1 件" in dialog.ui.summaryLabel.text()
        dialog.ui.closeButton.click()

    with_modal(qtbot, page.ui.importButton, run_import)
    with ctx.read() as s:
        assert s.execute(text("SELECT household_code FROM parcel WHERE label = 'DD2204100013'")).scalar() == "9-2-101"
    assert page.parcels.total == 14
    assert page.rounds.data(page.rounds.index(0, 8)) == "1"  # one left unmatched

    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData(UNMATCHED))
    assert page.parcels.total == 1
    page.ui.parcelsTable.setCurrentIndex(page.parcels.index(0, 0))
    assert page.ui.matchButton.isEnabled()

    def match(dialog) -> None:
        combo = dialog.ui.householdCombo
        combo.setEditText("")
        qtbot.keyClicks(combo.lineEdit(), "99-9-999")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.isVisible() and "99-9-999" in dialog.ui.errorLabel.text()
        combo.setEditText("")
        qtbot.keyClicks(combo.lineEdit(), "11-0-201")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    with_modal(qtbot, page.ui.matchButton, match)
    with ctx.read() as s:
        assert s.execute(text("SELECT household_code FROM parcel WHERE label = 'DD2204100014'")).scalar() == "11-0-201"
    assert page.parcels.total == 0


def test_allocation_in_the_dialog_never_twice(qtbot, page, ctx):
    order = rounds.create(ctx, "4月10日 蔬菜包", date="2022-04-10", price_cents=3990)
    import_manifest(ctx, order.id, HERE / "manifest_gb18030.csv", skip_errors=True)
    pack = rounds.create(ctx, "政府保供物资包", kind="allocation", date="2022-04-11", item="保供物资包")
    page.refresh()
    page._select(order.id)
    assert not page.ui.allocateButton.isEnabled()
    page._select(pack.id)
    assert page.ui.allocateButton.isEnabled()

    def per_two(dialog) -> None:
        dialog.ui.membersSpin.setValue(2)
        assert dialog.ui.perMemberRadio.isChecked()
        assert "15 户，共 24 件" in dialog.ui.previewLabel.text()
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    with_modal(qtbot, page.ui.allocateButton, per_two)
    assert page.parcels.total == 24

    def again(dialog) -> None:
        assert "0 户" in dialog.ui.previewLabel.text() and "15 户已经配发过" in dialog.ui.previewLabel.text()
        assert not dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    with_modal(qtbot, page.ui.allocateButton, again)
    with ctx.read() as s:
        assert s.execute(text("SELECT count(*) FROM parcel WHERE round_id = :r"), {"r": pack.id}).scalar() == 24
    page.ui.buildingCombo.setCurrentIndex(page.ui.buildingCombo.findData("12"))
    assert page.parcels.total == 5  # building 12: 3, 4 and 2 members -> 2 + 2 + 1 packs


def test_labels_button_opens_the_labels_dialog_of_the_round(qtbot, page, ctx):
    assert not page.ui.labelsButton.isEnabled()  # no round yet
    r = rounds.create(ctx, "4月10日 蔬菜包", date="2022-04-10", price_cents=3990)
    page.refresh()
    page._select(r.id)
    assert page.ui.labelsButton.isEnabled()
    qtbot.mouseClick(page.ui.labelsButton, Qt.MouseButton.LeftButton)
    from pickuppoint.ui.dialogs.labels_dialog import LabelsDialog

    opened = [w for w in page.findChildren(LabelsDialog) if w.isVisible()]
    assert len(opened) == 1
    opened[0].close()
