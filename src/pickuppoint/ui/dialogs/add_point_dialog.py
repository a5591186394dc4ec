"""Adding a pickup point (coordinator): its site id and name, the buildings it serves, where to
write its setup file; then the one-time enrolment code, shown once, in large type."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from pickuppoint.services.assign.commands import split_list
from pickuppoint.services.context import Context
from pickuppoint.services.sync import enrol
from pickuppoint.ui.forms.ui_add_point_dialog import Ui_AddPointDialog
from pickuppoint.ui.tasks import run_in_background

LAST_FOLDER = "sync/last_folder"


def last_folder() -> str:
    return str(QSettings().value(LAST_FOLDER, str(Path.home())) or Path.home())


def remember_folder(path: Path | str) -> None:
    QSettings().setValue(LAST_FOLDER, str(Path(path).parent))


class AddPointDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AddPointDialog()
        self.ui.setupUi(self)
        self.made: enrol.SetupMade | None = None
        self.ui.errorLabel.setStyleSheet("color: #c62828;")
        self.ui.codeLabel.setVisible(False)
        self.ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("做设置文件"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ui.buttonBox.accepted.connect(self._make)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.siteEdit.textChanged.connect(self._suggest)

    def _suggest(self) -> None:
        site = self.ui.siteEdit.text().strip().upper()
        if site and not self.ui.fileEdit.isModified():
            self.ui.fileEdit.setText(str(Path(last_folder()) / f"{site}.ppsetup"))

    def _browse(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("设置文件保存到"), self.ui.fileEdit.text()
                                               or last_folder(), self.tr("设置文件 (*.ppsetup)"))
        if path:
            self.ui.fileEdit.setText(path)
            self.ui.fileEdit.setModified(True)

    def _make(self) -> None:
        if self.made is not None:
            self.accept()
            return
        site, name, out = (self.ui.siteEdit.text().strip(), self.ui.nameEdit.text().strip(),
                           self.ui.fileEdit.text().strip())
        if not out:
            self.ui.errorLabel.setText(self.tr("请选择设置文件保存的位置。"))
            return
        self.ok.setEnabled(False)
        self.ui.errorLabel.setText(self.tr("正在做设置文件…"))
        run_in_background(enrol.add_point, self.ctx, site, name, Path(out),
                          split_list(self.ui.buildingsEdit.text()),
                          on_done=self._made, on_failed=self._failed)

    def _failed(self, message: str) -> None:
        self.ok.setEnabled(True)
        self.ui.errorLabel.setText(message)

    def _made(self, made: enrol.SetupMade) -> None:
        self.made = made
        remember_folder(made.path)
        for widget in (self.ui.siteEdit, self.ui.nameEdit, self.ui.buildingsEdit, self.ui.fileEdit,
                       self.ui.browseButton):
            widget.setEnabled(False)
        self.ui.errorLabel.setText("")
        self.ui.codeLabel.setVisible(True)
        self.ui.codeLabel.setText(self.tr(
            "设置文件已写好：{path}<br>启用码（只显示这一次，请另行告诉接驳点，不要和文件放在一起）："
            "<div style='font-size:26pt; font-weight:bold; letter-spacing:2px'>{code}</div>").format(
                path=made.path, code=made.code))
        self.ok.setText(self.tr("我已记下启用码"))
        self.ok.setEnabled(True)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setVisible(False)
