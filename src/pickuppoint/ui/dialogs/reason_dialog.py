"""A choice (a gap to skip, the record that stands in a conflict) and the reason for it, which
is recorded with the operator's name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from pickuppoint.ui.forms.ui_reason_dialog import Ui_ReasonDialog


class ReasonDialog(QDialog):
    def __init__(self, title: str, what: str, choices: list[tuple[str, Any]], ok_text: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ReasonDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.whatLabel.setText(what)
        self.ui.errorLabel.setStyleSheet("color: #c62828;")
        self.chosen: Any = None
        self.reason = ""
        for label, data in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, data)
            self.ui.choiceList.addItem(item)
        if self.ui.choiceList.count() == 1:
            self.ui.choiceList.setCurrentRow(0)
        self.ui.choiceList.setVisible(bool(choices))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.reasonEdit.setFocus()

    def _accept(self) -> None:
        item = self.ui.choiceList.currentItem()
        if self.ui.choiceList.count() and item is None:
            self.ui.errorLabel.setText(self.tr("请先在上面选一项。"))
            return
        reason = self.ui.reasonEdit.text().strip()
        if not reason:
            self.ui.errorLabel.setText(self.tr("请写明原因：会和您的名字一起记录下来。"))
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.reason = reason
        self.accept()
