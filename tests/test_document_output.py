"""Saving and printing documents from the windows (ui/document_output.py): one way for the
ledger, the day's report, the uncollected list, the delivery sheet and the timetable. The work
runs off the GUI thread (the window keeps answering), a wrong suffix or a failing disk is one
sentence on the window, and no half-written file is left behind."""

from __future__ import annotations

import errno
import os
import threading

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer

from lists_data import pdf_pages, pdf_printer, received_community
from pickuppoint.services.counter.handover import hand_over
from pickuppoint.services.counter.payments import Payment


def _ledger(qtbot, ctx, closed_by_test: bool = False):
    from pickuppoint.ui.dialogs.ledger_dialog import LedgerDialog

    w = received_community(ctx)
    hand_over(ctx, [w.codes["rice501"], w.codes["veg501"]], payment=Payment("owed"))
    dialog = LedgerDialog(ctx)
    if not closed_by_test:
        qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_ledger_saves_off_the_gui_thread_and_the_window_keeps_answering(app, qtbot, ctx, tmp_path,
                                                                             monkeypatch):
    from pickuppoint.documents import ledger as documents

    dialog = _ledger(qtbot, ctx)
    release, started = threading.Event(), threading.Event()
    real_write = documents.write
    writer_threads = []

    def slow_write(ledger, path, kind):  # a slow USB stick
        writer_threads.append(threading.current_thread())
        started.set()
        release.wait(10)
        return real_write(ledger, path, kind)

    monkeypatch.setattr(documents, "write", slow_write)
    target = tmp_path / "台账.xlsx"
    dialog.ask_path = lambda: str(target)
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert started.wait(5)
    ticks = []
    QTimer.singleShot(0, lambda: ticks.append(1))  # the event loop runs while the file is written
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)
    assert "正在保存" in dialog.ui.messageLabel.text() and not dialog.ui.saveButton.isEnabled()
    assert not target.exists()  # nothing under the name before it is whole
    release.set()
    qtbot.waitUntil(lambda: dialog.saved_path == str(target), timeout=10_000)
    assert writer_threads[0] is not threading.main_thread()
    assert dialog.ui.saveButton.isEnabled() and dialog.ui.messageLabel.text() == f"已保存到 {target}"
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert any("3-2-501" in map(str, r) for r in rows)


@pytest.mark.parametrize(("errno_", "words"), [(errno.ENOSPC, "磁盘已满"), (errno.EROFS, "只读")])
def test_a_full_disk_or_a_read_only_folder_is_one_sentence_and_leaves_nothing(app, qtbot, ctx, tmp_path,
                                                                              monkeypatch, errno_, words):
    import pickuppoint.files as files

    dialog = _ledger(qtbot, ctx)
    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / "代付台账.pdf"
    target.write_bytes(b"the earlier ledger")
    real_fsync = os.fsync

    def failing_fsync(fd):
        raise OSError(errno_, os.strerror(errno_))

    monkeypatch.setattr(files.os, "fsync", failing_fsync)
    dialog.ask_path = lambda: str(target)
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: words in dialog.ui.messageLabel.text(), timeout=10_000)
    monkeypatch.setattr(files.os, "fsync", real_fsync)
    message = dialog.ui.messageLabel.text()
    assert message.startswith(f"无法写入文件 {target}") and "\n" not in message and "Traceback" not in message
    assert dialog.saved_path is None and dialog.ui.saveButton.isEnabled()
    assert target.read_bytes() == b"the earlier ledger"  # the old file as it was
    assert [p.name for p in stick.iterdir()] == ["代付台账.pdf"]  # no part left behind


def test_every_window_refuses_a_wrong_suffix_with_the_same_sentence(app, qtbot, ctx, tmp_path):
    from pickuppoint.ui.dialogs.daily_report_dialog import DailyReportDialog

    dialog = _ledger(qtbot, ctx)
    dialog.ask_path = lambda: str(tmp_path / "ledger.docx")  # nothing written: refused at once
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.messageLabel.text() == f"无法保存为“{tmp_path / 'ledger.docx'}”：文件名应以 .pdf、.xlsx 结尾。"
    report = DailyReportDialog(ctx)
    qtbot.addWidget(report)
    qtbot.waitUntil(lambda: report.report is not None, timeout=10_000)
    report.ask_path = lambda: str(tmp_path / "report.docx")
    before = set(tmp_path.iterdir())
    qtbot.mouseClick(report.ui.saveButton, Qt.MouseButton.LeftButton)
    assert report.ui.messageLabel.text() == f"无法保存为“{tmp_path / 'report.docx'}”：文件名应以 .pdf、.xlsx 结尾。"
    assert set(tmp_path.iterdir()) == before
    report.ask_path = lambda: str(tmp_path / "日报")  # no suffix: a PDF
    qtbot.mouseClick(report.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: report.saved_path is not None, timeout=10_000)
    assert report.saved_path == str(tmp_path / "日报.pdf") and "日报" in pdf_pages(tmp_path / "日报.pdf")[0]


def test_printing_runs_off_the_gui_thread_and_a_cancelled_dialog_prints_nothing(app, qtbot, ctx, tmp_path,
                                                                                monkeypatch):
    from pickuppoint.ui import pdf_printing

    dialog = _ledger(qtbot, ctx)
    asked = []
    dialog.ask_printer = lambda pdf: asked.append(pdf)  # the print dialog's 取消
    qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=10_000)
    assert asked[0].startswith(b"%PDF") and dialog.ui.printButton.isEnabled()
    threads = []
    real = pdf_printing.write_file

    def record(path, data):
        threads.append(threading.current_thread())
        return real(path, data)

    monkeypatch.setattr(pdf_printing, "write_file", record)
    dialog.ask_printer = lambda _pdf: pdf_printer(tmp_path / "printed.pdf")
    qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.messageLabel.text() == "已发送到打印机。", timeout=10_000)
    assert threads and threads[0] is not threading.main_thread()
    assert "39.90" in pdf_pages(tmp_path / "printed.pdf")[0]


def test_painting_a_pdf_onto_a_printer_works_on_a_worker_thread(app, qtbot, tmp_path):
    """Paper printers get the pages painted (not the file copied), as `print_document` does it
    for them: on a thread of the pool, the document loaded there."""

    from pickuppoint.documents.quick_card import render_quick_card
    from pickuppoint.ui.pdf_printing import open_pdf, paint_pdf
    from pickuppoint.ui.tasks import run_in_background

    pdf = render_quick_card("白竹亭接驳点")
    printer = pdf_printer(tmp_path / "painted.pdf")  # a paint device like a paper printer's
    done = []

    def paint() -> str:
        doc = open_pdf(pdf)
        paint_pdf(doc, printer, max_dpi=100)
        return threading.current_thread().name

    run_in_background(paint, on_done=done.append, on_failed=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert done[0] != threading.main_thread().name
    assert (tmp_path / "painted.pdf").stat().st_size > 1000


def test_a_window_closed_while_its_file_is_written_is_not_spoken_to(app, qtbot, ctx, tmp_path, monkeypatch):
    """The file is still written whole; the closed window's labels are left alone (no error)."""
    from pickuppoint.documents import ledger as documents

    dialog = _ledger(qtbot, ctx, closed_by_test=True)
    release = threading.Event()
    real_write = documents.write
    monkeypatch.setattr(documents, "write", lambda *a: (release.wait(10), real_write(*a))[1])
    target = tmp_path / "late.pdf"
    dialog.ask_path = lambda: str(target)
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    dialog.close()
    dialog.deleteLater()
    qtbot.wait(50)  # the dialog is gone
    release.set()
    qtbot.waitUntil(target.exists, timeout=10_000)
    qtbot.wait(100)  # its outcome arrives and is dropped: an error here fails the test (pytest-qt)
    assert pdf_pages(target)
