"""The Households page: the roster in a table that loads as it scrolls, search as you type
(room `3-2-501`, `32501` or `501`, name, phone or its last four digits), filters by building and
flag, and the detail dialog (double-click or Enter)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from pickuppoint.domain.flags import FLAGS, flag_label
from pickuppoint.errors import UserError
from pickuppoint.services.context import Context
from pickuppoint.services.households import records as households
from pickuppoint.services.operators.roles import may, refusal
from pickuppoint.ui.dialogs.household_dialog import edit_household
from pickuppoint.ui.forms.ui_households_page import Ui_HouseholdsPage
from pickuppoint.ui.models import households_model as hm
from pickuppoint.ui.models.households_model import HouseholdsModel
from pickuppoint.ui.pages.base import Page

SEARCH_DELAY_MS = 150
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class HouseholdsPage(Page):
    KINDS = frozenset({"household."})
    import_requested = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_HouseholdsPage()
        self.ui.setupUi(self)
        self.model = HouseholdsModel(ctx, self)
        self.ui.table.setModel(self.model)
        self.model.loaded.connect(self._after_load)
        self.model.failed.connect(self.status_message.emit)
        self._select_code: str | None = None  # to select when the coming refresh has loaded
        self._refreshes = 0
        self._open_when_loaded = False  # Enter pressed in the search before its rows came

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.ui.searchEdit.textChanged.connect(lambda _text: self._debounce.start())
        self.ui.searchEdit.returnPressed.connect(self._open_first)
        self.ui.searchEdit.installEventFilter(self)
        self.ui.table.installEventFilter(self)
        self.ui.table.doubleClicked.connect(self._open_index)

        self.ui.buildingCombo.addItem(self.tr("全部楼栋"), None)
        self.ui.flagCombo.addItem(self.tr("全部标记"), None)
        for flag in FLAGS:
            self.ui.flagCombo.addItem(flag_label(flag), flag)
        self._fill_buildings()
        self.ui.buildingCombo.currentIndexChanged.connect(self.apply_filters)
        self.ui.flagCombo.currentIndexChanged.connect(self.apply_filters)

        self.ui.addButton.clicked.connect(self.add_household)
        self.ui.editButton.clicked.connect(self.edit_selected)
        self.ui.importButton.clicked.connect(self.import_requested.emit)
        self.import_requested.connect(self._open_import)

        self.model.set_query(self.current_query())
        self._after_load()
        self._size_columns()

    # --- the query ---

    def current_query(self) -> households.Query:
        return households.Query(
            text=self.ui.searchEdit.text().strip(),
            building=self.ui.buildingCombo.currentData(),
            flag=self.ui.flagCombo.currentData(),
        )

    def apply_filters(self) -> None:
        """Show what the search field and the filters ask for (the search's timer calls this).
        The rows are read off the GUI thread and shown when they come (`_after_load`)."""
        self._debounce.stop()
        self._select_code = None
        self.model.load(self.current_query())

    def _searching(self) -> bool:
        """The table does not show what the search field says yet (typing, or reading)."""
        if self._debounce.isActive():
            self.apply_filters()
        return self.model.pending

    def refresh(self) -> None:
        """The roster changed: read it again, keeping the search, the filters and the selection."""
        current = self.selected_code()
        self._refreshes += 1
        self._fill_buildings()
        self.model.reload()
        self._after_load(self._select_code or current)
        self._select_code = None

    def _after_load(self, select: str | None = None) -> None:
        if self.model.total_is_capped:  # counting stops there, so that typing never waits
            self.ui.countLabel.setText(self.tr("超过 {n} 户").format(n=households.COUNT_CAP))
        else:
            self.ui.countLabel.setText(self.tr("共 {n} 户").format(n=self.model.total))
        row = self.model.row_of(select) if select else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row >= 0:
            index = self.model.index(row, 0)
            self.ui.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.ui.table.scrollTo(index)
        self.ui.editButton.setEnabled(self.model.rowCount() > 0)
        self._follow_role()
        if self._open_when_loaded:
            self._open_when_loaded = False
            self._open_first()

    def _follow_role(self) -> None:
        """A volunteer may look households up but not add or import them (the services refuse
        it too, with the same sentence as the tooltip)."""
        for button, kind in ((self.ui.addButton, "household.created"), (self.ui.importButton, "household.created")):
            allowed = may(self.ctx, kind)
            button.setEnabled(allowed)
            button.setToolTip("" if allowed else refusal(self.ctx.operator, self.ctx.role, kind).message)

    def role_changed(self) -> None:
        self._follow_role()
        self.refresh()

    def _fill_buildings(self) -> None:
        combo = self.ui.buildingCombo
        chosen = combo.currentData()
        with self.ctx.read() as s:
            buildings = households.buildings(s)
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for b in buildings:
            combo.addItem(self.tr("{building}栋").format(building=b), b)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _size_columns(self) -> None:
        header = self.ui.table.horizontalHeader()
        fm = self.ui.table.fontMetrics()
        pad = 28
        samples = {hm.CODE: "10-2-1804", hm.HEAD: "欧阳建国", hm.PHONE: "13800138000",
                   hm.MEMBERS: "人数", hm.GRID: "第十网格", hm.FLAGS: "独居老人、无智能手机",
                   hm.PROXIES: "王建军、李思雨"}
        for col, sample in samples.items():
            header.resizeSection(col, fm.horizontalAdvance(sample) + pad)
        header.setSectionResizeMode(hm.NOTES, QHeaderView.ResizeMode.Stretch)
        self.ui.table.verticalHeader().setDefaultSectionSize(fm.height() + 10)

    # --- keys ---

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if obj is self.ui.table and key in _ENTER:
                self.edit_selected()
                return True
            if obj is self.ui.searchEdit and key == Qt.Key.Key_Down:
                self._searching()
                self.ui.table.setFocus()
                return True
        return super().eventFilter(obj, event)

    def activated(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    # --- actions ---

    def selected_code(self) -> str | None:
        index = self.ui.table.currentIndex()
        h = self.model.household(index.row()) if index.isValid() else None
        return h.code if h else None

    def _open_first(self) -> None:
        """Enter in the search field: the most likely household (the first row)."""
        if self._searching():
            self._open_when_loaded = True
            return
        if self.model.rowCount():
            self._open(self.model.household(0).code)  # type: ignore[union-attr]

    def _open_index(self, index: QModelIndex) -> None:
        h = self.model.household(index.row())
        if h is not None:
            self._open(h.code)

    def edit_selected(self) -> None:
        code = self.selected_code()
        if code:
            self._open(code)

    def add_household(self) -> None:
        self._open(None)

    def _open(self, code: str | None) -> None:
        refreshes = self._refreshes
        try:
            saved = edit_household(self.ctx, code, self)
        except UserError as exc:  # e.g. the household is gone meanwhile
            self.status_message.emit(exc.message)
            return
        if saved and code is None:  # a new household: show it (it may sort far down the list)
            self._show_only(saved)
        elif saved:
            if self._refreshes != refreshes:  # the change already came back: select it now
                self._after_load(saved)
            else:  # the change is on its way (queued): select it when it arrives
                self._select_code = saved
        if saved:
            self.status_message.emit(self.tr("已保存住户 {code}。").format(code=saved))
        self.ui.table.setFocus()

    def _show_only(self, code: str) -> None:
        for combo in (self.ui.buildingCombo, self.ui.flagCombo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._fill_buildings()
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.setText(code)
        self.ui.searchEdit.blockSignals(False)
        self._debounce.stop()
        self.model.set_query(self.current_query())
        self._after_load(code)

    def _open_import(self) -> None:
        from pickuppoint.ui.dialogs.import_wizard import open_import_wizard  # when first wanted

        open_import_wizard(self.ctx, self)
