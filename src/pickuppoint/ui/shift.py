"""The main window's operator actions: sign-in at start, 换班 (another operator takes over the
counter without closing anything: the page, the scan field and the queue stay as they are),
lock (after inactivity or Ctrl+L: the pages are hidden until someone signs in), adding an
operator, the inactivity setting, backups now / to a second folder, and restore."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.services.backup.rotation import backup_folder, backups_in
from pickuppoint.services.context import Context
from pickuppoint.services.operators.records import has_operators
from pickuppoint.services.operators.roles import may, refusal
from pickuppoint.ui.dialogs.operator_dialog import OperatorDialog
from pickuppoint.ui.dialogs.restore_dialog import RestoreDialog
from pickuppoint.ui.dialogs.signin_dialog import SigninDialog
from pickuppoint.ui.safety import FOLDER_ACT, LOCK_ACT, lock_minutes
from pickuppoint.ui.safety import set_lock_minutes as store_lock_minutes
from pickuppoint.ui.tasks import writes

if TYPE_CHECKING:
    from pathlib import Path

    from pickuppoint.ui.main_window import MainWindow


def sign_in_at_start(ctx: Context, parent: QWidget | None = None) -> bool:
    """With operators in the database, someone signs in before the window opens."""
    with ctx.read() as s:
        if not has_operators(s):
            return True
    return SigninDialog(ctx, parent).exec() == SigninDialog.DialogCode.Accepted


def connect(window: MainWindow) -> None:
    ui = window.ui
    ui.actionSwitchShift.triggered.connect(lambda: switch_shift(window))
    ui.actionLock.triggered.connect(lambda: lock(window))
    ui.actionAddOperator.triggered.connect(lambda: add_operator(window))
    ui.actionLockMinutes.triggered.connect(lambda: set_lock_minutes(window))
    ui.actionBackupNow.triggered.connect(lambda: backup_now(window))
    ui.actionBackupFolder.triggered.connect(lambda: choose_backup_folder(window))
    ui.actionRestore.triggered.connect(lambda: restore(window))
    window.safety.lock_due.connect(lambda: lock(window))
    window.safety.backup_failed.connect(
        lambda msg: window.statusBar().showMessage(
            translate("Shift", "备份没有完成：{reason}").format(reason=msg), 15000))
    window.safety.check_failed.connect(lambda problems: warn_check(window, problems))
    window.safety.backed_up.connect(lambda made: window.statusBar().showMessage(
        translate("Shift", "已备份：{paths}").format(paths="、".join(str(p) for p in made)), 10000))


def switch_shift(window: MainWindow) -> None:
    dialog = SigninDialog(window.ctx, window, title=translate("Shift", "换班：下一位请签到（柜台上的内容保持不变）"))
    if dialog.exec() == SigninDialog.DialogCode.Accepted:
        window.show_operator()


def lock(window: MainWindow) -> None:
    if window.ctx.role is None or window.safety.locked:
        return  # nobody signs in to this database: nothing to lock
    window.safety.locked = True
    window.centralWidget().setVisible(False)  # names and phones out of sight
    try:
        SigninDialog(window.ctx, window, locked=True,
                     title=translate("Shift", "已锁定：请签到后继续")).exec()
    finally:
        window.safety.locked = False
        window.safety.last_input = time.monotonic()
        window.centralWidget().setVisible(True)
        window.show_operator()


def add_operator(window: MainWindow) -> None:
    with window.ctx.read() as s:
        first = not has_operators(s)
    if not may(window.ctx, "operator.added"):
        QMessageBox.information(window, translate("Shift", "添加操作人"),
                                refusal(window.ctx.operator, window.ctx.role, "operator.added").message)
        return
    dialog = OperatorDialog(window.ctx, window, first=first)
    if dialog.exec() == OperatorDialog.DialogCode.Accepted and first:
        QMessageBox.information(window, translate("Shift", "添加操作人"), translate(
            "Shift", "已添加。从现在起，打开程序和换班时都要签到。请现在签到。"))
        switch_shift(window)
        window.show_operator()


def refused(window: MainWindow, title: str, act: str) -> bool:
    """Say why the signed-in operator may not do `act` (True), or False when they may."""
    if may(window.ctx, act):
        return False
    QMessageBox.information(window, title, refusal(window.ctx.operator, window.ctx.role, act).message)
    return True


def set_lock_minutes(window: MainWindow) -> None:
    """The same setting as in the Settings dialog (safety.LOCK_KEY), with the same rule."""
    title = translate("Shift", "自动锁定")
    if refused(window, title, LOCK_ACT):
        return
    minutes, ok = QInputDialog.getInt(window, title, translate(
        "Shift", "无人操作多少分钟后锁定（0 表示不锁定）："), lock_minutes(), 0, 240)
    if ok:
        store_lock_minutes(minutes)


def backup_now(window: MainWindow) -> None:
    window.safety.auto._seq = -1  # noqa: SLF001 - a backup now, whatever is due
    window.safety.backup_now()


def choose_backup_folder(window: MainWindow) -> None:
    """The same setting as in the Settings dialog (the database's `backup.folder`), same rule."""
    title = translate("Shift", "选择另一个备份文件夹（如 U 盘）")
    if refused(window, title, FOLDER_ACT):
        return
    folder = QFileDialog.getExistingDirectory(window, title)
    if folder:
        from pathlib import Path

        use_backup_folder(window, Path(folder))


def use_backup_folder(window: MainWindow, folder: Path | None) -> None:
    """Backups go to `folder` too from now on (None: beside the database only); one now."""
    window.safety.set_extra_folder(folder)
    if folder is not None:
        backup_now(window)


def warn_check(window: MainWindow, problems: list[str]) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Shift", "数据检查发现问题"), translate(
        "Shift", "打开时的检查发现数据库的记录有问题，可能被改动过或已损坏。可以继续发放，但请尽快联系社区工作者，"
        "必要时从备份恢复。"), QMessageBox.StandardButton.Ok, window)
    box.setDetailedText("\n".join(problems))
    box.setModal(False)
    box.show()
    window.check_warning = box


def restore(window: MainWindow) -> None:
    ctx = window.ctx
    if not may(ctx, "backup.restore"):
        QMessageBox.information(window, translate("Shift", "从备份恢复"),
                                refusal(ctx.operator, ctx.role, "backup.restore").message)
        return
    places = [backup_folder(ctx.db.path)] + ([window.safety.auto.extra_folder]
                                             if window.safety.auto.extra_folder else [])
    backups = sorted((p for f in places for p in backups_in(f, ctx.db.path)),
                     key=lambda p: p.stat().st_mtime, reverse=True)
    dialog = RestoreDialog(backups, window)
    if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
        return
    from pickuppoint.services.backup.restore import restore as do_restore
    from pickuppoint.ui.main_window import MainWindow as Window

    path, operator = ctx.db.path, ctx.operator
    window.safety.stop()
    writes().wait()  # what the screen confirmed is written before the file is replaced
    ctx.close()
    try:
        summary, aside = do_restore(path, dialog.chosen)
    except UserError as exc:
        QMessageBox.critical(window, translate("Shift", "从备份恢复"), exc.message)
        summary, aside = None, None
    new_ctx = Context.open(path, operator)
    if not sign_in_at_start(new_ctx, window):
        window.close()
        return
    replacement = Window(new_ctx)
    replacement.show()
    window.replaced_by = replacement
    window.close()
    if summary is not None:
        QMessageBox.information(replacement, translate("Shift", "从备份恢复"), translate(
            "Shift", "已恢复备份（{records} 条记录）。原来的数据库另存为 {aside}。").format(
            records=summary.records, aside=aside or "-"))
