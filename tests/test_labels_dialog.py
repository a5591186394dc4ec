"""The 打印标签 dialog: counts per layout, preview and print (to a PDF file, and painted as a
printer gets it), save as PDF, refusals shown in the dialog."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from pickuppoint.domain.address import parse_address
from pickuppoint.services.households import records as households
from pickuppoint.services.households.records import HouseholdData
from pickuppoint.services.parcels import records as parcels
from pickuppoint.services.rounds import records as rounds

LEFT = Qt.MouseButton.LeftButton
FLATS = [f"{b}-1-{f}0{r}" for b in (2, 6) for f in (1, 2, 3, 4, 5) for r in (1, 2, 3)]  # 30


@pytest.fixture
def round_id(ctx):
    for flat in FLATS:
        households.create(ctx, HouseholdData.at(parse_address(flat), head="刘德华"))
    rnd = rounds.create(ctx, "第三批 米面油", date="2022-04-15", item="米面油套餐", price_cents=6800)
    with ctx.write() as w:
        codes = parcels.add_parcels(w, [parcels.ParcelData(rnd.id, f, items="米面油套餐", amount_cents=6800)
                                        for f in FLATS])
    return rnd.id, set(codes)


def _dialog(qtbot, ctx, rid):
    from pickuppoint.ui.dialogs.labels_dialog import open_labels_dialog

    dialog = open_labels_dialog(ctx, rid)
    qtbot.addWidget(dialog)
    return dialog


def _scan(pdf: Path, dpi: int = 150) -> list[str]:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(pdf.with_suffix(""))], check=True)
    texts = []
    for png in sorted(pdf.parent.glob(f"{pdf.stem}-*.png")):
        with Image.open(png) as page:
            texts += [b.text for b in zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.Code128)]
    return texts


def test_the_dialog_says_how_many_labels_and_pages_each_layout_makes(qtbot, app, ctx, round_id):
    dialog = _dialog(qtbot, ctx, round_id[0])
    assert "第三批 米面油" in dialog.ui.roundLabel.text()
    assert dialog.ui.countLabel.text() == "共 30 张标签，2 页 A4 标签纸。"
    dialog.ui.rollRadio.click()
    assert dialog.ui.countLabel.text() == "共 30 张标签（卷纸 30 张）。"
    dialog.ui.signsRadio.click()
    assert dialog.ui.countLabel.text() == "共 2 页分拣牌，30 件包裹。"
    assert dialog.ui.previewButton.isEnabled() and dialog.ui.saveButton.isEnabled()


def test_preview_and_print_to_a_pdf_file_gives_labels_that_scan(qtbot, app, ctx, round_id, tmp_path):
    from pickuppoint.ui.pdf_printing import fit_printer_to, open_pdf, paint_pdf

    rid, codes = round_id
    dialog = _dialog(qtbot, ctx, rid)
    dialog.ui.rollRadio.click()
    qtbot.mouseClick(dialog.ui.previewButton, LEFT)
    qtbot.waitUntil(lambda: isinstance(dialog.preview, QPrintPreviewDialog), timeout=10_000)
    preview = dialog.preview
    assert preview.windowTitle() == "第三批 米面油 包裹标签"
    assert dialog.ui.previewButton.isEnabled()

    # 打印 to a PDF file (Qt's print-to-file): the labels themselves
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    preview.paintRequested.emit(printer)
    preview.reject()
    assert sorted(_scan(printed, 200)) == sorted(codes)

    # what a label printer gets: pages painted at the dialog's 300 dpi cap still scan
    pdf = printed.read_bytes()
    painted = tmp_path / "painted.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(painted))
    doc = open_pdf(pdf)
    fit_printer_to(printer, doc)
    paint_pdf(doc, printer, max_dpi=300)
    assert sorted(_scan(painted, 200)) == sorted(codes)


def test_save_as_pdf_writes_the_chosen_layout(qtbot, app, ctx, round_id, tmp_path):
    rid, codes = round_id
    dialog = _dialog(qtbot, ctx, rid)
    target = tmp_path / "第三批标签"
    dialog.ask_path = lambda: str(target)  # the user typed a name without .pdf
    qtbot.mouseClick(dialog.ui.saveButton, LEFT)
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=10_000)
    saved = Path(dialog.saved_path)
    assert saved == target.with_suffix(".pdf") and saved.exists()
    assert dialog.ui.messageLabel.text() == f"已保存 30 张标签到 {saved}"
    assert sorted(_scan(saved)) == sorted(codes)

    dialog.ui.signsRadio.click()
    dialog.saved_path = None
    dialog.ask_path = lambda: str(tmp_path / "signs.pdf")
    qtbot.mouseClick(dialog.ui.saveButton, LEFT)
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=10_000)
    assert dialog.ui.messageLabel.text().startswith("已保存 2 页楼栋分拣牌")


def test_a_path_that_cannot_be_written_is_one_sentence_in_the_dialog(qtbot, app, ctx, round_id, tmp_path):
    dialog = _dialog(qtbot, ctx, round_id[0])
    dialog.ask_path = lambda: str(tmp_path / "no such folder" / "x.pdf")
    qtbot.mouseClick(dialog.ui.saveButton, LEFT)
    qtbot.waitUntil(lambda: "无法写入文件" in dialog.ui.messageLabel.text(), timeout=10_000)
    assert "文件夹不存在" in dialog.ui.messageLabel.text()
    assert dialog.saved_path is None and dialog.ui.saveButton.isEnabled()


def test_a_round_without_parcels_offers_nothing_to_print(qtbot, app, ctx):
    rnd = rounds.create(ctx, "空批次", date="2022-04-16")
    dialog = _dialog(qtbot, ctx, rnd.id)
    assert dialog.ui.countLabel.text() == "这个批次还没有包裹，没有标签可打印。"
    assert not dialog.ui.previewButton.isEnabled() and not dialog.ui.saveButton.isEnabled()


def test_an_unknown_round_is_a_message_not_a_dialog(qtbot, app, ctx, monkeypatch):
    from pickuppoint.ui.dialogs import labels_dialog

    said = []
    monkeypatch.setattr(labels_dialog.QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    assert labels_dialog.open_labels_dialog(ctx, "no-such-round") is None
    assert said == ["没有叫“no-such-round”的批次（可以用批次名称或编号）。"]
