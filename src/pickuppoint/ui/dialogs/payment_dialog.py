"""Taking payment at the counter: one key per way of paying (1 cash, 2 QR, 3 paid on behalf,
4 waived with a reason, 5 already paid online); Esc goes back to the card without handing over.

A label scanned while this dialog is open must not choose a way of paying by its digits: a key
is acted on only when no other key follows within BURST_MS (a scanner types a few milliseconds
apart; a person does not), and everything up to the burst's Enter is ignored, with a hint in the
dialog (and `scanned_meanwhile` for the page's status line) that the scan was not taken."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QWidget

from pickuppoint.money import format_yuan
from pickuppoint.services.counter.payments import Payment
from pickuppoint.ui.forms.ui_payment_dialog import Ui_PaymentDialog
from pickuppoint.ui.large_text import follow_large_text

_KEYS = {Qt.Key.Key_1: "cash", Qt.Key.Key_2: "qr", Qt.Key.Key_3: "owed", Qt.Key.Key_4: "waived",
         Qt.Key.Key_5: "prepaid"}
BURST_MS = 60


class PaymentDialog(QDialog):
    scanned_meanwhile = Signal()  # a scanner burst arrived (and was ignored)

    def __init__(self, due_cents: int, what: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PaymentDialog()
        self.ui.setupUi(self)
        self.due_cents = due_cents
        self.payment: Payment | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ui.amountLabel.setText(self.tr("应收 {amount} 元").format(amount=format_yuan(due_cents)))
        self.ui.amountLabel.setStyleSheet("font-size: 40pt; font-weight: bold;")
        self.ui.whatLabel.setText(what)
        self.ui.whatLabel.setStyleSheet("font-size: 15pt;")
        self.ui.errorLabel.setStyleSheet("color: #c62828; font-size: 13pt;")
        buttons = {self.ui.cashButton: "cash", self.ui.qrButton: "qr", self.ui.owedButton: "owed",
                   self.ui.waivedButton: "waived", self.ui.prepaidButton: "prepaid"}
        for button, mode in buttons.items():
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(46)
            button.setStyleSheet("font-size: 16pt; text-align: left; padding-left: 16px;")
            button.clicked.connect(lambda _checked=False, m=mode: self.choose(m))
        self.ui.reasonLabel.hide()
        self.ui.reasonEdit.hide()
        self.ui.reasonEdit.setStyleSheet("font-size: 15pt;")
        follow_large_text(self)  # the fixed sizes follow large text
        self.ui.reasonEdit.returnPressed.connect(self._confirm_waiver)
        self._chosen: str | None = None
        self._in_burst = False
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(BURST_MS)
        self._pending.timeout.connect(self._key_settled)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt
        super().showEvent(event)
        if not self.ui.reasonEdit.isVisible():
            self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt
        if self.ui.reasonEdit.hasFocus():
            super().keyPressEvent(event)
            return
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if self._pending.isActive() or self._in_burst:  # a key hard on the heels of another
            self._pending.stop()
            self._in_burst = not enter
            if enter:
                self.ui.errorLabel.setText(self.tr(
                    "扫到了条码，没有处理：请先选择付款方式，或按 Esc 返回后再扫描。"))
                self.scanned_meanwhile.emit()
            return
        if enter:
            return  # Enter alone never takes money: a way of paying must be chosen
        mode = _KEYS.get(Qt.Key(event.key()))
        if mode is not None or (event.text() and event.text().isprintable()):
            self._chosen = mode
            self._pending.start()  # acted on unless a scanner burst goes on
            return
        super().keyPressEvent(event)

    def _key_settled(self) -> None:
        if self._chosen is not None:
            self.choose(self._chosen)

    def choose(self, mode: str) -> None:
        if mode == "waived":
            self.ui.reasonLabel.show()
            self.ui.reasonEdit.show()
            self.ui.reasonEdit.setFocus()
            return
        self.payment = Payment(mode, self.due_cents)
        self.accept()

    def _confirm_waiver(self) -> None:
        reason = self.ui.reasonEdit.text().strip()
        if not reason:
            self.ui.errorLabel.setText(self.tr("请写明免收的原因。"))
            return
        self.payment = Payment("waived", self.due_cents, reason)
        self.accept()
