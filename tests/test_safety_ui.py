"""The window's side of operators and backups: sign-in with recent names and a PIN, 换班 keeping
the counter as it is, the lock after inactivity hiding the pages, a volunteer's masked phones and
disabled roster buttons, the start backup and its check, the restore dialog."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from counter_data import community
from pickuppoint.services.backup import rotation
from pickuppoint.services.backup.copy import copy_database
from pickuppoint.services.operators import records as operators
from pickuppoint.services.operators.signin import sign_in
from pickuppoint.ui.dialogs.restore_dialog import RestoreDialog
from pickuppoint.ui.dialogs.signin_dialog import SigninDialog
from pickuppoint.ui.main_window import MainWindow

SHOTS = Path(os.environ.get("PICKUPPOINT_SHOTS", "/tmp/pickuppoint-shots"))


def staffed(ctx):
    community(ctx)
    operators.add_operator(ctx, "王主任", "worker", "2468")
    sign_in(ctx, "王主任", "2468")
    operators.add_operator(ctx, "小李", "volunteer")
    sign_in(ctx, "小李")


def test_signing_in_shows_recent_names_and_asks_a_pin_only_of_workers(app, qtbot, ctx):
    staffed(ctx)
    dialog = SigninDialog(ctx)
    qtbot.addWidget(dialog)
    names = [dialog.ui.recentList.item(i).text() for i in range(dialog.ui.recentList.count())]
    assert names[:2] == ["小李", "王主任"]
    dialog.ui.nameEdit.setText("小张")
    assert not dialog.ui.pinEdit.isVisibleTo(dialog)
    dialog.ui.nameEdit.setText("王主任")
    assert dialog.ui.pinEdit.isVisibleTo(dialog)
    dialog.ui.pinEdit.setText("1111")
    dialog._accept()
    assert dialog.ui.errorLabel.text() == "PIN 不对，还可以再试 4 次。" and dialog.result() == 0
    dialog.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "signin_dialog.png"))
    dialog.ui.pinEdit.setText("2468")
    dialog._accept()
    assert dialog.result() == SigninDialog.DialogCode.Accepted and ctx.role == "worker"


def test_a_volunteer_sees_masked_phones_and_cannot_add_households(app, qtbot, ctx):
    staffed(ctx)  # 小李, a volunteer, is signed in
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.show_page("households")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    phones = {page.model.index(r, 2).data() for r in range(3)}
    assert phones == {"138****8001", "138****8002", "138****8003"}
    assert not page.ui.addButton.isEnabled() and not page.ui.importButton.isEnabled()
    assert page.ui.addButton.toolTip() == "小李（志愿者）不能修改住户名单：请社区工作者登录后再做。"
    assert window.operator_label.text() == "操作人：小李（志愿者）"
    window.resize(1366, 768)
    window.show()
    window.grab().save(str(SHOTS / "volunteer_households.png"))
    # 换班: the worker takes over; the same window, the same page
    sign_in(ctx, "王主任", "2468")
    window.show_operator()
    qtbot.waitUntil(lambda: page.model.index(0, 2).data() == "13800138001")
    assert page.ui.addButton.isEnabled() and window.pages["households"] is page


def test_the_window_locks_after_inactivity_and_hides_the_pages(app, qtbot, ctx):
    staffed(ctx)
    QSettings().setValue("security/lock_minutes", 1)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    seen = {}

    def unlock() -> None:
        dialog = QApplication.activeModalWidget()
        seen["locked"] = isinstance(dialog, SigninDialog) and dialog.locked
        seen["hidden"] = not window.centralWidget().isVisible()
        dialog.reject()  # a locked window cannot be dismissed...
        seen["still_open"] = dialog.isVisible()
        dialog.ui.nameEdit.setText("小赵")  # ...only signed in to
        dialog._accept()

    window.safety.last_input = time.monotonic() - 120
    QTimer.singleShot(200, unlock)
    window.safety.tick()
    assert seen == {"locked": True, "hidden": True, "still_open": True}
    assert window.centralWidget().isVisible() and ctx.operator == "小赵"
    assert window.operator_label.text() == "操作人：小赵（志愿者）"


def test_the_start_backup_is_taken_and_checked_and_a_damaged_log_is_warned_of(app, qtbot, ctx, db_path, monkeypatch):
    community(ctx)
    monkeypatch.setenv("PICKUPPOINT_AUTO_BACKUP", "1")
    rotation.take_backup(db_path)  # an older backup
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE record SET hash = 'forged' WHERE seq = 3")  # behind the app's back
    conn.commit()
    conn.close()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    problems = []
    window.safety.check_failed.connect(problems.extend)
    qtbot.waitUntil(lambda: bool(problems), timeout=20_000)
    assert len(rotation.backups_in(rotation.backup_folder(db_path), db_path)) == 2
    assert problems  # verify of the start backup names the changed record
    qtbot.waitUntil(lambda: getattr(window, "check_warning", None) is not None)
    assert window.check_warning.text().startswith("打开时的检查发现数据库的记录有问题")


def test_the_restore_dialog_checks_the_backup_and_shows_what_it_holds(app, qtbot, ctx, db_path, tmp_path):
    community(ctx)
    good = copy_database(db_path, tmp_path / "good.sqlite3")
    data = bytearray(good.read_bytes())
    data[8192:12288] = b"\x5a" * 4096
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(bytes(data))
    dialog = RestoreDialog([good, bad])
    qtbot.addWidget(dialog)
    ok = dialog._ok
    qtbot.waitUntil(lambda: ok.isEnabled(), timeout=20_000)
    text = dialog.ui.summaryLabel.text()
    assert "检查通过" in text and "13 条记录，3 户，7 个包裹，已发放 0 件" in text
    dialog.resize(640, 420)
    dialog.show()
    dialog.grab().save(str(SHOTS / "restore_dialog.png"))
    dialog.ui.backupCombo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "没有通过检查" in dialog.ui.summaryLabel.text(), timeout=20_000)
    assert not ok.isEnabled()


def test_a_volunteer_opens_a_household_read_only_with_masked_phones(app, qtbot, ctx):
    from pickuppoint.services.households import records as households
    from pickuppoint.ui.dialogs.household_dialog import HouseholdDialog

    staffed(ctx)
    with ctx.read() as s:
        household = households.get(s, "3-2-501")
    dialog = HouseholdDialog(ctx, household)
    qtbot.addWidget(dialog)
    assert dialog.ui.phoneEdit.text() == "138****8001"
    assert dialog.ui.proxiesTable.item(0, 1).text() == "139****9002"
    assert dialog.ui.phoneEdit.isReadOnly() and not dialog.ui.proxiesTable.isEnabled()
    assert dialog.ui.errorLabel.text() == "小李（志愿者）不能修改住户名单：请社区工作者登录后再做。"
    dialog.show()
    assert not dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save).isVisible()
    dialog.grab().save(str(SHOTS / "volunteer_household_dialog.png"))
