"""Receipts on paper: the ReportLab PDF (documents/receipt.py, made off the GUI thread) painted
page by page onto a QPrinter through QtPdf, on white (QPdfDocument renders with a transparent
background). Preview and print through Qt's dialogs; or straight to the default printer when
自动打印小票 is on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from pickuppoint.i18n import translate
from pickuppoint.services.context import Context
from pickuppoint.ui.pdf_printing import fit_printer_to, open_pdf, preview_pdf, print_pdf
from pickuppoint.ui.tasks import run_in_background

AUTO_PRINT = "counter/auto_print"
LAYOUT = "counter/receipt_layout"
RECEIPT_PRINTER = "counter/receipt_printer"  # "" = the system's default printer (ui/settings.py)
LAYOUTS = ("80mm", "58mm", "a5")


def layout_labels() -> dict[str, str]:
    return {
        "80mm": translate("ReceiptPrinting", "80 毫米热敏小票"),
        "58mm": translate("ReceiptPrinting", "58 毫米热敏小票"),
        "a5": translate("ReceiptPrinting", "A5 纸"),
    }


def receipt_pdf(ctx: Context, target: str, layout: str) -> bytes:
    """The receipt of a visit (by receipt number, handover id or parcel code) as PDF bytes."""
    from pickuppoint.documents.receipt import render_receipt
    from pickuppoint.services.counter.receipts import receipt_data

    with ctx.read() as s:
        data = receipt_data(s, target)
    return render_receipt(data, layout)


class ReceiptPrinter(QObject):
    message = Signal(str)

    def __init__(self, ctx: Context, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        settings = QSettings()
        self.auto_print = settings.value(AUTO_PRINT, False, type=bool)
        layout = str(settings.value(LAYOUT, "80mm"))
        self.layout = layout if layout in LAYOUTS else "80mm"

    def set_auto_print(self, on: bool) -> None:
        self.auto_print = on
        QSettings().setValue(AUTO_PRINT, on)

    def set_layout(self, layout: str) -> None:
        if layout in LAYOUTS:
            self.layout = layout
            QSettings().setValue(LAYOUT, layout)

    def _pdf(self, target: str, then: Callable[[bytes], None]) -> None:
        run_in_background(receipt_pdf, self.ctx, target, self.layout, on_done=then,
                          on_failed=self.message.emit)

    def auto(self, target: str) -> None:
        """Print the receipt on the default printer without asking, when the setting is on."""
        if self.auto_print:
            self._pdf(target, self.print_now)

    def print_now(self, pdf: bytes, printer: QPrinter | None = None) -> bool:
        if printer is None:
            if not QPrinterInfo.availablePrinters():
                self.message.emit(self.tr("没有找到打印机，小票没有打印出来。"))
                return False
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            chosen = str(QSettings().value(RECEIPT_PRINTER, "") or "")
            if chosen in QPrinterInfo.availablePrinterNames():  # the receipt printer in 设置
                printer.setPrinterName(chosen)
        doc = open_pdf(pdf, self)
        fit_printer_to(printer, doc)
        print_pdf(pdf, doc, printer)
        doc.deleteLater()
        return True

    def preview(self, target: str, parent: QWidget, on_closed: Callable[[], None] | None = None) -> None:
        """Show the receipt in Qt's print preview; printing goes through the print dialog."""

        def show(pdf: bytes) -> None:
            dialog = preview_pdf(pdf, parent, self.tr("小票预览"))
            if on_closed is not None:
                dialog.finished.connect(lambda _r: on_closed())
            self.last_preview = dialog

        self._pdf(target, show)

    def print_with_dialog(self, target: str, parent: QWidget) -> None:
        def ask(pdf: bytes) -> None:
            doc = open_pdf(pdf, self)
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            fit_printer_to(printer, doc)
            dialog = QPrintDialog(printer, parent)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                print_pdf(pdf, doc, printer)
            doc.deleteLater()

        self._pdf(target, ask)
