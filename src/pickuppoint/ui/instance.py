"""One window per database file.

Two windows on one file would each believe their screen: two counters handing over from two
views of the same parcels, two receiving desks batching the same truck. The window holds a lock
file beside the database (`<database>.lock`, Qt's QLockFile: it holds the process id, and a
lock left by a process that no longer runs is taken over). The command line does not take it:
scripts and `verify` keep sharing the file with the window, as SQLite allows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from pickuppoint.errors import UserError
from pickuppoint.i18n import translate


class AlreadyOpen(UserError):
    """Another window has this database open."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def hold(db_path: Path) -> QLockFile | None:
    """Take the window's lock on `db_path` (keep the returned object while the window runs).
    None where no lock file can be made (a read-only folder: opening the database says so)."""
    lock = QLockFile(str(lock_path(db_path)))
    lock.setStaleLockTime(0)  # a window stays open for days: never stale by age, only by pid
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        info = lock.getLockInfo()  # (pid, host name, application): or (ok, pid, ...) elsewhere
        pid, host = (info[-3], info[-2]) if len(info) >= 3 else ("?", "")
        raise AlreadyOpen(translate(
            "Instance", "数据库 {path} 已经在另一个窗口中打开了（{host} 上的进程 {pid}）。请切换到那个窗口；"
                        "同一个数据库只能在一个窗口中打开。").format(path=db_path, host=host or "?", pid=pid))
    return None
