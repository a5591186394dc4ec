"""Choosing a backup to restore: each one chosen is checked in the background on a private copy
(integrity_check and verify) and what it holds is shown (when, records, households, the last
handover) before anything is replaced; only a sound backup can be restored."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from pickuppoint.services.backup.inspect import BackupSummary, inspect_backup
from pickuppoint.ui.forms.ui_restore_dialog import Ui_RestoreDialog
from pickuppoint.ui.tasks import run_in_background


class RestoreDialog(QDialog):
    def __init__(self, backups: list[Path], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.chosen: Path | None = None
        self.summary: BackupSummary | None = None
        self._ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("恢复这个备份"))
        self._ok.setEnabled(False)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.chooseButton.clicked.connect(self._choose)
        for path in backups:
            self.ui.backupCombo.addItem(path.name, str(path))
        self.ui.backupCombo.currentIndexChanged.connect(lambda _i: self._check())
        if backups:
            self._check()
        else:
            self.ui.summaryLabel.setText(self.tr("还没有自动备份。请用“选择其他文件…”找到备份文件。"))

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择备份文件"), "",
                                              self.tr("数据库备份 (*.sqlite3 *.db *.bak);;所有文件 (*)"))
        if path:
            self.ui.backupCombo.insertItem(0, Path(path).name, path)
            self.ui.backupCombo.setCurrentIndex(0)

    def _check(self) -> None:
        data = self.ui.backupCombo.currentData()
        if not data:
            return
        path = Path(data)
        self._ok.setEnabled(False)
        self.ui.summaryLabel.setText(self.tr("正在检查 {name}…").format(name=html.escape(path.name)))
        run_in_background(inspect_backup, path, on_done=lambda s: self._show(path, s),
                          on_failed=lambda msg: self._failed(path, msg))

    def _failed(self, path: Path, message: str) -> None:
        if self.ui.backupCombo.currentData() == str(path):
            self.ui.summaryLabel.setText(f"<span style='color:#c62828'>{html.escape(message)}</span>")

    def _show(self, path: Path, summary: BackupSummary) -> None:
        if self.ui.backupCombo.currentData() != str(path):
            return  # another one was chosen meanwhile
        self.summary = summary
        if not summary.ok:
            items = "".join(f"<li>{html.escape(p)}</li>" for p in summary.problems[:5])
            self.ui.summaryLabel.setText(
                "<span style='color:#c62828'>" + self.tr("这个备份没有通过检查，不能用来恢复：")
                + f"</span><ul>{items}</ul>")
            return
        last = (self.tr("最后一次发放：{at}（{code}）").format(
            at=html.escape(summary.last_handover_at[:16].replace("T", " ")),
            code=html.escape(summary.last_handover_code)) if summary.last_handover_at
            else self.tr("还没有发放记录"))
        self.ui.summaryLabel.setText("<br>".join([
            "<b style='color:#1b7f3b'>" + self.tr("检查通过：文件完好，记录完整。") + "</b>",
            self.tr("备份时间：{at}").format(at=html.escape(summary.taken_at[:19].replace("T", " "))),
            self.tr("站点：{name}（{id}）").format(name=html.escape(summary.site_name),
                                                 id=html.escape(summary.site_id)),
            self.tr("{records} 条记录，{households} 户，{parcels} 个包裹，已发放 {handovers} 件").format(
                records=summary.records, households=summary.households, parcels=summary.parcels,
                handovers=summary.handovers),
            last,
        ]))
        self.chosen = path
        self._ok.setEnabled(True)
