"""What keeps the window safe while it runs: automatic backups (at start, every few minutes or
records, at exit; beside the database and in a chosen folder), the check of the start backup in
the background (integrity_check, verify, chain heads against older backups) with a warning if
it fails, and the lock after a while without anyone at the keyboard."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication

from pickuppoint import i18n
from pickuppoint.services.backup import anchors
from pickuppoint.services.backup.rotation import AutoBackup, extra_folder, set_extra_folder
from pickuppoint.services.context import Context
from pickuppoint.ui import check_apart
from pickuppoint.ui.tasks import run_in_background

LOCK_MINUTES = 10  # default; QSettings "security/lock_minutes" (0: never)
CHECK_EVERY_MS = 15_000


def automatic() -> bool:
    """Automatic backups and the start check; PICKUPPOINT_AUTO_BACKUP=0 turns them off (the
    test suite's short-lived windows)."""
    return os.environ.get("PICKUPPOINT_AUTO_BACKUP", "1") != "0"


LOCK_KEY = "security/lock_minutes"
LOCK_ACT = "operator.changed"  # who may change the lock: who manages the operators (a worker)
FOLDER_ACT = "backup.make"  # who may send backups to a second folder: who may copy the database


def lock_minutes() -> int:
    return int(QSettings().value(LOCK_KEY, LOCK_MINUTES, type=int))


def set_lock_minutes(minutes: int) -> None:
    QSettings().setValue(LOCK_KEY, max(0, int(minutes)))


def start_check(ctx: Context, backup: Path) -> list[str]:
    """Problems found in the start backup (a copy of the database as it opened) and in the
    chain heads older backups hold; run off the GUI thread."""
    problems = check_apart.problems(backup, i18n.language())
    return problems + anchors.check_against_backups(ctx)


class Safety(QObject):
    lock_due = Signal()
    backup_failed = Signal(str)
    check_failed = Signal(list)  # the problems the start check found
    backed_up = Signal(list)  # paths

    def __init__(self, ctx: Context, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.auto = AutoBackup(ctx.db.path, extra_folder(ctx))
        self._busy = False
        self._checked = False
        self.last_input = time.monotonic()
        self.locked = False
        self.stopped = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    # --- inactivity ---

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.last_input = time.monotonic()
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self.last_input

    def tick(self) -> None:
        minutes = lock_minutes()
        if (not self.locked and minutes > 0 and self.ctx.role is not None
                and self.idle_seconds() >= minutes * 60):
            self.lock_due.emit()
        if self.auto.due():
            self.backup_now()

    # --- backups ---

    def set_extra_folder(self, folder: Path | None) -> None:
        set_extra_folder(self.ctx, folder)
        self.auto.extra_folder = folder

    def backup_now(self) -> None:
        """A backup in the background (one at a time); the first one is then checked."""
        if self._busy or self.stopped or not automatic():
            return
        self._busy = True
        run_in_background(self.auto.run, on_done=self._backed_up, on_failed=self._failed)

    def _failed(self, message: str) -> None:
        self._busy = False
        self.backup_failed.emit(message)

    def _backed_up(self, result: tuple[list[Path], list[str]]) -> None:
        self._busy = False
        made, failed = result
        for message in failed:
            self.backup_failed.emit(message)
        if made:
            self.backed_up.emit(made)
        if made and not self._checked:
            self._checked = True
            run_in_background(start_check, self.ctx, made[0], on_done=self._checked_done,
                              on_failed=lambda msg: self._checked_done([msg]))

    def _checked_done(self, problems: list[str]) -> None:
        if problems and not self.stopped:
            try:
                self.check_failed.emit(problems)
            except RuntimeError:  # the window closed while the check ran
                pass

    def stop(self) -> None:
        """No more backups from this window (its database is being replaced or closed)."""
        self.timer.stop()
        self.stopped = True

    def at_exit(self) -> None:
        """The last backup, taken before the window closes (waits for it)."""
        self.timer.stop()
        if not self.stopped and automatic() and self.auto.due():
            made, failed = self.auto.run()
            for message in failed:
                self.backup_failed.emit(message)
