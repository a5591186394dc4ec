"""Slow work off the GUI thread: run a function in the thread pool, get the result back on the
GUI thread. Errors a user can act on (UserError) come back as their message."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from pickuppoint.errors import UserError


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int)


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any, with_progress: bool = False):
        super().__init__()
        self.signals = _Signals()
        self.fn, self.args, self.with_progress = fn, args, with_progress

    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.fn(*self.args, progress=self.signals.progress.emit)
            else:
                result = self.fn(*self.args)
        except UserError as exc:
            self.signals.failed.emit(exc.message)
        except Exception:  # noqa: BLE001 - shown as one sentence, details to stderr
            traceback.print_exc()
            from pickuppoint.i18n import translate

            self.signals.failed.emit(translate("Tasks", "操作失败，发生了意外错误。详细信息已写入日志。"))
        else:
            self.signals.done.emit(result)


_running: set[Task] = set()


def run_in_background(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Start `fn(*args)` (with `progress=callback(done, total)` when on_progress is given)."""
    task = Task(fn, *args, with_progress=on_progress is not None)
    task.setAutoDelete(False)
    _running.add(task)
    if on_done:
        task.signals.done.connect(on_done)
    if on_failed:
        task.signals.failed.connect(on_failed)
    if on_progress:
        task.signals.progress.connect(on_progress)
    task.signals.done.connect(lambda _r: _running.discard(task))
    task.signals.failed.connect(lambda _m: _running.discard(task))
    QThreadPool.globalInstance().start(task)
    return task
