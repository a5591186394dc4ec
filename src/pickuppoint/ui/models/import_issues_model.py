"""The errors and warnings of a roster import, as a table (row number, kind, what is wrong).

The issues are already in memory (a plan holds them); the model hands the view only the rows it
paints, so a 50,000-row roster full of problems opens as fast as a tidy one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from pickuppoint.services.households.roster_import import Issue
from pickuppoint.ui.models.paged import RIGHT, TableModel

ROW, KIND, MESSAGE = range(3)
ERROR_COLOUR = QColor("#b3261e")
WARNING_COLOUR = QColor("#8a5a00")


class IssuesModel(TableModel[tuple[Issue, bool]]):  # (issue, is an error)
    def set_issues(self, errors: list[Issue], warnings: list[Issue]) -> None:
        both = [(i, True) for i in errors] + [(i, False) for i in warnings]
        self.set_rows(sorted(both, key=lambda pair: (pair[0].row, not pair[1])))

    def issue(self, row: int) -> tuple[Issue, bool]:
        return self._rows[row]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("行号"), self.tr("类型"), self.tr("说明"))

    def cell(self, pair: tuple[Issue, bool], column: int, role: int) -> Any:  # noqa: ANN401
        issue, is_error = pair
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ROW:
                return str(issue.row)
            if column == KIND:
                return self.tr("错误") if is_error else self.tr("警告")
            return issue.message
        if role == Qt.ItemDataRole.ForegroundRole and column == KIND:
            return ERROR_COLOUR if is_error else WARNING_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == MESSAGE:
            return issue.message
        return None
