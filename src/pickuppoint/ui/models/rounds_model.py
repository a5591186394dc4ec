"""The Rounds page's two tables: the rounds with their counts (a handful: read at once), and the
selected round's parcels (read a page at a time as the view scrolls)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor
from sqlmodel import Session

from pickuppoint.money import format_yuan
from pickuppoint.services.context import Context
from pickuppoint.services.parcels.records import payment_status_label
from pickuppoint.services.parcels.view import status_label
from pickuppoint.services.rounds import records as rounds
from pickuppoint.services.rounds import view as round_view
from pickuppoint.services.rounds.figures import Figures, figures
from pickuppoint.services.rounds.view import ParcelFilter, ParcelRow
from pickuppoint.ui.models.paged import RIGHT, PagedTableModel, TableModel

PAGE = 200
WARN = QColor("#b3261e")
R_NAME, R_KIND, R_DATE, R_ITEM, R_PRICE, R_EXPECTED, R_RECEIVED, R_COLLECTED, R_UNMATCHED = range(9)
P_CODE, P_HOUSEHOLD, P_HEAD, P_RECIPIENT, P_ADDRESS, P_ITEMS, P_AMOUNT, P_PAYMENT, P_STATUS = range(9)


_RoundRow = tuple[rounds.RoundData, rounds.RoundCounts, Figures]


class RoundsModel(TableModel[_RoundRow]):
    def __init__(self, ctx: Context, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx

    def reload(self) -> None:
        with self.ctx.read() as s:
            self.set_rows([(r, rounds.counts(s, r.id), figures(s, r.id)) for r in rounds.all_rounds(s)])

    def round(self, row: int) -> rounds.RoundData | None:
        found = self.row_at(row)
        return found[0] if found else None

    def counts(self, row: int) -> rounds.RoundCounts | None:
        found = self.row_at(row)
        return found[1] if found else None

    def row_of(self, round_id: str) -> int:
        return self.find(lambda found: found[0].id == round_id)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("批次"), self.tr("类型"), self.tr("日期"), self.tr("物资"), self.tr("价格"),
                self.tr("应到"), self.tr("已到"), self.tr("已领取"), self.tr("未匹配"))

    def cell(self, row: _RoundRow, col: int, role: int) -> Any:  # noqa: ANN401
        r, c, f = row
        if role == Qt.ItemDataRole.DisplayRole:  # the figures defined once (rounds/figures.py)
            return (r.name, rounds.kind_label(r.kind), r.date, r.item, format_yuan(r.price_cents),
                    str(f.expected), str(f.received), str(f.collected), str(c.unmatched))[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= R_PRICE:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and col == R_UNMATCHED and c.unmatched:
            return QBrush(WARN)
        if role == Qt.ItemDataRole.ToolTipRole and col == R_NAME:
            parts = [r.name, rounds.default_payment_label(r.default_payment)]
            if r.supplier:
                parts.append(self.tr("供应商：{supplier}").format(supplier=r.supplier))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None


class ParcelsModel(PagedTableModel[ParcelRow]):
    page = PAGE

    def __init__(self, ctx: Context, parent: QObject | None = None):
        super().__init__(ctx, parent)
        self.filter: ParcelFilter | None = None
        self._total = 0

    def set_filter(self, f: ParcelFilter | None) -> None:
        self.filter = f
        if f is None:
            self._total = 0
            self.reset([], PAGE)
            return
        with self.ctx.read() as s:
            self._total = round_view.count(s, f)
        self.read_first()

    def reload(self) -> None:
        self.set_filter(self.filter)

    def read_page(self, s: Session, offset: int, limit: int) -> list[ParcelRow]:
        return round_view.page(s, self.filter, offset, limit) if self.filter is not None else []

    @property
    def total(self) -> int:
        return self._total

    def parcel(self, row: int) -> ParcelRow | None:
        return self.row_at(row)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("包裹编号"), self.tr("住户"), self.tr("户主"), self.tr("收货人"), self.tr("地址"),
                self.tr("物资"), self.tr("金额"), self.tr("付款"), self.tr("状态"))

    def cell(self, p: ParcelRow, col: int, role: int) -> Any:  # noqa: ANN401
        if role == Qt.ItemDataRole.DisplayRole:
            if col == P_HOUSEHOLD:
                return p.household_code or self.tr("未匹配")
            if col == P_STATUS:
                label = status_label(p.status)
                return self.tr("{status}（多到）").format(status=label) if p.surplus else label
            return (p.shown, "", p.head, p.recipient, p.address, p.items, format_yuan(p.amount_cents),
                    payment_status_label(p.payment), "")[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == P_HOUSEHOLD and not p.household_code:
            return QBrush(WARN)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == P_AMOUNT:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and col in (P_ADDRESS, P_ITEMS):
            return (p.address if col == P_ADDRESS else p.items) or None
        if role == Qt.ItemDataRole.UserRole:
            return p.code
        return None
