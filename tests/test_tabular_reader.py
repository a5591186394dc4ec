"""The shared spreadsheet reader: row numbers as a spreadsheet shows them, in CSV and in XLSX
as Excel writes it (shared strings, rich text, dates, formulas)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from pickuppoint.errors import UserError
from pickuppoint.services.imports import tabular

ROSTER = Path(__file__).parent / "fixtures" / "roster"
KNOWN = ["楼栋", "房号", "户主", "户主姓名", "联系电话", "日期", "名称"]


def test_csv_rows_are_numbered_like_a_spreadsheet_even_with_a_multiline_cell(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text('标题\n楼栋,房号,备注\n3,501,"两行\n的备注"\n3,502,\n', encoding="utf-8")
    table = tabular.read_table(path, KNOWN)
    assert table.header_row == 2
    assert [n for n, _cells in table.rows] == [3, 4]


def test_the_roster_workbook_is_read_from_its_header_row():
    table = tabular.read_table(ROSTER / "roster.xlsx", KNOWN)
    assert table.sheet == "花名册" and table.sheets == ["花名册", "二期楼栋"]
    assert table.header_row > 1 and table.rows[0][0] == table.header_row + 1


_SHEET = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>
<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c></row>
<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="D3" t="s"><v>3</v></c></row>
<row r="4"><c r="A4" s="1"><v>44661</v></c><c r="B4" t="s"><v>4</v></c><c r="C4"><v>13800138001</v></c>
<c t="inlineStr" r="D4"><is><t>A &amp; B</t></is></c></row>
<row r="5"><c r="A5" s="2"><v>3.5</v></c><c r="B5" t="str"><f>B4</f><v>富&lt;贵&gt;</v></c>
<c r="C5" t="b"><v>1</v></c><c r="D5" t="e"><v>#N/A</v></c></row>
</sheetData></worksheet>"""
_SHARED = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">
<si><t>白竹亭社区住户花名册</t></si><si><t>日期</t></si><si><t>名称</t></si>
<si><r><rPr><b/></rPr><t>联系</t></r><r><t>电话</t></r></si>
<si><t xml:space="preserve"> 张三 </t></si></sst>"""
_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="3"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="2" xfId="0"/></cellXfs>
<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""
_WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>"""
_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
 Target="/xl/worksheets/sheet1.xml"/>
<Relationship Id="rId2"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId3"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""
_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""


def _excel_like(path: Path, sheet: str = _SHEET) -> Path:
    """A workbook as Excel writes it: shared strings, rich text, a date style, formulas."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        z.writestr("xl/sharedStrings.xml", _SHARED)
        z.writestr("xl/styles.xml", _STYLES)
    return path


def test_a_workbook_as_excel_writes_it(tmp_path):
    path = _excel_like(tmp_path / "excel.xlsx")
    table = tabular.read_table(path, KNOWN)
    assert table.header_row == 3 and table.sheet == "台账"
    assert table.headers[:2] == ["日期", "名称"] and table.headers[3] == "联系电话"
    assert [n for n, _cells in table.rows] == [4, 5]
    assert table.rows[0][1][1:4] == ["张三", "13800138001", "A & B"]
    assert table.rows[1][1][1] == "富<贵>"


def test_a_broken_xlsx_is_one_sentence(tmp_path):
    path = tmp_path / "broken.xlsx"
    data = (ROSTER / "roster.xlsx").read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(UserError, match="不是有效的 XLSX 文件"):
        tabular.read_table(path, KNOWN)


def test_headers_with_brackets_are_still_headers(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("户主姓名（必填）,联系电话(手机),房号\n张三,13800138001,501\n", encoding="utf-8")
    table = tabular.read_table(path, KNOWN)
    assert table.header_row == 1
    mapping = tabular.guess_mapping(table.headers, {"head": ["户主姓名"], "phone": ["联系电话"]})
    assert mapping == {0: "head", 1: "phone"}


def test_a_form_style_block_above_the_header_is_not_taken_for_it(tmp_path):
    path = tmp_path / "form.csv"
    path.write_text("花名册\n填报网格：,第一网格,联系人：,王主任,联系电话：,13800000000\n"
                    "楼栋,房号,户主,联系电话\n3,501,张建国,13800138001\n", encoding="utf-8")
    table = tabular.read_table(path, KNOWN)
    assert table.header_row == 3 and table.rows == [(4, ["3", "501", "张建国", "13800138001"])]


def test_utf16_text_as_excel_saves_unicode_text(tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes("楼栋\t房号\t户主\n3\t501\t张建国\n".encode("utf-16"))
    table = tabular.read_table(path, KNOWN)
    assert table.encoding == "utf-16" and table.rows == [(2, ["3", "501", "张建国"])]


@pytest.mark.parametrize(("data", "says"), [
    (b"\xef\xbb\xbf" + "楼栋,房号,户主\n3,501,张建国\n".encode("gb18030"), "开头标明是 UTF-8"),
    ("楼栋,房号,户主,备注\n3,502,王芳,独居老人\n".encode() + "3,501,张建国,\n".encode("gb18030"), "混用了两种文字编码"),
])
def test_a_csv_in_two_encodings_is_refused_not_garbled(tmp_path, data, says):
    path = tmp_path / "mixed.csv"
    path.write_bytes(data)
    with pytest.raises(UserError, match=says):
        tabular.read_table(path, KNOWN)


def test_a_gb18030_file_is_still_read(tmp_path):
    path = tmp_path / "gbk.csv"
    path.write_bytes("楼栋,房号,户主,备注\n3,502,王芳,独居老人\n3,501,张建国,卧床\n".encode("gb18030"))
    assert tabular.read_table(path, KNOWN).rows[1][1][2] == "张建国"


def _workbook(tmp_path, fill):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "花名册"
    fill(ws)
    path = tmp_path / "book.xlsx"
    wb.save(path)
    return path


def test_merged_building_cells_apply_to_every_row_they_span(tmp_path):
    def fill(ws):
        ws.append(["楼栋", "房号", "户主"])
        for room, head in (("501", "张建国"), ("502", "王芳"), ("601", "李明")):
            ws.append([None, room, head])
        ws["A2"] = "3号楼"
        ws.merge_cells("A2:A4")
    table = tabular.read_table(_workbook(tmp_path, fill), KNOWN)
    assert [cells[0] for _n, cells in table.rows] == ["3号楼"] * 3


def test_a_formula_saved_without_its_result_is_refused_naming_the_cell(tmp_path):
    def fill(ws):
        ws.append(["楼栋", "房号", "户主", "联系电话"])
        ws.append(["3", "501", "张建国", '="13900139099"'])
    with pytest.raises(UserError, match="D2"):
        tabular.read_table(_workbook(tmp_path, fill), KNOWN)


def test_numbers_read_as_excel_shows_them(tmp_path):
    assert tabular.cell_text(39.900000000000006) == "39.9"
    assert tabular.cell_text(13800138001.0) == "13800138001"
    # past Excel's 15 digits the last ones are gone: shown as Excel shows it, so an order number
    # stored as a number is refused (manifest) instead of becoming another parcel's code
    assert tabular.cell_text(4202204100000012345.0) == "4.20220410000001E+18"


@pytest.mark.parametrize("broken", ["workbook", "sheet"])
def test_an_xlsx_whose_contents_are_damaged_is_one_sentence(tmp_path, broken):
    def fill(ws):
        ws.append(["楼栋", "房号", "户主"])
        for i in range(200):
            ws.append(["3", str(500 + i), "张建国"])
    good = _workbook(tmp_path, fill)
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if broken == "workbook" and item.filename == "xl/workbook.xml":
                data = b"<not xml"
            if broken == "sheet" and item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    with pytest.raises(UserError, match="XLSX|损坏"):
        tabular.read_table(bad, KNOWN)
