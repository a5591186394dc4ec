"""Receipts on paper: the ReportLab PDF (documents/receipt.py, made off the GUI thread) painted
page by page onto a QPrinter through QtPdf, on white (QPdfDocument renders with a transparent
background). Preview and print through Qt's dialogs; or straight to the default printer when
自动打印小票 is on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QObject, QRectF, QSettings, QSize, QSizeF, Signal
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from pickuppoint.i18n import translate
from pickuppoint.services.context import Context
from pickuppoint.ui.tasks import run_in_background

AUTO_PRINT = "counter/auto_print"
LAYOUT = "counter/receipt_layout"
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
    from pickuppoint.services.receipts import receipt_data

    with ctx.read() as s:
        data = receipt_data(s, target)
    return render_receipt(data, layout)


def open_pdf(pdf: bytes, parent: QObject | None = None) -> QPdfDocument:
    doc = QPdfDocument(parent)
    buffer = QBuffer(doc)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buffer)
    return doc


def fit_printer_to(printer: QPrinter, doc: QPdfDocument) -> None:
    """The printer's paper = the PDF's page (a long narrow strip for a receipt roll)."""
    if doc.pageCount() == 0:
        return
    size = doc.pagePointSize(0)
    page = QPageSize(QSizeF(size.width(), size.height()), QPageSize.Unit.Point,
                     "receipt", QPageSize.SizeMatchPolicy.ExactMatch)
    printer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                      QPageLayout.Unit.Point))


def paint_pdf(doc: QPdfDocument, printer: QPrinter) -> None:
    """Paint every page of `doc` onto `printer`, each on a white background."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        dpi = printer.resolution()
        for i in range(doc.pageCount()):
            if i:
                printer.newPage()
            points = doc.pagePointSize(i)
            pixels = QSize(max(1, round(points.width() / 72 * dpi)), max(1, round(points.height() / 72 * dpi)))
            page = QImage(pixels, QImage.Format.Format_RGB32)
            page.fill(QColor("white"))
            layer = QPainter(page)
            layer.drawImage(0, 0, doc.render(i, pixels))
            layer.end()
            target = QRectF(painter.viewport())
            scale = min(target.width() / pixels.width(), target.height() / pixels.height())
            painter.drawImage(QRectF(0, 0, pixels.width() * scale, pixels.height() * scale), page)
    finally:
        painter.end()


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
        doc = open_pdf(pdf, self)
        fit_printer_to(printer, doc)
        paint_pdf(doc, printer)
        doc.deleteLater()
        return True

    def preview(self, target: str, parent: QWidget, on_closed: Callable[[], None] | None = None) -> None:
        """Show the receipt in Qt's print preview; printing goes through the print dialog."""

        def show(pdf: bytes) -> None:
            doc = open_pdf(pdf, self)
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            fit_printer_to(printer, doc)
            dialog = QPrintPreviewDialog(printer, parent)
            dialog.setWindowTitle(self.tr("小票预览"))
            dialog.paintRequested.connect(lambda p: paint_pdf(doc, p))
            dialog.finished.connect(lambda _r: (doc.deleteLater(), on_closed and on_closed()))
            dialog.open()
            self.last_preview = dialog

        self._pdf(target, show)

    def print_with_dialog(self, target: str, parent: QWidget) -> None:
        def ask(pdf: bytes) -> None:
            doc = open_pdf(pdf, self)
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            fit_printer_to(printer, doc)
            dialog = QPrintDialog(printer, parent)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                paint_pdf(doc, printer)
            doc.deleteLater()

        self._pdf(target, ask)
