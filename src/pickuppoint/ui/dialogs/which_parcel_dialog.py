"""Which parcel a scanned number is, when it is the label of parcels of several rounds (two
rounds or two suppliers using the same order number, a group buy's 跟团号 used again): one line
per parcel (round, household, status); nothing is recorded until one is chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from pickuppoint.services.parcels.view import AmbiguousScan, status_label
from pickuppoint.ui.forms.ui_which_parcel_dialog import Ui_WhichParcelDialog


class WhichParcelDialog(QDialog):
    def __init__(self, ambiguous: AmbiguousScan, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_WhichParcelDialog()
        self.ui.setupUi(self)
        self.ui.whatLabel.setText(ambiguous.question)
        self.chosen = ""  # the chosen parcel's code (unique in the deployment)
        for p in ambiguous.candidates:
            text = self.tr("批次“{round}”  {household}  {item}  {status}").format(
                round=p.round_name, household=p.household_code or self.tr("无住户"), item=p.item,
                status=status_label(p.status))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, p.code)
            self.ui.choiceList.addItem(item)
        self.ui.choiceList.setCurrentRow(0)
        self.ui.choiceList.itemActivated.connect(lambda _item: self._accept())
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("就是这件"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.choiceList.setFocus()

    def choose(self, code: str) -> None:
        """Select the line of this parcel (keyboard and tests)."""
        for i in range(self.ui.choiceList.count()):
            if self.ui.choiceList.item(i).data(Qt.ItemDataRole.UserRole) == code:
                self.ui.choiceList.setCurrentRow(i)

    def _accept(self) -> None:
        item = self.ui.choiceList.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
