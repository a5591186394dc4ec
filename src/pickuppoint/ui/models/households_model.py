"""The households of a query, as a table that loads a page of rows at a time.

The view asks for more rows (`canFetchMore`/`fetchMore`) only as it scrolls, so the table opens
at once whether the community has three hundred households or two hundred thousand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from sqlmodel import Session

from pickuppoint.domain.flags import flag_label
from pickuppoint.domain.phone import mask_phone
from pickuppoint.services.context import Context
from pickuppoint.services.households import records as households
from pickuppoint.services.households.records import HouseholdData, Query
from pickuppoint.services.operators.roles import may
from pickuppoint.ui.models.paged import CENTER, PagedTableModel
from pickuppoint.ui.tasks import run_in_background

PAGE = 200
RELOAD_MAX = 5000
CODE, HEAD, PHONE, MEMBERS, GRID, FLAGS, PROXIES, NOTES = range(8)
_FLAG_COLOUR = QColor("#b3261e")


def first_page(ctx: Context, query: Query) -> tuple[int, list[HouseholdData]]:
    """How many households match (above `households.COUNT_CAP`: more than that many), and the
    first page of them."""
    with ctx.read() as s:
        return households.first_page(s, query, PAGE, households.COUNT_CAP)


class HouseholdsModel(PagedTableModel[HouseholdData]):
    loaded = Signal()  # a query's first page is in (after `load`)
    failed = Signal(str)
    page = PAGE

    def __init__(self, ctx: Context, parent: QObject | None = None):
        super().__init__(ctx, parent)
        self.query = Query()
        self._total = 0
        self._generation = 0  # results of older queries still on their way are dropped
        self._shown_generation = 0

    # --- the query ---

    def set_query(self, query: Query) -> None:
        """Show the households matching `query` (the first page at once, the rest on demand)."""
        self._generation += 1
        self._show(query, *first_page(self.ctx, query))

    def load(self, query: Query) -> None:
        """Like `set_query`, but reads off the GUI thread (a name search over a big roster
        scans it); `loaded` is emitted when the rows are in. Typing on never waits."""
        self._generation += 1
        generation = self._generation

        def done(result: tuple[int, list[HouseholdData]]) -> None:
            if generation == self._generation:
                self._show(query, *result)
                self.loaded.emit()

        def failed(message: str) -> None:
            if generation == self._generation:
                self._shown_generation = generation
                self.failed.emit(message)

        run_in_background(first_page, self.ctx, query, on_done=done, on_failed=failed)

    @property
    def pending(self) -> bool:
        """A `load` has not come back yet."""
        return self._generation != self._shown_generation

    def _show(self, query: Query, total: int, rows: list[HouseholdData]) -> None:
        self.query, self._total = query, total
        self._shown_generation = self._generation
        self.reset(rows, PAGE)

    def reload(self) -> None:
        """Read the same query again (the roster changed); as many rows as were loaded."""
        loaded = min(max(self.rowCount(), PAGE), RELOAD_MAX)
        with self.ctx.read() as s:
            rows = households.search(s, self.query, 0, loaded)
            self._total = (len(rows) if len(rows) < loaded
                           else households.count(s, self.query, households.COUNT_CAP))
        self.reset(rows, loaded)

    def read_page(self, s: Session, offset: int, limit: int) -> list[HouseholdData]:
        return households.search(s, self.query, offset, limit)

    @property
    def total(self) -> int:
        """How many households match the query (loaded or not); above `households.COUNT_CAP`
        it only means "more than that many" (see `total_is_capped`)."""
        return self._total

    @property
    def total_is_capped(self) -> bool:
        return households.capped(self.query, self._total, households.COUNT_CAP)

    def household(self, row: int) -> HouseholdData | None:
        return self.row_at(row)

    def row_of(self, code: str) -> int:
        """The row of a loaded household, or -1."""
        return self.find(lambda h: h.code == code)

    # --- the table ---

    def headers(self) -> tuple[str, ...]:
        return (self.tr("房号"), self.tr("户主"), self.tr("电话"), self.tr("人数"), self.tr("网格"),
                self.tr("标记"), self.tr("代领人"), self.tr("备注"))

    def cell(self, h: HouseholdData, col: int, role: int) -> Any:  # noqa: ANN401
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(h, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == PROXIES and h.proxies:
                full = may(self.ctx, "phones.full")
                return "\n".join(f"{p['name']}  {p.get('phone', '') if full else mask_phone(p.get('phone', ''))}"
                                 .strip() for p in h.proxies)
            if col in (NOTES, FLAGS, GRID, HEAD):
                return self._text(h, col) or None
            return None
        if role == Qt.ItemDataRole.UserRole:
            return h.code
        if role == Qt.ItemDataRole.TextAlignmentRole and col == MEMBERS:
            return CENTER
        if role == Qt.ItemDataRole.ForegroundRole and col == FLAGS and h.flags:
            return QBrush(_FLAG_COLOUR)
        return None

    def _text(self, h: HouseholdData, col: int) -> str:
        if col == CODE:
            return h.code
        if col == HEAD:
            return h.head
        if col == PHONE:
            return h.phone if may(self.ctx, "phones.full") else mask_phone(h.phone)
        if col == MEMBERS:
            return str(h.members)
        if col == GRID:
            return h.grid
        if col == FLAGS:
            return self.tr("、").join(flag_label(f) for f in h.flags)
        if col == PROXIES:
            return self.tr("、").join(p["name"] for p in h.proxies)
        if col == NOTES:
            return h.notes
        return ""
