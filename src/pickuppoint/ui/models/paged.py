"""The tables' one base: rows of a query shown in a QTableView, read a page at a time.

`TableModel` holds the rows and answers the view (row and column counts, headers, cells);
a subclass names its columns (`headers`) and what a cell shows in each role (`cell`).
`PagedTableModel` reads the rows a page at a time: the first page when the query is set
(`reset`), the next ones only as the view scrolls (`canFetchMore`/`fetchMore` call
`read_page`), so a table opens at once whether it holds thirty rows or two hundred thousand.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from pickuppoint.services.context import Context

AnyIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)


class TableModel(QAbstractTableModel, Generic[Row]):
    """Rows held in memory; the subclass says what its columns are and what a cell shows, with
    two methods every table defines (checked when the subclass is made, since Qt's metaclass
    does not mix with `abc`):

    - `headers(self) -> Sequence[str]`: the columns' titles (translated), one per column;
    - `cell(self, row, col, role) -> Any`: what column `col` of `row` shows in `role` (None:
      nothing).

    A class that is itself a base for tables sets `table_base = True`."""

    table_base = True
    hooks: tuple[str, ...] = ("headers", "cell")

    def __init_subclass__(cls, **kwargs: Any) -> None:  # noqa: ANN401
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("table_base"):
            return
        missing = [name for name in cls.hooks if not callable(getattr(cls, name, None))]
        if missing:
            raise TypeError(f"{cls.__name__} must define {', '.join(missing)}")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Row] = []

    # --- the rows ---

    def row_at(self, index: int) -> Row | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def find(self, predicate: Any) -> int:  # noqa: ANN401 - Callable[[Row], bool]
        """The first loaded row that `predicate` accepts, or -1."""
        return next((i for i, r in enumerate(self._rows) if predicate(r)), -1)

    # --- the view's questions ---

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: ANN401
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: ANN401
        row = self.row_at(index.row()) if index.isValid() else None
        return None if row is None else self.cell(row, index.column(), role)


class PagedTableModel(TableModel[Row]):
    """Rows read `page` at a time as the view scrolls. Besides `headers` and `cell`, a paged
    table defines `read_page(self, s: Session, offset: int, limit: int) -> list[Row]`: rows
    `offset`.. of its current query, at most `limit` of them."""

    table_base = True
    hooks = (*TableModel.hooks, "read_page")
    page = 200

    def __init__(self, ctx: Context, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._exhausted = True

    def reset(self, rows: list[Row], asked: int) -> None:
        """Show `rows`, the answer to a read of `asked` rows (fewer: there are no more)."""
        self._exhausted = len(rows) < asked
        self.set_rows(rows)

    def read_first(self, at_least: int = 0) -> list[Row]:
        """Read the query's first rows again: a page, or as many as `at_least`."""
        limit = max(self.page, at_least)
        with self.ctx.read() as s:
            rows = self.read_page(s, 0, limit)
        self.reset(rows, limit)
        return rows

    def append(self, more: list[Row]) -> None:
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._exhausted:
            return
        with self.ctx.read() as s:
            more = self.read_page(s, len(self._rows), self.page)
        self._exhausted = len(more) < self.page
        self.append(more)
