"""The roster import wizard (forms/import_wizard.ui): choose the file (and the sheet), check the
columns on a preview, read the report of errors and warnings, import with a progress bar.

Reading and checking run off the GUI thread (`run_in_background`), the import on the window's
write thread (`run_write`, so closing the window waits for it); the import is one transaction,
so it writes everything or nothing. The Households page opens it with
`open_import_wizard(ctx, parent)`."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget, QWizard

from pickuppoint.services.context import Context
from pickuppoint.services.households.roster_columns import missing_address, short_label
from pickuppoint.services.households.roster_import import (
    ImportPlan,
    ImportResult,
    Roster,
    apply_import,
    plan_roster,
    read_roster,
)
from pickuppoint.ui.dialogs.import_mapping import MappingTable
from pickuppoint.ui.forms.ui_import_wizard import Ui_ImportWizard
from pickuppoint.ui.models.import_issues_model import ERROR_COLOUR, IssuesModel
from pickuppoint.ui.tasks import run_in_background, run_write

FILE_PAGE, MAPPING_PAGE, REPORT_PAGE, IMPORT_PAGE = range(4)
RED = ERROR_COLOUR.name()

_open: set[ImportWizard] = set()


def open_import_wizard(ctx: Context, parent: QWidget | None = None) -> None:
    """Show the wizard (window-modal); the pages showing households redraw when it imports."""
    wizard = ImportWizard(ctx, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open.add(wizard)
    wizard.finished.connect(lambda _result: _open.discard(wizard))
    wizard.open()


class ImportWizard(QWizard):
    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self.roster: Roster | None = None
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.busy = False  # importing: the wizard cannot be closed
        self._request = 0  # answers to older requests (another file, another sheet) are dropped
        self._sheet: str | None = None
        for button, text in ((QWizard.WizardButton.BackButton, self.tr("上一步")),
                             (QWizard.WizardButton.NextButton, self.tr("下一步")),
                             (QWizard.WizardButton.CommitButton, self.tr("导入")),
                             (QWizard.WizardButton.FinishButton, self.tr("完成")),
                             (QWizard.WizardButton.CancelButton, self.tr("取消"))):
            self.setButtonText(button, text)
        ui = self.ui
        ui.reportPage.setCommitPage(True)
        ui.filePage.set_complete(False)
        self._show_sheets([])
        self._debounce = QTimer(self, singleShot=True, interval=400)
        self._debounce.timeout.connect(self._load)
        ui.fileEdit.textChanged.connect(self._path_changed)
        ui.browseButton.clicked.connect(self._browse)
        ui.sheetCombo.activated.connect(self._sheet_chosen)
        self.mapping = MappingTable(ui.previewTable)
        self.mapping.changed.connect(self._mapping_changed)
        self.issues = IssuesModel(self)
        ui.issuesView.setModel(self.issues)
        header = ui.issuesView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ui.skipErrorsCheck.toggled.connect(self._gate_report)

    # --- page 1: the file -------------------------------------------------------------------

    def choose_file(self, path: str) -> None:
        """As if the user chose `path` (reads it at once)."""
        self.ui.fileEdit.setText(path)
        self._debounce.stop()
        self._load()

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("选择住户名册"), self.ui.fileEdit.text(),
            self.tr("表格文件 (*.xlsx *.csv);;所有文件 (*)"))
        if path:
            self.choose_file(path)

    def _path_changed(self) -> None:
        self._sheet = None
        self.roster = None
        self.ui.filePage.set_complete(False)
        self._debounce.start()

    def _sheet_chosen(self, _index: int) -> None:
        self._sheet = self.ui.sheetCombo.currentText()
        self._load()

    def _load(self) -> None:
        path = self.ui.fileEdit.text().strip().strip('"')
        self._request += 1
        request = self._request
        self.roster = None
        self.ui.filePage.set_complete(False)
        if not path:
            self._status(self.ui.fileStatus, "")
            return
        self._status(self.ui.fileStatus, self.tr("正在读取……"))
        run_in_background(read_roster, path, self._sheet,
                          on_done=lambda roster: self._loaded(request, roster),
                          on_failed=lambda message: self._load_failed(request, message))

    def _loaded(self, request: int, roster: Roster) -> None:
        if not shiboken6.isValid(self) or request != self._request:
            return
        self.roster = roster
        table = roster.table
        self._show_sheets(table.sheets, table.sheet)
        rows = len(table.rows)
        if table.sheet:
            text = self.tr("工作表“{sheet}”：表头在第 {header} 行，下面有 {n} 行。").format(
                sheet=table.sheet, header=table.header_row, n=rows)
        else:
            text = self.tr("表头在第 {header} 行，下面有 {n} 行。").format(header=table.header_row, n=rows)
        self._status(self.ui.fileStatus, text)
        self.ui.filePage.set_complete(True)

    def _load_failed(self, request: int, message: str) -> None:
        if not shiboken6.isValid(self) or request != self._request:
            return
        self._status(self.ui.fileStatus, message, error=True)

    def _show_sheets(self, sheets: list[str], current: str | None = None) -> None:
        ui = self.ui
        ui.sheetCombo.blockSignals(True)
        ui.sheetCombo.clear()
        ui.sheetCombo.addItems(sheets)
        if current:
            ui.sheetCombo.setCurrentText(current)
        ui.sheetCombo.blockSignals(False)
        ui.sheetLabel.setVisible(bool(sheets))
        ui.sheetCombo.setVisible(bool(sheets))

    # --- page 2: the columns ----------------------------------------------------------------

    def _show_mapping(self) -> None:
        assert self.roster is not None
        self.mapping.show(self.roster)
        self._mapping_changed()

    def _mapping_changed(self) -> None:
        roster = self.mapping.roster
        assert roster is not None
        self.roster = roster
        problem = missing_address(roster.mapping)
        if problem:
            self._status(self.ui.mappingStatus, self.tr(
                "请指定哪一列是房号（或完整地址）：没有它就不知道每一户住在哪里。"), error=True)
        else:
            used = [short_label(f) for _i, f in sorted(roster.mapping.items())]
            unused = [h or str(i + 1) for i, h in enumerate(roster.headers) if i not in roster.mapping]
            text = self.tr("将导入：{used}。").format(used="、".join(dict.fromkeys(used)))
            if unused:
                text += self.tr("不导入的列：{unused}。").format(unused="、".join(unused))
            self._status(self.ui.mappingStatus, text)
        self.ui.mappingPage.set_complete(problem is None)

    # --- page 3: the report -----------------------------------------------------------------

    def _check(self) -> None:
        assert self.roster is not None
        ui = self.ui
        self.plan = None
        self._request += 1
        request = self._request
        ui.reportPage.set_complete(False)
        ui.checkingBar.show()
        for label in (ui.newCount, ui.updatedCount, ui.unchangedCount, ui.errorCount, ui.warningCount):
            label.clear()
        self.issues.set_issues([], [])
        ui.skipErrorsCheck.setChecked(False)
        ui.skipErrorsCheck.setEnabled(False)
        self._status(ui.reportStatus, self.tr("正在检查 {n} 行……").format(n=len(self.roster.table.rows)))
        run_in_background(plan_roster, self.ctx, self.roster,
                          on_done=lambda plan: self._checked(request, plan),
                          on_failed=lambda message: self._check_failed(request, message))

    def _checked(self, request: int, plan: ImportPlan) -> None:
        if not shiboken6.isValid(self) or request != self._request:
            return
        ui = self.ui
        self.plan = plan
        ui.checkingBar.hide()
        count = self.tr("{label}：<b>{n}</b>")
        ui.newCount.setText(count.format(label=self.tr("新增住户"), n=len(plan.new_rows)))
        ui.updatedCount.setText(count.format(label=self.tr("更新住户"), n=len(plan.updated_rows)))
        ui.unchangedCount.setText(count.format(label=self.tr("没有变化"), n=len(plan.unchanged_rows)))
        errors = count.format(label=self.tr("有错误的行"), n=len(plan.error_rows))
        ui.errorCount.setText(f'<span style="color:{RED}">{errors}</span>' if plan.errors else errors)
        ui.warningCount.setText(count.format(label=self.tr("警告"), n=len(plan.warnings)))
        self.issues.set_issues(plan.errors, plan.warnings, plan.updates)
        ui.skipErrorsCheck.setEnabled(bool(plan.errors))
        self._gate_report()

    def _check_failed(self, request: int, message: str) -> None:
        if not shiboken6.isValid(self) or request != self._request:
            return
        self.ui.checkingBar.hide()
        self._status(self.ui.reportStatus, message, error=True)

    def _gate_report(self) -> None:
        plan = self.plan
        if plan is None:
            return
        skip = self.ui.skipErrorsCheck.isChecked()
        if plan.errors and not skip:
            self._status(self.ui.reportStatus, self.tr(
                "有 {n} 行有错误，现在不能导入：改正名册后重新选择文件，或勾选“跳过有错误的行”。"
            ).format(n=len(plan.error_rows)), error=True)
        elif not plan.new_rows and not plan.updated_rows:
            self._status(self.ui.reportStatus, self.tr("没有需要导入的变化：名册里的住户都已登记，内容也一样。"))
        elif plan.errors:
            self._status(self.ui.reportStatus, self.tr(
                "将跳过 {n} 行有错误的行，导入其余的行。点击“导入”开始。").format(n=len(plan.error_rows)))
        else:
            self._status(self.ui.reportStatus, self.tr("点击“导入”开始。"))
        self.ui.reportPage.set_complete(not plan.errors or skip)

    # --- page 4: the import -----------------------------------------------------------------

    def _import(self) -> None:
        assert self.plan is not None
        ui = self.ui
        self.busy = True
        ui.importPage.set_complete(False)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        ui.progressBar.setRange(0, 0)
        ui.resultLabel.clear()
        self._status(ui.importStatus, self.tr("正在导入……"))
        run_write(apply_import, self.ctx, self.plan, ui.skipErrorsCheck.isChecked(),
                          on_done=self._imported, on_failed=self._import_failed,
                          on_progress=self._progress)

    def _progress(self, done: int, total: int) -> None:
        if not shiboken6.isValid(self):
            return
        self.ui.progressBar.setRange(0, max(total, 1))
        self.ui.progressBar.setValue(done)
        self._status(self.ui.importStatus, self.tr("正在导入：{done} / {total} 户……").format(
            done=done, total=total))

    def _imported(self, result: ImportResult) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.result = result
        ui = self.ui
        ui.progressBar.setRange(0, 1)
        ui.progressBar.setValue(1)
        self._status(ui.importStatus, self.tr("导入完成。"))
        ui.resultLabel.setText(self.tr(
            "新增 {new} 户，更新 {updated} 户，{same} 户没有变化，跳过 {skipped} 行。").format(
            new=result.imported, updated=result.updated, same=result.unchanged, skipped=result.skipped))
        self._finish_import()

    def _import_failed(self, message: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.ui.progressBar.setRange(0, 1)
        self.ui.progressBar.setValue(0)
        self._status(self.ui.importStatus, message, error=True)
        self.ui.resultLabel.setText(self.tr("没有导入任何住户。"))
        self._finish_import()

    def _finish_import(self) -> None:
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self.ui.importPage.set_complete(True)

    # --- the wizard -------------------------------------------------------------------------

    def initializePage(self, page_id: int) -> None:  # noqa: N802 - Qt
        super().initializePage(page_id)
        if page_id == MAPPING_PAGE:
            self._show_mapping()
        elif page_id == REPORT_PAGE:
            self._check()
        elif page_id == IMPORT_PAGE:
            self._import()

    def reject(self) -> None:
        if not self.busy:  # an import under way finishes first (it takes seconds)
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt
        if self.busy:
            event.ignore()
        else:
            super().closeEvent(event)

    @staticmethod
    def _status(label, text: str, error: bool = False) -> None:  # noqa: ANN001 - QLabel
        label.setStyleSheet(f"color: {RED};" if error else "")
        label.setText(text)
