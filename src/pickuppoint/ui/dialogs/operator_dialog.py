"""Adding an operator: name, role and (for a community worker or coordinator) a PIN typed twice."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from pickuppoint.errors import UserError
from pickuppoint.services.context import Context
from pickuppoint.services.operators import records, roles
from pickuppoint.ui.forms.ui_operator_dialog import Ui_OperatorDialog


class OperatorDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None, first: bool = False,
                 coordinator: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_OperatorDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.setStyleSheet("color: #c62828;")
        for role in (roles.WORKER, roles.VOLUNTEER, roles.COORDINATOR):
            self.ui.roleCombo.addItem(roles.role_label(role), role)
        if first and coordinator:  # a street office's hub: its first operator is its coordinator
            self.setWindowTitle(self.tr("设置第一位协调员"))
            self.ui.introLabel.setText(self.tr(
                "设置第一位协调员后，打开程序时要签到并输入 PIN。以后可以在“操作人”菜单里添加其他人。"))
            self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData(roles.COORDINATOR))
        elif first:
            self.setWindowTitle(self.tr("设置第一位社区工作者"))
            self.ui.introLabel.setText(self.tr(
                "设置第一位社区工作者后，打开程序时要签到：志愿者写姓名即可，社区工作者要输入 PIN。"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("添加"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.roleCombo.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.added: records.OperatorRow | None = None

    def _role_changed(self) -> None:
        need = self.ui.roleCombo.currentData() in roles.PIN_ROLES
        for w in (self.ui.pinLabel, self.ui.pinEdit, self.ui.pinAgainLabel, self.ui.pinAgainEdit):
            w.setVisible(need)

    def _accept(self) -> None:
        role = self.ui.roleCombo.currentData()
        pin = None
        if role in roles.PIN_ROLES:
            pin = self.ui.pinEdit.text()
            if pin != self.ui.pinAgainEdit.text():
                self.ui.errorLabel.setText(self.tr("两次输入的 PIN 不一样，请重新输入。"))
                return
        try:
            self.added = records.add_operator(self.ctx, self.ui.nameEdit.text(), role, pin)
        except UserError as exc:
            self.ui.errorLabel.setText(exc.message)
            return
        self.accept()
