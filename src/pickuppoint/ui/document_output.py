"""Printing and saving a document from a window, the same way everywhere (the uncollected list,
the day's report, the ledger, the delivery sheet, the timetable): Qt's print dialog with the
paper set to the document's page, Qt's save dialog in the Documents folder, the file name's
suffix deciding the format; the PDF made, printed and saved off the GUI thread (ui/tasks.py), so
the window answers while it works. A failure comes back as one sentence (a full disk, a
read-only folder, a pulled stick: `files.write_file`), and nothing half-written is left.

The windows keep `ask_printer(pdf)` and `ask_path()` as methods of their own (tests replace them
to print to a PDF file or to name the file) and call `print_document` / `save_document`."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from shiboken6 import isValid

from pickuppoint.errors import UserError
from pickuppoint.files import write_file
from pickuppoint.i18n import translate
from pickuppoint.ui.pdf_printing import fit_printer_to, open_pdf, print_pdf
from pickuppoint.ui.tasks import run_in_background


def _filters() -> dict[str, str]:
    return {"pdf": translate("DocumentOutput", "PDF 文件 (*.pdf)"),
            "xlsx": translate("DocumentOutput", "Excel 表格 (*.xlsx)"),
            "csv": translate("DocumentOutput", "CSV 文件 (*.csv)")}


def ask_printer(parent: QWidget, pdf: bytes | QPdfDocument | None, title: str | None = None) -> QPrinter | None:
    """Qt's print dialog, the paper set to the document's first page; None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if isinstance(pdf, bytes):
        doc = open_pdf(pdf, parent)
        fit_printer_to(printer, doc)
        doc.deleteLater()
    elif pdf is not None:
        fit_printer_to(printer, pdf)
    dialog = QPrintDialog(printer, parent)
    if title:
        dialog.setWindowTitle(title)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def default_path(name: str, suffix: str = "pdf") -> str:
    """`name` (characters a file name cannot hold made `_`) in the Documents folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    clean = re.sub(r'[\\/:*?"<>|\s]+', "_", name)[:80]
    return str(Path(folder or Path.home()) / f"{clean}.{suffix}")


def ask_save_path(parent: QWidget, title: str, name: str, kinds: tuple[str, ...]) -> str:
    """Qt's save dialog offering `kinds` (pdf, xlsx, csv), the first one chosen; '' if cancelled."""
    filters = ";;".join(_filters()[k] for k in kinds)
    path, _f = QFileDialog.getSaveFileName(parent, title, default_path(name, kinds[0]), filters)
    return path


def target(path: str, kinds: tuple[str, ...]) -> tuple[str, str]:
    """(path, kind): a name without a suffix gets the first kind's; another suffix is refused."""
    if "." not in Path(path).name:
        path += "." + kinds[0]
    kind = Path(path).suffix.lower().lstrip(".")
    if kind not in kinds:
        endings = translate("DocumentOutput", "、").join("." + k for k in kinds)
        raise UserError(translate("DocumentOutput", "无法保存为“{path}”：文件名应以 {endings} 结尾。").format(
            path=path, endings=endings))
    return path, kind


def _while(owner: QObject | None, fn: Callable[..., None]) -> Callable[..., None]:
    """`fn`, unless the window it speaks to was closed and deleted meanwhile."""
    return lambda *args: fn(*args) if owner is None or isValid(owner) else None


def save_document(
    path: str,
    kinds: tuple[str, ...],
    write: Callable[[Path, str], Any],
    on_done: Callable[[str], None],
    on_failed: Callable[[str], None],
    owner: QObject | None = None,
) -> bool:
    """Write the document to `path` off the GUI thread: `write(temporary_path, kind)` fills a
    temporary file beside it, which replaces `path` only when whole (`files.write_file`).
    False (and `on_failed` told at once) when the name's suffix is not one of `kinds`. The
    callbacks are not called once `owner` (the window) is gone."""
    try:
        path, kind = target(path, kinds)
    except UserError as exc:
        on_failed(exc.message)
        return False

    def run() -> str:
        write_file(path, lambda tmp: write(tmp, kind))
        return path

    run_in_background(run, on_done=_while(owner, on_done), on_failed=_while(owner, on_failed))
    return True


def _print(pdf: bytes, printer: QPrinter) -> str:
    """On a worker thread (Qt allows painting on a QPrinter there): the document loaded there,
    painted or, when printing to a file, written as it is."""
    doc = open_pdf(pdf)
    try:
        print_pdf(pdf, doc, printer)
    finally:
        doc.close()
    return printer.outputFileName() or printer.printerName()


def print_document(
    make_pdf: Callable[[], bytes],
    ask: Callable[[bytes], QPrinter | None],
    on_done: Callable[[str], None],
    on_failed: Callable[[str], None],
    on_cancelled: Callable[[], None] | None = None,
    owner: QObject | None = None,
) -> None:
    """Make the PDF off the GUI thread, ask where to print it (`ask(pdf)`: the print dialog),
    then print it off the GUI thread; `on_done(printer or file name)`. Nothing is asked or
    said once `owner` (the window) is gone."""

    def made(pdf: bytes) -> None:
        printer = ask(pdf)
        if printer is None:
            if on_cancelled is not None:
                on_cancelled()
            return
        print_pdf_later(pdf, printer, on_done, on_failed, owner)

    run_in_background(make_pdf, on_done=_while(owner, made), on_failed=_while(owner, on_failed))


def print_pdf_later(pdf: bytes, printer: QPrinter, on_done: Callable[[str], None],
                    on_failed: Callable[[str], None], owner: QObject | None = None) -> None:
    """Print a PDF already made to a printer already chosen, off the GUI thread."""
    run_in_background(_print, pdf, printer, on_done=_while(owner, on_done),
                      on_failed=_while(owner, on_failed))
