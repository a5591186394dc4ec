"""The first start on a database with nothing in it: the wizard leads to the demo community and a
counter that hands over a parcel, or to the point's own set-up and the roster import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from sqlalchemy import text

from pickuppoint.services.context import Context
from pickuppoint.ui.app import open_database
from pickuppoint.ui.first_run import FirstRunWizard
from pickuppoint.ui.main_window import MainWindow
from test_counter_page import enter_and_wait, handed_over, scan


@pytest.fixture
def window(app, qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def wizard_of(qtbot, window) -> FirstRunWizard:
    qtbot.waitUntil(lambda: isinstance(getattr(window, "first_run", None), FirstRunWizard)
                    and window.first_run.isVisible(), timeout=5000)
    return window.first_run


def test_a_newcomer_reaches_a_working_counter_through_the_demo(app, qtbot, window, tmp_path):
    fresh = tmp_path / "point.sqlite3"
    demo_file = tmp_path / "demo.sqlite3"
    assert open_database(window, fresh, "志愿者小王")
    wizard = wizard_of(qtbot, window)
    wizard.demo_path = demo_file
    assert wizard.currentId() == 0 and window.ctx is None  # nothing shown before a choice
    qtbot.mouseClick(wizard.ui.demoButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=60_000)
    assert window.ctx.site.site_id == "DEMO01" and Path(window.ctx.db.path) == demo_file
    counter = window.pages["counter"]
    assert window.ui.pages.currentWidget() is counter
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is counter.field, timeout=5000)
    with window.ctx.read() as s:
        code = s.execute(text(
            "SELECT code FROM parcel WHERE status = 'received' AND household_code IS NOT NULL"
            " AND payment = 'paid' AND point_site = 'DEMO01' ORDER BY code LIMIT 1")).scalar_one()
    scan(qtbot, counter, code)
    assert counter.ui.householdLabel.text()
    row = enter_and_wait(qtbot, counter, window.ctx, code)
    assert row.operator == "志愿者小王"
    assert handed_over(window.ctx, code) is not None
    # the point's own database stays unset: the next start asks again
    check = Context.open(fresh)
    from pickuppoint.ui.first_run import needs_setup

    assert needs_setup(check)
    check.close()
    window.ctx.close()


def test_setting_up_the_point_names_it_and_opens_the_roster_import(app, qtbot, window, tmp_path):
    assert open_database(window, tmp_path / "point.sqlite3", "社区张老师")
    wizard = wizard_of(qtbot, window)
    qtbot.mouseClick(wizard.ui.setupButton, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == 1
    wizard.ui.nameEdit.setText("白竹亭社区接驳点")
    wizard.ui.siteIdEdit.setText("p 1")
    wizard.next()
    assert wizard.currentId() == 1  # refused, with the reason
    assert "P 1" in wizard.ui.pointMessage.text() and "2 到 12 个字母或数字" in wizard.ui.pointMessage.text()
    wizard.ui.siteIdEdit.setText("p07")
    wizard.next()
    assert wizard.currentId() == 2 and wizard.ui.importRadio.isChecked()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    # the first community worker: added, and signed in as the operator
    qtbot.waitUntil(lambda: getattr(window, "first_worker", None) is not None
                    and window.first_worker.isVisible(), timeout=5000)
    worker = window.first_worker
    worker.ui.nameEdit.setText("张老师")
    worker.ui.pinEdit.setText("2468")
    worker.ui.pinAgainEdit.setText("2468")
    worker.ui.buttonBox.button(worker.ui.buttonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=5000)
    assert window.ctx.site.site_id == "P07" and window.ctx.site.name == "白竹亭社区接驳点"
    assert "白竹亭社区接驳点" in window.windowTitle() and "P07" in window.site_label.text()
    assert window.ctx.operator == "张老师" and window.ctx.role == "worker"
    assert "张老师" in window.operator_label.text()
    from pickuppoint.ui.dialogs.import_wizard import ImportWizard

    qtbot.waitUntil(lambda: any(isinstance(w, ImportWizard) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5000)
    for w in QApplication.topLevelWidgets():
        if isinstance(w, ImportWizard):
            w.reject()
    assert window.ui.pages.currentWidget() is window.pages["households"]
    window.ctx.close()


def test_a_point_already_set_up_opens_without_questions(app, qtbot, window, ctx):
    path = Path(ctx.db.path)
    ctx.close()
    assert open_database(window, path, "测试员")
    assert window.ctx is not None and getattr(window, "first_run", None) is None
    window.ctx.close()


def test_closing_the_wizard_sets_nothing_up(app, qtbot, window, tmp_path):
    fresh = tmp_path / "point.sqlite3"
    assert open_database(window, fresh, "x")
    wizard = wizard_of(qtbot, window)
    ctx = wizard.ctx
    wizard.reject()
    assert not window.isVisible()
    from pickuppoint.ui.first_run import needs_setup

    assert needs_setup(ctx)
    ctx.close()


def test_a_point_enrols_from_the_coordinators_setup_file(app, qtbot, window, tmp_path):
    from pickuppoint.services.sync import enrol
    from sync_data import make_hub

    hub = make_hub(tmp_path)
    made = enrol.add_point(hub, "BZT", "白竹亭东门", tmp_path / "bzt.ppsetup")
    hub.close()
    assert open_database(window, tmp_path / "point.sqlite3", "社区张老师")
    wizard = wizard_of(qtbot, window)
    qtbot.mouseClick(wizard.ui.enrolButton, Qt.MouseButton.LeftButton)
    dialog = wizard.enrol_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.ui.fileEdit.setText(str(made.path))
    dialog.ui.codeEdit.setText("0000-0000")  # a wrong code: said, nothing set up
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.ok.isEnabled() and "启用码" in dialog.ui.errorLabel.text(), timeout=30000)
    assert window.ctx is None
    dialog.ui.codeEdit.setText(made.code)
    dialog.ok.click()
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=30000)
    assert window.ctx.site.site_id == "BZT" and window.ctx.site.name == "白竹亭东门"
    assert "白竹亭东门" in window.windowTitle()
    window.ctx.close()
