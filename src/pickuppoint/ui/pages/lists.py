"""The Lists page (名单): the uncollected list, previewed as it will print, printed in one click
(Qt's print dialog) or saved as PDF, Excel or CSV; the rounds it covers, vulnerable households
first, full phone numbers; and the day's report (今日日报).

On a coordinator's hub the list covers every point, or the points ticked, a heading and totals
per point and the totals of them all (services/lists/by_point.py); the day's report likewise.

The list is made off the GUI thread in two steps: the rows and the first page (shown at once,
well under a second for 10,000 households), then every page (the preview then scrolls through
all of them; printing waits for it, saving writes from the rows already read)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QListWidgetItem, QWidget

from pickuppoint.documents import by_point as point_documents
from pickuppoint.documents import uncollected as documents
from pickuppoint.services.context import Context
from pickuppoint.services.lists import by_point
from pickuppoint.services.lists import uncollected as service
from pickuppoint.services.lists.uncollected import UncollectedList
from pickuppoint.services.operators.roles import may, refusal
from pickuppoint.services.rounds import records as rounds
from pickuppoint.ui import document_output as output
from pickuppoint.ui.forms.ui_lists_page import Ui_ListsPage
from pickuppoint.ui.pages.base import Page
from pickuppoint.ui.pdf_printing import open_pdf
from pickuppoint.ui.tasks import run_in_background
from pickuppoint.ui.widgets import point_checks

SAVE_KINDS = ("pdf", "xlsx", "csv")


def first_page(ctx: Context, options: service.Options, points: list[str] | None = None,
               ) -> tuple[UncollectedList | by_point.PointsList, bytes, int]:
    """The list's rows and its first page; `points` (a coordinator's hub): by point."""
    if points is not None:
        data = by_point.uncollected_by_point(ctx, options, points)
        pdf, pages = point_documents.render_list_pdf(data, first_pages=1)
        return data, pdf, pages
    data = service.gather(ctx, options)
    pdf, pages = documents.render_pdf(data, first_pages=1)
    return data, pdf, pages


def render_all(data: UncollectedList | by_point.PointsList, cancelled) -> bytes:  # noqa: ANN001
    if isinstance(data, by_point.PointsList):
        return point_documents.render_list_pdf(data, cancelled=cancelled)[0]
    return documents.render_pdf(data, cancelled=cancelled)[0]


class ListsPage(Page):
    KINDS = frozenset({"round.", "parcel.", "handover.", "household."})

    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_ListsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.view = QPdfView(ui.previewHost)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("名单预览"))
        ui.previewLayout.addWidget(self.view, 1)
        self.doc: QPdfDocument | None = None
        self.hub = ctx.site.role == "coordinator"  # every point's list, by point
        self.data: UncollectedList | by_point.PointsList | None = None
        self.pdf: bytes | None = None  # every page, once made
        self.pages = 0
        self.generation = 0
        self.pending_printer: QPrinter | None = None
        self.printed_to: str | None = None
        self.saved_path: str | None = None
        self.report_dialog = None
        self._stale = True
        ui.printButton.clicked.connect(self.print_list)
        ui.saveButton.clicked.connect(self.save_as)
        ui.reportButton.clicked.connect(self.open_report)
        ui.ledgerButton.clicked.connect(self.open_ledger)
        ui.runsButton.clicked.connect(self.open_runs)
        ui.timetableButton.clicked.connect(self.open_timetable)
        self.timetable_dialog = None
        self.ledger_dialog = None
        self.runs_dialog = None
        ui.vulnerableCheck.toggled.connect(lambda _on: self.rebuild())
        ui.fullPhonesCheck.toggled.connect(lambda _on: self.rebuild())
        ui.roundsList.itemChanged.connect(lambda _i: self.rebuild())
        ui.pointsList.itemChanged.connect(lambda _i: self.rebuild())
        ui.pointsLabel.setVisible(self.hub)
        ui.pointsList.setVisible(self.hub)
        if self.hub:
            ui.titleLabel.setText(self.tr("未领取名单（各接驳点）"))
            ui.hintLabel.setText(self.tr("各接驳点已到货、还没人领的包裹：每个接驳点一段，按楼栋、单元和房号排列，"
                                         "有各点合计和总计。"))
        self._fill_rounds()
        self._follow_role()

    def _follow_role(self) -> None:
        """A volunteer prints the list with masked phones; the report, the ledger and runs are a
        community worker's (the services refuse them too, with the same sentence as the tooltip)."""
        ui = self.ui
        for widget, kind in ((ui.fullPhonesCheck, "phones.full"), (ui.reportButton, "reports"),
                             (ui.ledgerButton, "ledger"), (ui.runsButton, "run.created")):
            allowed = may(self.ctx, kind)
            if not allowed and widget is ui.fullPhonesCheck:
                widget.setChecked(False)
            widget.setEnabled(allowed)
            widget.setToolTip("" if allowed else refusal(self.ctx.operator, self.ctx.role, kind).message)
        if self.hub:  # the notice, the timetable and the runs are each point's own, for its residents
            for widget in (ui.timetableButton, ui.runsButton):
                widget.setEnabled(False)
                widget.setToolTip(self.tr("到货通知、错峰时间表和送货上门由各接驳点自己安排。"))

    def role_changed(self) -> None:
        self._follow_role()
        self.refresh()
        if self.isVisible():
            self.activated()

    # --- what the list covers ---

    def _fill_rounds(self) -> None:
        chosen = set(self.chosen_rounds())
        lst = self.ui.roundsList
        lst.blockSignals(True)
        lst.clear()
        with self.ctx.read() as s:
            for r in rounds.all_rounds(s):
                item = QListWidgetItem(self.tr("{name}（{date}）").format(name=r.name, date=r.date))
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if r.id in chosen else Qt.CheckState.Unchecked)
                lst.addItem(item)
        lst.blockSignals(False)
        if self.hub:
            point_checks.fill(self.ui.pointsList, self.ctx)

    def chosen_rounds(self) -> list[str]:
        lst = self.ui.roundsList
        return [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())
                if lst.item(i).checkState() == Qt.CheckState.Checked]

    def set_rounds(self, round_ids: list[str]) -> None:
        lst = self.ui.roundsList
        lst.blockSignals(True)
        for i in range(lst.count()):
            item = lst.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in round_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        lst.blockSignals(False)
        self.rebuild()

    def chosen_points(self) -> list[str]:
        return point_checks.chosen(self.ui.pointsList)

    def set_points(self, site_ids: list[str]) -> None:
        point_checks.choose(self.ui.pointsList, site_ids)
        self.rebuild()

    def options(self) -> service.Options:
        return service.Options(self.chosen_rounds(), self.ui.vulnerableCheck.isChecked(),
                               self.ui.fullPhonesCheck.isChecked())

    # --- making the list ---

    def activated(self) -> None:
        if self._stale:
            self._fill_rounds()
            self.rebuild()

    def refresh(self) -> None:
        self._stale = True
        if self.isVisible():
            self.activated()

    def ready(self) -> bool:
        """Every page is made (printing and the full preview can go)."""
        return self.pdf is not None

    def rebuild(self) -> None:
        self._stale = False
        self.generation += 1
        generation = self.generation
        self.pdf = None
        self.ui.summaryLabel.setText(self.tr("正在生成名单……"))
        self.ui.printButton.setEnabled(True)
        run_in_background(first_page, self.ctx, self.options(), self.chosen_points() if self.hub else None,
                          on_done=lambda r: self._first_done(generation, *r),
                          on_failed=lambda m: self._failed(generation, m))

    def _first_done(self, generation: int, data: UncollectedList | by_point.PointsList, pdf: bytes,
                    pages: int) -> None:
        if generation != self.generation:
            return
        self.data, self.pages = data, pages
        self._show(pdf)
        self._summary(rendering=pages > 1)
        if pages <= 1:
            self._all_done(generation, pdf)
            return
        run_in_background(self._render_all, data, generation,
                          on_done=lambda pdf: self._all_done(generation, pdf),
                          on_failed=lambda m: self._failed(generation, m))

    def _render_all(self, data: UncollectedList | by_point.PointsList, generation: int) -> bytes:
        return render_all(data, lambda: generation != self.generation)

    def _all_done(self, generation: int, pdf: bytes) -> None:
        if generation != self.generation:
            return
        self.pdf = pdf
        if self.pages > 1:
            page = self.view.pageNavigator().currentPage()
            self._show(pdf)
            self.view.pageNavigator().jump(min(page, self.pages - 1), self.view.pageNavigator().currentLocation())
        self._summary(rendering=False)
        if self.pending_printer is not None:
            printer, self.pending_printer = self.pending_printer, None
            self._print_to(printer)

    def _show(self, pdf: bytes) -> None:
        old = self.doc
        self.doc = open_pdf(pdf, self)
        self.view.setDocument(self.doc)
        if old is not None:
            old.deleteLater()

    def _summary(self, rendering: bool) -> None:
        d = self.data
        if d is None:
            return
        if not d.rows:
            text = self.tr("所选批次已到货的包裹都已领取，名单是空的。")
        else:
            text = self.tr("共 {households} 户、{parcels} 件未领取，{pages} 页 A4。").format(
                households=d.total.households, parcels=d.total.parcels, pages=self.pages)
        if isinstance(d, by_point.PointsList):  # each point's figures beside its tick box (the list scrolls)
            points = sum(1 for p, _l in d.parts if p.site_id)
            text += "\n" + self.tr("{n} 个接驳点，各点分开列出并合计。").format(n=points)
            point_checks.show_counts(self.ui.pointsList, {
                p.site_id: self.tr("{point}：{households} 户、{parcels} 件").format(
                    point=p.label, households=part.total.households, parcels=part.total.parcels)
                for p, part in d.parts})
        if rendering:
            text += "\n" + self.tr("正在生成其余各页，可以先看第一页。")
        self.ui.summaryLabel.setText(text)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self.generation:
            self.pending_printer = None
            self.ui.summaryLabel.setText(message)

    # --- print and save ---

    def ask_printer(self) -> QPrinter | None:
        """Qt's print dialog (tests replace this to print to a PDF file)."""
        return output.ask_printer(self, self.doc, self.tr("打印未领取名单"))

    def print_list(self) -> None:
        printer = self.ask_printer()
        if printer is None:
            return
        if not self.ready():
            self.pending_printer = printer
            self.status_message.emit(self.tr("名单生成好后马上打印……"))
            return
        self._print_to(printer)

    def _print_to(self, printer: QPrinter) -> None:
        """Printed off the GUI thread: the page stays usable while hundreds of pages go out."""
        assert self.pdf is not None
        pages = self.pages

        def done(to: str) -> None:
            self.printed_to = to
            self.status_message.emit(self.tr("已发送到打印机：未领取名单 {pages} 页。").format(pages=pages))

        output.print_pdf_later(self.pdf, printer, done, self.ui.summaryLabel.setText, owner=self)

    def ask_path(self) -> str:
        """Where to save (Qt's save dialog); tests replace this."""
        names = self.data.round_names if self.data else ""
        return output.ask_save_path(self, self.tr("另存未领取名单"),
                                    self.tr("未领取名单_{rounds}").format(rounds=names), SAVE_KINDS)

    def save_as(self) -> None:
        if self.data is None:
            return
        path = self.ask_path()
        if not path:
            return
        data, pdf = self.data, self.pdf

        def write(tmp: Path, kind: str) -> None:
            if kind == "pdf" and pdf is not None:
                tmp.write_bytes(pdf)
            elif isinstance(data, by_point.PointsList):
                point_documents.write_list(data, tmp, kind)
            else:
                documents.write(data, tmp, kind)

        def done(p: str) -> None:
            self.saved_path = p
            self.status_message.emit(self.tr("未领取名单已保存到 {path}").format(path=p))
            self._summary(rendering=not self.ready())

        output.save_document(path, SAVE_KINDS, write, done, self.ui.summaryLabel.setText, owner=self)

    # --- the day's report ---

    def open_report(self) -> None:
        from pickuppoint.ui.dialogs.daily_report_dialog import DailyReportDialog

        self.report_dialog = DailyReportDialog(self.ctx, self)
        self.report_dialog.open()

    def open_ledger(self) -> None:
        from pickuppoint.ui.dialogs.ledger_dialog import LedgerDialog

        self.ledger_dialog = LedgerDialog(self.ctx, self)
        self.ledger_dialog.open()

    def open_runs(self) -> None:
        from pickuppoint.ui.dialogs.runs_dialog import RunsDialog

        self.runs_dialog = RunsDialog(self.ctx, self)
        self.runs_dialog.open()

    def open_timetable(self) -> None:
        """The notice and the timetable of the list shown (its rounds, its parcels waiting)."""
        if self.data is None or isinstance(self.data, by_point.PointsList):
            return
        from pickuppoint.ui.dialogs.timetable_dialog import TimetableDialog

        self.timetable_dialog = TimetableDialog(self.data, self)
        self.timetable_dialog.open()
