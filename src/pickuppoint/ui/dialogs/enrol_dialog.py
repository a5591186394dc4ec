"""A point joins its coordinator: the setup file and the one-time code told separately."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from pickuppoint.services.context import Context
from pickuppoint.services.sync import enrol
from pickuppoint.ui.dialogs.add_point_dialog import last_folder, remember_folder
from pickuppoint.ui.forms.ui_enrol_dialog import Ui_EnrolDialog
from pickuppoint.ui.tasks import run_in_background


class EnrolDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_EnrolDialog()
        self.ui.setupUi(self)
        self.done_: enrol.Enrolled | None = None
        self.ui.errorLabel.setStyleSheet("color: #c62828;")
        self.ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("启用"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ui.buttonBox.accepted.connect(self._enrol)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.browseButton.clicked.connect(self._browse)

    def _browse(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("选择设置文件"), last_folder(),
                                               self.tr("设置文件 (*.ppsetup);;所有文件 (*)"))
        if path:
            self.ui.fileEdit.setText(path)

    def _enrol(self) -> None:
        path, code = self.ui.fileEdit.text().strip(), self.ui.codeEdit.text().strip()
        if not path or not Path(path).is_file():
            self.ui.errorLabel.setText(self.tr("请选择协调中心给的设置文件。"))
            return
        if not code:
            self.ui.errorLabel.setText(self.tr("请输入启用码。"))
            return
        self.ok.setEnabled(False)
        self.ui.errorLabel.setText(self.tr("正在核对启用码…"))
        run_in_background(enrol.enrol_from_setup, self.ctx, Path(path), code,
                          on_done=self._enrolled, on_failed=self._failed)

    def _failed(self, message: str) -> None:
        self.ok.setEnabled(True)
        self.ui.errorLabel.setText(message)

    def _enrolled(self, done: enrol.Enrolled) -> None:
        self.done_ = done
        remember_folder(self.ui.fileEdit.text())
        self.accept()
