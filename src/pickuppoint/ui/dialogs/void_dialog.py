"""Undoing a handover: the reason is required; the record stays, marked voided."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from pickuppoint.ui.dialogs.scan_guard import ScanGuard
from pickuppoint.ui.forms.ui_void_dialog import Ui_VoidDialog
from pickuppoint.ui.large_text import follow_large_text


class VoidDialog(QDialog):
    """Asks why an action is undone. `what` says what; the reason is exactly what was picked or
    typed (no completion turns a typed "发错了" into a longer listed reason)."""

    def __init__(self, what: str, parent: QWidget | None = None, *, title: str = "",
                 action: str = "", reasons: list[str] | None = None):
        super().__init__(parent)
        self.ui = Ui_VoidDialog()
        self.ui.setupUi(self)
        self.reason = ""
        self._settled = False  # accepted once: the same Enter seen again (field, dialog) does nothing
        if title:
            self.setWindowTitle(title)
        self.setStyleSheet("QLabel, QComboBox { font-size: 15pt; }")
        follow_large_text(self)  # the fixed sizes follow large text
        self.ui.errorLabel.setStyleSheet("color: #c62828;")
        self.ui.whatLabel.setText(what)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(action or self.tr("撤销这次发放"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("不撤销"))
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        combo = self.ui.reasonCombo
        combo.addItems([""] + (reasons if reasons is not None else [
            self.tr("扫错了包裹"), self.tr("住户退回"), self.tr("发错了住户"), self.tr("重复发放")]))
        combo.setCurrentIndex(0)
        combo.setInsertPolicy(combo.InsertPolicy.NoInsert)
        combo.setCompleter(None)  # what is typed is the reason, never completed into another
        combo.lineEdit().returnPressed.connect(self._accept)
        combo.lineEdit().setPlaceholderText(self.tr("选择或填写原因"))
        combo.setFocus()
        self.guard = ScanGuard(combo)
        self._scanned = False

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._accept()
            return
        super().keyPressEvent(event)

    def _accept(self) -> None:
        if self.guard.took_scan():
            self._scanned = True
            self.ui.errorLabel.setText(self.tr("这是扫到的条码，不是撤销原因：请选择或填写原因。"))
            return
        if self._scanned:  # the same Enter, seen a second time (field and dialog)
            self._scanned = False
            return
        if self._settled:
            return
        reason = self.ui.reasonCombo.currentText().strip()
        if not reason:
            self.ui.errorLabel.setText(self.tr("请选择或填写撤销的原因。"))
            return
        self.reason = reason
        self._settled = True
        self.accept()
