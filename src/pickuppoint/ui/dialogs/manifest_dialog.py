"""Import a supplier's manifest into a round (forms/manifest_dialog.ui): choose the file (the
orders sheet of a workbook is picked and said; another can be chosen), one parcel per order or
per line, check the columns on a preview, read the check's report (errors, warnings, lines no
household fits, with suggestions), import, then give the unmatched parcels their households:
↑↓ and Enter (the first suggestion) or 1–5 (that suggestion), each saved at once, so thirty
lines are settled in a minute.

Reading, checking and importing run off the GUI thread; the import is one transaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from pickuppoint.errors import UserError
from pickuppoint.money import format_yuan
from pickuppoint.services.context import Context
from pickuppoint.services.manifests.columns import FIELDS, MULTI, field_label, short_label
from pickuppoint.services.manifests.manifest import (
    Manifest,
    ManifestPlan,
    ManifestResult,
    Unmatched,
    apply_manifest,
    match_parcel,
    plan_manifest,
    read_manifest,
)
from pickuppoint.services.rounds import records as rounds
from pickuppoint.ui.dialogs.import_mapping import MappingTable
from pickuppoint.ui.dialogs.match_dialog import fill_suggestions, household_of
from pickuppoint.ui.forms.ui_manifest_dialog import Ui_ManifestDialog
from pickuppoint.ui.models.import_issues_model import IssuesModel
from pickuppoint.ui.tasks import run_in_background, run_write

U_ROW, U_ADDRESS, U_RECIPIENT, U_PHONE, U_SUGGESTIONS, U_HOUSEHOLD = range(6)
_CIRCLED = "①②③④⑤"


def _read_and_plan(ctx: Context, round_id: str, path: str, sheet: str | None,
                   manifest: Manifest | None, per: str) -> tuple[Manifest, ManifestPlan]:
    m = manifest if manifest is not None else read_manifest(path, sheet)
    return m, plan_manifest(ctx, round_id, m, per)


class ManifestDialog(QDialog):
    planned = Signal()  # a check's report is shown
    imported = Signal()  # the import is done (its result in `result`)

    def __init__(self, ctx: Context, round_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.round_id = round_id
        self.ui = Ui_ManifestDialog()
        self.ui.setupUi(self)
        ui = self.ui
        with ctx.read() as s:
            self.round = rounds.get(s, round_id)
        ui.roundLabel.setText(self.tr("批次：{name}（{supplier}）").format(
            name=self.round.name, supplier=self.round.supplier or self.tr("供应商未填")))
        self.manifest: Manifest | None = None
        self.plan: ManifestPlan | None = None
        self.result: ManifestResult | None = None
        self.busy = False
        self._request = 0
        self.mapping = MappingTable(ui.previewTable, FIELDS, field_label, short_label, MULTI)
        self.mapping.changed.connect(self._mapping_changed)
        self.issues = IssuesModel(self)
        ui.issuesView.setModel(self.issues)
        header = ui.issuesView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        t = ui.unmatchedTable
        t.setColumnCount(6)
        t.setHorizontalHeaderLabels([self.tr("行号"), self.tr("地址"), self.tr("收货人"), self.tr("电话"),
                                     self.tr("建议（Enter 取 ①，数字键取其他）"),
                                     self.tr("分给住户（或输入房号）")])
        ui.sheetCombo.setEnabled(False)
        ui.perCombo.addItem(self.tr("每个订单一件（商品列在标签上）"), "order")
        ui.perCombo.addItem(self.tr("每行商品一件"), "line")
        ui.perCombo.activated.connect(lambda _i: self.check(reread=False))
        t.installEventFilter(self)
        self._debounce = QTimer(self, singleShot=True, interval=400)
        self._debounce.timeout.connect(lambda: self.check(reread=True))
        ui.fileEdit.textChanged.connect(self._file_changed)
        ui.browseButton.clicked.connect(self._browse)
        ui.sheetCombo.activated.connect(lambda _i: self.check(reread=True))
        ui.checkButton.clicked.connect(lambda: self.check(reread=self.manifest is None))
        ui.skipErrorsCheck.toggled.connect(self._gate)
        ui.importButton.clicked.connect(self.run_import)
        ui.saveMatchesButton.clicked.connect(self.save_matches)
        ui.closeButton.clicked.connect(self.accept)
        self._gate()

    # --- the file and the check ---

    def _browse(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("选择订单表"), str(Path.home()),
                                               self.tr("表格文件 (*.csv *.xlsx *.xlsm *.txt);;所有文件 (*)"))
        if path:
            self.ui.fileEdit.setText(path)

    def _file_changed(self) -> None:
        self.ui.sheetCombo.clear()
        self.ui.sheetCombo.setEnabled(False)
        self.manifest = None
        self._debounce.start()

    def set_file(self, path: str) -> None:
        """Choose the file (as typing it does) and check it at once."""
        self.ui.fileEdit.setText(path)
        self.check(reread=True)

    def _mapping_changed(self) -> None:
        self.manifest = self.mapping.roster
        self.check(reread=False)

    def check(self, reread: bool = True) -> None:
        """Read the file (again, when `reread`) and plan the import: the dry run's report."""
        self._debounce.stop()
        path = self.ui.fileEdit.text().strip()
        if not path or self.result is not None:
            return
        self._request += 1
        request = self._request
        sheet = self.ui.sheetCombo.currentText() or None if self.ui.sheetCombo.isEnabled() else None
        per = self.ui.perCombo.currentData() or "order"
        manifest = None if reread else self.manifest
        self.busy = True
        self.ui.summaryLabel.setText(self.tr("正在检查……"))
        self._gate()

        def done(answer: tuple[Manifest, ManifestPlan]) -> None:
            if request == self._request:
                self._planned(*answer, reread)

        def failed(message: str) -> None:
            if request == self._request:
                self.busy = False
                self.plan = None
                self.ui.summaryLabel.setText(message)
                self.issues.set_issues([], [])
                self._gate()
                self.planned.emit()

        run_in_background(_read_and_plan, self.ctx, self.round_id, path, sheet, manifest, per,
                          on_done=done, on_failed=failed)

    def _planned(self, manifest: Manifest, plan: ManifestPlan, reread: bool) -> None:
        self.busy = False
        self.manifest, self.plan = manifest, plan
        if reread:
            sheets = manifest.table.sheets
            combo = self.ui.sheetCombo
            combo.clear()
            combo.addItems(sheets)
            combo.setEnabled(len(sheets) > 1)
            if manifest.table.sheet:
                combo.setCurrentText(manifest.table.sheet)
            self.mapping.show(manifest)
        self.issues.set_issues(plan.errors, plan.warnings)
        self._show_unmatched(plan.unmatched, importable=False)
        o = plan.outcome(skip_errors=True)
        text = ""
        table = manifest.table
        if table.sheet and len(table.sheets) > 1:
            text = self.tr("读的是工作表“{sheet}”（其余的不是订单明细）。").format(sheet=table.sheet)
        text += self.tr(
            "共 {rows} 行、{orders} 个订单：可新增 {new} 件，更新 {updated} 件，未变 {same} 件，"
            "金额合计 {amount} 元；错误 {errors} 行，警告 {warnings} 条，未匹配到住户 {unmatched} 件。"
        ).format(
            rows=plan.rows, orders=plan.orders, new=o.imported, updated=o.updated, same=o.unchanged,
            amount=format_yuan(o.amount_cents), errors=len(plan.error_rows), warnings=len(plan.warnings),
            unmatched=len(plan.unmatched))
        if plan.errors:
            text += self.tr("有错误时不会导入任何包裹，除非选择跳过有错误的行。")
        self.ui.summaryLabel.setText(text)
        if plan.errors or plan.warnings:
            self.ui.resultTabs.setCurrentIndex(0)
        elif plan.unmatched:
            self.ui.resultTabs.setCurrentIndex(1)
        self._gate()
        self.planned.emit()

    def _show_unmatched(self, lines: list[Unmatched], importable: bool) -> None:
        t = self.ui.unmatchedTable
        t.setRowCount(len(lines))
        for r, u in enumerate(lines):
            near = "  ".join(f"{_CIRCLED[i]} {s.code} {s.head}" for i, s in enumerate(u.suggestions[:5]))
            for c, value in ((U_ROW, str(u.row)), (U_ADDRESS, u.address), (U_RECIPIENT, u.recipient),
                             (U_PHONE, u.phone), (U_SUGGESTIONS, near or self.tr("没有相近的住户"))):
                item = QTableWidgetItem(value)
                if c == U_SUGGESTIONS and u.suggestions:
                    item.setToolTip("\n".join(f"{_CIRCLED[i]} {s.code} {s.head}（{s.reason}）"
                                              for i, s in enumerate(u.suggestions[:5])))
                t.setItem(r, c, item)
            combo = QComboBox(t)
            combo.setEditable(True)
            combo.setObjectName(f"householdCombo{r}")
            combo.addItem("", "")
            fill_suggestions(combo, u.suggestions)
            if not importable:
                hint = self.tr("导入后在这里选择住户")
            else:
                hint = self.tr("输入房号，或点开选择")
            combo.lineEdit().setPlaceholderText(hint)
            combo.setEnabled(importable)
            t.setCellWidget(r, U_HOUSEHOLD, combo)
        t.resizeColumnsToContents()
        t.setColumnWidth(U_ADDRESS, min(t.columnWidth(U_ADDRESS), 260))
        t.horizontalHeader().setSectionResizeMode(U_SUGGESTIONS, QHeaderView.ResizeMode.Stretch)
        t.setColumnWidth(U_HOUSEHOLD, max(180, t.horizontalHeader().sectionSizeHint(U_HOUSEHOLD)))
        t.horizontalHeader().setStretchLastSection(False)
        self.ui.resultTabs.setTabText(1, self.tr("未匹配到住户（{n}）").format(n=len(lines)))
        self.ui.resultTabs.setTabText(0, self.tr("错误和警告（{n}）").format(n=self.issues.rowCount()))

    def _gate(self) -> None:
        ui = self.ui
        plan = self.plan
        can_import = (not self.busy and self.result is None and plan is not None and bool(plan.lines)
                      and (not plan.errors or ui.skipErrorsCheck.isChecked()))
        ui.importButton.setEnabled(can_import)
        ui.checkButton.setEnabled(not self.busy and self.result is None and bool(ui.fileEdit.text().strip()))
        ui.saveMatchesButton.setEnabled(self.result is not None and bool(self.result.unmatched))
        ui.closeButton.setEnabled(not self.busy)
        for w in (ui.fileEdit, ui.browseButton, ui.previewTable, ui.skipErrorsCheck, ui.perCombo):
            w.setEnabled(self.result is None and not self.busy)

    # --- importing and matching ---

    def run_import(self) -> None:
        if self.plan is None:
            return
        self.busy = True
        self._gate()
        self.ui.summaryLabel.setText(self.tr("正在导入……"))
        plan, skip = self.plan, self.ui.skipErrorsCheck.isChecked()

        def done(result: ManifestResult) -> None:
            self.busy = False
            self.result = result
            text = self.tr("已导入：新增 {new} 件，更新 {updated} 件，未变 {same} 件，跳过 {skipped} 行。").format(
                new=result.imported, updated=result.updated, same=result.unchanged, skipped=result.skipped)
            if result.unmatched:
                text += self.tr("有 {n} 件没有匹配到住户：请在下面为它们选择住户，然后点“保存所选住户”。").format(
                    n=len(result.unmatched))
                self.ui.resultTabs.setCurrentIndex(1)
            self.ui.summaryLabel.setText(text)
            self._show_unmatched(result.unmatched, importable=True)
            # the preview has served: its room goes to the lines left to settle
            self.ui.previewTable.hide()
            self.ui.previewLabel.hide()
            self.layout().activate()
            if result.unmatched:
                self.ui.unmatchedTable.setFocus()
                self.ui.unmatchedTable.selectRow(0)
            self._gate()
            self.imported.emit()

        def failed(message: str) -> None:
            self.busy = False
            self.ui.summaryLabel.setText(message)
            self._gate()

        run_write(apply_manifest, self.ctx, plan, skip, on_done=done, on_failed=failed)

    def save_matches(self) -> None:
        if self.result is None:
            return
        t = self.ui.unmatchedTable
        saved, problems, left = 0, [], []
        for r, u in enumerate(self.result.unmatched):
            combo = t.cellWidget(r, U_HOUSEHOLD)
            household = household_of(combo) if combo is not None else ""
            if not household:
                left.append(u)
                continue
            try:
                for code in u.codes:  # per line: every parcel of the order
                    match_parcel(self.ctx, code, household)
                saved += 1
            except UserError as exc:
                problems.append(self.tr("第 {row} 行：{message}").format(row=u.row, message=exc.message))
                left.append(u)
        self.result.unmatched = left
        self._show_unmatched(left, importable=True)
        text = self.tr("已为 {n} 件包裹选定住户。").format(n=saved)
        if problems:
            text += " " + " ".join(problems)
        self.ui.summaryLabel.setText(text)
        self._gate()


    # --- the keyboard in the unmatched lines ---

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.ui.unmatchedTable and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self.take_suggestion(self.ui.unmatchedTable.currentRow(), 0)
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
                return self.take_suggestion(self.ui.unmatchedTable.currentRow(), key - Qt.Key.Key_1)
        return super().eventFilter(watched, event)

    def take_suggestion(self, row: int, n: int) -> bool:
        """Give the parcel of an unmatched line its n-th suggestion (or the household typed in its
        last column, for Enter), save it at once and go on to the next line. False when there is
        nothing to take (the key then does what it does)."""
        if self.result is None or not 0 <= row < len(self.result.unmatched):
            return False
        u = self.result.unmatched[row]
        combo = self.ui.unmatchedTable.cellWidget(row, U_HOUSEHOLD)
        typed = household_of(combo) if combo is not None else ""
        if n == 0 and typed:
            household = typed
        elif n < len(u.suggestions):
            household = u.suggestions[n].code
        else:
            return False
        try:
            for parcel in u.codes:  # per line: every parcel of the order
                code = match_parcel(self.ctx, parcel, household)
        except UserError as exc:
            self.ui.summaryLabel.setText(self.tr("第 {row} 行：{message}").format(row=u.row, message=exc.message))
            return True
        del self.result.unmatched[row]
        self._show_unmatched(self.result.unmatched, importable=True)
        left = len(self.result.unmatched)
        self.ui.summaryLabel.setText(self.tr("第 {row} 行已分给 {code}；还有 {left} 件没有住户。").format(
            row=u.row, code=code, left=left))
        if left:
            self.ui.unmatchedTable.selectRow(min(row, left - 1))
        self.ui.unmatchedTable.setFocus()
        self._gate()
        return True


def open_manifest_dialog(ctx: Context, round_id: str, parent: QWidget | None = None) -> ManifestDialog:
    dialog = ManifestDialog(ctx, round_id, parent)
    dialog.exec()
    return dialog
