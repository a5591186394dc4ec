"""设置: the point's name (in the database), this computer's preferences (ui/settings.py), the
inactivity lock (ui/safety.py) and the second backup folder (kept in the database). The lock
and the folder are the same settings the Operators and File menus change, under the same rules:
who manages operators sets the lock, who may copy the database chooses where backups go."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from pickuppoint.errors import UserError
from pickuppoint.services.backup.rotation import extra_folder, set_extra_folder
from pickuppoint.services.context import Context
from pickuppoint.services.operators.roles import may, refusal
from pickuppoint.services.site import init_site
from pickuppoint.ui import settings
from pickuppoint.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from pickuppoint.ui.safety import FOLDER_ACT, LOCK_ACT, lock_minutes, set_lock_minutes


class SettingsDialog(QDialog):
    """Accepting saves; `changed` then says what differs from before (the window applies it)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_SettingsDialog()
        ui.setupUi(self)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.before = settings.load()
        self.site = ctx.site
        self.changed: set[str] = set()
        ui.pointNameEdit.setText(self.site.name)
        ui.siteIdLabel.setText(self.site.site_id)
        ui.languageCombo.addItem(self.tr("跟随系统"), "")
        ui.languageCombo.addItem("中文", "zh_CN")
        ui.languageCombo.addItem("English", "en")
        ui.receiptPrinterCombo.addItem(self.tr("系统默认打印机"), "")
        for name in QPrinterInfo.availablePrinterNames():
            ui.receiptPrinterCombo.addItem(name, name)
        for key, label in self.receipt_layouts().items():
            ui.receiptLayoutCombo.addItem(label, key)
        for key, label in self.label_layouts().items():
            ui.labelLayoutCombo.addItem(label, key)
        self.show_preferences(self.before)
        self.lock_before = lock_minutes()
        self.folder_before = extra_folder(ctx)
        self.backup_folder: Path | None = self.folder_before
        ui.lockSpin.setSuffix(self.tr(" 分钟"))
        ui.lockSpin.setSpecialValueText(self.tr("不锁定"))
        ui.lockSpin.setValue(self.lock_before)
        ui.backupFolderEdit.setPlaceholderText(self.tr("只备份在数据库旁边"))
        self._show_folder()
        ui.backupFolderButton.clicked.connect(self.choose_folder)
        ui.backupFolderClear.clicked.connect(lambda: self._set_folder(None))
        self._follow_role()

    def _follow_role(self) -> None:
        """What the signed-in operator may not change is shown, greyed, with the reason."""
        ui = self.ui
        for widgets, act in (((ui.lockSpin, ui.lockLabel), LOCK_ACT),
                             ((ui.backupFolderEdit, ui.backupFolderButton, ui.backupFolderClear,
                               ui.backupFolderLabel), FOLDER_ACT)):
            allowed = may(self.ctx, act)
            reason = "" if allowed else refusal(self.ctx.operator, self.ctx.role, act).message
            for w in widgets:
                w.setEnabled(allowed)
                if reason:
                    w.setToolTip(reason)

    def ask_folder(self) -> str:
        """Qt's folder dialog (tests replace this)."""
        return QFileDialog.getExistingDirectory(self, self.tr("选择另一个备份文件夹（如 U 盘）"),
                                                str(self.backup_folder or Path.home()))

    def choose_folder(self) -> None:
        folder = self.ask_folder()
        if folder:
            self._set_folder(Path(folder))

    def _set_folder(self, folder: Path | None) -> None:
        self.backup_folder = folder
        self._show_folder()

    def _show_folder(self) -> None:
        self.ui.backupFolderEdit.setText(str(self.backup_folder) if self.backup_folder else "")
        self.ui.backupFolderClear.setVisible(self.backup_folder is not None)

    def receipt_layouts(self) -> dict[str, str]:
        return {"80mm": self.tr("80 毫米热敏小票"), "58mm": self.tr("58 毫米热敏小票"), "a5": self.tr("A5 纸")}

    def label_layouts(self) -> dict[str, str]:
        return {"a4-3x8": self.tr("A4 不干胶 3×8"), "roll-50x30": self.tr("50×30 毫米标签卷")}

    def show_preferences(self, p: settings.Preferences) -> None:
        ui = self.ui
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(p.language)))
        printer = ui.receiptPrinterCombo.findData(p.receipt_printer)
        if printer < 0:  # a printer chosen before but not connected now: keep it, say so
            ui.receiptPrinterCombo.addItem(self.tr("{name}（未连接）").format(name=p.receipt_printer),
                                           p.receipt_printer)
            printer = ui.receiptPrinterCombo.count() - 1
        ui.receiptPrinterCombo.setCurrentIndex(printer)
        ui.receiptLayoutCombo.setCurrentIndex(max(0, ui.receiptLayoutCombo.findData(p.receipt_layout)))
        ui.labelLayoutCombo.setCurrentIndex(max(0, ui.labelLayoutCombo.findData(p.label_layout)))
        ui.autoPrintCheck.setChecked(p.auto_print)
        ui.soundsCheck.setChecked(p.sounds)
        ui.largeTextCheck.setChecked(p.large_text)
        ui.highContrastCheck.setChecked(p.high_contrast)

    def preferences(self) -> settings.Preferences:
        ui = self.ui
        return settings.Preferences(
            language=ui.languageCombo.currentData(), sounds=ui.soundsCheck.isChecked(),
            auto_print=ui.autoPrintCheck.isChecked(), receipt_layout=ui.receiptLayoutCombo.currentData(),
            receipt_printer=ui.receiptPrinterCombo.currentData(),
            label_layout=ui.labelLayoutCombo.currentData(), large_text=ui.largeTextCheck.isChecked(),
            high_contrast=ui.highContrastCheck.isChecked())

    def accept(self) -> None:
        name = self.ui.pointNameEdit.text().strip()
        if name != self.site.name:
            try:
                init_site(self.ctx, self.site.site_id, name, self.site.role)
            except UserError as exc:
                self.ui.messageLabel.setText(exc.message)
                self.ui.messageLabel.setStyleSheet("color: #b71c1c;")
                self.ui.pointNameEdit.setFocus()
                return
            self.changed.add("point_name")
        if self.ui.lockSpin.value() != self.lock_before and may(self.ctx, LOCK_ACT):
            set_lock_minutes(self.ui.lockSpin.value())
            self.changed.add("lock_minutes")
        if self.backup_folder != self.folder_before and may(self.ctx, FOLDER_ACT):
            set_extra_folder(self.ctx, self.backup_folder)
            self.changed.add("backup_folder")
        after = self.preferences()
        settings.save(after)
        self.changed |= {k for k, v in vars(after).items() if getattr(self.before, k) != v}
        if settings.interface_language(after) != settings.interface_language(self.before):
            self.changed.add("interface_language")
        super().accept()
