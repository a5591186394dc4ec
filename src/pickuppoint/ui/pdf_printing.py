"""Any PDF the core makes (ReportLab), on paper: loaded with QtPdf, painted page by page onto a
QPrinter on white (QPdfDocument renders with a transparent background), through Qt's print
preview and print dialogs. Receipts (ui/receipt_printing.py), labels, lists and sheets all print
this way, so what is printed is exactly the PDF the tests render and check."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QObject, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from pickuppoint.files import write_file


def open_pdf(pdf: bytes, parent: QObject | None = None) -> QPdfDocument:
    doc = QPdfDocument(parent)
    buffer = QBuffer(doc)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buffer)
    return doc


def fit_printer_to(printer: QPrinter, doc: QPdfDocument) -> None:
    """The printer's paper = the PDF's page (A4, a label roll, a long narrow receipt strip)."""
    if doc.pageCount() == 0:
        return
    size = doc.pagePointSize(0)
    page = QPageSize(QSizeF(size.width(), size.height()), QPageSize.Unit.Point,
                     "document", QPageSize.SizeMatchPolicy.ExactMatch)
    printer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                      QPageLayout.Unit.Point))


PREVIEW_DPI = 120
# What paper gets by default: enough for barcodes and small Chinese text on office laser
# printers (300 dpi) and more than thermal receipt printers have (203 dpi).
PAPER_DPI = 300


def paint_pdf(doc: QPdfDocument, printer: QPrinter, max_dpi: int | None = PAPER_DPI) -> None:
    """Paint every page of `doc` onto `printer`, each on a white background.

    `max_dpi` caps the raster for documents of many pages (labels): a HighResolution printer is
    1200 dpi, 556 MB a page of A4, and the print preview keeps every page it painted (measured:
    2 pages of labels took 1.7 GB). With a cap, paper gets `max_dpi` and the preview PREVIEW_DPI
    (about 2.6 MB a page)."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        dpi = printer.resolution()
        if max_dpi:
            preview = printer.paintEngine().type() == QPaintEngine.Type.Picture
            dpi = min(dpi, PREVIEW_DPI if preview else max_dpi)
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


def print_pdf(pdf: bytes, doc: QPdfDocument, printer: QPrinter, max_dpi: int | None = PAPER_DPI) -> None:
    """Print `pdf` (loaded as `doc`): to a PDF file (Qt's "print to file") the document itself is
    written, vector text that stays searchable; to paper, painted page by page."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        write_file(printer.outputFileName(), pdf)
        return
    paint_pdf(doc, printer, max_dpi)


def preview_pdf(pdf: bytes, parent: QWidget, title: str,
                max_dpi: int | None = PAPER_DPI) -> QPrintPreviewDialog:
    """Open Qt's print preview of `pdf` (non-modal); printing goes through the print dialog.
    The page size follows the PDF's first page. Returns the dialog (tests close it)."""
    doc = open_pdf(pdf, parent)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    fit_printer_to(printer, doc)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer_ref = printer  # the dialog does not own its printer: keep it alive with it
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda p: print_pdf(pdf, doc, p, max_dpi))
    dialog.finished.connect(lambda _r: doc.deleteLater())
    dialog.open()
    return dialog
