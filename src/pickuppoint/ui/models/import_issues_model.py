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
UPDATE_COLOUR = QColor("#1565c0")


class IssuesModel(TableModel[tuple[Issue, str]]):  # (issue, error | warning | update)
    def set_issues(self, errors: list[Issue], warnings: list[Issue], updates: list[Issue] | None = None) -> None:
        """Errors, warnings and the households an update changes (and how), by row."""
        order = {"error": 0, "warning": 1, "update": 2}
        rows = ([(i, "error") for i in errors] + [(i, "warning") for i in warnings]
                + [(i, "update") for i in updates or []])
        self.set_rows(sorted(rows, key=lambda pair: (pair[0].row, order[pair[1]])))

    def issue(self, row: int) -> tuple[Issue, bool]:
        issue, kind = self._rows[row]
        return issue, kind == "error"

    def headers(self) -> tuple[str, ...]:
        return (self.tr("行号"), self.tr("类型"), self.tr("说明"))

    def cell(self, pair: tuple[Issue, str], column: int, role: int) -> Any:  # noqa: ANN401
        issue, kind = pair
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ROW:
                return str(issue.row)
            if column == KIND:
                return {"error": self.tr("错误"), "warning": self.tr("警告"), "update": self.tr("更新")}[kind]
            return issue.message
        if role == Qt.ItemDataRole.ForegroundRole and column == KIND:
            return {"error": ERROR_COLOUR, "warning": WARNING_COLOUR, "update": UPDATE_COLOUR}[kind]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == MESSAGE:
            return issue.message
        return None
