"""The day's report window (接驳点日报): the day's figures in a table, the text for the WeChat work
group with a copy button, print (Qt's print dialog) and save as PDF or Excel. Figures are read
off the GUI thread. On a coordinator's hub: every point or those ticked, all of them together
first, then a part per point (services/lists/by_point.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from pickuppoint.documents import by_point as point_documents
from pickuppoint.documents import daily_report as documents
from pickuppoint.money import format_yuan
from pickuppoint.services.context import Context
from pickuppoint.services.lists import by_point, daily
from pickuppoint.services.lists.daily import DailyReport
from pickuppoint.ui import document_output as output
from pickuppoint.ui.forms.ui_daily_report_dialog import Ui_DailyReportDialog
from pickuppoint.ui.tasks import run_in_background
from pickuppoint.ui.widgets import point_checks

KINDS = ("pdf", "xlsx")


class DailyReportDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_DailyReportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.report: DailyReport | None = None
        self.by_point: by_point.PointsReport | None = None  # a hub's report
        self.hub = ctx.site.role == "coordinator"
        self.saved_path: str | None = None
        self.generation = 0
        ui.figuresTable.setColumnCount(3)
        ui.figuresTable.setHorizontalHeaderLabels([self.tr("项目"), self.tr("件数"), self.tr("金额（元）")])
        header = ui.figuresTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        ui.pointLabel.setText(ctx.site.name)
        ui.pointsLabel.setVisible(self.hub)
        ui.pointsList.setVisible(self.hub)
        if self.hub:
            self.setWindowTitle(self.tr("日报（各接驳点）"))
            ui.pointsList.setWrapping(True)
            point_checks.fill(ui.pointsList, ctx)
            ui.pointsList.itemChanged.connect(lambda _i: self.reload())
        ui.dateEdit.setDate(QDate.currentDate())
        ui.dateEdit.setMaximumDate(QDate.currentDate())
        ui.dateEdit.dateChanged.connect(lambda _d: self.reload())
        ui.copyButton.clicked.connect(self.copy_text)
        ui.printButton.clicked.connect(self.print_report)
        ui.saveButton.clicked.connect(self.save_as)
        ui.closeButton.clicked.connect(self.accept)
        self.reload()

    def day(self):  # noqa: ANN201 - datetime.date
        return self.ui.dateEdit.date().toPython()

    def reload(self) -> None:
        self.generation += 1
        generation = self.generation
        self._buttons(False)
        self.ui.messageLabel.setText(self.tr("正在统计……"))
        if self.hub:
            run_in_background(by_point.daily_by_point, self.ctx, self.day(), point_checks.chosen(self.ui.pointsList),
                              on_done=lambda r: self._show_points(generation, r),
                              on_failed=lambda m: self.ui.messageLabel.setText(m))
            return
        run_in_background(
            daily.gather,
            self.ctx,
            self.day(),
            on_done=lambda r: self._show(generation, r),
            on_failed=lambda m: self.ui.messageLabel.setText(m),
        )

    def _buttons(self, on: bool) -> None:
        for b in (self.ui.copyButton, self.ui.printButton, self.ui.saveButton):
            b.setEnabled(on)

    def _show_points(self, generation: int, data: by_point.PointsReport) -> None:
        """All the points together, then each point: a heading with its name, its figures."""
        if generation != self.generation:
            return
        self.by_point = data
        parts = [(self.tr("全部接驳点合计：{points}").format(points=by_point.points_line(data.parts)), data.total)]
        parts += [(p.label, r) for p, r in data.parts]
        self._show(generation, data.total, parts)
        self.ui.wechatText.setPlainText("\n".join(daily.wechat_text(r) for _p, r in data.parts)
                                        + "\n" + daily.wechat_text(data.total))

    def _show(self, generation: int, report: DailyReport,
              parts: list[tuple[str, DailyReport]] | None = None) -> None:
        if generation != self.generation:
            return
        self.report = report
        table = self.ui.figuresTable
        rows: list[tuple[str, str, str, bool]] = []
        for title, part in parts or [("", report)]:
            if title:
                rows.append(("【" + title + "】", "", "", True))
            for heading, items in documents.sections(part):
                rows.append((heading, "", "", True))
                for item, n, cents in items:
                    rows.append(("    " + item, "" if n is None else f"{n:,}",
                                 "" if cents is None else format_yuan(cents), False))
        table.setRowCount(len(rows))
        bold = QFont(table.font())
        bold.setBold(True)
        for i, (a, b, c, heading) in enumerate(rows):
            for j, value in enumerate((a, b, c)):
                cell = QTableWidgetItem(value)
                if j:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if heading:
                    cell.setFont(bold)
                table.setItem(i, j, cell)
        table.resizeRowsToContents()
        self.ui.wechatText.setPlainText(daily.wechat_text(report))
        self.ui.messageLabel.setText("")
        self.ui.wechatText.verticalScrollBar().setValue(0)
        self._buttons(True)

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.ui.wechatText.toPlainText())
        self.ui.messageLabel.setText(self.tr("已复制，可以粘贴到微信工作群。"))

    def _failed(self, message: str) -> None:
        self._buttons(self.report is not None)
        self.ui.messageLabel.setText(message)

    def ask_printer(self, pdf: bytes) -> QPrinter | None:
        """Qt's print dialog (tests replace this to print to a PDF file)."""
        return output.ask_printer(self, pdf)

    def print_report(self) -> None:
        if self.report is None:
            return
        self._buttons(False)
        output.print_document(self._pdf_maker(), self.ask_printer, self._printed, self._failed,
                              on_cancelled=lambda: self._failed(""), owner=self)

    def _printed(self, _to: str) -> None:
        self._buttons(True)
        self.ui.messageLabel.setText(self.tr("已发送到打印机。"))

    def _pdf_maker(self) -> Callable[[], bytes]:
        """The report as printed, made off the GUI thread: by point on a hub."""
        points, report = (self.by_point if self.hub else None), self.report
        if points is not None:
            return lambda: point_documents.render_report_pdf(points)[0]
        return lambda: documents.render_pdf(report)[0]

    def ask_path(self) -> str:
        """Where to save (Qt's save dialog); tests replace this."""
        return output.ask_save_path(self, self.tr("另存日报"),
                                    self.tr("日报_{date}").format(date=self.day().isoformat()), KINDS)

    def save_as(self) -> None:
        if self.report is None:
            return
        path = self.ask_path()
        if not path:
            return
        report = self.report
        points = self.by_point if self.hub else None

        def done(p: str) -> None:
            self._buttons(True)
            self.saved_path = p
            self.ui.messageLabel.setText(self.tr("已保存到 {path}").format(path=p))

        self._buttons(False)
        if points is not None:
            output.save_document(path, KINDS, lambda tmp, kind: point_documents.write_report(points, tmp, kind),
                                 done, self._failed, owner=self)
            return
        output.save_document(path, KINDS, lambda tmp, kind: documents.write(report, tmp, kind), done,
                             self._failed, owner=self)
