"""Settings: the dialog saves this computer's preferences (QSettings) and the point's name (the
database, recorded in the log); they are there after a restart; large text and high contrast
change every window; the window opens at its last size; the menus reach the pages' actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from pickuppoint.ui import main_menus, settings
from pickuppoint.ui.dialogs.settings_dialog import SettingsDialog
from pickuppoint.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def fresh_settings(app):
    QSettings().clear()
    yield
    QSettings().clear()
    settings.apply_comfort(QApplication.instance(), settings.Preferences())


def save(qtbot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok),
                     __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)


def test_the_dialog_shows_the_defaults_then_keeps_what_was_chosen(app, qtbot, ctx):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.pointNameEdit.text() == "白竹亭接驳点" and ui.siteIdLabel.text() == "P01"
    assert ui.languageCombo.currentData() == "" and ui.soundsCheck.isChecked()
    assert not ui.largeTextCheck.isChecked() and ui.receiptLayoutCombo.currentData() == "80mm"
    ui.pointNameEdit.setText("白竹亭社区第二接驳点")
    ui.soundsCheck.setChecked(False)
    ui.autoPrintCheck.setChecked(True)
    ui.receiptLayoutCombo.setCurrentIndex(ui.receiptLayoutCombo.findData("58mm"))
    ui.labelLayoutCombo.setCurrentIndex(ui.labelLayoutCombo.findData("roll-50x30"))
    ui.largeTextCheck.setChecked(True)
    save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert {"point_name", "sounds", "auto_print", "receipt_layout", "label_layout", "large_text"} <= dialog.changed
    QSettings().sync()
    again = settings.load()  # read back from the settings store, as after a restart
    assert (again.sounds, again.auto_print, again.receipt_layout, again.label_layout, again.large_text) == (
        False, True, "58mm", "roll-50x30", True)
    assert ctx.site.name == "白竹亭社区第二接驳点"
    from sqlalchemy import text

    with ctx.read() as s:
        names = s.execute(text("SELECT payload FROM record WHERE kind = 'site.initialized'")).scalars().all()
    assert "白竹亭社区第二接驳点" in names[-1]
    reopened = SettingsDialog(ctx)
    qtbot.addWidget(reopened)
    assert not reopened.ui.soundsCheck.isChecked() and reopened.ui.largeTextCheck.isChecked()
    assert reopened.ui.labelLayoutCombo.currentData() == "roll-50x30"


def test_an_empty_point_name_is_refused_and_nothing_is_saved(app, qtbot, ctx):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.pointNameEdit.setText("  ")
    dialog.ui.soundsCheck.setChecked(False)
    save(qtbot, dialog)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.ui.messageLabel.text() == "请给站点起个名称。"
    assert ctx.site.name == "白竹亭接驳点" and settings.load().sounds


def test_large_text_and_high_contrast_change_every_window_and_switch_back(app, qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    before = QApplication.font().pointSize()
    window.ui.actionLargeText.trigger()
    QApplication.processEvents()
    assert QApplication.font().pointSize() == settings.LARGE_POINT_SIZE > before
    assert window.font().pointSize() == settings.LARGE_POINT_SIZE
    window.ui.actionHighContrast.trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Base).name() == "#ffffff"
    assert QApplication.palette().color(QPalette.ColorRole.Text).name() == "#000000"
    assert settings.load().large_text and settings.load().high_contrast
    window.ui.actionLargeText.trigger()
    window.ui.actionHighContrast.trigger()
    assert QApplication.font().pointSize() == settings.BASE_POINT_SIZE
    assert not settings.load().large_text and QApplication.instance().styleSheet() == ""


def test_the_window_opens_at_its_last_size_and_fits_a_small_screen_the_first_time(app, qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    screen = QApplication.primaryScreen().availableGeometry().size()
    assert window.width() <= screen.width() and window.height() <= screen.height()
    window.resize(780, 560)
    window.show()
    window.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.size() == QSize(780, 560)


def test_the_menus_reach_what_the_pages_do(app, qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    titles = [a.text() for a in window.ui.menuFile.actions() if not a.isSeparator()]
    assert titles == ["导入住户名册(&H)…", "导入订单表(&O)…", "打印标签(&P)…", "打印到货签收单(&G)…",
                      "设置(&S)…", "立即备份(&B)", "同时备份到另一个文件夹（如 U 盘）…", "从备份恢复(&R)…",
                      "退出(&Q)"]
    window.ui.actionPrintLabels.trigger()  # no round yet: the page says what to do first
    assert window.current_key() == "rounds"
    assert "打印标签" in window.statusBar().currentMessage()
    window.page_actions["households"].trigger()
    assert window.current_key() == "households"
    window.ui.actionShortcuts.trigger()
    table = window.shortcuts_dialog.ui.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert {"F2", "F3", "F4", "F5", "F6", "Esc", "F1"} <= set(rows)
    window.shortcuts_dialog.close()
    window.ui.actionSettings.trigger()
    dialog = window.settings_dialog
    dialog.ui.largeTextCheck.setChecked(True)
    dialog.accept()
    assert window.ui.actionLargeText.isChecked() and QApplication.font().pointSize() == settings.LARGE_POINT_SIZE
    assert main_menus.shortcuts()[0][2] == "发放"


def test_the_quick_card_opens_in_the_print_preview_with_the_embedded_font(app, qtbot, ctx):
    from pickuppoint.documents.quick_card import render_quick_card

    pdf = render_quick_card("白竹亭接驳点")
    assert pdf.startswith(b"%PDF") and b"WenQuanYi" in pdf and b"Helvetica" not in pdf
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.ui.actionQuickCard.trigger()
    qtbot.waitUntil(lambda: window.quick_card.isVisible(), timeout=5000)
    assert window.quick_card.windowTitle() == "发放台速查卡"
    window.quick_card.close()


def test_the_lock_and_the_backup_folder_are_set_in_settings_as_in_the_menus(app, qtbot, ctx, tmp_path,
                                                                            monkeypatch):
    """One stored value each: the inactivity lock (QSettings, read by the lock timer) and the
    second backup folder (the database's meta, used by the automatic backups)."""
    from PySide6.QtWidgets import QInputDialog

    from pickuppoint.services.backup.rotation import extra_folder
    from pickuppoint.ui import safety

    monkeypatch.setenv("PICKUPPOINT_AUTO_BACKUP", "0")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.ui.actionSettings.trigger()
    dialog = window.settings_dialog
    assert dialog.ui.lockSpin.value() == safety.LOCK_MINUTES and dialog.ui.lockSpin.isEnabled()
    assert dialog.ui.backupFolderEdit.text() == "" and not dialog.ui.backupFolderClear.isVisible()
    stick = tmp_path / "U盘"
    stick.mkdir()
    dialog.ui.lockSpin.setValue(25)
    dialog.ask_folder = lambda: str(stick)
    dialog.ui.backupFolderButton.click()
    assert dialog.ui.backupFolderEdit.text() == str(stick)
    save(qtbot, dialog)
    assert safety.lock_minutes() == 25  # what the lock timer reads
    assert extra_folder(ctx) == stick and window.safety.auto.extra_folder == stick  # backups go there now
    # the Operators menu offers the same value
    offered = []
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a: (offered.append(a[3]), (5, True))[1])
    window.ui.actionLockMinutes.trigger()
    assert offered == [25] and safety.lock_minutes() == 5
    window.ui.actionSettings.trigger()
    again = window.settings_dialog
    assert again.ui.lockSpin.value() == 5 and again.ui.backupFolderEdit.text() == str(stick)
    again.ui.lockSpin.setValue(0)
    assert again.ui.lockSpin.text() == "不锁定"
    again.ui.backupFolderClear.click()
    save(qtbot, again)
    assert safety.lock_minutes() == 0 and extra_folder(ctx) is None and window.safety.auto.extra_folder is None


def test_a_volunteer_may_not_change_the_lock_or_the_backup_folder(app, qtbot, ctx, monkeypatch):
    from pickuppoint.services.backup.rotation import extra_folder
    from pickuppoint.services.operators import records as operators
    from pickuppoint.services.operators.signin import sign_in
    from pickuppoint.ui import safety

    monkeypatch.setenv("PICKUPPOINT_AUTO_BACKUP", "0")
    operators.add_operator(ctx, "王主任", "worker", "2468")
    sign_in(ctx, "王主任", "2468")
    operators.add_operator(ctx, "小李", "volunteer")
    sign_in(ctx, "小李")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert not ui.lockSpin.isEnabled() and not ui.backupFolderButton.isEnabled()
    assert ui.lockSpin.toolTip() == "小李（志愿者）不能管理操作人：请社区工作者登录后再做。"
    assert ui.backupFolderButton.toolTip() == "小李（志愿者）不能复制整个数据库：请社区工作者登录后再做。"
    ui.soundsCheck.setChecked(False)  # what is theirs to change still is
    save(qtbot, dialog)
    assert not settings.load().sounds and safety.lock_minutes() == safety.LOCK_MINUTES
    # the menus say the same
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    told = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", lambda _w, _t, text: told.append(text))
    window.ui.actionLockMinutes.trigger()
    window.ui.actionBackupFolder.trigger()
    assert told == [ui.lockSpin.toolTip(), ui.backupFolderButton.toolTip()]
    assert extra_folder(ctx) is None
    sign_in(ctx, "王主任", "2468")
    worker = SettingsDialog(ctx)
    qtbot.addWidget(worker)
    assert worker.ui.lockSpin.isEnabled() and worker.ui.backupFolderButton.isEnabled()
