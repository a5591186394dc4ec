"""The handover counter (发放): scan, look, Enter. Keyboard only; the scan field always has the
focus and takes it back after every dialog; scanner bursts that land elsewhere are routed to it.

Keys (shown on screen): Enter hands over the ticked parcels (a payment dialog first when money is
due), F2 proxy, F3 door delivery, F4 lookup without a label, F5 undo the selected handover,
F6 receipt of the selected handover, Esc clears the card, Ctrl+N ticks/unticks parcel N,
Up/Down select in the history. Writes run off the GUI thread: the scan field is ready at once.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QHeaderView, QWidget

from pickuppoint.eventlog.clock import iso
from pickuppoint.money import format_yuan
from pickuppoint.services import counter as counter_service
from pickuppoint.services.context import Context
from pickuppoint.services.counter import Card, Visit
from pickuppoint.services.lookup import household_card
from pickuppoint.services.payments import Collector, Payment, collector_label, payment_label
from pickuppoint.services.shift import remaining, till
from pickuppoint.ui.dialogs.collector_dialog import CollectorDialog
from pickuppoint.ui.dialogs.lookup_dialog import LookupDialog
from pickuppoint.ui.dialogs.payment_dialog import PaymentDialog
from pickuppoint.ui.dialogs.void_dialog import VoidDialog
from pickuppoint.ui.feedback import Sounds, Verdict
from pickuppoint.ui.forms.ui_counter_page import Ui_CounterPage
from pickuppoint.ui.models.history_model import HistoryModel
from pickuppoint.ui.pages import counter_card as cc
from pickuppoint.ui.pages.base import Page
from pickuppoint.ui.receipt_printing import ReceiptPrinter, layout_labels
from pickuppoint.ui.tasks import run_in_background
from pickuppoint.ui.widgets.scan_field import BurstRouter

SHIFT_START = "counter/shift_start"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


def _looks_like_household(text: str) -> bool:
    """A room number typed into the scan field ('3-2-501', '501', '32501'), not a label."""
    return "-" in text or (text.isdigit() and len(text) <= 6)


class CounterPage(Page):
    KINDS = frozenset({"parcel.", "handover.", "household.", "round."})

    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_CounterPage()
        self.ui.setupUi(self)
        self.setStyleSheet(cc.STYLE)
        self.site_id = ctx.site.site_id
        self.card: Card | None = None
        self.collector: Collector | None = None
        self.dialog: QDialog | None = None  # the open dialog, if any (tests reach it here)
        self.last_visit: Visit | None = None
        self.busy = 0  # handovers and undos still being written
        self.sounds = Sounds(self)
        self.printer = ReceiptPrinter(ctx, self)
        self.printer.message.connect(self.status_message.emit)
        self.field = self.ui.scanField
        self.router = BurstRouter(self.field)
        self.field.scanned.connect(self.on_scan)
        self.field.double_read.connect(
            lambda _c: self.status_message.emit(self.tr("同一条码连续读到两次，已忽略第二次。")))
        self.field.installEventFilter(self)
        self.ui.waitingList.itemChanged.connect(lambda _item: self._update_due())

        self.history = HistoryModel(ctx, self)
        view = self.ui.historyView
        view.setModel(self.history)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)

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

        buttons = {self.ui.handOverButton: self.hand_over, self.ui.proxyButton: self.proxy,
                   self.ui.doorButton: self.door, self.ui.lookupButton: self.lookup,
                   self.ui.undoButton: self.undo, self.ui.reprintButton: self.reprint,
                   self.ui.cancelButton: self.clear}
        for button, action in buttons.items():
            button.setProperty("keyButton", True)
            button.clicked.connect(lambda _c=False, a=action: (a(), self.focus_scan()))
        self._keys = {Qt.Key.Key_F2: self.proxy, Qt.Key.Key_F3: self.door, Qt.Key.Key_F4: self.lookup,
                      Qt.Key.Key_F5: self.undo, Qt.Key.Key_F6: self.reprint, Qt.Key.Key_Escape: self.clear}
        self.clear()
        self.refresh()

    # --- focus and the scanner -------------------------------------------------------------

    def focus_scan(self) -> None:
        if self.dialog is None:
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt
        super().showEvent(event)
        QApplication.instance().installEventFilter(self.router)
        QTimer.singleShot(0, self.focus_scan)

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt
        QApplication.instance().removeEventFilter(self.router)
        super().hideEvent(event)

    def activated(self) -> None:
        self.focus_scan()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if obj is self.field and event.type() == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        return super().eventFilter(obj, event)

    def _key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        empty = not self.field.text().strip()
        if key in _ENTER and empty:
            self.hand_over()
            return True
        if key in self._keys:
            self._keys[key]()
            return True
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and key in _DIGITS:
            self.toggle(_DIGITS[key])
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move_history(-1 if key == Qt.Key.Key_Up else 1)
            return True
        return False

    # --- the card ---------------------------------------------------------------------------

    def on_scan(self, code: str) -> None:
        with self.ctx.read() as s:
            card = counter_service.scan(s, self.site_id, code)
        if card.reason == "unknown" and _looks_like_household(code):
            self.lookup(code)
            return
        self.show_card(card)

    def show_card(self, card: Card) -> None:
        self.card = card
        self.collector = None
        ui = self.ui
        code, head, flags = cc.household_lines(card)
        ui.householdLabel.setText(code)
        ui.headLabel.setText(head)
        ui.flagsLabel.setText(flags)
        ui.flagsLabel.setVisible(bool(flags))
        ui.itemLabel.setText(cc.item_line(card.parcel) if card.parcel else card.code)
        ui.waitingList.clear()
        for item in cc.parcel_items(card):
            ui.waitingList.addItem(item)
        many = ui.waitingList.count() > 1 or bool(card.waiting)
        ui.waitingTitle.setVisible(many)
        ui.waitingList.setVisible(many)
        if many:
            ui.waitingTitle.setText(self.tr("这户这次可领 {n} 件：已勾选的一起发放（Ctrl+数字 勾选或取消）").format(
                n=ui.waitingList.count()))
        self._update_due()
        verdict = cc.display_verdict(card, self.selected_due())
        self.sounds.play({"ok": Verdict.OK, "warn": Verdict.WARN, "refused": Verdict.REFUSE}[verdict])

    def _update_due(self) -> None:
        card = self.card
        if card is None:
            return
        due = self.selected_due()
        verdict = cc.display_verdict(card, due)
        self.ui.card.setStyleSheet(cc.card_style(verdict))
        self.ui.verdictLabel.setText(cc.verdict_text(card, due))
        self.ui.dueLabel.setText(self.tr("应收 {amount} 元").format(amount=format_yuan(due)) if due else "")
        self.ui.dueLabel.setVisible(bool(due))

    def selected_codes(self) -> list[str]:
        lst = self.ui.waitingList
        return [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())
                if lst.item(i).checkState() == Qt.CheckState.Checked]

    def selected_due(self) -> int:
        return self.card.due_for(self.selected_codes()) if self.card else 0

    def toggle(self, n: int) -> None:
        item = self.ui.waitingList.item(n - 1)
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        self._update_due()

    def clear(self) -> None:
        """Esc: forget the card; ready for the next scan."""
        self.card = None
        self.collector = None
        for label in (self.ui.householdLabel, self.ui.headLabel, self.ui.flagsLabel,
                      self.ui.itemLabel, self.ui.dueLabel):
            label.setText("")
        self.ui.waitingList.clear()
        self.ui.waitingList.hide()
        self.ui.waitingTitle.hide()
        self.ui.dueLabel.hide()
        self.ui.flagsLabel.hide()
        self.ui.verdictLabel.setText(self.tr("请扫描包裹条码。没有标签：按 F4 按房号、电话或姓名查找。"))
        self.ui.card.setStyleSheet(cc.card_style(None))

    # --- handing over -----------------------------------------------------------------------

    def hand_over(self, payment: Payment | None = None) -> None:
        card = self.card
        if card is None or card.refusal or self.dialog is not None:
            if card is not None and card.refusal:
                self.sounds.play(Verdict.REFUSE)
            return
        codes = self.selected_codes()
        if not codes:
            self.status_message.emit(self.tr("没有勾选要发放的包裹。"))
            return
        due = card.due_for(codes)
        if due and payment is None:
            what = "、".join(f"{p.item or p.code}" for p in self._parcels(codes) if p.due_cents)
            dialog = PaymentDialog(due, what, self)
            self._open(dialog, lambda: self.hand_over(dialog.payment))
            return
        self._write(codes, self.collector or Collector(), payment or Payment())

    def _parcels(self, codes: list[str]):  # noqa: ANN202
        card = self.card
        parcels = ([card.parcel] if card and card.parcel else []) + (card.waiting if card else [])
        return [p for p in parcels if p.code in codes]

    def _write(self, codes: list[str], collector: Collector, payment: Payment) -> None:
        card = self.card
        self.busy += 1
        self.ui.verdictLabel.setText(self.tr("正在发放……"))

        def done(visit: Visit) -> None:
            self.busy -= 1
            self.last_visit = visit
            if self.card is card:
                self._show_done(visit)
            self.status_message.emit(self.tr("已发放 {n} 件给 {household}，小票号 {no}。").format(
                n=len(visit.parcel_codes), household=visit.household_code or "-", no=visit.receipt_no))
            self.refresh()
            self.printer.auto(visit.receipt_no)

        def failed(message: str) -> None:
            self.busy -= 1
            self.sounds.play(Verdict.REFUSE)
            if self.card is card:
                self.ui.card.setStyleSheet(cc.card_style("refused"))
                self.ui.verdictLabel.setText(self.tr("✗ 没有发放：{reason}").format(reason=message))
            else:
                self.status_message.emit(message)
            self.refresh()

        run_in_background(counter_service.hand_over, self.ctx, codes, collector, payment,
                          on_done=done, on_failed=failed)

    def _show_done(self, visit: Visit) -> None:
        self.card = None  # Enter again does nothing until the next scan
        self.ui.card.setStyleSheet(cc.card_style("ok"))
        paid = ""
        if visit.paid_cents:
            paid = self.tr("，{mode} {amount} 元").format(
                mode=payment_label(visit.payment_mode), amount=format_yuan(visit.paid_cents))
        self.ui.verdictLabel.setText(self.tr("✓ 已发放 {n} 件（{who}{paid}），小票 {no}。请扫下一件。").format(
            n=len(visit.parcel_codes), who=collector_label(visit.collector.kind, visit.collector.name),
            paid=paid, no=visit.receipt_no))
        self.ui.dueLabel.hide()
        self.ui.waitingList.clear()
        self.ui.waitingList.hide()
        self.ui.waitingTitle.hide()

    def proxy(self) -> None:
        self._collector("proxy")

    def door(self) -> None:
        self._collector("door")

    def _collector(self, kind: str) -> None:
        card = self.card
        if card is None or card.refusal or self.dialog is not None:
            return
        dialog = CollectorDialog(kind, card.household, self.ctx.operator, self)

        def chosen() -> None:
            self.collector = dialog.collector
            self.hand_over()

        self._open(dialog, chosen)

    # --- dialogs ------------------------------------------------------------------------------

    def _open(self, dialog: QDialog, on_accept) -> None:  # noqa: ANN001
        """Open a window-modal dialog; when it closes the focus comes back to the scan field."""
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            self.focus_scan()
            if result == QDialog.DialogCode.Accepted:
                on_accept()
            self.focus_scan()

        dialog.finished.connect(finished)
        dialog.open()

    def lookup(self, query: str = "") -> None:
        if self.dialog is not None:
            return
        dialog = LookupDialog(self.ctx, query if isinstance(query, str) else "", self)

        def picked() -> None:
            with self.ctx.read() as s:
                self.show_card(household_card(s, self.site_id, dialog.household_code))

        self._open(dialog, picked)

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
        if row.voided:
            self.status_message.emit(self.tr("这次发放已经撤销过了。"))
            return
        what = self.tr("撤销 {time} 发给 {household} {head} 的“{item}”（{code}）？").format(
            time=_local(row.at),
            household=row.household_code or "-", head=row.head, item=row.item, code=row.parcel_code)
        dialog = VoidDialog(what, self)

        def confirmed() -> None:
            self.busy += 1

            def done(_ids: list[str]) -> None:
                self.busy -= 1
                self.field.forget_last()
                self.status_message.emit(self.tr("已撤销：包裹 {code} 回到待领取，记录保留。").format(
                    code=row.parcel_code))
                self.refresh()

            def failed(message: str) -> None:
                self.busy -= 1
                self.status_message.emit(message)
                self.refresh()

            run_in_background(counter_service.void, self.ctx, row.id, dialog.reason,
                              on_done=done, on_failed=failed)

        self._open(dialog, confirmed)

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
            for mode, (count, cents) in sorted(t.by_mode.items()) if mode != "none"]
        self.ui.tillLabel.setText("\n".join(lines) if lines else self.tr("本班次还没有收款。"))


def _local(at: str) -> str:
    from pickuppoint.eventlog.clock import local_time

    return local_time(at, "%H:%M")


def _shift_numbers(ctx: Context, site_id: str, since: str):  # noqa: ANN202
    with ctx.read() as s:
        return till(s, since, site_id), remaining(s)
