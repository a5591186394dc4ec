"""Slow work off the GUI thread: run a function on another thread, get the result back on the
GUI thread. Errors a user can act on (UserError, or a failure of the database file: see
`store.failures`) come back as their sentence.

Reads (`run_in_background`) share Qt's thread pool. Writes (`run_write`) go through one thread
of their own, one at a time, in the order they were given: a handover is never overtaken by the
next one, and two writes of the window never wait on each other's lock. The window counts
them (`writes.pending`, `writes.idle`) and, when it closes, waits until they are done.
"""

from __future__ import annotations

import threading
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
    def __init__(self, fn: Callable[..., Any], *args: Any, with_progress: bool = False,
                 finished: Callable[[], None] | None = None):
        super().__init__()
        self.signals = _Signals()
        self.fn, self.args, self.with_progress = fn, args, with_progress
        self.finished = finished  # called on the worker thread once the outcome is sent

    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.fn(*self.args, progress=self.signals.progress.emit)
            else:
                result = self.fn(*self.args)
        except UserError as exc:
            self.signals.failed.emit(exc.message)
        except Exception as exc:  # noqa: BLE001 - shown as one sentence, details to stderr
            self.signals.failed.emit(failure_sentence(exc, self.args))
        else:
            self.signals.done.emit(result)
        finally:
            if self.finished is not None:
                self.finished()


def failure_sentence(exc: BaseException, args: tuple[Any, ...] = (), path: object = None) -> str:
    """The sentence for an unexpected exception: what the database file's failure was (the
    database's path from `path` or from a Context among `args`), or, for a fault of the program
    (its traceback goes to stderr, the log), that it failed."""
    from pickuppoint.i18n import translate
    from pickuppoint.store.failures import explain

    if path is None:
        path = next((a.db.path for a in args if hasattr(a, "db") and hasattr(a.db, "path")), None)
    message = explain(exc, path)  # type: ignore[arg-type]
    if message is not None:
        return message
    traceback.print_exception(exc)
    return translate("Tasks", "操作失败，发生了意外错误。详细信息已写入日志。")


_running: set[Task] = set()


def _start(pool: QThreadPool, fn: Callable[..., Any], args: tuple[Any, ...],
           on_done: Callable[[Any], None] | None, on_failed: Callable[[str], None] | None,
           on_progress: Callable[[int, int], None] | None,
           finished: Callable[[], None] | None = None) -> Task:
    task = Task(fn, *args, with_progress=on_progress is not None, finished=finished)
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
    pool.start(task)
    return task


def run_in_background(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Start `fn(*args)` (with `progress=callback(done, total)` when on_progress is given)."""
    return _start(QThreadPool.globalInstance(), fn, args, on_done, on_failed, on_progress)


class Writes(QObject):
    """The window's writes: one thread, one at a time, in order. A write is pending from
    `submit` until it has run and its outcome is on its way to the GUI thread; `idle` follows
    that outcome there, so a write its callback starts (the receiving desk's next batch) is
    pending again before `idle` is heard: listeners check `pending` when they hear it."""

    idle = Signal()  # the write thread ran out of work (check `pending`: a callback may add more)

    def __init__(self) -> None:
        super().__init__()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending = 0
        self._lock = threading.Lock()

    @property
    def pending(self) -> int:
        return self._pending

    def submit(self, fn: Callable[..., Any], args: tuple[Any, ...],
               on_done: Callable[[Any], None] | None, on_failed: Callable[[str], None] | None,
               on_progress: Callable[[int, int], None] | None) -> Task:
        with self._lock:
            self._pending += 1
        return _start(self._pool, fn, args, on_done, on_failed, on_progress, finished=self._finished)

    def _finished(self) -> None:  # on the write thread, after the outcome was sent
        with self._lock:
            self._pending -= 1
            now_idle = self._pending == 0
        if now_idle:
            self.idle.emit()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the write thread has nothing left (at exit, after the event loop)."""
        return self._pool.waitForDone(msecs)


_writes: Writes | None = None


def writes() -> Writes:
    """The one queue of writes (made on first use, on the GUI thread)."""
    global _writes
    if _writes is None:
        _writes = Writes()
    return _writes


def run_write(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    """Like `run_in_background`, for a write: queued behind the writes given before it."""
    return writes().submit(fn, args, on_done, on_failed, on_progress)
