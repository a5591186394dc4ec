"""Spreadsheets with openpyxl's write-only mode: a frozen header row, column widths that fit
their contents (a CJK character counts twice), numbers stored as numbers, amounts shown with two
decimals."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill

MONEY = "#,##0.00"
MAX_WIDTH = 60


@dataclass
class Table:
    name: str  # sheet name (at most 31 characters)
    header: list[str]
    rows: Iterator[list[object]] | Iterable[list[object]]
    money_columns: set[int] = field(default_factory=set)  # 0-based
    sample: list[list[object]] = field(default_factory=list)  # rows the widths are measured on
    notes: list[str] = field(default_factory=list)  # lines under the table


def display_width(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, float):
        text = f"{value:,.2f}"
    else:
        text = str(value)
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def widths(header: list[str], sample: list[list[object]]) -> list[float]:
    out = [display_width(h) for h in header]
    for row in sample:
        for i, v in enumerate(row):
            w = display_width(v)
            if w > out[i]:
                out[i] = w
    return [min(MAX_WIDTH, w + 2) for w in out]


def write_book(path: Path | str, tables: list[Table]) -> None:
    book = Workbook(write_only=True)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E6E6E6")
    for table in tables:
        ws = book.create_sheet(table.name[:31])
        ws.freeze_panes = "A2"
        for i, w in enumerate(widths(table.header, table.sample)):
            ws.column_dimensions[_letter(i)].width = w
        head = []
        for h in table.header:
            cell = WriteOnlyCell(ws, value=h)
            cell.font, cell.fill = bold, fill
            head.append(cell)
        ws.append(head)
        money = sorted(table.money_columns)
        for row in table.rows:
            if money:
                row = list(row)
                for i in money:
                    cell = WriteOnlyCell(ws, value=row[i])
                    cell.number_format = MONEY
                    row[i] = cell
            ws.append(row)
        if table.notes:
            ws.append([])
            for note in table.notes:
                ws.append([note])
    book.save(str(path))


def _letter(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(i + 1)
