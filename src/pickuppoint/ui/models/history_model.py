"""This point's last handovers, newest first, loading a page at a time as the view scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from pickuppoint.eventlog.clock import local_time
from pickuppoint.money import format_yuan
from pickuppoint.services.context import Context
from pickuppoint.services.counter.payments import payment_label
from pickuppoint.services.counter.shift import HistoryRow, history

PAGE = 30
TIME, HOUSEHOLD, ITEM, PAYMENT = range(4)
AnyIndex = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    def __init__(self, ctx: Context, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._site = ctx.site.site_id
        self._rows: list[HistoryRow] = []
        self._exhausted = False

    def reload(self) -> None:
        """Read the newest page again (after a handover or an undo)."""
        loaded = max(PAGE, len(self._rows)) if len(self._rows) <= 3 * PAGE else PAGE
        with self.ctx.read() as s:
            rows = history(s, loaded, self._site)
        self.beginResetModel()
        self._rows = rows
        self._exhausted = len(rows) < loaded
        self.endResetModel()

    def row(self, index: int) -> HistoryRow | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._exhausted:
            return
        with self.ctx.read() as s:
            more = history(s, PAGE, self._site, offset=len(self._rows))
        self._exhausted = len(more) < PAGE
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("时间"), self.tr("房号"), self.tr("物品"), self.tr("收款")][section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row(index.row())
        if r is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == TIME:
                return local_time(r.at, "%H:%M")
            if col == HOUSEHOLD:
                return r.household_code or "-"
            if col == ITEM:
                return self.tr("已撤销") if r.voided else r.item
            if r.payment in ("cash", "qr", "owed", "waived") and r.amount_cents:
                return f"{payment_label(r.payment)} {format_yuan(r.amount_cents)}"
            return payment_label(r.payment) if r.payment == "prepaid" else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"{r.parcel_code} {r.head} {r.round_name}"
            if r.voided:
                text += "\n" + self.tr("撤销原因：{reason}").format(reason=r.void_reason)
            return text
        if role == Qt.ItemDataRole.ForegroundRole and r.voided:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.FontRole and r.voided:
            font = QFont()
            font.setStrikeOut(col != ITEM)
            return font
        return None
