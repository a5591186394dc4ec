"""The paid-on-behalf ledger window (代付台账): per household and round what was paid on its
behalf, settled and still owed, the totals; record a settlement for the selected line (who came,
how, how much); print and save as PDF or Excel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from pickuppoint.documents import ledger as documents
from pickuppoint.errors import UserError
from pickuppoint.money import format_yuan, parse_yuan
from pickuppoint.services.context import Context
from pickuppoint.services.lists import ledger as service
from pickuppoint.services.lists.ledger import Ledger
from pickuppoint.ui.forms.ui_ledger_dialog import Ui_LedgerDialog
from pickuppoint.ui.pdf_printing import fit_printer_to, open_pdf, print_pdf


class LedgerDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_LedgerDialog()
        self.ui.setupUi(self)
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

    def ask_printer(self, pdf: bytes) -> QPrinter | None:
        """Qt's print dialog (tests replace this to print to a PDF file)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        doc = open_pdf(pdf, self)
        fit_printer_to(printer, doc)
        doc.deleteLater()
        return printer if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted else None

    def print_ledger(self) -> None:
        if self.ledger is None:
            return
        pdf = documents.render_pdf(self.ledger)[0]
        printer = self.ask_printer(pdf)
        if printer is None:
            return
        doc = open_pdf(pdf, self)
        print_pdf(pdf, doc, printer)
        doc.deleteLater()
        self.ui.messageLabel.setText(self.tr("已发送到打印机。"))

    def ask_path(self) -> str:
        """Where to save (Qt's save dialog); tests replace this."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _f = QFileDialog.getSaveFileName(
            self,
            self.tr("另存代付台账"),
            str(Path(folder or Path.home()) / self.tr("代付台账.pdf")),
            self.tr("PDF 文件 (*.pdf);;Excel 表格 (*.xlsx)"),
        )
        return path

    def save_as(self) -> None:
        if self.ledger is None:
            return
        path = self.ask_path()
        if not path:
            return
        if "." not in Path(path).name:
            path += ".pdf"
        kind = Path(path).suffix.lower().lstrip(".")
        if kind not in ("pdf", "xlsx"):
            self.ui.messageLabel.setText(
                self.tr("无法保存为“{path}”：文件名应以 .pdf 或 .xlsx 结尾。").format(path=path)
            )
            return
        try:
            documents.write(self.ledger, path, kind)
        except OSError as exc:
            self.ui.messageLabel.setText(
                self.tr("无法保存到 {path}：{error}").format(path=path, error=exc.strerror or exc)
            )
            return
        self.saved_path = path
        self.ui.messageLabel.setText(self.tr("已保存到 {path}").format(path=path))
