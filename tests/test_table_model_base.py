"""The tables' base refuses, when the class is made, a table that lacks one of the methods every
table defines (Qt's metaclass does not mix with `abc`, so the base checks it itself)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pickuppoint.ui.models.paged import PagedTableModel, TableModel


def test_a_table_without_its_methods_is_refused_when_defined():
    with pytest.raises(TypeError, match="cell"):
        class NoCells(TableModel):
            def headers(self):
                return ["a"]

    with pytest.raises(TypeError, match="read_page"):
        class NoPages(PagedTableModel):
            def headers(self):
                return ["a"]

            def cell(self, row, col, role):
                return row


def test_a_complete_table_answers_the_view(qtbot):
    class Pairs(TableModel):
        def headers(self):
            return ["left", "right"]

        def cell(self, row, col, role):
            return row[col]

    model = Pairs()
    model.set_rows([(1, 2), (3, 4)])
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.data(model.index(1, 0)) == 3
    assert model.headerData(1, Qt.Orientation.Horizontal) == "right"
