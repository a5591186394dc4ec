"""Signing in at the start of a shift, at 换班 (a quick change of hands at the counter) and to
unlock: a volunteer taps a recent name or types one; a community worker or coordinator adds
their PIN. A locked window cannot be dismissed, only unlocked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from pickuppoint.errors import UserError
from pickuppoint.services.context import Context
from pickuppoint.services.operators import signin
from pickuppoint.ui.forms.ui_signin_dialog import Ui_SigninDialog
from pickuppoint.ui.large_text import follow_large_text


class SigninDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None, locked: bool = False,
                 title: str = ""):
        super().__init__(parent)
        self.ctx, self.locked = ctx, locked
        self.ui = Ui_SigninDialog()
        self.ui.setupUi(self)
        self.setStyleSheet("QLabel, QLineEdit, QListWidget { font-size: 14pt; }"
                           " QListWidget::item { padding: 4px 10px; border: 1px solid #9e9e9e; border-radius: 4px; }")
        follow_large_text(self)  # the fixed sizes follow large text
        self.ui.errorLabel.setStyleSheet("color: #c62828;")
        if title:
            self.ui.titleLabel.setText(title)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("签到"))
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setVisible(not locked)
        if locked:
            self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        for name in signin.recent_names(ctx):
            self.ui.recentList.addItem(QListWidgetItem(name))
        self.ui.recentLabel.setVisible(self.ui.recentList.count() > 0)
        self.ui.recentList.setVisible(self.ui.recentList.count() > 0)
        self.ui.recentList.itemClicked.connect(self._pick)
        self.ui.nameEdit.textChanged.connect(self._name_changed)
        self.ui.nameEdit.returnPressed.connect(self._accept)
        self.ui.pinEdit.returnPressed.connect(self._accept)
        self._name_changed("")
        self.ui.nameEdit.setFocus()

    def _pick(self, item: QListWidgetItem) -> None:
        self.ui.nameEdit.setText(item.text())
        if self._pin_needed:
            self.ui.pinEdit.setFocus()
        else:
            self._accept()

    def _needs_pin(self, name: str) -> bool:
        try:
            return bool(name.strip()) and signin.needs_pin(self.ctx, name)
        except UserError:
            return False

    def _name_changed(self, name: str) -> None:
        need = self._pin_needed = self._needs_pin(name)
        self.ui.pinLabel.setVisible(need)
        self.ui.pinEdit.setVisible(need)
        self.ui.errorLabel.clear()

    def _accept(self) -> None:
        name = self.ui.nameEdit.text()
        pin = self.ui.pinEdit.text() if self._pin_needed else None
        try:
            who = signin.sign_in(self.ctx, name, pin)
        except UserError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.pinEdit.clear()
            return
        self.signed = who
        self.accept()

    def reject(self) -> None:
        if not self.locked:
            super().reject()

