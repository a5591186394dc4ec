"""The status bar's round: the round the counter is working on ("当前批次：第3批团购（还剩 12 / 40
件）"), or how many rounds are open when it is not one. Counted off the GUI thread, again a
moment after a record that changes it (a burst of scans counts once)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import isValid

from pickuppoint.ui.tasks import run_in_background

if TYPE_CHECKING:
    from pickuppoint.services.context import Context
    from pickuppoint.services.counter.shift import CurrentRound

KINDS = ("round.", "parcel.", "handover.")
DELAY_MS = 300


def _read(ctx: Context) -> CurrentRound:
    from pickuppoint.services.counter.shift import current_round

    with ctx.read() as s:
        return current_round(s, ctx.site.site_id)


class RoundStatus(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("roundState")
        self.setContentsMargins(8, 0, 8, 0)
        self.setVisible(False)
        self.ctx: Context | None = None
        self.generation = 0
        self.pending = False
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.update_now)

    def follow(self, ctx: Context) -> None:
        self.ctx = ctx
        self.update_now()

    def changed(self, kinds: set[str]) -> None:
        """Records were written: count again if they can change what is shown."""
        if any(k.startswith(KINDS) for k in kinds):
            self.pending = True
            self._timer.start()

    def busy(self) -> bool:
        return self.pending or self._timer.isActive()

    def update_now(self) -> None:
        if self.ctx is None or not isValid(self):
            return
        self.pending = True
        self.generation += 1
        generation = self.generation
        run_in_background(_read, self.ctx, on_done=lambda c: self._show(generation, c),
                          on_failed=lambda _m: self._show(generation, None))

    def _show(self, generation: int, current: CurrentRound | None) -> None:
        if not isValid(self) or generation != self.generation:
            return  # the window closed while it was counted, or a newer count is on its way
        self.pending = False
        if current is None or (current.round is None and not current.open_rounds):
            self.setText("")
            self.setVisible(False)
            return
        r = current.round
        if r is not None:
            self.setText(self.tr("当前批次：{name}（还剩 {left} / {expected} 件）").format(
                name=r.name, left=f"{r.waiting:,}", expected=f"{r.total:,}"))
            self.setToolTip(self.tr("发放页正在发的批次；共有 {n} 个批次还有包裹没领").format(n=current.open_rounds))
        else:
            self.setText(self.tr("进行中的批次：{n} 个").format(n=current.open_rounds))
            self.setToolTip(self.tr("还有包裹没领的批次；发放一件后这里显示它的批次"))
        self.setVisible(True)
