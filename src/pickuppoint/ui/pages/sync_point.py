"""A point's Sync page: how far the coordinator has acknowledged ("已同步至 #N"), what is not yet
acknowledged, the last export; export a batch (to the folder used last time), import the
coordinator's update files (buttons or drag and drop), and joining a coordinator."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from pickuppoint.eventlog.clock import local_time
from pickuppoint.services.context import Context
from pickuppoint.services.sync import crypto, export, importer, settings, status
from pickuppoint.ui.dialogs.add_point_dialog import last_folder, remember_folder
from pickuppoint.ui.dialogs.enrol_dialog import EnrolDialog
from pickuppoint.ui.forms.ui_sync_point_page import Ui_SyncPointPage
from pickuppoint.ui.pages.base import Page
from pickuppoint.ui.tasks import run_in_background


class SyncPointPage(Page):
    KINDS = frozenset({""})  # every record written here is one more to send

    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_SyncPointPage()
        self.ui.setupUi(self)
        self.setAcceptDrops(True)
        self.ui.stateLabel.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.ui.exportButton.clicked.connect(self.export_batch)
        self.ui.importButton.clicked.connect(self.choose_updates)
        self.ui.enrolButton.clicked.connect(self.enrol)
        self._busy = False
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.read() as s:
            mine = status.point_state(s)
            me = settings.load(s)
        ui = self.ui
        ui.enrolButton.setVisible(not mine.enrolled)
        ui.exportButton.setVisible(mine.enrolled)
        ui.importButton.setVisible(mine.enrolled)
        if not mine.enrolled:
            ui.stateLabel.setText(self.tr("本接驳点还没有加入街道的同步"))
            ui.detailsLabel.setText(self.tr(
                "请向街道（协调中心）要本点的设置文件和启用码，然后点“用设置文件启用”。"))
            return
        ui.stateLabel.setText(self.tr("已同步至 #{n}").format(n=mine.acked) + (
            self.tr("　还有 {k} 条记录待确认").format(k=mine.unacked) if mine.unacked
            else self.tr("　全部记录都已被确认")))
        lines = [self.tr("协调中心：{hub}").format(hub=mine.hub_name),
                 self.tr("本点记录：共 {n} 条；协调中心已确认到 #{a}。").format(n=mine.last_seq, a=mine.acked)]
        if mine.last_export_at:
            lines.append(self.tr("上次导出：{when}，导出到 #{seq}，文件夹 {folder}").format(
                when=local_time(mine.last_export_at), seq=mine.last_export_seq, folder=mine.last_folder))
        else:
            lines.append(self.tr("还没有导出过同步文件。"))
        lines.append(self.tr("已导入的更新：第 {v} 版").format(v=mine.update_version)
                     if mine.update_version else self.tr("还没有导入过协调中心的更新文件。"))
        lines.append(self.tr("本点密钥指纹：{fp}").format(
            fp=crypto.fingerprint(crypto.raw_public(me.sign_key))))
        ui.detailsLabel.setText("<br>".join(lines))
        ui.exportButton.setEnabled(mine.unacked > 0 and not self._busy)

    def export_batch(self) -> None:
        with self.ctx.read() as s:
            folder = status.point_state(s).last_folder or last_folder()
            site = settings.load(s).site_id
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        path, _f = QFileDialog.getSaveFileName(self, self.tr("同步文件保存到"),
                                               str(Path(folder) / f"{site}-{stamp}.ppsync"),
                                               self.tr("同步文件 (*.ppsync)"))
        if not path:
            return
        remember_folder(path)
        self._busy = True
        self.ui.exportButton.setEnabled(False)
        self.ui.resultLabel.setText(self.tr("正在导出…"))
        run_in_background(export.export_batch, self.ctx, Path(path),
                          on_done=self._exported, on_failed=self._failed)

    def _exported(self, done: export.Exported) -> None:
        self._busy = False
        self.ui.resultLabel.setStyleSheet("")
        self.ui.resultLabel.setText(self.tr(
            "已导出 {n} 条记录（#{a}–#{b}）到 {path}，并已读回核对。请把文件交给街道。").format(
                n=done.records, a=done.seq_from, b=done.seq_to, path=done.path))
        self.refresh()

    def _failed(self, message: str) -> None:
        self._busy = False
        self.ui.resultLabel.setStyleSheet("color: #c62828;")
        self.ui.resultLabel.setText(message)
        self.refresh()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt
        if event.mimeData().hasUrls() and not self._busy:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.import_updates(files)

    def choose_updates(self) -> None:
        names, _f = QFileDialog.getOpenFileNames(self, self.tr("选择协调中心的更新文件"), last_folder(),
                                                 self.tr("同步文件 (*.ppsync);;所有文件 (*)"))
        if names:
            remember_folder(names[0])
            self.import_updates([Path(n) for n in names])

    def import_updates(self, files: list[Path]) -> None:
        self._busy = True
        self.ui.resultLabel.setText(self.tr("正在导入…"))
        run_in_background(importer.import_files, self.ctx, files,
                          on_done=self._imported, on_failed=self._failed)

    def _imported(self, results: list[importer.FileResult]) -> None:
        self._busy = False
        lines = []
        for r in results:
            if r.status == "imported":
                lines.append(self.tr("{file}：已导入，新记录 {n} 条。").format(file=Path(r.file).name, n=r.new_records))
            elif r.status == "already-imported":
                lines.append(self.tr("{file}：以前已导入过。").format(file=Path(r.file).name))
            else:
                lines.append(self.tr("拒收：{why}").format(why=r.message))
        refused = any(r.status == "rejected" for r in results)
        self.ui.resultLabel.setStyleSheet("color: #c62828;" if refused else "")
        self.ui.resultLabel.setText("<br>".join(lines))
        self.refresh()

    def enrol(self) -> None:
        dialog = EnrolDialog(self.ctx, self)
        if dialog.exec() and dialog.done_ is not None:
            d = dialog.done_
            self.ui.resultLabel.setStyleSheet("")
            self.ui.resultLabel.setText(self.tr(
                "已启用为接驳点 {id}（{name}），属于 {hub}。"
                "本点密钥指纹：{fp}——协调中心导入第一批数据时会显示，请电话核对。"
            ).format(id=d.site_id, name=d.name, hub=d.hub_name, fp=d.fingerprint))
        self.refresh()
