"""Reading the spreadsheets communities and suppliers really send: CSV in UTF-8, UTF-8 with BOM
or GB18030/GBK (what Excel saves on a Chinese Windows), and XLSX with title rows above the header
row and several sheets. Rows keep the file's own row numbers, as a spreadsheet shows them."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pickuppoint.errors import UserError
from pickuppoint.i18n import translate

HEADER_SCAN_ROWS = 30
csv.field_size_limit(16 * 2**20)  # a long cell is the row checks' business, not a parse error


@dataclass
class Table:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (row number in the file, cell texts aligned to headers)
    header_row: int = 1
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    encoding: str | None = None


def header_key(text: str) -> str:
    """How headers are compared: NFKC, no spaces, no punctuation around, lower case."""
    s = unicodedata.normalize("NFKC", text or "").strip().lower()
    return re.sub(r"[\s*:：()（）\[\]【】]", "", s)


_BRACKETED = re.compile(r"[(\[【][^)\]】]*[)\]】]")


def header_keys(text: str) -> tuple[str, ...]:
    """The header's key, and its key without what brackets add: '户主姓名（必填）' is also
    '户主姓名', '人数(人)' also '人数'."""
    full = header_key(text)
    bare = header_key(_BRACKETED.sub("", unicodedata.normalize("NFKC", text or "")))
    return (full, bare) if bare and bare != full else (full,)


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        if abs(value) >= 1e15:  # past Excel's 15 digits: written as Excel shows it (the digits are lost)
            return f"{value:.14E}"
        return f"{value:.15g}"  # 39.900000000000006 (=13.3*3) is 39.9, as Excel shows it
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.time() != dt.time() else value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    return str(value).strip()


SheetScore = Callable[[Table], tuple[int, ...]]


def read_table(path: Path | str, known_headers: Iterable[str], sheet: str | None = None,
               prefer: SheetScore | None = None) -> Table:
    """Read a CSV or XLSX file; the header row is the first row (among the first 30) in which at
    least two cells are known header words. Of a workbook's sheets: the one named, else the one
    `prefer` scores highest (the first on a tie), else the first that has a header row. Raises
    UserError with one sentence when it cannot."""
    path = Path(path)
    if not path.exists():
        raise UserError(translate("Tabular", "找不到文件 {path}。").format(path=path))
    if path.is_dir():
        raise UserError(translate("Tabular", "{path} 是文件夹，不是表格文件。").format(path=path))
    if not path.is_file():
        raise UserError(translate(
            "Tabular", "{path} 不是普通文件（可能是管道或设备），不能导入：请选择一个 CSV 或 XLSX 文件。"
        ).format(path=path))
    if not os.access(path, os.R_OK):
        raise UserError(translate("Tabular", "没有权限读取文件 {path}：请换一个位置保存后再导入。").format(path=path))
    known = {header_key(h) for h in known_headers}
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from pickuppoint.services.imports.tabular_xlsx import read_xlsx

        return read_xlsx(path, known, sheet, prefer)
    if suffix == ".xls":
        raise UserError(translate(
            "Tabular", "{name} 是旧版 Excel（.xls）文件：请在 Excel 中另存为 .xlsx 或 CSV 后再导入。"
        ).format(name=path.name))
    if suffix in (".csv", ".txt", ".tsv", ""):
        if sheet:
            raise UserError(translate("Tabular", "CSV 文件没有工作表，请去掉 --sheet。"))
        return _read_csv(path, known)
    raise UserError(translate("Tabular", "无法读取 {name}：只支持 CSV 和 XLSX 文件。").format(name=path.name))


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _mixed(data: bytes, name: str, bad_at: int) -> UserError | None:
    """A file whose lines are in two encodings (lines pasted from another file): decoding all of
    it as GB18030 would garble the UTF-8 lines without a word, so say so instead."""
    for line in data.splitlines():
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if sum(1 for ch in text if ord(ch) > 0x7F) >= 2:  # real UTF-8 text (a name), not an accident
            return UserError(translate(
                "Tabular", "{name} 混用了两种文字编码（第 {row} 行与其他行不同）：请在 Excel 里重新“另存为 CSV UTF-8”后再导入。"  # noqa: E501
            ).format(name=name, row=_line_of(data, bad_at)))
    return None


def _garbled(text: str) -> bool:
    """Bytes of another encoding (Big5, Shift-JIS) read as GB18030 give characters a Chinese
    roster never holds: outside GB2312, kana, Cyrillic, box drawing, private use."""
    odd = total = 0
    for ch in text:
        o = ord(ch)
        if o < 0x80:
            continue
        total += 1
        if (0x3040 <= o <= 0x30FF or 0x0370 <= o <= 0x052F or 0x2500 <= o <= 0x257F
                or 0xE000 <= o <= 0xF8FF):
            odd += 1
            continue
        try:
            ch.encode("gb2312")
        except UnicodeEncodeError:
            odd += 1
    return odd >= 2 and odd > total * 0.2


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text" (UTF-16, tabs)
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    elif data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise UserError(translate(
                "Tabular", "{name} 开头标明是 UTF-8 编码，但第 {row} 行不是：请在 Excel 里重新“另存为 CSV UTF-8”后再导入。"  # noqa: E501
            ).format(name=name, row=_line_of(data, exc.start + 3))) from exc
    else:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            mixed = _mixed(data, name, exc.start)
            if mixed is not None:
                raise mixed from exc
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            pass
        else:
            if _garbled(text):
                raise UserError(translate(
                    "Tabular", "{name} 的文字编码既不是 UTF-8 也不是 GBK（可能是繁体 Big5）：请在 Excel 里“另存为 CSV UTF-8”后再导入。"  # noqa: E501
                ).format(name=name))
            return text, "gb18030"
    raise UserError(translate(
        "Tabular", "无法识别 {name} 的文字编码：请保存为 UTF-8 或 GBK 编码的 CSV。").format(name=name))


def _read_csv(path: Path, known: set[str]) -> Table:
    data = path.read_bytes()
    utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    if (b"\x00" in data[:4096] and not utf16) or data.startswith(b"PK\x03\x04"):
        raise UserError(translate("Tabular", "{name} 不是 CSV 文本文件。").format(name=path.name))
    text, encoding = _decode(data, path.name)
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    raw: list[tuple[int, list[str]]] = []
    number = 0
    try:
        # rows are numbered as a spreadsheet shows them: one per record, even when a quoted
        # cell spans several lines
        for number, cells in enumerate(reader, 1):
            raw.append((number, [c.strip() for c in cells]))
    except csv.Error as exc:
        raise UserError(translate("Tabular", "{name} 第 {row} 行格式有误：{error}").format(
            name=path.name, row=number + 1, error=exc)) from exc
    _unclosed_quote(text, dialect, path.name)
    table = with_header(raw, known, path.name)
    table.encoding = encoding
    return table


def _unclosed_quote(text: str, dialect: type[csv.Dialect] | csv.Dialect, name: str) -> None:
    """A quote opened in a cell and never closed makes the rest of the file one cell (the next
    rows vanish into a name): say which row opened it."""
    if '"' not in text:
        return
    reader = csv.reader(io.StringIO(text, newline=""), dialect, strict=True)
    number = 0
    try:
        for number, _cells in enumerate(reader, 1):  # noqa: B007 - the count is what is wanted
            pass
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise UserError(translate(
                "Tabular", "{name} 第 {row} 行有一个引号（\"）没有配对，后面的行都被当成了这一格：请改正这一行后再导入。"  # noqa: E501
            ).format(name=name, row=number + 1)) from None


def pick_sheet(path: Path, known: set[str], sheet: str | None, names: list[str],
               rows_of: Callable[[str], list[tuple[int, list[str]]]],
               prefer: SheetScore | None = None) -> Table:
    """The named sheet, else the sheet `prefer` scores highest, else the first sheet that has a
    header row."""
    if sheet is not None and sheet not in names:
        raise UserError(translate("Tabular", "{name} 中没有名为“{sheet}”的工作表；有：{sheets}。").format(
            name=path.name, sheet=sheet, sheets="、".join(names)))
    first_error: UserError | None = None
    best: tuple[tuple[int, ...], Table] | None = None
    for name in [sheet] if sheet else names:
        try:
            table = with_header(rows_of(name), known, f"{path.name} / {name}")
        except UserError as exc:
            first_error = first_error or exc
            continue
        table.sheet, table.sheets = name, names
        if prefer is None or sheet:
            return table
        score = prefer(table)
        if best is None or score > best[0]:
            best = (score, table)
    if best is not None:
        return best[1]
    if first_error is None:  # a workbook without sheets
        raise UserError(translate("Tabular", "{name} 是空的，没有任何数据。").format(name=path.name))
    raise first_error


def with_header(raw: list[tuple[int, list[str]]], known: set[str], name: str) -> Table:
    rows = [(n, cells) for n, cells in raw if any(c for c in cells)]
    if not rows:
        raise UserError(translate("Tabular", "{name} 是空的，没有任何数据。").format(name=name))
    # the header row: the one with the most known header words among the first rows (at least
    # two), so that a form-style block above it ('填报网格：', '联系电话：') is not taken for it
    best, best_known = -1, 1
    for index, (_number, cells) in enumerate(rows[:HEADER_SCAN_ROWS]):
        count = sum(1 for c in cells if any(k in known for k in header_keys(c)))
        if count > best_known:
            best, best_known = index, count
    if best >= 0:
        number, headers = rows[best]
        width = len(headers)
        body = [(n, (c + [""] * width)[:max(width, len(c))]) for n, c in rows[best + 1:]]
        return Table(headers=headers, rows=body, header_row=number)
    raise UserError(translate(
        "Tabular", "{name} 的前 {n} 行里找不到表头（如“楼栋”“房号”“户主”“电话”）。"
    ).format(name=name, n=HEADER_SCAN_ROWS))


def apply_overrides(headers: list[str], mapping: dict[int, str], overrides: Mapping[str | int, str],
                    multi: Iterable[str] = ()) -> dict[int, str]:
    """The user's choices on top of a guessed mapping (column index -> field). Keys are column
    indexes (a dialog) or header texts (`--map`); '' ignores the column. A field given to one
    column is taken from any other column, except the fields in `multi` (several columns feed
    them). UserError names a column that is not there."""
    several = set(multi)
    keys = [header_key(h) for h in headers]
    for column, chosen in overrides.items():
        if isinstance(column, int):
            if not 0 <= column < len(headers):
                raise UserError(translate("Tabular", "没有第 {n} 列。").format(n=column + 1))
            indexes = [column]
        else:
            indexes = [i for i, k in enumerate(keys) if k == header_key(column)]
            if not indexes:
                raise UserError(translate(
                    "Tabular", "表头中没有“{header}”这一列；表头有：{headers}。"
                ).format(header=column, headers="、".join(h for h in headers if h)))
        if chosen and chosen not in several:
            for i in [i for i, f in mapping.items() if f == chosen and i not in indexes]:
                del mapping[i]
        for i in indexes:
            if chosen:
                mapping[i] = chosen
            else:
                mapping.pop(i, None)
    return mapping


def guess_mapping(headers: list[str], synonyms: Mapping[str, Iterable[str]],
                  multi: Iterable[str] = ()) -> dict[int, str]:
    """Column index -> field, by header words. Each field is taken by its first matching column,
    except the fields in `multi` (e.g. notes), which take every matching column."""
    lookup: dict[str, str] = {}
    for field_name, words in synonyms.items():
        for w in words:
            lookup.setdefault(header_key(w), field_name)
    several = set(multi)
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for i, h in enumerate(headers):
        f = next((lookup[k] for k in header_keys(h) if k in lookup), None)
        if f and (f not in taken or f in several):
            mapping[i] = f
            taken.add(f)
    return mapping
