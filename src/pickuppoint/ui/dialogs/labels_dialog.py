"""Printing a round's labels (打印标签): A4 label sheets, a label roll or the building signs;
how many labels and pages that is; preview and print (Qt's preview and print dialogs), or save
the PDF. The PDF is made off the GUI thread (5,000 labels take a few seconds)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from pickuppoint.documents import labels, signs
from pickuppoint.errors import UserError
from pickuppoint.services.context import Context
from pickuppoint.services.rounds import records as rounds
from pickuppoint.ui import document_output as output
from pickuppoint.ui.forms.ui_labels_dialog import Ui_LabelsDialog
from pickuppoint.ui.large_text import follow_large_text
from pickuppoint.ui.pdf_printing import preview_pdf
from pickuppoint.ui.tasks import run_in_background

SIGNS = "signs"
PRINT_DPI = 300  # bars of 0.3-0.5 mm stay sharp; far lighter than the printer's 1200 dpi


def render(ctx: Context, round_id: str, choice: str) -> bytes:
    if choice == SIGNS:
        return signs.round_signs(ctx, round_id)[0]
    return labels.round_labels(ctx, round_id, choice)[0]


def write(ctx: Context, round_id: str, choice: str, path: str) -> int:
    if choice == SIGNS:
        return signs.write_building_signs(ctx, round_id, path)
    return labels.write_labels(ctx, round_id, path, choice)


class LabelsDialog(QDialog):
    def __init__(self, ctx: Context, round_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_LabelsDialog()
        self.ui.setupUi(self)
        with ctx.read() as s:
            self.round = rounds.get(s, round_id)
            self.labels, self.sign_pages = labels.label_counts(s, self.round.id)
        self.preview = None  # the last print preview opened (tests close it)
        self.saved_path: str | None = None
        self.busy = False
        self.setStyleSheet("QLabel, QRadioButton, QGroupBox, QPushButton { font-size: 13pt; }")
        self.ui.roundLabel.setText(self.tr("批次：{round}").format(round=self.round.name))
        self.ui.roundLabel.setStyleSheet("font-size: 15pt; font-weight: bold;")
        follow_large_text(self)  # the fixed sizes follow large text
        for radio in (self.ui.a4Radio, self.ui.rollRadio, self.ui.signsRadio):
            radio.toggled.connect(lambda on: on and self._show_count())
        self.ui.previewButton.clicked.connect(self.preview_and_print)
        self.ui.saveButton.clicked.connect(self.save_as)
        self.ui.closeButton.clicked.connect(self.reject)
        from pickuppoint.ui import settings

        self.set_choice(settings.load().label_layout)  # the layout chosen in 设置
        self._show_count()
        self._set_busy(False)

    def choice(self) -> str:
        if self.ui.rollRadio.isChecked():
            return "roll-50x30"
        if self.ui.signsRadio.isChecked():
            return SIGNS
        return "a4-3x8"

    def set_choice(self, choice: str) -> None:
        {"a4-3x8": self.ui.a4Radio, "roll-50x30": self.ui.rollRadio,
         SIGNS: self.ui.signsRadio}[choice].setChecked(True)

    def _show_count(self) -> None:
        choice = self.choice()
        if not self.labels:
            text = self.tr("这个批次还没有包裹，没有标签可打印。")
        elif choice == SIGNS:
            text = self.tr("共 {pages} 页分拣牌，{n} 件包裹。").format(pages=self.sign_pages, n=self.labels)
        elif choice == "roll-50x30":
            text = self.tr("共 {n} 张标签（卷纸 {n} 张）。").format(n=self.labels)
        else:
            text = self.tr("共 {n} 张标签，{pages} 页 A4 标签纸。").format(
                n=self.labels, pages=labels.page_count(self.labels, choice))
        self.ui.countLabel.setText(text)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.busy = busy
        for button in (self.ui.previewButton, self.ui.saveButton):
            button.setEnabled(not busy and self.labels > 0)
        self.ui.layoutGroup.setEnabled(not busy)
        self._message(message)

    def _message(self, text: str, error: bool = False) -> None:
        self.ui.messageLabel.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.ui.messageLabel.setText(text)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self._message(message, error=True)

    def _title(self) -> str:
        if self.choice() == SIGNS:
            return self.tr("{round} 楼栋分拣牌").format(round=self.round.name)
        return self.tr("{round} 包裹标签").format(round=self.round.name)

    def preview_and_print(self) -> None:
        if self.busy:
            return
        self._set_busy(True, self.tr("正在生成，请稍候……"))
        run_in_background(render, self.ctx, self.round.id, self.choice(),
                          on_done=self._show_preview, on_failed=self._failed)

    def _show_preview(self, pdf: bytes) -> None:
        self._set_busy(False)
        self.preview = preview_pdf(pdf, self, self._title(), max_dpi=PRINT_DPI)

    def ask_path(self) -> str:
        """Where to save (Qt's save dialog); tests replace this."""
        return output.ask_save_path(self, self.tr("另存为 PDF"), self._title(), ("pdf",))

    def save_as(self) -> None:
        if self.busy:
            return
        path = self.ask_path()
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self._set_busy(True, self.tr("正在生成，请稍候……"))
        choice = self.choice()

        def done(n: int) -> None:
            self.saved_path = path
            self._set_busy(False)
            if choice == SIGNS:
                text = self.tr("已保存 {n} 页楼栋分拣牌到 {path}").format(n=n, path=path)
            else:
                text = self.tr("已保存 {n} 张标签到 {path}").format(n=n, path=path)
            self._message(text)

        run_in_background(write, self.ctx, self.round.id, choice, path, on_done=done, on_failed=self._failed)


def open_labels_dialog(ctx: Context, round_id: str, parent: QWidget | None = None) -> LabelsDialog | None:
    """Open the dialog (non-modal, like the print preview it leads to); None if the round is gone."""
    try:
        dialog = LabelsDialog(ctx, round_id, parent)
    except UserError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("LabelsDialog", "打印标签"), exc.message)
        return None
    dialog.open()
    return dialog
