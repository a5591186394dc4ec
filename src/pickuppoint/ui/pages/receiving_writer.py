"""Writing the receiving desk's records on the window's write thread (`ui.tasks.run_write`), one
batch at a time: whatever was scanned while a batch was being written goes in the next one, so
the scanner never waits for the disk and a truck of parcels becomes a handful of transactions.
The next batch is taken when the last one's write comes back, so the write queue stays busy
until the desk has nothing left, and closing the window waits for all of it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from pickuppoint.services.context import Context
from pickuppoint.services.receiving.desk import ScanSession, write_batch
from pickuppoint.services.receiving.records import Batch
from pickuppoint.ui.tasks import run_write

Committed = Callable[[bool], None]  # told True once its scan is on disk, False if it was lost


class BatchWriter(QObject):
    drained = Signal()  # everything decided is written
    failed = Signal(str)  # a write failed: what it held is lost, the desk decides afresh

    def __init__(self, ctx: Context, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.desk: ScanSession | None = None
        self._queue: list[tuple[Batch, list[Committed]]] = []  # an earlier desk's, still to write
        self._writing = False
        self._waiting: list[Committed] = []  # scans decided, not yet taken into a batch
        self._in_flight: list[Committed] = []  # the batch being written

    def when_committed(self, callback: Committed) -> None:
        """`callback(True)` once what the desk decided last is committed (the ✓ on screen)."""
        self._waiting.append(callback)

    def set_desk(self, desk: ScanSession | None) -> None:
        """Another round: what the old desk decided is still written, first."""
        if self.desk is not None:
            batch = self.desk.take()
            if batch:
                self._queue.append((batch, self._waiting))
                self._waiting = []
        self.desk = desk
        self.kick()

    @property
    def busy(self) -> bool:
        return self._writing or bool(self._queue) or bool(self.desk and self.desk.has_pending)

    def kick(self) -> None:
        """Start writing what is waiting, unless a write is under way (it will come back here)."""
        if self._writing:
            return
        if self._queue:
            batch, self._in_flight = self._queue.pop(0)
        else:
            batch = self.desk.take() if self.desk else None
            self._in_flight, self._waiting = self._waiting, []
        if not batch:
            self._tell(True)  # nothing to write for them (a repeat scan): already on disk
            self.drained.emit()
            return
        self._writing = True
        run_write(write_batch, self.ctx, batch, on_done=self._done, on_failed=self._failed)

    def run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None],
            on_failed: Callable[[str], None]) -> None:
        """Run another write (tick by household) in turn with the batches; call when not busy."""
        self._writing = True

        def done(result: Any) -> None:  # noqa: ANN401
            self._writing = False
            on_done(result)
            self.kick()

        def failed(message: str) -> None:
            self._writing = False
            on_failed(message)
            self.kick()

        run_write(fn, *args, on_done=done, on_failed=failed)

    def _tell(self, committed: bool) -> None:
        callbacks, self._in_flight = self._in_flight, []
        for callback in callbacks:
            callback(committed)

    def _done(self, _n: int) -> None:
        self._writing = False
        self._tell(True)
        self.kick()

    def _failed(self, message: str) -> None:
        self._writing = False
        self._tell(False)
        for _batch, callbacks in self._queue:
            for callback in callbacks:
                callback(False)
        for callback in self._waiting:
            callback(False)
        self._waiting = []
        if self.desk:
            self.desk.forget()
        self._queue.clear()
        self.failed.emit(message)
