"""The parcels of a round that have not arrived yet, by building, unit and room: a table that
loads a page of rows at a time (`canFetchMore`/`fetchMore`), and drops a row the moment its
parcel is scanned (before the write reaches the database)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from sqlmodel import Session

from pickuppoint.services.context import Context
from pickuppoint.services.receiving import progress as rp
from pickuppoint.ui.models.paged import AnyIndex, PagedTableModel

PAGE = 200
HOUSEHOLD, RECIPIENT, CODE, ITEMS = range(4)


class MissingModel(PagedTableModel[rp.ListedParcel]):
    page = PAGE

    def __init__(self, ctx: Context, parent: QObject | None = None):
        super().__init__(ctx, parent)
        self.round_id: str | None = None
        self.building: str | None = None
        self._codes: set[str] = set()
        self._gone: set[str] = set()  # removed here since the last load (maybe not yet written)
        self._total = 0

    # --- what to show ---

    def show_round(self, round_id: str | None, building: str | None = None) -> None:
        self.round_id, self.building = round_id, building
        self.reload()

    def reload(self) -> None:
        """Read the list again (as many rows as were loaded, at least a page)."""
        self._gone = set()
        if self.round_id is None:
            self._total = 0
        else:
            with self.ctx.read() as s:
                self._total = rp.count_missing(s, self.round_id, self.building)
        rows = self.read_first(at_least=self.rowCount())
        self._codes = {r.code for r in rows}

    def read_page(self, s: Session, offset: int, limit: int) -> list[rp.ListedParcel]:
        if self.round_id is None:
            return []
        return rp.missing(s, self.round_id, self.building, offset, limit)

    @property
    def total(self) -> int:
        """How many parcels are still missing (loaded or not)."""
        return self._total

    def parcel(self, row: int) -> rp.ListedParcel | None:
        return self.row_at(row)

    def codes(self) -> list[str]:
        return [r.code for r in self._rows]

    def remove(self, code: str) -> None:
        """The parcel arrived: take it off the list at once."""
        if code in self._gone:
            return
        self._gone.add(code)
        if code in self._codes:
            row = self.find(lambda r: r.code == code)
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

    # --- lazy loading: rows removed here may not be written yet ---

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self.round_id is None:
            return
        # Rows removed here may or may not be written yet: the next unseen row is somewhere in
        # [loaded, loaded + removed]; read that window and skip what is shown or gone.
        with self.ctx.read() as s:
            more = self.read_page(s, len(self._rows), PAGE + len(self._gone))
        new = [r for r in more if r.code not in self._codes and r.code not in self._gone][:PAGE]
        if not new:
            self._total = len(self._rows)
            return
        self.append(new)
        self._codes.update(r.code for r in new)

    # --- the table ---

    def headers(self) -> tuple[str, ...]:
        return (self.tr("住户"), self.tr("收件人"), self.tr("包裹编号"), self.tr("物品"))

    def cell(self, p: rp.ListedParcel, col: int, role: int) -> Any:  # noqa: ANN401
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == HOUSEHOLD:
            return p.household_code or self.tr("未匹配住户")
        if col == RECIPIENT:
            return p.recipient
        if col == CODE:
            return p.shown
        return p.items
