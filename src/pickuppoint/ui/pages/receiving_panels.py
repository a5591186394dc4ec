"""The receiving page's progress: received N of M with a bar, the counts, the table building by
building (a row selects that building's missing parcels), and the missing list's title."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from pickuppoint.services.receiving import progress as rp
from pickuppoint.ui.models.missing_model import MissingModel


class ProgressPanel(QObject):
    def __init__(self, ui: Any, missing: MissingModel, parent: QObject | None = None):  # noqa: ANN401
        super().__init__(parent)
        self.ui, self.missing = ui, missing
        table = ui.buildingTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels([self.tr("楼栋"), self.tr("应到"), self.tr("已到"),
                                         self.tr("还没到"), self.tr("破损")])
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(26)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # "Building 12"

    def building_name(self, building: str) -> str:
        return self.tr("{b} 号楼").format(b=building) if building else self.tr("无住户")

    def show(self, prog: rp.RoundProgress | None) -> None:
        t = prog.total if prog else rp.Progress()
        ui = self.ui
        ui.progressLabel.setText(self.tr("已到 {received} / {expected} 件").format(
            received=t.received, expected=t.expected))
        ui.progressBar.setMaximum(max(t.expected, 1))
        ui.progressBar.setValue(min(t.received, max(t.expected, 1)))
        ui.countsLabel.setText(self.tr("还没到 {missing} · 多出 {surplus} · 破损 {damaged}").format(
            missing=t.missing, surplus=t.surplus, damaged=t.damaged))
        table = ui.buildingTable
        selected = self.selected_building()
        table.blockSignals(True)
        rows = [p for p in prog.by_building if p.expected or p.surplus] if prog else []
        table.setRowCount(len(rows))
        for i, p in enumerate(rows):
            done = p.missing == 0 and p.expected
            values = [self.building_name(p.building), str(p.expected), str(p.received),
                      self.tr("✓ 0") if done else str(p.missing), str(p.damaged)]
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, p.building)
                if j:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(i, j, item)
            if selected is not None and p.building == selected:
                table.selectRow(i)
        table.blockSignals(False)

    def selected_building(self) -> str | None:
        items = self.ui.buildingTable.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def update_missing_title(self) -> None:
        b = self.missing.building
        if b is None:
            text = self.tr("还没到的包裹（{n} 件）").format(n=self.missing.total)
        else:
            text = self.tr("{building}还没到的包裹（{n} 件）").format(
                building=self.building_name(b), n=self.missing.total)
        self.ui.missingTitle.setText(text)
