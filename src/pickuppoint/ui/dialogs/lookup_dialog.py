"""Finding a household without a label, as you type: room (`3-2-501`, `32501`, `501`), phone or
its last four digits, name; the most likely first. Enter picks the highlighted household."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from pickuppoint.domain.flags import flag_label
from pickuppoint.domain.phone import mask_phone
from pickuppoint.services.context import Context
from pickuppoint.services.counter.lookup import lookup
from pickuppoint.services.parcels.view import parcels_of
from pickuppoint.ui.forms.ui_lookup_dialog import Ui_LookupDialog
from pickuppoint.ui.large_text import follow_large_text

SEARCH_DELAY_MS = 120
_MOVE = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}


class LookupDialog(QDialog):
    def __init__(self, ctx: Context, query: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_LookupDialog()
        self.ui.setupUi(self)
        self.household_code: str | None = None
        self.setStyleSheet("QLabel, QLineEdit { font-size: 15pt; } QTableWidget { font-size: 14pt; }")
        follow_large_text(self)  # the fixed sizes follow large text
        self.ui.queryEdit.setProperty("acceptsScans", True)
        table = self.ui.resultsTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("房号"), self.tr("户主"), self.tr("电话"), self.tr("待领取")])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.doubleClicked.connect(lambda _i: self._accept())
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("选择"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.search)
        self.ui.queryEdit.textChanged.connect(lambda _t: self._debounce.start())
        self.ui.queryEdit.returnPressed.connect(self._accept)
        self.ui.queryEdit.installEventFilter(self)
        self.ui.queryEdit.setText(query)
        self.ui.queryEdit.setFocus()
        if query:
            self.search()

    def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802 - Qt
        if obj is self.ui.queryEdit and event.type() == event.Type.KeyPress:
            step = _MOVE.get(Qt.Key(event.key()))
            if step is not None:
                table = self.ui.resultsTable
                row = max(0, min(table.rowCount() - 1, table.currentRow() + step))
                table.selectRow(row)
                return True
        return super().eventFilter(obj, event)

    def search(self) -> None:
        self._debounce.stop()
        table = self.ui.resultsTable
        table.setRowCount(0)
        query = self.ui.queryEdit.text().strip()
        if not query:
            self.ui.statusLabel.setText("")
            return
        with self.ctx.read() as s:
            result = lookup(s, query)
            found = result.households
            if result.parcel is not None and result.parcel.household_code:
                from pickuppoint.services.households.records import find

                household = find(s, result.parcel.household_code)
                found = [household] if household else []
            waiting = {h.code: len(parcels_of(s, h.code, waiting_only=True)) for h in found}
        for h in found:
            row = table.rowCount()
            table.insertRow(row)
            flags = "、".join(flag_label(f) for f in h.flags)
            cells = [h.code, f"{h.head}  {flags}".strip(), mask_phone(h.phone), str(waiting[h.code])]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, h.code)
                table.setItem(row, col, item)
        if found:
            table.selectRow(0)
            self.ui.statusLabel.setText(self.tr("找到 {n} 户").format(n=len(found)))
        else:
            self.ui.statusLabel.setText(self.tr("没有找到：换成房号、电话或姓名再试。"))

    def _accept(self) -> None:
        if self._debounce.isActive():
            self.search()
        row = self.ui.resultsTable.currentRow()
        if row < 0:
            return
        self.household_code = self.ui.resultsTable.item(row, 0).data(Qt.ItemDataRole.UserRole)
        self.accept()
