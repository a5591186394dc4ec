"""The paid-on-behalf ledger window (代付台账): per household and round what was paid on its
behalf, settled and still owed, the totals; record a settlement for the selected line (who came,
how, how much); print and save as PDF or Excel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from pickuppoint.documents import ledger as documents
from pickuppoint.errors import UserError
from pickuppoint.money import format_yuan, parse_yuan
from pickuppoint.services.context import Context
from pickuppoint.services.lists import ledger as service
from pickuppoint.services.lists.ledger import Ledger
from pickuppoint.ui import document_output as output
from pickuppoint.ui.forms.ui_ledger_dialog import Ui_LedgerDialog
from pickuppoint.ui.large_text import follow_large_text

KINDS = ("pdf", "xlsx")


class LedgerDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_LedgerDialog()
        self.ui.setupUi(self)
        follow_large_text(self)  # the fixed sizes follow large text
        ui = self.ui
        self.ledger: Ledger | None = None
        self.saved_path: str | None = None
        for m in service.METHODS:
            ui.methodCombo.addItem(service.method_label(m), m)
        titles = [
            self.tr("住户"),
            self.tr("户主"),
            self.tr("批次"),
            self.tr("代付（元）"),
            self.tr("已结算（元）"),
            self.tr("未结算（元）"),
            self.tr("结算记录"),
        ]
        ui.entriesTable.setColumnCount(len(titles))
        ui.entriesTable.setHorizontalHeaderLabels(titles)
        header = ui.entriesTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(titles) - 1, QHeaderView.ResizeMode.Stretch)
        ui.settleButton.clicked.connect(self.settle_selected)
        ui.printButton.clicked.connect(self.print_ledger)
        ui.saveButton.clicked.connect(self.save_as)
        ui.closeButton.clicked.connect(self.accept)
        self.reload()

    def reload(self) -> None:
        self.ledger = service.gather(self.ctx)  # one grouped read of the `owed` handovers: quick
        book = self.ledger
        table = self.ui.entriesTable
        table.setRowCount(len(book.entries))
        for i, e in enumerate(book.entries):
            values = [
                e.household_code,
                e.head,
                e.round_name,
                format_yuan(e.owed_cents),
                format_yuan(e.settled_cents),
                format_yuan(e.outstanding_cents),
                e.settled_note,
            ]
            for j, v in enumerate(values):
                cell = QTableWidgetItem(v)
                if 3 <= j <= 5:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(i, j, cell)
        self.ui.totalsLabel.setText(
            self.tr("代付 {owed} 元，已结算 {settled} 元，未结算 {outstanding} 元（{n} 户次）").format(
                owed=format_yuan(book.owed_cents),
                settled=format_yuan(book.settled_cents),
                outstanding=format_yuan(book.outstanding_cents),
                n=len(book.entries),
            )
        )

    def select(self, household: str, round_id: str) -> None:
        assert self.ledger is not None
        for i, e in enumerate(self.ledger.entries):
            if e.household_code == household and e.round_id == round_id:
                self.ui.entriesTable.selectRow(i)
                return

    def settle_selected(self) -> None:
        row = self.ui.entriesTable.currentRow()
        if self.ledger is None or row < 0:
            self.ui.messageLabel.setText(self.tr("请先在表中选中要结算的一行。"))
            return
        entry = self.ledger.entries[row]
        text = self.ui.amountEdit.text().strip()
        try:
            amount = parse_yuan(text) if text else None
        except ValueError:
            self.ui.messageLabel.setText(self.tr("金额“{amount}”无效，请写成 39.90 这样的数。").format(amount=text))
            return
        try:
            done = service.settle(
                self.ctx,
                entry.household_code,
                entry.round_id,
                self.ui.methodCombo.currentData(),
                self.ui.byEdit.text(),
                amount,
            )
        except UserError as exc:
            self.ui.messageLabel.setText(exc.message)
            return
        self.ui.amountEdit.clear()
        self.reload()
        self.ui.messageLabel.setText(
            self.tr("已登记：{household} 结算 {amount} 元。").format(
                household=entry.household_code, amount=format_yuan(done)
            )
        )

    def _message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)

    def _busy(self, on: bool) -> None:
        for b in (self.ui.printButton, self.ui.saveButton):
            b.setEnabled(not on)

    def ask_printer(self, pdf: bytes) -> QPrinter | None:
        """Qt's print dialog (tests replace this to print to a PDF file)."""
        return output.ask_printer(self, pdf)

    def print_ledger(self) -> None:
        if self.ledger is None:
            return
        ledger = self.ledger
        self._busy(True)
        self._message(self.tr("正在生成台账……"))

        def done(_to: str) -> None:
            self._busy(False)
            self._message(self.tr("已发送到打印机。"))

        def failed(message: str) -> None:
            self._busy(False)
            self._message(message)

        output.print_document(lambda: documents.render_pdf(ledger)[0], self.ask_printer, done, failed,
                              on_cancelled=lambda: failed(""), owner=self)

    def ask_path(self) -> str:
        """Where to save (Qt's save dialog); tests replace this."""
        return output.ask_save_path(self, self.tr("另存代付台账"), self.tr("代付台账"), KINDS)

    def save_as(self) -> None:
        if self.ledger is None:
            return
        path = self.ask_path()
        if not path:
            return
        ledger = self.ledger

        def done(p: str) -> None:
            self._busy(False)
            self.saved_path = p
            self._message(self.tr("已保存到 {path}").format(path=p))

        def failed(message: str) -> None:
            self._busy(False)
            self._message(message)

        self._busy(True)
        self._message(self.tr("正在保存……"))
        output.save_document(path, KINDS, lambda tmp, kind: documents.write(ledger, tmp, kind), done, failed,
                             owner=self)
