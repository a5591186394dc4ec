"""The Rounds page: the rounds with their counts (expected, received, collected, unmatched) and
the selected round's parcels (filter by status and building, search), with the round's actions:
new / edit round, import the supplier's manifest, allocate a pack per household, print labels,
and give an unmatched parcel its household."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import QHeaderView, QWidget

from pickuppoint.services.context import Context
from pickuppoint.services.operators.roles import may, refusal
from pickuppoint.services.parcels.view import status_label
from pickuppoint.services.rounds import records as rounds
from pickuppoint.services.rounds import view as round_view
from pickuppoint.services.rounds.view import ParcelFilter
from pickuppoint.ui.dialogs.allocation_dialog import AllocationDialog
from pickuppoint.ui.dialogs.manifest_dialog import ManifestDialog
from pickuppoint.ui.dialogs.match_dialog import MatchDialog
from pickuppoint.ui.dialogs.round_dialog import RoundDialog
from pickuppoint.ui.forms.ui_rounds_page import Ui_RoundsPage
from pickuppoint.ui.models import rounds_model as rm
from pickuppoint.ui.models.rounds_model import ParcelsModel, RoundsModel
from pickuppoint.ui.pages.base import Page

SEARCH_DELAY_MS = 150


class RoundsPage(Page):
    KINDS = frozenset({"round.", "parcel.", "handover.", "household."})

    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_RoundsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.rounds = RoundsModel(ctx, self)
        self.parcels = ParcelsModel(ctx, self)
        ui.roundsTable.setModel(self.rounds)
        ui.parcelsTable.setModel(self.parcels)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 5)
        ui.statusCombo.addItem(self.tr("全部状态"), None)
        for status in round_view.STATUSES:
            ui.statusCombo.addItem(status_label(status), status)
        ui.statusCombo.addItem(self.tr("未匹配住户"), round_view.UNMATCHED)
        ui.buildingCombo.addItem(self.tr("全部楼栋"), None)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.show_parcels)
        ui.searchEdit.textChanged.connect(lambda _t: self._debounce.start())
        ui.statusCombo.currentIndexChanged.connect(self.show_parcels)
        ui.buildingCombo.currentIndexChanged.connect(self.show_parcels)
        ui.newRoundButton.clicked.connect(self.new_round)
        ui.editRoundButton.clicked.connect(self.edit_round)
        ui.roundsTable.doubleClicked.connect(lambda _i: self.edit_round())
        ui.importButton.clicked.connect(self.import_manifest)
        ui.allocateButton.clicked.connect(self.allocate)
        ui.labelsButton.clicked.connect(self.print_labels)
        ui.matchButton.clicked.connect(self.match_selected)
        ui.parcelsTable.doubleClicked.connect(lambda _i: self.match_selected())
        self._current: str | None = None
        self._stale = False
        self.rounds.reload()
        ui.roundsTable.selectionModel().currentRowChanged.connect(lambda _c, _p: self._round_changed())
        self._select(self.rounds.round(0).id if self.rounds.rowCount() else None)
        self._size_columns()

    # --- the round ---

    def current_round(self) -> rounds.RoundData | None:
        index = self.ui.roundsTable.currentIndex()
        return self.rounds.round(index.row()) if index.isValid() else None

    def _select(self, round_id: str | None) -> None:
        row = self.rounds.row_of(round_id) if round_id else -1
        if row >= 0:
            self.ui.roundsTable.selectionModel().setCurrentIndex(
                self.rounds.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._round_changed()

    def _round_changed(self) -> None:
        r = self.current_round()
        self._current = r.id if r else None
        ui = self.ui
        for button in (ui.editRoundButton, ui.importButton, ui.allocateButton):
            button.setEnabled(r is not None)
        ui.labelsButton.setEnabled(r is not None)
        if r is not None:
            ui.allocateButton.setEnabled(r.kind == "allocation")
            if r.kind == "allocation":
                ui.allocateButton.setToolTip(self.tr("统一配发批次：给每户（或有某标记的住户）一份"))
            else:
                ui.allocateButton.setToolTip(self.tr("订单批次的包裹来自供应商的订单表，请用“导入订单”。"))
            ui.parcelsTitle.setText(self.tr("“{name}”的包裹").format(name=r.name))
        self._follow_role()
        self._fill_buildings()
        self.show_parcels()

    def _follow_role(self) -> None:
        """A volunteer prints labels but neither creates rounds nor imports or allocates parcels
        (the services refuse it too, with the same sentence as the tooltip)."""
        ui = self.ui
        for button, kind in ((ui.newRoundButton, "round.created"), (ui.editRoundButton, "round.updated"),
                             (ui.importButton, "parcel.added"), (ui.allocateButton, "parcel.added"),
                             (ui.matchButton, "parcel.updated")):
            if not may(self.ctx, kind):
                button.setEnabled(False)
                button.setToolTip(refusal(self.ctx.operator, self.ctx.role, kind).message)
            else:
                if button is ui.newRoundButton:
                    button.setEnabled(True)
                if button is not ui.allocateButton:  # allocate keeps the tooltip set above
                    button.setToolTip("")

    def role_changed(self) -> None:
        self._round_changed()
        self.refresh()

    def _fill_buildings(self) -> None:
        combo = self.ui.buildingCombo
        chosen = combo.currentData()
        buildings: list[str] = []
        if self._current:
            with self.ctx.read() as s:
                buildings = round_view.buildings(s, self._current)
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for b in buildings:
            combo.addItem(self.tr("{building}栋").format(building=b), b)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        combo.blockSignals(False)

    # --- the parcels ---

    def current_filter(self) -> ParcelFilter | None:
        if not self._current:
            return None
        return ParcelFilter(self._current, self.ui.statusCombo.currentData(),
                            self.ui.buildingCombo.currentData(), self.ui.searchEdit.text())

    def show_parcels(self) -> None:
        self._debounce.stop()
        self.parcels.set_filter(self.current_filter())
        self._after_parcels()

    def _after_parcels(self) -> None:
        self.ui.countLabel.setText(self.tr("共 {n} 件").format(n=self.parcels.total))
        p = self.selected_parcel()
        self.ui.matchButton.setEnabled(p is not None and not p.household_code and may(self.ctx, "parcel.updated"))

    def selected_parcel(self):  # noqa: ANN201 - ParcelRow | None
        index = self.ui.parcelsTable.currentIndex()
        return self.parcels.parcel(index.row()) if index.isValid() else None

    def _size_columns(self) -> None:
        fm = self.ui.parcelsTable.fontMetrics()
        header = self.ui.parcelsTable.horizontalHeader()
        samples = {rm.P_CODE: "DD2204100001X", rm.P_HOUSEHOLD: "10-2-1804", rm.P_HEAD: "欧阳建国",
                   rm.P_RECIPIENT: "欧阳建国", rm.P_ADDRESS: "白竹亭小区3号楼2单元501室",
                   rm.P_ITEMS: "蔬菜包+水果包", rm.P_AMOUNT: "139.90", rm.P_PAYMENT: "付款",
                   rm.P_STATUS: "待领取（多到）"}
        for col, sample in samples.items():
            header.resizeSection(col, fm.horizontalAdvance(sample) + 28)
        rheader = self.ui.roundsTable.horizontalHeader()
        rheader.resizeSection(rm.R_NAME, fm.horizontalAdvance("政府保供物资包（第二批）") + 28)
        rheader.resizeSection(rm.R_ITEM, fm.horizontalAdvance("政府保供物资包（米、油、蔬菜）") + 28)
        for col in (rm.R_KIND, rm.R_DATE, rm.R_PRICE, rm.R_EXPECTED, rm.R_RECEIVED, rm.R_COLLECTED,
                    rm.R_UNMATCHED):
            rheader.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        rheader.setStretchLastSection(False)
        rheader.setSectionResizeMode(rm.R_ITEM, QHeaderView.ResizeMode.Stretch)
        for table in (self.ui.parcelsTable, self.ui.roundsTable):
            table.verticalHeader().setDefaultSectionSize(fm.height() + 10)
        self.ui.parcelsTable.selectionModel().currentRowChanged.connect(lambda _c, _p: self._after_parcels())

    # --- redraw ---

    def refresh(self) -> None:
        """Redraw now when shown; otherwise when the page is brought to the front."""
        if not self.isVisible():
            self._stale = True
            return
        self._reload()

    def activated(self) -> None:
        if self._stale:
            self._reload()

    def _reload(self) -> None:
        self._stale = False
        current = self._current
        self.rounds.reload()
        self._select(current)

    # --- actions ---

    def new_round(self) -> None:
        dialog = RoundDialog(self.ctx, None, self)
        if dialog.exec() and dialog.saved:
            self.rounds.reload()
            self._select(dialog.saved.id)
            self.status_message.emit(self.tr("已新建批次“{name}”。").format(name=dialog.saved.name))

    def edit_round(self) -> None:
        r = self.current_round()
        if r is None:
            return
        dialog = RoundDialog(self.ctx, r.id, self)
        if dialog.exec() and dialog.saved:
            self.rounds.reload()
            self._select(r.id)
            self.status_message.emit(self.tr("已保存批次“{name}”。").format(name=dialog.saved.name))

    def import_manifest(self) -> None:
        r = self.current_round()
        if r is None:
            return
        dialog = ManifestDialog(self.ctx, r.id, self)
        dialog.exec()
        self._reload()

    def allocate(self) -> None:
        r = self.current_round()
        if r is None:
            return
        dialog = AllocationDialog(self.ctx, r.id, self)
        if dialog.exec() and dialog.result is not None:
            self._reload()
            self.status_message.emit(self.tr("已配发给 {households} 户，共 {parcels} 件。").format(
                households=dialog.result.households, parcels=dialog.result.parcels))

    def print_labels(self) -> None:
        r = self.current_round()
        if r is None:
            return
        from pickuppoint.ui.dialogs.labels_dialog import open_labels_dialog  # when first wanted

        open_labels_dialog(self.ctx, r.id, self)

    def match_selected(self) -> None:
        p = self.selected_parcel()
        if p is None or p.household_code:
            return
        dialog = MatchDialog(self.ctx, p, self)
        if dialog.exec() and dialog.matched:
            self._reload()
            self.status_message.emit(self.tr("包裹 {code} 已分给住户 {household}。").format(
                code=p.shown, household=dialog.matched))
