"""The Rounds page's two tables: the rounds with their counts (a handful: read at once), and the
selected round's parcels (read a page at a time as the view scrolls)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from pickuppoint.money import format_yuan
from pickuppoint.services.context import Context
from pickuppoint.services.parcels.records import payment_status_label
from pickuppoint.services.parcels.view import status_label
from pickuppoint.services.rounds import records as rounds
from pickuppoint.services.rounds import view as round_view
from pickuppoint.services.rounds.figures import Figures, figures
from pickuppoint.services.rounds.view import ParcelFilter, ParcelRow

AnyIndex = QModelIndex | QPersistentModelIndex
PAGE = 200
WARN = QColor("#b3261e")
R_NAME, R_KIND, R_DATE, R_ITEM, R_PRICE, R_EXPECTED, R_RECEIVED, R_COLLECTED, R_UNMATCHED = range(9)
P_CODE, P_HOUSEHOLD, P_HEAD, P_RECIPIENT, P_ADDRESS, P_ITEMS, P_AMOUNT, P_PAYMENT, P_STATUS = range(9)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RoundsModel(QAbstractTableModel):
    def __init__(self, ctx: Context, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[tuple[rounds.RoundData, rounds.RoundCounts]] = []
        self._figures: list[Figures] = []

    def reload(self) -> None:
        with self.ctx.read() as s:
            all_rounds = rounds.all_rounds(s)
            rows = [(r, rounds.counts(s, r.id)) for r in all_rounds]
            self._figures = [figures(s, r.id) for r in all_rounds]
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def round(self, row: int) -> rounds.RoundData | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def counts(self, row: int) -> rounds.RoundCounts | None:
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def row_of(self, round_id: str) -> int:
        return next((i for i, (r, _c) in enumerate(self._rows) if r.id == round_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 9

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("批次"), self.tr("类型"), self.tr("日期"), self.tr("物资"), self.tr("价格"),
                self.tr("应到"), self.tr("已到"), self.tr("已领取"), self.tr("未匹配"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r, c = self._rows[index.row()]
        f = self._figures[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:  # the figures defined once (rounds/figures.py)
            return (r.name, rounds.kind_label(r.kind), r.date, r.item, format_yuan(r.price_cents),
                    str(f.expected), str(f.received), str(f.collected), str(c.unmatched))[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= R_PRICE:
            return _RIGHT
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


class ParcelsModel(QAbstractTableModel):
    def __init__(self, ctx: Context, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.filter: ParcelFilter | None = None
        self._rows: list[ParcelRow] = []
        self._total = 0
        self._exhausted = True

    def set_filter(self, f: ParcelFilter | None) -> None:
        self.beginResetModel()
        self.filter = f
        if f is None:
            self._rows, self._total = [], 0
        else:
            with self.ctx.read() as s:
                self._total = round_view.count(s, f)
                self._rows = round_view.page(s, f, 0, PAGE)
        self._exhausted = len(self._rows) < PAGE
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self.filter)

    @property
    def total(self) -> int:
        return self._total

    def parcel(self, row: int) -> ParcelRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._exhausted or self.filter is None:
            return
        with self.ctx.read() as s:
            more = round_view.page(s, self.filter, len(self._rows), PAGE)
        self._exhausted = len(more) < PAGE
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 9

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("包裹编号"), self.tr("住户"), self.tr("户主"), self.tr("收货人"), self.tr("地址"),
                self.tr("物资"), self.tr("金额"), self.tr("付款"), self.tr("状态"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        p = self.parcel(index.row())
        if p is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == P_HOUSEHOLD:
                return p.household_code or self.tr("未匹配")
            if col == P_STATUS:
                label = status_label(p.status)
                return self.tr("{status}（多到）").format(status=label) if p.surplus else label
            return (p.code, "", p.head, p.recipient, p.address, p.items, format_yuan(p.amount_cents),
                    payment_status_label(p.payment), "")[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == P_HOUSEHOLD and not p.household_code:
            return QBrush(WARN)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == P_AMOUNT:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and col in (P_ADDRESS, P_ITEMS):
            return (p.address if col == P_ADDRESS else p.items) or None
        if role == Qt.ItemDataRole.UserRole:
            return p.code
        return None
