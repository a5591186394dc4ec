"""Every CSV and XLSX file the program writes goes through here: a cell that starts with = + - @
(or a tab or carriage return) is written with a leading apostrophe, so a spreadsheet never runs
a name like `=HYPERLINK(...)` from a roster as a formula; the file is written whole or not at
all, owner-only (files.py). Files holding names or phones say so before they are written
(`PERSONAL_NOTICE`)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pickuppoint.files import write_file
from pickuppoint.i18n import translate

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A text cell that a spreadsheet would take for a formula, made plain text."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def personal_notice() -> str:
    return translate("Spreadsheets", "这个文件含有住户的姓名和电话等个人信息：请妥善保管，不要转发到群里，用完请删除。")


def csv_bytes(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """UTF-8 with a byte-order mark, so Excel on a Chinese Windows opens it right."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow([neutralise(h) for h in headers])
    for row in rows:
        writer.writerow(["" if v is None else neutralise(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def write_csv(path: Path | str, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> Path:
    return write_file(path, csv_bytes(headers, rows))


def write_xlsx(path: Path | str, headers: Sequence[str], rows: Iterable[Sequence[Any]],
               title: str = "") -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    if title:
        ws.title = title[:31]
    ws.append([neutralise(h) for h in headers])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([neutralise(v) for v in row])
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # never a formula, whatever it starts with
    return write_file(path, lambda tmp: wb.save(tmp))
