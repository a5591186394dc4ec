"""Door-delivery runs window (送货上门): choose households with parcels waiting (by flag, by
building, or ticked by hand), give them to a volunteer (a new run), print the delivery sheet, and
mark the run's households delivered, the selected ones or all, as door handovers by that
volunteer (through the counter's service)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget
from sqlalchemy import text

from pickuppoint.documents import delivery_sheet
from pickuppoint.domain.flags import FLAGS, flag_label
from pickuppoint.errors import UserError
from pickuppoint.money import format_yuan
from pickuppoint.services.context import Context
from pickuppoint.services.lists import runs as service
from pickuppoint.services.lists.scope import default_scope
from pickuppoint.ui import document_output as output
from pickuppoint.ui.forms.ui_runs_dialog import Ui_RunsDialog


class RunsDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_RunsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.run: service.Run | None = None
        ui.flagCombo.addItem(self.tr("所有住户"), None)
        for f in FLAGS:
            ui.flagCombo.addItem(flag_label(f), f)
        ui.buildingCombo.addItem(self.tr("全部楼栋"), None)
        with ctx.read() as s:
            for (b,) in s.execute(text("SELECT DISTINCT building FROM household ORDER BY sort_key")):
                if ui.buildingCombo.findData(b) < 0:
                    ui.buildingCombo.addItem(self.tr("{building}栋").format(building=b), b)
        for mode, label in (
            ("owed", self.tr("代付记账（以后结算）")),
            ("cash", self.tr("志愿者收了现金")),
            ("qr", self.tr("住户扫码付了")),
        ):
            ui.paymentCombo.addItem(label, mode)
        titles = [self.tr("住户"), self.tr("户主"), self.tr("包裹"), self.tr("应收（元）"), self.tr("状态")]
        ui.stopsTable.setColumnCount(len(titles))
        ui.stopsTable.setHorizontalHeaderLabels(titles)
        ui.stopsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.stopsTable.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ui.flagCombo.currentIndexChanged.connect(lambda _i: self.fill_candidates())
        ui.buildingCombo.currentIndexChanged.connect(lambda _i: self.fill_candidates())
        ui.checkAllButton.clicked.connect(self.check_all)
        ui.createButton.clicked.connect(self.create_run)
        ui.runCombo.currentIndexChanged.connect(lambda _i: self.show_run())
        ui.deliverSelectedButton.clicked.connect(self.deliver_selected)
        ui.deliverAllButton.clicked.connect(self.deliver_all)
        ui.printButton.clicked.connect(self.print_sheet)
        ui.closeButton.clicked.connect(self.accept)
        self.fill_candidates()
        self.fill_runs()

    # --- choosing ---

    def fill_candidates(self) -> None:
        lst = self.ui.candidatesList
        lst.clear()
        with self.ctx.read() as s:
            found = service.candidates(
                s, default_scope(self.ctx), self.ui.flagCombo.currentData(), self.ui.buildingCombo.currentData()
            )
        for c in found:
            words = f"　{c.flag_words}" if c.flags else ""
            item = QListWidgetItem(
                self.tr("{code}　{head}　{n} 件").format(code=c.code, head=c.head, n=len(c.parcels)) + words
            )
            item.setData(Qt.ItemDataRole.UserRole, c.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            lst.addItem(item)

    def check_all(self) -> None:
        for i in range(self.ui.candidatesList.count()):
            self.ui.candidatesList.item(i).setCheckState(Qt.CheckState.Checked)

    def checked(self) -> list[str]:
        lst = self.ui.candidatesList
        return [
            lst.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(lst.count())
            if lst.item(i).checkState() == Qt.CheckState.Checked
        ]

    def create_run(self) -> None:
        try:
            run_id = service.create(self.ctx, self.checked(), self.ui.volunteerEdit.text(), self.ui.phoneEdit.text())
        except UserError as exc:
            self.ui.messageLabel.setText(exc.message)
            return
        self.fill_candidates()
        self.fill_runs(run_id)
        self.ui.messageLabel.setText(
            self.tr("已新建送货单 {run}：{n} 户。可以打印送货单了。").format(
                run=run_id, n=len(self.run.stops) if self.run else 0
            )
        )

    # --- the run ---

    def fill_runs(self, select: str | None = None) -> None:
        combo = self.ui.runCombo
        combo.blockSignals(True)
        combo.clear()
        with self.ctx.read() as s:
            for r in service.runs(s):
                combo.addItem(
                    self.tr("{run}　{volunteer}　{at}").format(run=r.id, volunteer=r.volunteer, at=r.created_at), r.id
                )
        combo.setCurrentIndex(max(combo.findData(select), 0) if select else 0)
        combo.blockSignals(False)
        self.show_run()

    def show_run(self) -> None:
        run_id = self.ui.runCombo.currentData()
        self.run = service.get(self.ctx, run_id) if run_id else None
        table = self.ui.stopsTable
        stops = self.run.stops if self.run else []
        table.setRowCount(len(stops))
        for i, stop in enumerate(stops):
            values = [
                stop.household_code,
                stop.head,
                "、".join(f"{stop.shown(c)} {item}" for c, item, _s in stop.parcels),
                format_yuan(stop.due_cents) if stop.due_cents else "—",
                self.tr("已送达") if stop.delivered else self.tr("待送"),
            ]
            for j, v in enumerate(values):
                table.setItem(i, j, QTableWidgetItem(v))
        for b in (self.ui.deliverAllButton, self.ui.deliverSelectedButton, self.ui.printButton):
            b.setEnabled(self.run is not None)

    def _deliver(self, households: list[str] | None) -> None:
        if self.run is None:
            return
        try:
            n = service.deliver(self.ctx, self.run.id, households, self.ui.paymentCombo.currentData())
        except UserError as exc:
            self.ui.messageLabel.setText(exc.message)
            return
        self.show_run()
        self.ui.messageLabel.setText(
            self.tr("已登记送达 {n} 件（送货上门，志愿者 {volunteer}）。").format(n=n, volunteer=self.run.volunteer)
        )

    def deliver_selected(self) -> None:
        rows = sorted({i.row() for i in self.ui.stopsTable.selectedIndexes()})
        if not rows or self.run is None:
            self.ui.messageLabel.setText(self.tr("请先在送货单中选中已送达的住户。"))
            return
        self._deliver([self.run.stops[r].household_code for r in rows])

    def deliver_all(self) -> None:
        self._deliver(None)

    def ask_printer(self, pdf: bytes) -> QPrinter | None:
        """Qt's print dialog (tests replace this to print to a PDF file)."""
        return output.ask_printer(self, pdf)

    def print_sheet(self) -> None:
        if self.run is None:
            return
        run = self.run
        button = self.ui.printButton
        button.setEnabled(False)

        def done(_to: str) -> None:
            button.setEnabled(self.run is not None)
            self.ui.messageLabel.setText(self.tr("送货单已发送到打印机。"))

        def failed(message: str) -> None:
            button.setEnabled(self.run is not None)
            self.ui.messageLabel.setText(message)

        output.print_document(lambda: delivery_sheet.render_pdf(run)[0], self.ask_printer, done, failed,
                              on_cancelled=lambda: failed(""), owner=self)
