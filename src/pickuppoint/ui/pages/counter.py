"""The handover counter (发放): scan, look, Enter. Keyboard only; the scan field always has the
focus and takes it back after every dialog; scanner bursts that land elsewhere are routed to it.

Keys (shown on screen): Enter hands over the ticked parcels (a payment dialog first when money is
due), F2 proxy, F3 door delivery, F4 lookup without a label, F5 undo the selected handover,
F6 receipt of the selected handover, Esc clears the card, Ctrl+N ticks/unticks parcel N,
Up/Down select in the history. Writes run off the GUI thread: the scan field is ready at once.

Nothing the screen shows as waiting is dropped: while a card waits for Enter, a scan of another
parcel of the same household joins the handover (one Enter hands over both); a parcel of another
household is refused loudly and the waiting card stays until Enter or Esc settles it. A code typed
by hand that has no check character (a supplier's) asks for one more Enter after a look at the
household, since a typo in it can name another household's parcel.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QSizePolicy, QWidget

from pickuppoint.domain import codes as parcel_codes
from pickuppoint.money import format_yuan
from pickuppoint.services.context import Context
from pickuppoint.services.counter import handover as counter_service
from pickuppoint.services.counter.handover import Card, Visit
from pickuppoint.services.counter.lookup import household_card
from pickuppoint.services.counter.payments import Collector, Payment
from pickuppoint.services.parcels.view import AmbiguousScan, normalize_code
from pickuppoint.ui.dialogs.collector_dialog import CollectorDialog
from pickuppoint.ui.dialogs.lookup_dialog import LookupDialog
from pickuppoint.ui.dialogs.payment_dialog import PaymentDialog
from pickuppoint.ui.dialogs.which_parcel_dialog import WhichParcelDialog
from pickuppoint.ui.feedback import Sounds, Verdict
from pickuppoint.ui.forms.ui_counter_page import Ui_CounterPage
from pickuppoint.ui.pages import counter_card as cc
from pickuppoint.ui.pages.base import Page
from pickuppoint.ui.pages.counter_side import ShiftPanel
from pickuppoint.ui.receipt_printing import ReceiptPrinter
from pickuppoint.ui.tasks import run_write
from pickuppoint.ui.widgets.scan_field import BurstRouter

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class CounterPage(ShiftPanel, Page):
    KINDS = frozenset({"parcel.", "handover.", "household.", "round."})

    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_CounterPage()
        self.ui.setupUi(self)
        self.ui.waitingList.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.ui.cardLayout.setStretchFactor(self.ui.waitingList, 1)  # the room left is the list's
        self.setStyleSheet(cc.STYLE)
        # large text switched: fit the card again once its sizes have followed (ui/large_text.py)
        QApplication.instance().fontChanged.connect(self._font_changed)
        self.site_id = ctx.site.site_id
        self.card: Card | None = None
        self.collector: Collector | None = None
        self.dialog: QDialog | None = None  # the open dialog, if any (tests reach it here)
        self.last_visit: Visit | None = None
        self.busy = 0  # handovers and undos still being written
        self.writing: Card | None = None  # the card whose handover is being written
        self.confirm_typed = False  # a hand-typed code without check character: one more Enter
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
        self.ui.waitingList.setWordWrap(True)  # a long item wraps instead of widening the card
        self.ui.waitingList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self._setup_side()

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
        """The keyboard back to the scan field (and to this window, after a dialog closed)."""
        if self.dialog is None:
            if self.isVisible() and not self.window().isActiveWindow():
                self.window().activateWindow()
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
            self.field.forget_last()  # a person pressed a key: a scan after this is deliberate
            self.hand_over()
            return True
        if key in self._keys:
            self.field.forget_last()
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

    def pending(self) -> bool:
        """A card shown that waits for Enter: parcels ticked, nothing refused, not being written."""
        card = self.card
        return (card is not None and not card.refusal and card is not self.writing
                and bool(self.selected_codes()))

    def on_scan(self, code: str) -> None:
        if self.dialog is not None:  # (a modal dialog keeps the keys; this is a safety net)
            return
        try:
            with self.ctx.read() as s:
                card = counter_service.scan(s, self.site_id, code)
        except AmbiguousScan as exc:  # one number, parcels of several rounds: ask which
            self.which_parcel(exc)
            return
        if self.pending():
            self._scan_while_pending(card)
            return
        if card.reason == "unknown" and cc.looks_like_household(code):
            self.lookup(code)
            return
        self.show_card(card)
        if (self.field.typed_by_hand and card.parcel is not None and not card.refusal
                and parcel_codes.check(card.parcel.code) != "ok"):
            self.confirm_typed = True
            cc.set_verdict(self.ui.card, "warn")
            self.ui.verdictLabel.setText(self.tr(
                "！手工输入的编号没有校验位，输错一个字就可能是别户的包裹：请核对住户 {household}，"
                "无误再按一次回车。").format(household=card.household.code if card.household else card.code))

    def _scan_while_pending(self, new: Card) -> None:
        """A scan while a card waits for Enter: the same household's parcel joins; another's is
        refused (the waiting card stays)."""
        card = self.card
        assert card is not None
        household = card.household.code if card.household else None
        code = new.parcel.code if new.parcel else normalize_code(new.code)
        lst = self.ui.waitingList
        row = next((i for i in range(lst.count())
                    if lst.item(i).data(Qt.ItemDataRole.UserRole) == code), None)
        same = household is not None and new.parcel is not None and new.parcel.household_code == household
        if same and row is not None:
            item = lst.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked)
                self._update_due()
                self.ui.verdictLabel.setText(self.tr("✓ 已加入：{code}。核对后按回车，一起发放 {n} 件。").format(
                    code=code, n=len(self.selected_codes())))
                self.sounds.play(Verdict.OK)
                return
            reason = card.waiting_refusals.get(code)
            self.ui.verdictLabel.setText(self.tr("✗ {code} 不能一起发放：{reason} 其余的按回车发放。").format(
                code=code, reason=reason.message if reason else ""))
            self.sounds.play(Verdict.REFUSE)
            return
        if same:  # the household's, but not in the list: already collected, voided ...
            why = new.refusal.message if new.refusal else ""
            self.ui.verdictLabel.setText(self.tr("✗ {code} 不能一起发放：{reason} 其余的按回车发放。").format(
                code=code, reason=why))
            self.sounds.play(Verdict.REFUSE)
            return
        cc.set_verdict(self.ui.card, "refused")
        self.ui.verdictLabel.setText(self.tr(
            "✗ 还有 {household} 的 {n} 件没有发放：先按回车发放或按 Esc 取消，再扫下一户"
            "（刚扫到的 {code} 没有处理）。").format(
            household=household or card.code, n=len(self.selected_codes()), code=code))
        self.sounds.play(Verdict.REFUSE)

    def show_card(self, card: Card, looked_up: bool = False) -> None:
        self.card = card
        self.collector = None
        self.confirm_typed = False
        ui = self.ui
        code, head, flags = cc.household_lines(card)
        self._fit_big(code)
        ui.headLabel.setText(head)
        ui.flagsLabel.setText(flags)
        cc.show_if(ui.flagsLabel, bool(flags))  # an empty label of a large font still takes a line
        ui.itemLabel.setText(cc.item_line(card.parcel) if card.parcel else card.code)
        ui.waitingList.clear()
        for item in cc.parcel_items(card, scanned=not looked_up):
            ui.waitingList.addItem(item)
        many = ui.waitingList.count() > 1 or bool(card.waiting)
        cc.show_if(ui.waitingTitle, many)
        cc.show_if(ui.waitingList, many)
        if many:
            ui.waitingTitle.setText(self.tr("这户这次可领 {n} 件：已勾选的一起发放（Ctrl+数字 勾选或取消）").format(
                n=ui.waitingList.count()))
        self._update_due()
        self._fit_height()
        verdict = cc.display_verdict(card, self.selected_due())
        self.sounds.play({"ok": Verdict.OK, "warn": Verdict.WARN, "refused": Verdict.REFUSE}[verdict])

    def _fit_big(self, code: str) -> None:
        margins = self.ui.cardLayout.contentsMargins()
        cc.fit_big(self.ui.householdLabel, code, max(400, self.ui.card.width() - margins.left() - margins.right()))

    def _fit_height(self) -> None:
        """The household code gives way only to what must show: the parcels' list asks for its
        first three rows and scrolls past them (its own size wish would shrink the code, above
        all with large text)."""
        lst = self.ui.waitingList
        lst.doItemsLayout()  # the rows wrapped at the list's width, not on one line
        rows = sum(max(0, lst.visualItemRect(lst.item(i)).height()) for i in range(min(lst.count(), 3)))
        lst.setMinimumHeight(max(rows, lst.fontMetrics().height()) + 2 * lst.frameWidth() + 4)
        shown = lst.isVisibleTo(self.ui.card)
        cc.fit_height(self.ui.card, self.ui.householdLabel, lst.minimumHeight() if shown else 0)

    def _font_changed(self, _font: object) -> None:
        QTimer.singleShot(0, self, self._refit)

    def _refit(self) -> None:
        """Large text switched: the card shown is fitted again to its new sizes."""
        if self.card is not None:
            self._fit_big(self.ui.householdLabel.text())
            self._fit_height()

    def _update_due(self) -> None:
        card = self.card
        if card is None:
            return
        due = self.selected_due()
        verdict = cc.display_verdict(card, due)
        cc.set_verdict(self.ui.card, verdict)
        self.ui.verdictLabel.setText(cc.verdict_text(card, due))
        owed = sum(p.amount_cents for p in self._parcels(self.selected_codes())
                   if p.payment == "on_behalf" and p.waiting)
        lines = [self.tr("应收 {amount} 元").format(amount=format_yuan(due))] if due else []
        if owed:
            lines.append(cc.owed_line(owed))
        self.ui.dueLabel.setText("　".join(lines))
        cc.show_if(self.ui.dueLabel, bool(lines))

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
        self.confirm_typed = False
        for label in (self.ui.householdLabel, self.ui.headLabel, self.ui.flagsLabel,
                      self.ui.itemLabel, self.ui.dueLabel):
            label.setText("")
        cc.show_if(self.ui.flagsLabel, False)
        cc.show_if(self.ui.dueLabel, False)
        self.ui.waitingList.clear()
        cc.show_if(self.ui.waitingList, False)
        cc.show_if(self.ui.waitingTitle, False)
        self.ui.verdictLabel.setText(self.tr("请扫描包裹条码。没有标签：按 F4 按房号、电话或姓名查找。"))
        cc.set_verdict(self.ui.card, None)

    # --- handing over -----------------------------------------------------------------------

    def hand_over(self, payment: Payment | None = None) -> None:
        card = self.card
        if card is None or card.refusal or self.dialog is not None or card is self.writing:
            if card is not None and card.refusal:
                self.sounds.play(Verdict.REFUSE)
            return  # (a second Enter while this card is being written does nothing)
        if self.confirm_typed:  # the household was looked at: now the usual Enter hands over
            self.confirm_typed = False
            self._update_due()
            return
        codes = self.selected_codes()
        if not codes:
            self.status_message.emit(self.tr("没有勾选要发放的包裹。"))
            return
        due = card.due_for(codes)
        if due and payment is None:
            what = "、".join(f"{p.item or p.code}" for p in self._parcels(codes) if p.due_cents)
            dialog = PaymentDialog(due, what, self)
            dialog.scanned_meanwhile.connect(lambda: self.status_message.emit(self.tr(
                "付款窗口打开时扫到了条码，没有处理：先选择付款方式或按 Esc，再扫描。")))
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
        self.writing = card
        self.ui.verdictLabel.setText(self.tr("正在发放……"))

        def finished() -> None:
            self.busy -= 1
            if self.writing is card:
                self.writing = None

        def done(visit: Visit) -> None:
            finished()
            self.last_visit = visit
            if self.card is card:
                self._show_done(visit)
            self.status_message.emit(self.tr("已发放 {n} 件给 {household}，小票号 {no}。").format(
                n=len(visit.parcel_codes), household=visit.household_code or "-", no=visit.receipt_no))
            self.refresh()
            self.printer.auto(visit.receipt_no)

        def failed(message: str) -> None:
            finished()
            self.sounds.play(Verdict.REFUSE)
            if self.card is card:
                cc.set_verdict(self.ui.card, "refused")
                self.ui.verdictLabel.setText(self.tr("✗ 没有发放：{reason}").format(reason=message))
            else:
                self.status_message.emit(message)
            self.refresh()

        run_write(counter_service.hand_over, self.ctx, codes, collector, payment,
                  on_done=done, on_failed=failed)

    def _show_done(self, visit: Visit) -> None:
        self.card = None  # Enter again does nothing until the next scan
        cc.set_verdict(self.ui.card, "ok")
        self.ui.verdictLabel.setText(cc.done_text(visit))
        self.ui.dueLabel.setText("")
        cc.show_if(self.ui.dueLabel, False)
        self.ui.waitingList.clear()
        cc.show_if(self.ui.waitingList, False)
        cc.show_if(self.ui.waitingTitle, False)

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

    def which_parcel(self, ambiguous: AmbiguousScan) -> None:
        """Ask which of the parcels with this label was scanned; the chosen one is scanned by
        its own code (nothing is recorded before)."""
        cc.set_verdict(self.ui.card, "warn")
        self.ui.verdictLabel.setText(ambiguous.question)
        self.sounds.play(Verdict.WARN)
        dialog = WhichParcelDialog(ambiguous, self)
        self._open(dialog, lambda: self.on_scan(dialog.chosen))

    def lookup(self, query: str = "") -> None:
        if self.dialog is not None:
            return
        dialog = LookupDialog(self.ctx, query if isinstance(query, str) else "", self)

        def picked() -> None:
            with self.ctx.read() as s:
                self.show_card(household_card(s, self.site_id, dialog.household_code), looked_up=True)

        self._open(dialog, picked)
