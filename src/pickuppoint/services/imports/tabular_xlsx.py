"""Reading XLSX files as communities really keep them (openpyxl, read-only): title rows above
the header, several sheets, merged cells (a building written once beside all its rooms), and
formulas saved without their results (refused, naming the cell)."""

from __future__ import annotations

import re
from pathlib import Path

from pickuppoint.errors import UserError
from pickuppoint.i18n import translate
from pickuppoint.services.imports.tabular import SheetScore, Table, cell_text, pick_sheet


def read_xlsx(path: Path, known: set[str], sheet: str | None, prefer: SheetScore | None = None) -> Table:
    from openpyxl import load_workbook

    broken = translate("Tabular", "{name} 不是有效的 XLSX 文件，可能已损坏。").format(name=path.name)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any failure of the parser on a bad file: one sentence
        raise UserError(broken) from exc

    def rows_of(name: str) -> list[tuple[int, list[str]]]:
        ws = wb[name]
        if not hasattr(ws, "iter_rows"):  # a chart sheet
            return []
        try:
            raw = []
            for row in ws.iter_rows():
                cells = [cell_text(c.value) for c in row]
                number = next((c.row for c in row if getattr(c, "row", None)), None)
                if number is not None:
                    raw.append((number, cells))
            xml = _sheet_xml(wb, ws)
        except UserError:
            raise
        except Exception as exc:  # noqa: BLE001 - a sheet whose contents are damaged
            raise UserError(translate("Tabular", "{name} 的工作表“{sheet}”内容已损坏，无法读取。").format(
                name=path.name, sheet=name)) from exc
        if xml and (b"<f>" in xml or b"<f " in xml):  # a formula somewhere in the sheet
            _refuse_uncomputed_formulas(path, name, raw)
        if xml and b"<mergeCell " in xml:
            _fill_merged(raw, xml)
        return raw

    try:
        return pick_sheet(path, known, sheet, list(wb.sheetnames), rows_of, prefer)
    finally:
        wb.close()


def _sheet_xml(wb: object, ws: object) -> bytes:
    """The sheet's own XML (read-only openpyxl does not give merged cells): b'' if unknown."""
    try:
        return wb._archive.read(ws._worksheet_path)  # type: ignore[attr-defined]  # noqa: SLF001
    except (AttributeError, KeyError):
        return b""


_MERGE = re.compile(rb'<mergeCell ref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"')


def _fill_merged(raw: list[tuple[int, list[str]]], xml: bytes) -> None:
    """Merged cells (a building written once beside all its rooms) read as if the value were in
    every cell of the range, as the person who merged them meant."""
    from openpyxl.utils import column_index_from_string

    by_number = {n: cells for n, cells in raw}
    for c1, r1, c2, r2 in _MERGE.findall(xml):
        first_col, last_col = column_index_from_string(c1.decode()) - 1, column_index_from_string(c2.decode()) - 1
        top, bottom = int(r1), int(r2)
        head = by_number.get(top)
        if head is None or first_col >= len(head) or not head[first_col]:
            continue
        value = head[first_col]
        for number in range(top, bottom + 1):
            cells = by_number.get(number)
            if cells is None:
                continue
            if len(cells) <= last_col:
                cells.extend([""] * (last_col + 1 - len(cells)))
            for col in range(first_col, last_col + 1):
                if not cells[col]:
                    cells[col] = value


_REFERENCE = re.compile(r"^=\s*\$?([A-Z]{1,3})\$?(\d+)\s*$")


def _refuse_uncomputed_formulas(path: Path, sheet: str, raw: list[tuple[int, list[str]]]) -> None:
    """A formula saved without its result (files written by programs, not by Excel) reads as an
    empty cell. A plain reference to a cell of the same sheet (`=B2`: a group-buy export's
    continuation rows copying the recipient of the row above) is that cell's value; any other
    formula: say which cell instead of importing a blank."""
    from openpyxl import load_workbook
    from openpyxl.utils import column_index_from_string, get_column_letter

    values = {n: cells for n, cells in raw}
    wb = load_workbook(path, read_only=True, data_only=False)
    try:
        for row in wb[sheet].iter_rows():
            for cell in row:
                v = getattr(cell, "value", None)
                if isinstance(v, str) and v.startswith("="):
                    cells = values.get(cell.row, [])
                    i = cell.column - 1
                    ref = _REFERENCE.match(v.upper())
                    if ref and (i >= len(cells) or not cells[i]) and cell.row in values:
                        source = values.get(int(ref.group(2)), [])
                        j = column_index_from_string(ref.group(1)) - 1
                        if len(cells) <= i:
                            cells.extend([""] * (i + 1 - len(cells)))
                        cells[i] = source[j] if j < len(source) else ""
                        continue
                    if i >= len(cells) or not cells[i]:
                        raise UserError(translate(
                            "Tabular", "{name} 的单元格 {cell} 是公式，但文件里没有保存计算结果：请用 Excel 打开并保存后再导入。"  # noqa: E501
                        ).format(name=path.name, cell=f"{get_column_letter(cell.column)}{cell.row}"))
    finally:
        wb.close()
