"""The wizard's preview of a roster: its first rows under their headers, and above each column a
combo saying which field it is imported as (the guess, which the user may change)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from pickuppoint.services.households.roster_columns import FIELDS, IGNORE, MULTI, field_label, short_label
from pickuppoint.services.households.roster_import import Roster

MIN_COLUMN_WIDTH = 96
MAX_COLUMN_WIDTH = 260


class MappingTable(QObject):
    """Drives the designed QTableWidget: row 0 holds the combos, the rest the file's rows."""

    changed = Signal()  # the user chose another field for a column (`roster` is the new one)

    def __init__(self, table: QTableWidget, fields: tuple[str, ...] = FIELDS,
                 label: Callable[[str], str] = field_label, short: Callable[[str], str] = short_label,
                 multi: tuple[str, ...] = MULTI):
        """`fields` and their labels: the roster's by default (the manifest dialog passes its own)."""
        super().__init__(table)
        self.table = table
        self.fields, self.label, self.short, self.multi = fields, label, short, multi
        self.roster: Roster | None = None
        self.combos: list[QComboBox] = []

    def show(self, roster: Roster) -> None:
        self.roster = roster
        headers = roster.headers
        preview = roster.preview()
        t = self.table
        t.clear()
        t.setColumnCount(len(headers))
        t.setRowCount(1 + len(preview))
        t.setHorizontalHeaderLabels([
            h or self.tr("（第 {n} 列）").format(n=i + 1) for i, h in enumerate(headers)])
        t.setVerticalHeaderLabels([self.tr("导入为")] + [str(n) for n, _cells in preview])
        t.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for r, (_n, cells) in enumerate(preview, start=1):
            for c in range(len(headers)):
                item = QTableWidgetItem(cells[c] if c < len(cells) else "")
                t.setItem(r, c, item)
        self.combos = []
        for c in range(len(headers)):
            combo = QComboBox(t)
            combo.setObjectName(f"fieldCombo{c}")
            combo.setAccessibleName(self.tr("第 {n} 列导入为").format(n=c + 1))
            for field in (IGNORE, *self.fields):
                combo.addItem(self.short(field), field)
                combo.setItemData(combo.count() - 1, self.label(field), Qt.ItemDataRole.ToolTipRole)
            combo.currentIndexChanged.connect(lambda _i, column=c: self._chosen(column))
            t.setCellWidget(0, c, combo)
            self.combos.append(combo)
        t.setRowHeight(0, max(t.rowHeight(0), self.combos[0].sizeHint().height() + 6) if self.combos else 30)
        self.refresh()
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        t.resizeColumnsToContents()
        for c in range(len(headers)):
            width = max(MIN_COLUMN_WIDTH, self.combos[c].sizeHint().width() + 8, t.columnWidth(c))
            t.setColumnWidth(c, min(width, MAX_COLUMN_WIDTH))

    def refresh(self) -> None:
        """Show the roster's mapping: each combo's field, unused columns greyed out."""
        assert self.roster is not None
        mapping = self.roster.mapping
        grey = self.table.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        normal = self.table.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
        for c, combo in enumerate(self.combos):
            field = mapping.get(c, IGNORE)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(field)))
            combo.blockSignals(False)
            colour = normal if field else grey
            for r in range(1, self.table.rowCount()):
                item = self.table.item(r, c)
                if item is not None:
                    item.setForeground(colour)

    def choose(self, column: int, field: str) -> None:
        """Give `column` the field (as the user does with the combo)."""
        self.combos[column].setCurrentIndex(self.combos[column].findData(field))

    def _chosen(self, column: int) -> None:
        assert self.roster is not None
        field = self.combos[column].currentData()
        current = self.roster.mapping
        # every column explicit, the chosen one last: it takes its field from any other column
        overrides: dict[str | int, str] = {
            i: current.get(i, IGNORE) for i in range(len(self.roster.headers))
            if i != column and not (field and field not in self.multi and current.get(i) == field)}
        overrides[column] = field
        self.roster = self.roster.remap(overrides)
        self.refresh()
        self.changed.emit()
