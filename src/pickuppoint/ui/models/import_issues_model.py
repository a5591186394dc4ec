"""The errors and warnings of a roster import, as a table (row number, kind, what is wrong).

The issues are already in memory (a plan holds them); the model hands the view only the rows it
paints, so a 50,000-row roster full of problems opens as fast as a tidy one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from pickuppoint.services.households.roster_import import Issue

ROW, KIND, MESSAGE = range(3)
ERROR_COLOUR = QColor("#b3261e")
WARNING_COLOUR = QColor("#8a5a00")

AnyIndex = QModelIndex | QPersistentModelIndex


class IssuesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._issues: list[tuple[Issue, bool]] = []  # (issue, is an error)

    def set_issues(self, errors: list[Issue], warnings: list[Issue]) -> None:
        self.beginResetModel()
        both = [(i, True) for i in errors] + [(i, False) for i in warnings]
        self._issues = sorted(both, key=lambda pair: (pair[0].row, not pair[1]))
        self.endResetModel()

    def issue(self, row: int) -> tuple[Issue, bool]:
        return self._issues[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt
        return 0 if parent.isValid() else len(self._issues)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("行号"), self.tr("类型"), self.tr("说明"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        issue, is_error = self._issues[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ROW:
                return str(issue.row)
            if column == KIND:
                return self.tr("错误") if is_error else self.tr("警告")
            return issue.message
        if role == Qt.ItemDataRole.ForegroundRole and column == KIND:
            return ERROR_COLOUR if is_error else WARNING_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == MESSAGE:
            return issue.message
        return None
