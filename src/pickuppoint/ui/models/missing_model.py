"""The parcels of a round that have not arrived yet, by building, unit and room: a table that
loads a page of rows at a time (`canFetchMore`/`fetchMore`), and drops a row the moment its
parcel is scanned (before the write reaches the database)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from pickuppoint.services.context import Context
from pickuppoint.services.receiving import progress as rp

PAGE = 200
HOUSEHOLD, RECIPIENT, CODE, ITEMS = range(4)
AnyIndex = QModelIndex | QPersistentModelIndex


class MissingModel(QAbstractTableModel):
    def __init__(self, ctx: Context, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.round_id: str | None = None
        self.building: str | None = None
        self._rows: list[rp.ListedParcel] = []
        self._codes: set[str] = set()
        self._gone: set[str] = set()  # removed here since the last load (maybe not yet written)
        self._total = 0

    # --- what to show ---

    def show_round(self, round_id: str | None, building: str | None = None) -> None:
        self.round_id, self.building = round_id, building
        self.reload()

    def reload(self) -> None:
        """Read the list again (as many rows as were loaded, at least a page)."""
        loaded = max(len(self._rows), PAGE)
        self.beginResetModel()
        self._gone = set()
        if self.round_id is None:
            self._rows, self._total = [], 0
        else:
            with self.ctx.read() as s:
                self._total = rp.count_missing(s, self.round_id, self.building)
                self._rows = rp.missing(s, self.round_id, self.building, 0, loaded)
        self._codes = {r.code for r in self._rows}
        self.endResetModel()

    @property
    def total(self) -> int:
        """How many parcels are still missing (loaded or not)."""
        return self._total

    def parcel(self, row: int) -> rp.ListedParcel | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def codes(self) -> list[str]:
        return [r.code for r in self._rows]

    def remove(self, code: str) -> None:
        """The parcel arrived: take it off the list at once."""
        if code in self._gone:
            return
        self._gone.add(code)
        if code in self._codes:
            row = next(i for i, r in enumerate(self._rows) if r.code == code)
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self._codes.discard(code)
            self.endRemoveRows()
            self._total -= 1
        elif self._total > len(self._rows):  # not loaded yet; count it off if it is in this list
            self._total -= 1 if self._in_filter(code) else 0

    def _in_filter(self, code: str) -> bool:
        if self.round_id is None:
            return False
        with self.ctx.read() as s:
            return rp.is_missing(s, self.round_id, code, self.building)

    # --- lazy loading ---

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self.round_id is None:
            return
        # Rows removed here may or may not be written yet: the next unseen row is somewhere in
        # [loaded, loaded + removed]; read that window and skip what is shown or gone.
        with self.ctx.read() as s:
            more = rp.missing(s, self.round_id, self.building, len(self._rows), PAGE + len(self._gone))
        new = [r for r in more if r.code not in self._codes and r.code not in self._gone][:PAGE]
        if not new:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(new) - 1)
        self._rows.extend(new)
        self._codes.update(r.code for r in new)
        self.endInsertRows()

    # --- the table ---

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802, ANN401
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("住户"), self.tr("收件人"), self.tr("包裹编号"), self.tr("物品"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: ANN401
        p = self.parcel(index.row())
        if p is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == HOUSEHOLD:
            return p.household_code or self.tr("未匹配住户")
        if col == RECIPIENT:
            return p.recipient
        if col == CODE:
            return p.code
        return p.items
