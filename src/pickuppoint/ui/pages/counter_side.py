"""The counter's side panel: this shift's numbers (handed over, still waiting, till totals by
payment mode), the last handovers with undo (F5) and receipt reprint (F6), and the shift change.
A mixin of CounterPage (ui/pages/counter.py), which provides `ctx`, `ui`, `_open`, `field`,
`printer`, `busy` and `status_message`."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QHeaderView

from pickuppoint.eventlog.clock import iso, local_time
from pickuppoint.money import format_yuan
from pickuppoint.services.context import Context
from pickuppoint.services.counter import handover as counter_service
from pickuppoint.services.counter.payments import payment_label
from pickuppoint.services.counter.shift import remaining, till
from pickuppoint.ui.dialogs.void_dialog import VoidDialog
from pickuppoint.ui.feedback import Verdict
from pickuppoint.ui.models.history_model import ITEM, HistoryModel
from pickuppoint.ui.pages import counter_card as cc
from pickuppoint.ui.receipt_printing import layout_labels
from pickuppoint.ui.tasks import run_in_background, run_write

SHIFT_START = "counter/shift_start"
# money handled at the table this shift (prepaid online and free parcels are not the till's)
TILL_MODES = ("cash", "qr", "owed", "waived")


class ShiftPanel:
    def _setup_side(self) -> None:
        self.history = HistoryModel(self.ctx, self)
        view = self.ui.historyView
        view.setModel(self.history)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)

        settings = QSettings()
        self.ui.autoPrintCheck.setChecked(self.printer.auto_print)
        self.ui.autoPrintCheck.toggled.connect(self.printer.set_auto_print)
        for key, label in layout_labels().items():
            self.ui.layoutCombo.addItem(label, key)
        self.ui.layoutCombo.setCurrentIndex(max(0, self.ui.layoutCombo.findData(self.printer.layout)))
        self.ui.layoutCombo.currentIndexChanged.connect(
            lambda _i: self.printer.set_layout(self.ui.layoutCombo.currentData()))
        self.shift_start = self._shift_start(settings)
        self.ui.newShiftButton.clicked.connect(self.new_shift)

    # --- history: undo and receipts -----------------------------------------------------------

    def _selected_history(self):  # noqa: ANN202
        rows = self.ui.historyView.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        return self.history.row(row)

    def _move_history(self, step: int) -> None:
        n = self.history.rowCount()
        if not n:
            return
        rows = self.ui.historyView.selectionModel().selectedRows()
        current = rows[0].row() if rows else -1
        self.ui.historyView.selectRow(max(0, min(n - 1, current + step)))

    def undo(self) -> None:
        row = self._selected_history()
        if row is None or self.dialog is not None:
            return
        if self.pending():  # the waiting card is not dropped for an undo
            self.status_message.emit(self.tr("先按回车发放或按 Esc 取消当前这户，再撤销。"))
            self.sounds.play(Verdict.REFUSE)
            return
        if row.voided:
            self.status_message.emit(self.tr("这次发放已经撤销过了。"))
            return
        what = self.tr("撤销 {time} 发给 {household} {head} 的“{item}”（{code}）？").format(
            time=_local(row.at),
            household=row.household_code or "-", head=row.head, item=row.item, code=row.shown)
        dialog = VoidDialog(what, self)

        def confirmed() -> None:
            self.busy += 1
            reason = dialog.reason  # (the dialog is gone by the time the undo is written)

            def done(_ids: list[str]) -> None:
                self.busy -= 1
                self.field.forget_last()
                if not self.pending():  # the card says what happened
                    self.show_undone(row.household_code, row.item, row.shown, reason)
                self.status_message.emit(self.tr("已撤销：包裹 {code} 回到待领取，记录保留。").format(
                    code=row.shown))
                self.refresh()

            def failed(message: str) -> None:
                self.busy -= 1
                self.status_message.emit(message)
                self.refresh()

            run_write(counter_service.void, self.ctx, row.id, reason,
                              on_done=done, on_failed=failed)

        self._open(dialog, confirmed)

    def show_undone(self, household: str, item: str, code: str, reason: str) -> None:
        self.clear()
        cc.set_verdict(self.ui.card, "warn")
        cc.fit_big(self.ui.householdLabel, household or "-", max(400, self.ui.card.width() - 40))
        self.ui.verdictLabel.setText(cc.undone_text(household, item, code, reason))
        self.sounds.play(Verdict.WARN)

    def reprint(self) -> None:
        row = self._selected_history()
        if row is None or self.dialog is not None:
            return
        self.printer.preview(row.receipt_no or row.id, self, on_closed=self.focus_scan)

    # --- the shift ---------------------------------------------------------------------------

    def _shift_start(self, settings: QSettings) -> str:
        midnight = iso(datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0))
        saved = str(settings.value(SHIFT_START, "") or "")
        return max(saved, midnight) if saved else midnight

    def new_shift(self) -> None:
        self.shift_start = iso(datetime.now().astimezone())
        QSettings().setValue(SHIFT_START, self.shift_start)
        self.refresh()
        self.focus_scan()

    def refresh(self) -> None:
        self.history.reload()
        run_in_background(_shift_numbers, self.ctx, self.site_id, self.shift_start,
                          on_done=self._show_numbers)

    def _show_numbers(self, numbers) -> None:  # noqa: ANN001
        t, rounds = numbers
        counts = self.tr("已发放 {n} 件 · {v} 户次").format(n=t.parcels, v=t.visits)
        if t.voided:
            counts += "\n" + self.tr("撤销 {n} 件").format(n=t.voided)
        self.ui.countsLabel.setText(counts)
        self.ui.remainingLabel.setText("\n".join(
            self.tr("{name}：还剩 {waiting} / {total} 件").format(name=r.name, waiting=r.waiting, total=r.total)
            for r in rounds[:3]))
        lines = [self.tr("{mode}：{amount} 元（{n} 笔）").format(
            mode=payment_label(mode), amount=format_yuan(cents), n=count)
            for mode, (count, cents) in sorted(t.by_mode.items()) if mode in TILL_MODES]
        self.ui.tillLabel.setText("\n".join(lines) if lines else self.tr("本班次还没有收款。"))



def _local(at: str) -> str:
    return local_time(at, "%H:%M")


def _shift_numbers(ctx: Context, site_id: str, since: str):  # noqa: ANN202
    with ctx.read() as s:
        return till(s, since, site_id), remaining(s)
