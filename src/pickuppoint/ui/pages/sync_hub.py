"""The coordinator's Sync page: files dropped in (many at once, imported off the GUI thread with a
progress bar that can be cancelled), every point with its last batch, records, high-water mark
and gaps, conflicts to resolve, and collection progress per round and point."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from pickuppoint.errors import UserError
from pickuppoint.eventlog.clock import local_time
from pickuppoint.services.context import Context
from pickuppoint.services.log import conflicts
from pickuppoint.services.sync import export, gaps, importer, status
from pickuppoint.ui.dialogs.add_point_dialog import AddPointDialog, last_folder, remember_folder
from pickuppoint.ui.dialogs.reason_dialog import ReasonDialog
from pickuppoint.ui.forms.ui_sync_hub_page import Ui_SyncHubPage
from pickuppoint.ui.pages.base import Page
from pickuppoint.ui.tasks import run_in_background

REFUSED = QColor("#c62828")


def _fill(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)


class SyncHubPage(Page):
    KINDS = frozenset({"sync.", "conflict.", "handover.", "parcel.", "round.", "site."})

    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_SyncHubPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.setAcceptDrops(True)
        self._cancel = threading.Event()
        self._busy = False
        self.points: list[status.PointState] = []
        self.open_conflicts: list[dict] = []
        ui.progressBar.setVisible(False)
        ui.cancelButton.setVisible(False)
        ui.resultsList.setVisible(False)
        ui.gapsLabel.setStyleSheet("color: #c62828;")
        ui.dropZone.setStyleSheet("#dropZone { border: 2px dashed #90a4ae; border-radius: 6px; }")
        ui.importButton.clicked.connect(self.choose_files)
        ui.cancelButton.clicked.connect(self._cancel.set)
        ui.addPointButton.clicked.connect(self.add_point)
        ui.updateButton.clicked.connect(self.make_update)
        ui.acceptGapButton.clicked.connect(self.accept_gap)
        ui.resolveButton.clicked.connect(self.resolve)
        ui.pointsTable.itemSelectionChanged.connect(self._selection_changed)
        ui.conflictsTable.itemSelectionChanged.connect(self._selection_changed)
        self.refresh()

    # --- what is shown ---

    def refresh(self) -> None:
        with self.ctx.read() as s:
            state = status.hub_state(s)
            progress = status.round_progress(s)
            described = {c["id"]: status.records_of(s, c["records"]) for c in state.conflicts}
            resolved = status.resolved_conflicts(s)
            chosen = {line.id: line for line in status.records_of(s, [r.chosen for r in resolved])}
        self.points, self.open_conflicts = state.points, state.conflicts
        _fill(self.ui.pointsTable,
              [self.tr("站点"), self.tr("名称"), self.tr("最后一批"), self.tr("记录"),
               self.tr("连续到"), self.tr("缺口"), self.tr("密钥指纹")],
              [[p.site_id, p.name,
                (self.tr("{when}，{n} 条").format(when=local_time(p.last_batch_at), n=p.last_batch_records)
                 if p.last_batch_at else self.tr("还没有收到")),
                str(p.records + p.held), f"#{p.contiguous_to}",
                "；".join(f"{a}–{b}" if a != b else str(a) for a, b in p.gaps) or self.tr("无"),
                p.fingerprint or self.tr("（第一批到达时记下）")] for p in self.points])
        lines = [line for p in self.points for line in p.gap_text()]
        self.ui.gapsLabel.setText("　".join(lines))
        self.ui.gapsLabel.setVisible(bool(lines))
        _fill(self.ui.conflictsTable,
              [self.tr("冲突"), self.tr("对象"), self.tr("各条记录"), self.tr("暂定结果")],
              [[self._conflict_kind(c["kind"]), self._subject(c),
                "\n".join(self._record_text(r) for r in described[c["id"]]),
                self._winner_text(c, described[c["id"]])] for c in self.open_conflicts])
        self.ui.conflictsTable.resizeRowsToContents()
        _fill(self.ui.resolvedTable,
              [self.tr("冲突"), self.tr("对象"), self.tr("以哪条为准"), self.tr("处理人"), self.tr("时间"),
               self.tr("原因")],
              [[self._conflict_kind(r.conflict["kind"]), self._subject(r.conflict),
                self._record_text(chosen[r.chosen]) if r.chosen in chosen else r.chosen, r.operator,
                local_time(r.at), r.reason] for r in resolved])
        for row in range(self.ui.resolvedTable.rowCount()):  # a long reason is cut: whole in the tooltip
            cell = self.ui.resolvedTable.item(row, 5)
            cell.setToolTip(cell.text())
        self.ui.resolvedLabel.setVisible(bool(resolved))
        self.ui.resolvedTable.setVisible(bool(resolved))
        tab = self.ui.tabs.indexOf(self.ui.conflictsTab)
        self.ui.tabs.setTabText(tab, self.tr("冲突（{n}）").format(n=len(self.open_conflicts))
                                if self.open_conflicts else self.tr("冲突"))
        _fill(self.ui.progressTable,
              [self.tr("批次"), self.tr("接驳点"), self.tr("包裹"), self.tr("已到点"), self.tr("已领"),
               self.tr("领取进度")],
              [[p.round_name, self._point_name(p.site_id), str(p.parcels), str(p.received), str(p.collected),
                f"{p.collected * 100 // p.parcels}%" if p.parcels else "—"] for p in progress])
        self._selection_changed()

    def _point_name(self, site_id: str) -> str:
        """'白竹亭东门（BZT）' for an enrolled point; a parcel with no point may go to any."""
        if not site_id or site_id == self.ctx.site.site_id:
            return self.tr("任一点")
        name = next((p.name for p in self.points if p.site_id == site_id), "")
        return self.tr("{name}（{site}）").format(name=name, site=site_id) if name else site_id

    def _conflict_kind(self, kind: str) -> str:
        return {
            "double_handover": self.tr("同一包裹发放了两次"),
            "entitlement": self.tr("同一份额领了两次"),
            "household_field": self.tr("住户信息在两处改得不同"),
            "household_removed": self.tr("已删除的住户又被修改"),
            "surplus_listed": self.tr("多出的包裹又出现在清单里"),
            "parcel_twice": self.tr("同一包裹编号被两份清单添加"),
        }.get(kind, kind)

    def _subject(self, c: dict) -> str:
        for key, label in (("parcel", self.tr("包裹 {v}")), ("household", self.tr("住户 {v}")),
                           ("round", self.tr("批次 {v}"))):
            if key in c:
                extra = c.get("subject") if c.get("subject") not in ("", c[key]) else ""
                return label.format(v=c[key]) + (f"（{extra}）" if extra else "")
        return c.get("subject", "")

    def _record_text(self, r: status.RecordLine) -> str:
        return self.tr("{site} 第 {seq} 条，{when}，{op}").format(
            site=r.site_id, seq=r.seq, when=local_time(r.wall), op=r.operator)

    def _winner_text(self, c: dict, records: list[status.RecordLine]) -> str:
        winner = next((r for r in records if r.id == c["winner"]), None)
        return self.tr("以 {site} 第 {seq} 条为准").format(site=winner.site_id, seq=winner.seq) if winner else ""

    def _selected_point(self) -> status.PointState | None:
        rows = self.ui.pointsTable.selectionModel().selectedRows()
        return self.points[rows[0].row()] if rows and rows[0].row() < len(self.points) else None

    def _selected_conflict(self) -> dict | None:
        rows = self.ui.conflictsTable.selectionModel().selectedRows()
        return self.open_conflicts[rows[0].row()] if rows and rows[0].row() < len(self.open_conflicts) else None

    def _selection_changed(self) -> None:
        point = self._selected_point()
        self.ui.updateButton.setEnabled(point is not None and not self._busy)
        self.ui.acceptGapButton.setEnabled(point is not None and bool(point.gaps) and not self._busy)
        self.ui.resolveButton.setEnabled(self._selected_conflict() is not None and not self._busy)

    # --- importing ---

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt
        if event.mimeData().hasUrls() and not self._busy:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files = [p for p in paths if p.is_file()]
        for folder in (p for p in paths if p.is_dir()):
            files.extend(sorted(f for f in folder.iterdir() if f.is_file() and f.suffix == ".ppsync"))
        if files:
            event.acceptProposedAction()
            self.import_files(files)

    def choose_files(self) -> None:
        names, _f = QFileDialog.getOpenFileNames(self, self.tr("选择接驳点的同步文件"), last_folder(),
                                                 self.tr("同步文件 (*.ppsync);;所有文件 (*)"))
        if names:
            remember_folder(names[0])
            self.import_files([Path(n) for n in names])

    def import_files(self, files: list[Path]) -> None:
        if self._busy:
            return
        self._busy = True
        self._cancel.clear()
        ui = self.ui
        ui.progressBar.setRange(0, len(files))
        ui.progressBar.setValue(0)
        ui.progressBar.setVisible(True)
        ui.cancelButton.setVisible(True)
        ui.importButton.setEnabled(False)
        self._selection_changed()

        def work(progress) -> list[importer.FileResult]:  # noqa: ANN001
            return importer.import_files(self.ctx, files, progress=lambda i, n, _name: progress(i, n),
                                         is_cancelled=self._cancel.is_set)

        self.task = run_in_background(work, on_done=self._imported, on_failed=self._failed,
                                      on_progress=self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, max(total, 1))
        self.ui.progressBar.setValue(done)

    def _finish(self) -> None:
        self._busy = False
        self.ui.progressBar.setVisible(False)
        self.ui.cancelButton.setVisible(False)
        self.ui.importButton.setEnabled(True)
        self.refresh()

    def _failed(self, message: str) -> None:
        self._finish()
        QMessageBox.warning(self, self.tr("导入同步文件"), message)

    def _imported(self, results: list[importer.FileResult]) -> None:
        self._finish()
        self.show_results(results, cancelled=self._cancel.is_set())

    def show_results(self, results: list[importer.FileResult], cancelled: bool = False) -> None:
        ui = self.ui
        ui.resultsList.clear()
        for r in results:
            name = Path(r.file).name
            if r.status == "imported":
                text = self.tr("✓ {file}：已导入，新记录 {n} 条").format(file=name, n=r.new_records)
                if r.held:
                    text += self.tr("（{n} 条在缺口之后，暂存待补）").format(n=r.held)
                if r.pinned:
                    text += self.tr("；{id} 的第一批：密钥指纹 {fp}，请与接驳点核对").format(id=r.site_id, fp=r.pinned)
            elif r.status == "already-imported":
                text = self.tr("＝ {file}：以前已导入过，没有变化").format(file=name)
            else:
                text = self.tr("✗ 拒收：{why}").format(why=r.message)
            item = QListWidgetItem(text)
            if r.status == "rejected":
                item.setForeground(REFUSED)
                item.setToolTip(self.tr("文件已另存到隔离文件夹：{path}").format(path=r.quarantined))
            ui.resultsList.addItem(item)
        if cancelled:
            ui.resultsList.addItem(self.tr("已取消：其余文件没有导入（正在读的那个文件一条也没写入）。"))
        ui.resultsList.setVisible(ui.resultsList.count() > 0)
        taken = sum(r.new_records for r in results)
        refused = sum(r.status == "rejected" for r in results)
        self.status_message.emit(self.tr("导入 {n} 个文件：新记录 {k} 条，拒收 {r} 个。").format(
            n=len(results), k=taken, r=refused))

    # --- points, gaps, conflicts ---

    def add_point(self) -> None:
        dialog = AddPointDialog(self.ctx, self)
        dialog.exec()
        self.refresh()

    def make_update(self) -> None:
        point = self._selected_point()
        if point is None:
            return
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("给 {name} 的更新文件").format(name=point.name),
            str(Path(last_folder()) / f"{point.site_id}-update-{stamp}.ppsync"),
            self.tr("同步文件 (*.ppsync)"))
        if not path:
            return
        remember_folder(path)
        run_in_background(export.export_update, self.ctx, point.site_id, Path(path),
                          on_done=lambda done: self.status_message.emit(self.tr(
                              "已写好给 {id} 的更新文件 {path}（{n} 条记录）。").format(
                                  id=point.site_id, path=done.path, n=done.records)),
                          on_failed=lambda m: QMessageBox.warning(self, self.tr("做更新文件"), m))

    def accept_gap(self) -> None:
        point = self._selected_point()
        if point is None or not point.gaps:
            return
        dialog = ReasonDialog(
            self.tr("跳过缺口"),
            self.tr("{name} 缺的记录如果确实补不回来（U 盘丢失、电脑损坏），可以跳过，先收后面的记录。"
                    "以后补到的记录照样会收进来。").format(name=point.name),
            [(text, gap) for text, gap in zip(point.gap_text(), point.gaps, strict=True)],
            self.tr("跳过这段"), self)
        if dialog.exec() and dialog.chosen:
            try:
                gaps.accept_gap(self.ctx, point.site_id, dialog.chosen[0], dialog.chosen[1], dialog.reason)
            except UserError as exc:
                QMessageBox.warning(self, self.tr("跳过缺口"), str(exc))
            self.refresh()

    def resolve(self) -> None:
        c = self._selected_conflict()
        if c is None:
            return
        with self.ctx.read() as s:
            records = status.records_of(s, c["records"])
        choices = [(self.tr("以这条为准：{record}").format(record=self._record_text(r))
                    + (self.tr("（暂定）") if r.id == c["winner"] else ""), r.id) for r in records]
        dialog = ReasonDialog(self.tr("处理冲突"), self._conflict_kind(c["kind"]) + "：" + self._subject(c),
                              choices, self.tr("记录处理结果"), self)
        if dialog.exec() and dialog.chosen:
            try:
                conflicts.resolve(self.ctx, c["id"], dialog.chosen, dialog.reason)
            except UserError as exc:
                QMessageBox.warning(self, self.tr("处理冲突"), str(exc))
            self.refresh()
