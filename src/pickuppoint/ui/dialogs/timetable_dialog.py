"""Notices and the staggered pickup timetable (通知与分时错峰): the window, the slot length and
whether buildings or units are called give the timetable at once; both texts can be copied for
the residents' group; the timetable prints on A4."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from pickuppoint.documents import table_pdf
from pickuppoint.documents import timetable as document
from pickuppoint.errors import UserError
from pickuppoint.services.lists import timetable as service
from pickuppoint.services.lists.uncollected import UncollectedList
from pickuppoint.ui import document_output as output
from pickuppoint.ui.forms.ui_timetable_dialog import Ui_TimetableDialog


class TimetableDialog(QDialog):
    def __init__(self, data: UncollectedList, parent: QWidget | None = None):
        super().__init__(parent)
        self.data = data
        self.slots: list[service.Slot] = []
        self.ui = Ui_TimetableDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.fromEdit.setTime(QTime(14, 0))
        ui.toEdit.setTime(QTime(17, 0))
        ui.byCombo.addItem(self.tr("按楼栋"), "building")
        ui.byCombo.addItem(self.tr("按单元"), "unit")
        for signal in (ui.fromEdit.timeChanged, ui.toEdit.timeChanged, ui.slotSpin.valueChanged,
                       ui.byCombo.currentIndexChanged):
            signal.connect(lambda *_a: self.replan())
        ui.copyTimetableButton.clicked.connect(lambda: self._copy(ui.timetableText.toPlainText()))
        ui.copyNoticeButton.clicked.connect(lambda: self._copy(ui.noticeText.toPlainText()))
        ui.printButton.clicked.connect(self.print_timetable)
        ui.closeButton.clicked.connect(self.accept)
        ui.noticeText.setPlainText(service.notice_text(data))
        self.replan()

    def _day(self) -> str:
        today = date.today()
        return self.tr("{month}月{day}日").format(month=today.month, day=today.day)

    def replan(self) -> None:
        ui = self.ui
        try:
            self.slots = service.plan(service.groups_of(self.data, ui.byCombo.currentData()),
                                      ui.fromEdit.time().toString("HH:mm"), ui.toEdit.time().toString("HH:mm"),
                                      ui.slotSpin.value())
        except UserError as exc:
            self.slots = []
            ui.timetableText.setPlainText(exc.message)
            ui.printButton.setEnabled(False)
            return
        ui.timetableText.setPlainText(service.timetable_text(self.data.point, self._day(), self.slots))
        ui.printButton.setEnabled(True)

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.ui.messageLabel.setText(self.tr("已复制。"))

    def pdf_maker(self) -> Callable[[], bytes]:
        """The timetable's PDF as it is now, to be made off the GUI thread."""
        d, slots = self.data, list(self.slots)
        return lambda: table_pdf.render(document.sheet(d.point, d.site_id, date.today().isoformat(),
                                                       d.round_names, slots))[0]

    def ask_printer(self, pdf: bytes) -> QPrinter | None:
        """Qt's print dialog (tests replace this to print to a PDF file)."""
        return output.ask_printer(self, pdf)

    def print_timetable(self) -> None:
        button = self.ui.printButton
        button.setEnabled(False)
        make = self.pdf_maker()

        def done(_to: str) -> None:
            button.setEnabled(bool(self.slots))
            self.ui.messageLabel.setText(self.tr("时间表已发送到打印机。"))

        def failed(message: str) -> None:
            button.setEnabled(bool(self.slots))
            self.ui.messageLabel.setText(message)

        output.print_document(make, self.ask_printer, done, failed, on_cancelled=lambda: failed(""),
                              owner=self)
