"""This point's last handovers, newest first, loading a page at a time as the view scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from sqlmodel import Session

from pickuppoint.eventlog.clock import local_time
from pickuppoint.money import format_yuan
from pickuppoint.services.context import Context
from pickuppoint.services.counter.payments import payment_label
from pickuppoint.services.counter.shift import HistoryRow, history
from pickuppoint.ui.models.paged import PagedTableModel

PAGE = 30
TIME, HOUSEHOLD, ITEM, PAYMENT = range(4)


class HistoryModel(PagedTableModel[HistoryRow]):
    page = PAGE

    def __init__(self, ctx: Context, parent: QObject | None = None):
        super().__init__(ctx, parent)
        self._site = ctx.site.site_id
        self._exhausted = False  # the first page comes when the view asks

    def reload(self) -> None:
        """Read the newest page again (after a handover or an undo)."""
        loaded = self.rowCount()
        self.read_first(at_least=loaded if loaded <= 3 * PAGE else 0)

    def read_page(self, s: Session, offset: int, limit: int) -> list[HistoryRow]:
        return history(s, limit, self._site, offset=offset)

    def row(self, index: int) -> HistoryRow | None:
        return self.row_at(index)

    def headers(self) -> list[str]:
        return [self.tr("时间"), self.tr("房号"), self.tr("物品"), self.tr("收款")]

    def cell(self, r: HistoryRow, col: int, role: int) -> Any:  # noqa: ANN401
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
            text = f"{r.shown} {r.head} {r.round_name}"
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
